"""The Drivers view: what drives the outcome of a journey's survey, as a chart and a table.

Filters (dataset, segment, period, method) choose the run; the analysis
(analysis.driver_run.run_drivers) reads the survey's answers from the saved project file on a
worker thread, so a large survey never freezes the window. n and R² are shown large above the
importance-performance chart and the table; when the analysis cannot run, a sentence says why.
The chart (QtWebEngine) is made only when the view is first shown.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHeaderView, QLabel, QProgressBar, QSplitter, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)

from journeymap.ui.drivers_figure import fit_to_view
from journeymap.ui.flow_layout import FlowLayout
from journeymap.ui.models.drivers_model import SORT_ROLE, DriversModel
from journeymap.ui.workers import Runner, snapshot

if TYPE_CHECKING:
    from journeymap.ui.session import Session
    from journeymap.ui.chart_view import ChartView

METHODS = ("relweight", "shapley", "corr")
FOLLOWED = ("datasets", "survey_items", "stages", "segments")


def _distinct(path, key, dataset_ids: list) -> tuple:
    """(key, segments, periods) found in these datasets (one, or every wave of the survey)."""
    from journeymap.analysis.survey_data import distinct_values
    found = [{v for d in dataset_ids for v in distinct_values(path, d, column)} for column in ("segment", "period")]
    return (key, sorted(found[0]), sorted(found[1]))


def _muted(widget) -> str:
    """The palette's secondary-text colour as an HTML colour (blended with the background when the
    palette gives it translucent, as Qt's light default does)."""
    palette = widget.palette()
    ink, ground = palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Window)
    a = ink.alphaF()
    return QColor.fromRgbF(*(a * i + (1 - a) * g for i, g in zip(ink.getRgbF()[:3], ground.getRgbF()[:3]))).name()


def _refill(box: QComboBox, entries: list) -> None:
    """Replace a box's entries, keeping its choice when it is still there, without signals."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in entries:
        box.addItem(text, data)
    found = box.findData(current)
    box.setCurrentIndex(found if found >= 0 else 0)
    box.blockSignals(False)


def _run(path, project, **kwargs) -> dict:
    from journeymap.analysis.driver_run import run_drivers   # the analysis glue
    return run_drivers(path, project, **kwargs)


class DriversView(QWidget):
    result_did_change = Signal(object)   # the drivers dict, or None

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = DriversModel(self)
        self.runner = Runner(self)
        self.values_runner = Runner(self)      # the segments and periods in the survey
        self._values: dict = {}                # dataset id -> (segments, periods)
        self.chart: ChartView | None = None   # made when first shown
        self._figure = None
        self._shown: dict | None = None   # the result on screen (its headline is redrawn on a theme change)
        self._stale = True
        self._build()
        self.runner.job_did_finish.connect(self._on_result)
        self.runner.job_did_fail.connect(self._on_failure)
        self.runner.busy_did_change.connect(self._on_busy)
        self.values_runner.job_did_finish.connect(self._on_values)
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(250)
        self._rerun.timeout.connect(self.refresh)
        session.project_did_change.connect(self._on_change)
        session.project_did_reset.connect(self._on_reset)
        session.journey_did_change.connect(lambda _id: self._on_reset())
        session.path_did_change.connect(lambda _path: self._on_reset())
        session.filter_did_change.connect(self._follow_session)
        self._fill_filters()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.dataset_box, self.segment_box, self.period_box = QComboBox(), QComboBox(), QComboBox()
        self.method_box = QComboBox()
        for method, title in zip(METHODS, (self.tr("Relative weights"), self.tr("Shapley (LMG)"),
                                           self.tr("Squared correlations"))):
            self.method_box.addItem(title, method)
        # the four filters flow onto a second row when narrow: side by side they held the view 740 px wide
        filters = FlowLayout()
        for label, box in ((self.tr("Dataset"), self.dataset_box), (self.tr("Segment"), self.segment_box),
                           (self.tr("Period"), self.period_box), (self.tr("Method"), self.method_box)):
            pair = QWidget()
            form = QFormLayout(pair)
            form.setContentsMargins(0, 0, 0, 0)
            form.addRow(label, box)
            filters.addWidget(pair)
            # as wide as its longest entry where there is room, down to 12 characters (elided; the list shows
            # them whole) when not: "All waves: Relationship survey 2026 + …" alone was wider than the room
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumWidth(box.fontMetrics().averageCharWidth() * 12 + 32)   # 32: the arrow and frame
            box.currentIndexChanged.connect(self._schedule)
        # One filter in the app: the segment and period chosen here are the session's (the map's
        # toolbar shows the same), not a second filter that could disagree with it.
        self.segment_box.activated.connect(self._set_session_filter)
        self.period_box.activated.connect(self._set_session_filter)
        self.dataset_box.currentIndexChanged.connect(self._fill_filters)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setFormat(self.tr("Computing…"))
        self.busy.setVisible(False)
        filters.addWidget(self.busy)

        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)   # unwrapped, its waves and flags held the window 1300 px wide
        self.headline.setContentsMargins(2, 4, 2, 4)
        big = self.headline.font()
        big.setPixelSize(20)
        self.headline.setFont(big)   # no style sheet: it would pin the light palette's black (dark colours)
        self.table = QTableView()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        for column in (0, 1):     # item and stage share the room left by the numbers
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.chart_holder = QWidget()
        self._chart_layout = QVBoxLayout(self.chart_holder)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.headline)
        inner.addWidget(self.splitter, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setContentsMargins(40, 40, 40, 40)
        big = self.message.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.message.setFont(big)    # a font, not a style sheet: the text follows the palette (dark colours)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

    # -- filters ------------------------------------------------------------------------
    def _surveys(self) -> list:
        journey = self.session.journey_id
        found = [d for d in self.session.project.all("datasets") if d.kind == "survey" and d.journey == journey]
        return sorted(found, key=lambda d: d.imported_at or "", reverse=True)   # newest first

    def _waves(self) -> list:
        from journeymap.analysis.waves import wave_datasets
        return wave_datasets(self.session.project, self.session.journey_id) if self.session.journey_id else []

    def _dataset_entries(self) -> list:
        """Every wave of the newest survey first (data None: what `drivers` reads by default), then
        each survey dataset on its own when there is more than one."""
        surveys, waves = self._surveys(), self._waves()
        if len(surveys) <= 1:
            return [(d.name, d.id) for d in surveys]
        first = [(self.tr("All waves: %1").replace("%1", " + ".join(d.name for d in waves)), None)] \
            if len(waves) > 1 else []
        return first + [(d.name, d.id) for d in surveys]

    def _fill_filters(self) -> None:
        _refill(self.dataset_box, self._dataset_entries())
        dataset = self.dataset_box.currentData()
        segments, periods = self._values.get(dataset, ([], []))
        _refill(self.segment_box, [(self.tr("All segments"), None)] + [(v, v) for v in segments])
        _refill(self.period_box, [(self.tr("All periods"), None)] + [(v, v) for v in periods])
        self._follow_session()
        ids = [d.id for d in self._waves()] if dataset is None else [dataset]
        if ids and self.session.path and dataset not in self._values:
            self.values_runner.start(_distinct, self.session.path, dataset, ids)

    def _follow_session(self) -> None:
        """Show the session's segment and period; one the survey lacks is listed all the same (the
        analysis then says that it has no rows), so this box never shows another filter."""
        for box, value in ((self.segment_box, self.session.segment), (self.period_box, self.session.period)):
            if value and box.findData(value) < 0:
                box.blockSignals(True)
                box.addItem(value, value)
                box.blockSignals(False)
            box.setCurrentIndex(box.findData(value) if value else 0)

    def _set_session_filter(self, _index=None) -> None:
        self.session.set_filter(segment=self.segment_box.currentData() or "", period=self.period_box.currentData())

    def _on_values(self, found) -> None:
        dataset, segments, periods = found
        self._values[dataset] = (segments, periods)
        if dataset == self.dataset_box.currentData():
            self._fill_filters()

    def filters(self) -> dict:
        return {"journey_id": self.session.journey_id, "dataset_id": self.dataset_box.currentData(),
                "segment": self.segment_box.currentData(), "period": self.period_box.currentData(),
                "method": self.method_box.currentData()}

    # -- running ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the analysis again with the filters shown (on a worker thread)."""
        self._rerun.stop()
        self._stale = False
        reason = self._cannot_run()
        if reason:
            self.runner.cancel()
            self._show_message(reason)
            return
        self.runner.start(_run, self.session.path, snapshot(self.session.project), **self.filters())

    def _cannot_run(self) -> str:
        if self.session.journey_id is None:
            return self.tr("This project has no journey yet. Add one on the map to analyse its survey.")
        if not self._surveys():
            return self.tr("No survey data for this journey yet.\n\nImport a survey with an overall outcome "
                           "and rated items mapped to stages, then save the project: the key drivers appear here.")
        if not self.session.path:
            return self.tr("Save the project first: the analysis reads the survey's answers from the saved file.")
        return ""

    def _schedule(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self._rerun.start()

    def _on_change(self, changes) -> None:
        if changes.touches(*FOLLOWED, ignore_fields=("x", "y")):   # not a stage moved on the map
            for change in changes.of(*FOLLOWED):
                self._values.pop(change.id, None)
            self._values.pop(None, None)           # the waves read together may have changed
            self._fill_filters()
            self._schedule()

    def _on_reset(self) -> None:
        self._values = {}
        self._fill_filters()
        self._schedule()

    def _on_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _on_result(self, result: dict) -> None:
        stages = {s.id: s.name for s in self.session.project.all("stages")}
        self.model.set_result(result, stage_names=stages)
        self.table.resizeColumnsToContents()
        self._shown = result
        self.headline.setText(self._headline(result))
        self.stack.setCurrentIndex(1)
        self._figure = self._make_figure(result, stages)
        if self.chart is not None and self._figure is not None:
            self.chart.show_figure(self._figure)
        self.result_did_change.emit(result)

    def _on_failure(self, message: str) -> None:
        self._show_message(self.tr("The key-driver analysis could not run:\n\n{0}").format(message))

    def _show_message(self, text: str) -> None:
        self._shown = None
        self.model.set_result(None)
        self.headline.setText("")
        self.message.setText(text)
        self.stack.setCurrentIndex(0)
        self.result_did_change.emit(None)

    def _headline(self, result: dict) -> str:
        n, r2 = result.get("n"), result.get("r2")
        outcome = result.get("outcome") or self.tr("the outcome")
        n_text = "–" if n is None else f"{int(n):,}"
        r2_text = "–" if r2 is None else f"{r2:.2f}"
        text = self.tr("<b>n = {0}</b> &nbsp;&nbsp; <b>R² = {1}</b> &nbsp;&nbsp; "
                       "<span style='color:#5F6368'>key drivers of {2} · {3}</span>").format(
            n_text, r2_text, _html(str(outcome)), _html(result.get("method_label") or result.get("method", "")))
        read = result.get("datasets") or []
        if read:       # which survey datasets (waves) the numbers come from
            text += "<br><span style='color:#5F6368; font-size:14px'>{0}</span>".format(_html(
                self.tr("read from %1").replace("%1", " + ".join(
                    self.tr("%1 (%2 rows)").replace("%1", d["name"]).replace("%2", f"{d['rows']:,}")
                    for d in read))))
        for flag in result.get("flags", []):     # a small sample, an approximate method: said, not hidden
            text += f"<br><span style='color:#B06000; font-size:14px'>⚠ {_html(flag)}</span>"
        return text.replace("#5F6368", _muted(self))   # secondary text readable in light and dark colours

    def _make_figure(self, result: dict, stages: dict):
        if not result.get("items"):
            return None
        from journeymap import i18n
        from journeymap.charts.drivers import ipa_chart
        lang = i18n.language()          # the app's language, like every label around the chart
        shown = dict(result, items=[dict(i, stage=stages.get(i.get("stage"), i.get("stage")))
                                    for i in result["items"]])
        source = " + ".join(d["name"] for d in result.get("datasets") or []) or self.dataset_box.currentText() \
            or self.tr("survey")
        return fit_to_view(ipa_chart(shown, source=source, title=_finding(shown, lang), lang=lang), shown["items"])

    # -- the chart, made on first show ----------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.chart is None:
            from journeymap.ui.chart_view import ChartView
            self.chart = ChartView(self.chart_holder)
            self.chart.copy_table = self.copy_table
            self.chart.save_folder = lambda: str(Path(self.session.path).parent) if self.session.path else ""
            self.chart.setMinimumHeight(260)
            self._chart_layout.addWidget(self.chart)
            if self._figure is not None:
                self.chart.show_figure(self._figure)
        if self._stale:
            self.refresh()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and self._shown:
            self.headline.setText(self._headline(self._shown))     # its colours follow the theme

    def closeEvent(self, event) -> None:
        self.runner.cancel()
        super().closeEvent(event)

    # -- Edit > Copy, Select all (the main window routes them to the view on screen) ----------
    def copy_selection(self) -> None:
        """Ctrl+C: the selected rows of the table (all rows when none is selected)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        self.copy_table(rows or None)

    def select_all(self) -> None:
        self.table.selectAll()

    def copy_table(self, rows: list | None = None) -> None:
        """The table as shown (sorted, with its headers) to the clipboard, as tab-separated text
        that a spreadsheet pastes into cells."""
        from PySide6.QtGui import QGuiApplication
        proxy = self.proxy
        shown = range(proxy.rowCount()) if rows is None else rows
        cols = range(proxy.columnCount())
        lines = ["\t".join(str(proxy.headerData(c, Qt.Orientation.Horizontal)) for c in cols)]
        lines += ["\t".join(str(proxy.index(r, c).data() or "") for c in cols) for r in shown]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


def _finding(result: dict, lang: str) -> str:
    """The chart's title in at most two lines of the panel: the items it names are shortened until
    it fits (a title cut mid-word, "below aver…", said less than the chart)."""
    from journeymap.charts.drivers import ipa_finding
    from journeymap.charts.theme import TITLE_CHARS, wrap_lines
    for width in (32, 24, 16):
        title = ipa_finding(dict(result, items=[dict(i, item=_short(i["item"], width)) for i in result["items"]]),
                            lang)
        if len(wrap_lines(title, TITLE_CHARS)) <= 2:
            return title
    return _short(title, 2 * TITLE_CHARS - 8)


def _short(text: str, width: int) -> str:
    text = str(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
