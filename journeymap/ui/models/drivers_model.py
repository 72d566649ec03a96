"""A key-driver result (the ``drivers`` JSON of shared/docs/cli.md) as a read-only table.

The result is computed off the UI thread by the Drivers view and handed over whole with
``set_result``; a new result replaces the old one (a reset: every number changes at once).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from journeymap.charts.drivers import QUADRANT_COLOURS

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("item", "stage", "weight_pct", "ci", "r", "mean", "top2box", "n", "quadrant")
_NUMERIC = ("weight_pct", "ci", "r", "mean", "top2box", "n")


def _fmt(value, spec: str) -> str:
    return "–" if value is None else format(value, spec)


class DriversModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: dict | None = None
        self._items: list[dict] = []
        self._stage_names: dict = {}

    def set_result(self, result: dict | None, *, stage_names: dict | None = None) -> None:
        self.beginResetModel()
        self.result = result
        self._items = list(result.get("items", [])) if result else []
        self._stage_names = dict(stage_names or {})
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"item": self.tr("Item"), "stage": self.tr("Stage"), "weight_pct": self.tr("Weight %"),
                    "ci": self.tr("95% CI"), "r": self.tr("r"), "mean": self.tr("Mean"),
                    "top2box": self.tr("Top-2-box"), "n": self.tr("n"),
                    "quadrant": self.tr("Quadrant")}[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"weight_pct": self.tr("The item's share of the explained variance (R²); they sum to 100"),
                    "ci": self.tr("95% bootstrap interval of the weight %"),
                    "r": self.tr("Pearson correlation with the outcome"),
                    "top2box": self.tr("Share answering in the top two boxes of the scale"),
                    "mean": self.tr("The item's mean on its own scale"),
                    "quadrant": self.tr("Importance-performance quadrant; uncertain when the weight's interval "
                                        "straddles the importance cut line (it could fall on either side)"),
                    "n": self.tr("Answers to this item")}.get(column)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == "quadrant":
            colour = QUADRANT_COLOURS.get(item.get("quadrant"))
            return QColor(colour) if colour else None
        return None

    def _display(self, item: dict, column: str):
        if column == "item":
            return str(item.get("item", ""))
        if column == "stage":
            stage = item.get("stage") or ""
            return self._stage_names.get(stage, stage)
        if column == "weight_pct":
            return _fmt(item.get("weight_pct"), ".1f")
        if column == "ci":
            low, high = item.get("ci_low"), item.get("ci_high")
            return "–" if low is None or high is None else f"{low:.1f} – {high:.1f}"
        if column == "r":
            return _fmt(item.get("r"), ".2f")
        if column == "mean":       # one unit per label: the scale beside the number
            scale = item.get("scale")
            text = _fmt(item.get("mean"), ".2f")
            return f"{text} ({scale[0]:g}-{scale[1]:g})" if scale and item.get("mean") is not None else text
        if column == "top2box":
            return _fmt(item.get("top2box"), ".0%")
        if column == "n":
            n = item.get("n")
            return "–" if n is None else f"{int(n):,}"
        if column == "quadrant":
            text = self._quadrant(item.get("quadrant"))
            return text + self.tr(" (uncertain)") if item.get("quadrant_certain") is False else text
        return None

    def _sort_key(self, item: dict, column: str):
        key = {"ci": "ci_low"}.get(column, column)
        value = item.get(key)
        if column in _NUMERIC:
            return float("-inf") if value is None else float(value)
        return str(self._display(item, column)).lower()

    def _quadrant(self, quadrant) -> str:
        return {"concentrate": self.tr("Concentrate here"), "keep_up": self.tr("Keep up the good work"),
                "low_priority": self.tr("Low priority"),
                "possible_overkill": self.tr("Possible overkill")}.get(quadrant, quadrant or "")
