"""The Data view's reads (run on worker threads) and its table widget: kept apart from the view so
each module stays small. Rows come from storage.datasets, metrics from analysis.stage_data."""
from __future__ import annotations

import logging
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from journeymap.ui.models.dataframe_model import DataFrameModel

log = logging.getLogger("journeymap.errors")


def tr(text: str) -> str:
    return QCoreApplication.translate("DataView", text)
_LOGGED: set = set()      # a failure is logged once, not at every re-read after an edit


class Unreadable(ValueError):
    """Rows that cannot be read (a damaged file): a plain sentence naming the dataset; the worker
    reports a ValueError as a message, without a traceback."""


@contextmanager
def said_plainly(what: str, path):
    """Turn a damaged file's errors into Unreadable naming ``what`` (a dataset), logged once."""
    try:
        yield
    except (sqlite3.Error, OSError, KeyError) as exc:
        key = (what, str(path), str(exc))
        if key not in _LOGGED:
            _LOGGED.add(key)
            log.warning("data view: %s could not be read from %s: %s", what, Path(path).name, exc)
        text = QCoreApplication.translate("DataView", "%1 could not be read from %2; the file may be damaged: "
                                          "import it again, or open a backup (%3).")
        raise Unreadable(text.replace("%1", what).replace("%2", Path(path).name).replace("%3", str(exc))) \
            from None


def read_rows(path, dataset_id, names, limit=None, chunk=10_000, *, label: str = ""):
    with said_plainly(label or dataset_id, path):
        return _read_rows(path, dataset_id, names, limit, chunk)


def _read_rows(path, dataset_id, names, limit=None, chunk=10_000):
    """On a worker: the raw rows (the first ``limit`` only when given), item columns named,
    already split into the model's arrays so the UI thread only swaps them in. From the columnar
    copy when the file has one; else read in chunks: building one DataFrame of a million records
    holds the GIL long enough to freeze the UI."""
    from journeymap.storage.datasets import read_frame, read_raw
    frame = read_frame(path, dataset_id, fallback=False)   # the columnar copy: no rows built
    if frame is not None:
        if limit is not None and len(frame) > limit:
            frame = frame.iloc[:limit]
        return DataFrameModel.prepare(frame.rename(columns=names))
    parts, offset = [], 0
    while limit is None or offset < limit:
        size = chunk if limit is None else min(chunk, limit - offset)
        part = read_raw(path, dataset_id, where=f"LIMIT {size} OFFSET {offset}")
        parts.append(part)
        offset += len(part)
        if len(part) < size:
            break
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    return DataFrameModel.prepare(frame.rename(columns=names))


def wave_values(path, dataset_ids: list) -> dict:
    """On a worker: the segments and periods of a survey's waves (the stage metrics read them all,
    so the filter offers them all, not only those of the dataset whose rows are shown)."""
    from journeymap.analysis.survey_data import distinct_values
    with said_plainly(QCoreApplication.translate("DataView", "The survey's periods"), path):
        return {column: sorted({v for d in dataset_ids for v in distinct_values(path, d, column)})
                for column in ("segment", "period")}


def metric_table(path, project, journey_id, segment, period):
    from journeymap.analysis.stage_data import stage_metric_table
    from journeymap.analysis.waves import wave_datasets
    names = ", ".join(repr(d.name) for d in wave_datasets(project, journey_id))
    what = QCoreApplication.translate("DataView", "The stage metrics of survey %1").replace("%1", names)
    with said_plainly(what, path):
        return stage_metric_table(path, project, journey_id=journey_id, segment=segment or None,
                                  period=period or None)


def shown_metrics(table: pd.DataFrame, columns: list, top2_label: str) -> tuple:
    """(the stage metric table as the view shows it, the flag codes per row): shares as percentages
    (0.252 -> 25.2 under ``top2_label``), flags joined, codes in the app's language (the cell styles
    read the flag codes, so those are returned as they were)."""
    import numpy as np
    from journeymap.core.names import code, flags_text
    table = table[[c for c in columns if c in table]].copy()
    share = table["metric"] == "Top-2-box" if "metric" in table else None
    if share is not None and share.any():
        for column in ("value", "target"):
            if column in table:
                table[column] = table[column].astype(float)
                table.loc[share, column] = table.loc[share, column] * 100
        table.loc[share, "metric"] = top2_label
        if "unit" in table:
            table.loc[share, "unit"] = "%"
    if "flags" in table:
        table["flags"] = [", ".join(f) if isinstance(f, (list, tuple)) else (f or "") for f in table["flags"]]
    if "on_target" in table:
        table["on_target"] = table["on_target"].astype(object)
    flags = table["flags"].to_numpy() if "flags" in table else np.array([])
    for column in ("metric", "better"):
        if column in table:
            table[column] = [code(v) if isinstance(v, str) else v for v in table[column]]
    if "flags" in table:
        table["flags"] = [flags_text(f.split(", ")) if f else f for f in table["flags"]]
    return table, flags


class CopyKey(QObject):
    """Ctrl+C in a table copies its cells. The key is claimed at ShortcutOverride, as a text
    field claims its keys: else the table's Copy and the window's Edit > Copy (the map's) both
    match, Qt calls the shortcut ambiguous and nothing is copied (found by the GUI monkey)."""

    def __init__(self, view, copy):
        super().__init__(view)
        self.copy = copy

    def eventFilter(self, _obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                event.matches(QKeySequence.StandardKey.Copy):
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self.copy()
            return True
        return False


def table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().setDefaultSectionSize(22)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)   # no per-row sizes
    view.horizontalHeader().setResizeContentsPrecision(200)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
    add_copy(view, lambda: model.copy_to_clipboard(view.selectionModel().selection()))
    return view


def add_copy(view: QAbstractItemView, copy) -> None:
    """Ctrl+C and a right-click "Copy (tab-separated)" on ``view`` call ``copy``: every table of
    the Data view's tabs copies the same way (the Comments tab's table had none: Ctrl+C did nothing)."""
    action = QAction(QCoreApplication.translate("DataView", "Copy (tab-separated)"), view)
    action.setObjectName("copy")
    action.setShortcut(QKeySequence.StandardKey.Copy)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(copy)
    view.addAction(action)
    view.installEventFilter(CopyKey(view, action.trigger))
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)


def copy_action(view: QAbstractItemView) -> QAction:
    """The copy ``add_copy`` put on ``view`` (Edit > Copy triggers it)."""
    action = view.findChild(QAction, "copy")
    if action is None:
        raise LookupError(f"{type(view).__name__} has no copy action (add_copy)")
    return action


def copy_cells(view: QAbstractItemView) -> str:
    """The selected cells of any item view to the clipboard as tab-separated text, as the Rows tab
    copies (DataFrameModel.to_tsv): the selection's rows x columns, unselected cells empty, a header
    line first. Returns the text."""
    model = view.model()
    hidden = getattr(view, "isColumnHidden", lambda _c: False)     # a hidden column is not copied
    cells = {(i.row(), i.column()) for i in view.selectionModel().selectedIndexes() if not hidden(i.column())}
    rows, cols = sorted({r for r, _ in cells}), sorted({c for _, c in cells})

    def cell(value) -> str:
        return ("" if value is None else str(value)).replace("\t", " ").replace("\r\n", " ").replace("\n", " ")
    lines = ["\t".join(cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in cols)] if cells else []
    lines += ["\t".join(cell(model.index(r, c).data()) if (r, c) in cells else "" for c in cols) for r in rows]
    text = "\n".join(lines) + "\n" if lines else ""
    if text:                      # nothing selected: the clipboard keeps what it holds
        QGuiApplication.clipboard().setText(text)
    return text


def row_titles() -> dict:
    """The Rows tab's column titles."""
    return {"line": tr("Line"), "rid": tr("Id"), "segment": tr("Segment"), "period": tr("Period"), "date": tr("Date"),
            "weight": tr("Weight"), "outcome": tr("Outcome")}


def metric_titles() -> dict:
    """The Stage metrics tab's column titles."""
    return {"stage": tr("Stage"), "metric": tr("Metric"), "value": tr("Value"), "unit": tr("Unit"), "n": tr("n"),
            "target": tr("Target"), "better": tr("Better"), "on_target": tr("On target"), "flags": tr("Flags")}


def sources_text(project, journey_id: str) -> str:
    """Which datasets (waves) the stage metrics' survey metrics are read from."""
    from journeymap.analysis.waves import wave_datasets
    waves = wave_datasets(project, journey_id)
    if not waves:
        return tr("Survey metrics: no survey in this journey. Operating metrics: the stored values.")
    read = " + ".join(tr("%1 (%2 rows)").replace("%1", d.name).replace("%2", f"{d.rows:,}") for d in waves)
    return tr("Survey metrics read from %1. Operating metrics: the stored values.").replace("%1", read)
