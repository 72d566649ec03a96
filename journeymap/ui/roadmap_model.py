"""The initiatives table of the Roadmap view: one row per initiative of the journey.

Rows come from ``analysis.roadmap.roadmap`` (RICE, overdue, projection) and are rebuilt from the
project on every change summary that touches initiatives or pain points; the model owns no data.
Overdue rows stand out: red, bold, and the due date says so.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
COLUMNS = ("status", "title", "owner", "department", "start", "due", "done", "effort", "rice", "projected",
           "pain_points")
T = lambda text: QT_TRANSLATE_NOOP("InitiativesModel", text)  # noqa: E731 - marks for lupdate
HEADERS = {"status": T("Status"), "title": T("Initiative"), "owner": T("Owner"), "department": T("Department"),
           "start": T("Start"), "due": T("Due"), "done": T("Done"), "effort": T("Effort (pm)"), "rice": T("RICE"),
           "projected": T("Projected (95% CI)"), "pain_points": T("Pain points")}
STATUS_WORDS = {"idea": T("Idea"), "planned": T("Planned"), "in_progress": T("In progress"), "done": T("Done"),
                "dropped": T("Dropped")}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#C5221F")
MUTED = QColor("#80868B")


def projected_text(p: dict | None) -> str:
    if not p or p.get("effect") is None:
        return "-"
    return f"{p['effect']:+.3f} ({p['ci_low']:+.3f} to {p['ci_high']:+.3f})"


class InitiativesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[COLUMNS[section]])
        return None

    def row_of(self, initiative_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == initiative_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row["overdue"]:
                return QBrush(OVERDUE)
            if row["status"] in ("done", "dropped"):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and row["overdue"]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("effort", "rice"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: dict, column: str) -> str:
        if column == "status":
            return self.tr(STATUS_WORDS[row["status"]]) if row["status"] in STATUS_WORDS else row["status"]
        if column == "due":
            due = row["due"] or "-"
            return self.tr("{due}  overdue").format(due=due) if row["overdue"] else due
        if column == "rice":
            return "-" if row["rice"] is None else f"{row['rice']:,.1f}"
        if column == "effort":
            return "-" if row["effort"] is None else f"{row['effort']:g}"
        if column == "projected":
            return projected_text(row["projected_impact"])
        if column == "pain_points":
            return str(len(row["pain_points"]))
        return row.get(column) or ("-" if column in ("start", "done", "owner") else "")

    def _tip(self, row: dict, column: str) -> str:
        if column == "rice":
            p = row["rice_parts"]
            if p["missing"]:
                return self.tr("RICE needs {parts}").format(parts=", ".join(p["missing"]))
            return self.tr("reach {r:,.0f} x impact {i:g} x confidence {c:g} / effort {e:g}").format(
                r=p["reach"], i=p["impact"], c=p["confidence"], e=p["effort"])
        if column == "projected":
            p = row["projected_impact"] or {}
            return p.get("assumption") or p.get("note") or self.tr(
                "change of the outcome = the item's regression coefficient x the item's change")
        return row["title"]
