"""The Data view: an imported dataset's rows and the stage metrics they give, with filters.

``DataView(session)``; ``refresh()`` re-reads what the project holds. The raw rows are read from
the saved file (storage.datasets.read_raw) and the metrics computed (analysis.stage_data) on
worker threads; both tables are DataFrameModels, so a million rows sort, filter and scroll
without stalls. Segment and period are the session's filter (the map toolbar shows the same:
one filter, never two that disagree) and filter both tabs; the text box filters the tab shown
(rows, or the stage metrics by stage and metric name) and says so. The stage metrics tab names
the survey datasets (waves) its survey metrics are read from.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from journeymap.core.names import code
from journeymap.ui.comment_search import CommentSearch
from journeymap.ui.data_view_reads import copy_action, metric_table, metric_titles, read_rows, row_titles, \
    shown_metrics, sources_text, table_view, wave_values
from journeymap.ui.import_worker import ImportTask
from journeymap.ui.models.dataframe_model import DataFrameModel

if TYPE_CHECKING:
    from journeymap.ui.session import Session

ALL = ""
FIRST_ROWS = 50_000          # a big dataset shows these at once, then all of them
METRIC_COLUMNS = ["stage", "metric", "value", "unit", "n", "target", "better", "on_target", "flags"]
METRIC_INPUTS = ("stages", "metrics", "metric_values", "survey_items", "datasets", "segments")
_GREEN, _RED, _AMBER, _GREY = QColor("#e3f4e1"), QColor("#fbe0dd"), QColor("#fff1cc"), QColor("#f0f0f0")
_INK, _INK_MUTED = QColor("#202124"), QColor("#4A4A4A")


class DataView(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows_model = DataFrameModel(parent=self)
        self.metrics_model = DataFrameModel(styler=self._metric_style, decimals=3, parent=self)
        self._rows_task: ImportTask | None = None
        self._metrics_task: ImportTask | None = None
        self._loaded: tuple | None = None            # (path, dataset id) of the rows shown
        self._metric_flags = self._metric_ok = np.array([], dtype=object)
        self._row_tips: dict = {}
        self._wave_values: dict = {}                 # column -> values of the survey's waves
        self._values_task: ImportTask | None = None
        self._build()
        session.project_did_reset.connect(self.refresh)
        session.path_did_change.connect(lambda _p: self.refresh())
        self._edits = QTimer(self, singleShot=True, interval=200)   # a drag sends many changes
        self._edits.timeout.connect(self._load_metrics)
        session.project_did_change.connect(self._project_did_change)
        self.refresh()

    def _project_did_change(self, changes) -> None:
        # The metric table shows stages by name, their metrics and survey items (not positions).
        if changes.touches(*METRIC_INPUTS, ignore_fields=("x", "y")):
            self._edits.start()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.dataset = QComboBox()
        self.dataset.setMinimumContentsLength(10)
        self.dataset.setMaximumWidth(420)
        self.dataset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.segment, self.period = QComboBox(), QComboBox()
        for box in (self.segment, self.period):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)       # narrow windows; they grow with the window
            box.setMaximumWidth(220)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.setMaximumWidth(320)
        self.count = QLabel()
        self.bar = QWidget()
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for label, w, share in ((self.tr("Dataset:"), self.dataset, 3), (self.tr("Segment:"), self.segment, 2),
                                (self.tr("Period:"), self.period, 2)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w, share)
        bar.addStretch(1)
        self.rows_table = table_view(self.rows_model)
        self.metrics_table = table_view(self.metrics_model)
        self.sources = QLabel()          # which datasets the stage metrics are read from
        self.sources.setWordWrap(True)
        self.sources.setContentsMargins(2, 2, 2, 2)
        self.sources.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # secondary text, any theme
        metrics_page = QWidget()
        page = QVBoxLayout(metrics_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.sources)
        page.addWidget(self.metrics_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(metrics_page, self.tr("Stage metrics"))
        self.tabs.addTab(self.rows_table, self.tr("Rows"))
        self.comments = CommentSearch(self.session, self.dataset)   # FTS5 trigram, the chosen dataset's
        self.tabs.addTab(self.comments, self.tr("Comments"))
        self.tabs.currentChanged.connect(self._tab_did_change)
        # The text box sits on the tabs it filters (and leaves the top bar narrow enough for 1024 px).
        corner = QWidget()
        beside = QHBoxLayout(corner)
        beside.setContentsMargins(0, 0, 0, 2)
        beside.addWidget(self.search, 1)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(40, 40, 40, 40)
        big = self.empty.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.empty.setFont(big)      # a font, not a style sheet: the text keeps the palette's colours
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.status = QLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.setWordWrap(True)             # a failure's sentence is read whole
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()                    # what is read or failed | how many rows the tab shows
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        self.dataset.activated.connect(lambda _i: self._load_rows())
        self.segment.activated.connect(self._set_session_filter)
        self.period.activated.connect(self._set_session_filter)
        self.search.textChanged.connect(self._search)
        self.rows_model.rows_did_change.connect(lambda *_: self._show_count())
        self.metrics_model.rows_did_change.connect(lambda *_: self._show_count())
        self.session.filter_did_change.connect(self.follow_session_filter)
        self._tab_did_change()

    # -- what the project holds --------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the dataset list; reload rows and metrics if what is shown changed."""
        datasets = self.session.project.all("datasets")
        current = self.dataset.currentData()
        self.dataset.blockSignals(True)
        self.dataset.clear()
        for d in datasets:
            self.dataset.addItem(self.tr("%1 (%2, %3 rows)").replace("%1", d.name).replace("%2", code(d.kind))
                                 .replace("%3", f"{d.rows:,}"), d.id)
        index = self.dataset.findData(current)
        self.dataset.setCurrentIndex(index if index >= 0 else 0)
        self.dataset.blockSignals(False)
        if self.session.path is None:
            return self._show_empty(self.tr("This project is not saved yet. Save it, then bring data in "
                                             "with File > Import…"))
        if not datasets:
            return self._show_empty(self.tr("No data yet. File > Import… brings in a survey, operating "
                                            "data or comments; their rows and stage metrics show here."))
        self.stack.setCurrentWidget(self.tabs)
        self.bar.setEnabled(True)
        self._load_rows()

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        self.bar.setEnabled(False)
        self.rows_model.set_frame(pd.DataFrame())
        self.metrics_model.set_frame(pd.DataFrame())
        self._loaded = None
        self.status.setText("")
        self.count.setText("")

    def current_dataset(self):
        return self.session.project.find("datasets", self.dataset.currentData())

    # -- raw rows, off the UI thread -----------------------------------------------------------
    def _load_rows(self) -> None:
        dataset = self.current_dataset()
        if dataset is None or self.session.path is None:
            return
        key = (self.session.path, dataset.id)
        if key == self._loaded:
            return self._load_metrics()
        self._loaded = key
        names, self._row_tips = self._item_names(dataset.id)
        if dataset.rows > 2 * FIRST_ROWS:
            self._read(key, names, FIRST_ROWS)
        self._read(key, names, None)
        self._read_wave_values(dataset.journey)
        self._load_metrics()

    def _read_wave_values(self, journey_id: str) -> None:
        from journeymap.analysis.waves import wave_datasets
        ids = [d.id for d in wave_datasets(self.session.project, journey_id)]
        self._wave_values = {}
        if len(ids) < 2:
            return                                    # one survey dataset: its rows list its values
        task = ImportTask(wave_values, self.session.path, ids, with_callbacks=False, parent=self)
        task.task_did_finish.connect(lambda found, t=task: self._wave_values_did_load(t, found))
        task.task_did_fail.connect(self._failed)
        self._values_task = task
        task.start()

    def _wave_values_did_load(self, task, found: dict) -> None:
        if task is not self._values_task:
            return
        self._wave_values = found
        frame = self.rows_model.frame
        self._fill_filter(self.segment, frame, "segment", self.tr("All segments"))
        self._fill_filter(self.period, frame, "period", self.tr("All periods"))

    def _read(self, key, names, limit) -> None:
        total = self.current_dataset().rows
        self.status.setText(self.tr("Reading %1 rows…").replace("%1", f"{total:,}"))
        label = self.tr("Dataset %1").replace("%1", repr(self.current_dataset().name))
        task = ImportTask(read_rows, key[0], key[1], names, limit, with_callbacks=False, parent=self, label=label)
        task.task_did_finish.connect(lambda prepared, k=key, part=bool(limit): self._rows_did_load(k, prepared, part))
        task.task_did_fail.connect(self._failed)
        self._rows_task = task
        task.start()

    def _rows_did_load(self, key, prepared, partial: bool) -> None:
        if key != self._loaded or (partial and self.rows_model.total_rows > FIRST_ROWS):
            return                                    # another dataset was picked, or all rows came first
        self.rows_model.set_frame(prepared, tooltips=self._row_tips, titles=row_titles())
        self.rows_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        frame = prepared.frame
        self._fill_filter(self.segment, frame, "segment", self.tr("All segments"))
        self._fill_filter(self.period, frame, "period", self.tr("All periods"))
        self._apply_row_filters()
        self._search(self.search.text())
        self.rows_table.resizeColumnsToContents()
        self.status.setText(self.tr("Showing the first %1 rows while the rest are read…")
                            .replace("%1", f"{len(frame):,}") if partial else "")

    def _item_names(self, dataset_id: str) -> tuple[dict, dict]:
        """i0..iK -> the item's column header, with its stage and scale as the tooltip."""
        names, tips = {}, {}
        p = self.session.project
        for item in p.where("survey_items", dataset=dataset_id):
            stage = p.find("stages", item.stage)
            names[f"i{item.position}"] = item.column
            tips[item.column] = self.tr("%1: stage %2, scale %3-%4, %5 is better").replace("%1", item.column) \
                .replace("%2", stage.name if stage else "-").replace("%3", f"{item.scale_min:g}") \
                .replace("%4", f"{item.scale_max:g}").replace("%5", code(item.better))
        tips.update({"line": self.tr("line in the imported file (the header is line 1)"),
                     "rid": self.tr("respondent id"), "outcome": self.tr("the outcome (0/1, scale or 0-10)")})
        return names, tips

    def _fill_filter(self, box: QComboBox, frame: pd.DataFrame, column: str, everything: str) -> None:
        seen = {str(v) for v in pd.unique(frame[column].dropna()) if str(v)} if column in frame else set()
        values = sorted(seen | set(self._wave_values.get(column, ())))
        box.clear()
        box.addItem(everything, ALL)
        for v in values:
            box.addItem(v, v)
        box.setEnabled(bool(values))
        self._show_session_value(box, {"segment": self.session.segment, "period": self.session.period}[column])

    # -- filters ----------------------------------------------------------------------------
    def follow_session_filter(self) -> None:
        """The session's segment and period (the one filter of the app) shown and applied here."""
        for box, value in ((self.segment, self.session.segment), (self.period, self.session.period)):
            self._show_session_value(box, value)
        self._filters_did_change()

    @staticmethod
    def _show_session_value(box: QComboBox, value) -> None:
        """Show ``value`` (a value this dataset lacks is listed all the same: it then shows no rows,
        rather than the box showing another filter than the one applied)."""
        if value and box.findData(value) < 0:
            box.addItem(value, value)
            box.setEnabled(True)
        box.setCurrentIndex(max(0, box.findData(value)) if value else 0)

    def _set_session_filter(self, _index=None) -> None:
        self.session.set_filter(segment=self.segment.currentData() or "", period=self.period.currentData() or None)

    def _filters_did_change(self) -> None:
        self._apply_row_filters()
        self._load_metrics()

    def _apply_row_filters(self) -> None:
        frame = self.rows_model.frame
        mask = None
        for box, column in ((self.segment, "segment"), (self.period, "period")):
            value = box.currentData()
            if value and column in frame:
                hit = (frame[column].astype("str") == value).to_numpy(dtype=bool)
                mask = hit if mask is None else mask & hit
        self.rows_model.set_mask(mask)

    def _on_metrics_tab(self) -> bool:
        return self.tabs.currentIndex() == 0

    def _tab_did_change(self, _index=None) -> None:
        """The text box filters the tab shown, and its placeholder says which."""
        self.search.setVisible(self.tabs.currentWidget() is not self.comments)   # that tab has its own box
        self.search.setPlaceholderText(self.tr("Filter stages or metrics…") if self._on_metrics_tab()
                                       else self.tr("Filter rows…"))
        self._search(self.search.text())

    def _search(self, text: str) -> None:
        if self._on_metrics_tab():
            self.metrics_model.set_filter(text, columns=("stage", "metric"))
        else:
            self.rows_model.set_filter(text)
        self._show_count()

    def _show_count(self) -> None:
        if self.tabs.currentWidget() is self.comments:
            return self.count.setText("")          # the Comments tab counts its own hits
        model = self.metrics_model if self._on_metrics_tab() else self.rows_model
        shown, total = model.rowCount(), model.total_rows
        text = self.tr("%1 of %2 stage metrics") if self._on_metrics_tab() else self.tr("%1 of %2 rows")
        self.count.setText(text.replace("%1", f"{shown:,}").replace("%2", f"{total:,}"))

    # -- stage metrics ------------------------------------------------------------------------
    def _load_metrics(self) -> None:
        dataset = self.current_dataset()
        if dataset is None or self.session.path is None:
            return
        self.sources.setText(sources_text(self.session.project, dataset.journey))
        task = ImportTask(metric_table, self.session.path, self.session.project, dataset.journey,
                          self.segment.currentData(), self.period.currentData(),
                          with_callbacks=False, parent=self)
        task.task_did_finish.connect(lambda table, t=task: self._metrics_did_load(t, table))
        task.task_did_fail.connect(self._failed)
        self._metrics_task = task
        task.start()

    def _metrics_did_load(self, task, table: pd.DataFrame) -> None:
        if task is not self._metrics_task:
            return                                    # superseded by a newer request
        table, self._metric_flags = shown_metrics(table, METRIC_COLUMNS, self.tr("Top-2-box (%)"))
        self._metric_ok = table["on_target"].to_numpy() if "on_target" in table else np.array([])
        if "on_target" in table:   # the cells say yes / no in the language; the styles keep the booleans
            table["on_target"] = [code("yes" if v else "no") if isinstance(v, (bool, np.bool_)) else v
                                  for v in table["on_target"]]
        self.metrics_model.set_frame(table, tooltips={
            "n": self.tr("satisfaction: respondents (weighted where the survey has weights), under 30 is "
                         "flagged; operating: the period and segment values combined"),
            "target": self.tr("the metric's target, if one is set"),
            "flags": self.tr("n<30: few answers; no data: nothing rates the stage; off target")},
            titles=metric_titles())
        self.metrics_table.resizeColumnsToContents()
        self._search(self.search.text())          # the text filter holds across a reload

    def _metric_style(self, row: int, column: str, role: int):
        styled = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
        if row >= len(self._metric_flags) or role not in styled:
            return None
        flags = self._metric_flags[row]
        tint = self._tint(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return None if tint is None else QBrush(tint)
        if tint is not None:        # a pale tint keeps dark ink, also under dark colours' light text
            return QBrush(_INK_MUTED if "no data" in flags else _INK)
        return QBrush(QColor("#888")) if "no data" in flags else None

    def _tint(self, row: int, column: str):
        flags, ok = self._metric_flags[row], self._metric_ok[row]
        if column == "value" and ok is not None:
            return _GREEN if ok else _RED
        if column == "n" and "n<30" in flags:
            return _AMBER
        if column == "flags" and flags:
            return _GREY if flags == "no data" else _AMBER
        return None

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not read the data: %1").replace("%1", message))

    # -- Edit > Copy, Select all (the main window routes them to the view on screen) ----------
    def _shown_table(self):
        return {0: self.metrics_table, 1: self.rows_table}.get(self.tabs.currentIndex(), self.comments.table)

    def copy_selection(self) -> None:
        """Edit > Copy: the selected cells of the tab shown, as its table's own Ctrl+C copies them."""
        copy_action(self._shown_table()).trigger()

    def select_all(self) -> None:
        self._shown_table().selectAll()

    def is_busy(self) -> bool:
        """A read of rows, metrics or the waves' values is running (screenshots wait for it)."""
        return any(t is not None and t.is_running() for t in (self._rows_task, self._metrics_task, self._values_task))

    def wait(self) -> None:
        """Block until the reads running now have finished (tests, screenshots)."""
        for task in self.findChildren(ImportTask) + [self._rows_task, self._metrics_task, self._values_task]:
            if task is not None:
                task.wait()           # safe on a finished task (its Qt object may be gone)
