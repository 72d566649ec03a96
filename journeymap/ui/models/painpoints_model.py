"""The ranked pain points of one journey as a table, following the project.

The model sorts itself (``sort``; by rank at first): a weight change is a ``dataChanged`` plus,
when rows move, a ``layoutChanged`` that carries selections along (no reset); a new pain point
is one inserted row, a deleted one a removed row. Sorting in the model, not in a proxy, keeps a
live re-rank of 10,000 rows to one key per row instead of a comparison sort through ``data()``.
The ranking itself is analysis.scoring on the journey's fixed scales: ``prepare`` once per change
of the pain points, then ``ScoringTable.rank(weights=...)`` on each slider move (no file access,
fast); the rank intervals (200 resamples) follow a moment after the slider stops.
Edits (title, severity, status) are pushed as core commands; the table then follows the
change notification like every other view. After an edit made in the table the row order is
held (the ranks shown are current) until the table loses focus, a weight moves or a header is
clicked, so a row does not jump away from under the cursor while the user types. What one cell
says and takes (stored words, an edit's clean value, the tint) is painpoints_cells.py's; the
tooltips and flags in words are painpoints_text.py's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from journeymap.analysis.scoring import RankResult, ScoringError, ScoringTable, prepare
from journeymap.core import commands
from journeymap.ui.models.painpoints_cells import EDITABLE, INVALID, clean, discuss_tint, word
from journeymap.ui.models.painpoints_text import RESAMPLES, PainPointsText
from journeymap.ui.refresh import Refresher
from journeymap.ui.weights_panel import PARTS_ROLE, project_weights
from journeymap.ui.plain_text import tip
from journeymap.core.project import Project

if TYPE_CHECKING:
    from journeymap.ui.session import Session

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = ("rank", "interval", "title", "stage", "score", "parts", "data_rank", "judgment_rank", "flags",
           "stability", "votes", "severity", "source", "status")
INTERVAL_DELAY_MS = 150  # after the last slider move
FOLLOWED = ("pain_points", "votes", "evidence", "stages", "metric_values", "feedback", "survey_items",
            "segments", "journeys", "metrics")
_NUMERIC = ("rank", "interval", "score", "data_rank", "judgment_rank", "stability", "votes", "severity")


def _explain_inputs(project: Project, *, journey_id, drivers, period, importance):
    """(inputs with notes, the journey's references): the analysis glue."""
    from journeymap.analysis.impact_inputs import explain_inputs, journey_scales
    explained = explain_inputs(project, journey_id=journey_id, drivers=drivers, period=period,
                               importance=importance)
    return explained, journey_scales(project, journey_id=journey_id, period=period)[0]


class PainPointsModel(PainPointsText, QAbstractTableModel):
    ranking_did_change = Signal()
    ranking_did_fail = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.drivers: dict | None = None
        self.importance = None           # analysis.stage_importance.StageImportance, or None
        self.period: str | None = None
        self.order_held = False          # an edit from the table: keep the rows where they are
        self.error = ""
        self._ids: list = []
        self._index: dict = {}           # id -> row of the scoring table
        self._table: ScoringTable | None = None
        self._result: RankResult | None = None
        self._position: dict = {}        # id -> 0-based position in rank order
        self._rows: dict = {}            # id -> RankedRow (cache for the current result)
        self._dots: dict = {}            # id -> votes cast
        self._score: dict = {}           # id -> score (-1 when unscored), for sorting
        self._notes: dict = {}           # id -> {part: where its value came from}
        self._weights = project_weights(session.project)
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(INTERVAL_DELAY_MS)
        self._later.timeout.connect(self._add_intervals)
        # Hidden (the map on screen during a workshop), the table re-ranks when next shown.
        self._stale = Refresher(parent, self.reload, at_once=True) if isinstance(parent, QWidget) else None
        session.project_did_change.connect(self._on_change)
        session.project_did_reset.connect(self.reload)
        session.journey_did_change.connect(lambda _id: self.reload())
        self.reload()

    # -- what the view asks -------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = {"rank": self.tr("#"), "interval": self.tr("Range"), "data_rank": self.tr("Data"),
                  "judgment_rank": self.tr("Room"), "title": self.tr("Pain point"), "stage": self.tr("Stage"),
                  "score": self.tr("Score"), "parts": self.tr("Weighted parts"), "flags": self.tr("Flags"),
                  "stability": self.tr("Stability"), "votes": self.tr("Votes"),
                  "severity": self.tr("Severity"), "source": self.tr("Source"), "status": self.tr("Status")}
        return titles[COLUMNS[section]]

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        pid, column = self._ids[index.row()], COLUMNS[index.column()]
        if role == ID_ROLE:
            return pid
        if role == PARTS_ROLE and column == "parts":
            row = self.ranked(pid)
            return dict(row.components) if row else {}
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(pid, column, edit=role == Qt.ItemDataRole.EditRole)
        if role == SORT_ROLE:
            return self._sort_key(pid, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(self._tooltip(pid, column)) or None   # titles are the user's text, never HTML
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            row = self.ranked(pid)
            return discuss_tint() if row is not None and row.disagreement else None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column, pid = COLUMNS[index.column()], self._ids[index.row()]
        pain = self.session.project.find("pain_points", pid)
        if pain is None or column not in EDITABLE:
            return False
        value = clean(column, value)
        if value is INVALID or value == getattr(pain, column):
            return False
        self.order_held = True     # the row stays under the cursor until the user leaves the table
        self.session.push(commands.edit("pain_points", pid, **{column: value}))
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.release_order()

    def release_order(self) -> None:
        """Re-sort rows held in place after an edit (the view calls it when the table loses focus)."""
        self.order_held = False
        self._resort()

    def _resort(self) -> None:
        """Put the rows in the sort order, moving persistent indexes (selection) with them."""
        if self.order_held:
            return
        name = COLUMNS[self.sort_column] if 0 <= self.sort_column < len(COLUMNS) else "rank"
        keyed = [(self._sort_key(pid, name), self._position.get(pid, 10 ** 9), pid) for pid in self._ids]
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        if descending:
            keyed.sort(key=lambda k: k[:2], reverse=True)
        else:
            keyed.sort(key=lambda k: k[:2])
        new_ids = [k[2] for k in keyed]
        if new_ids == self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] for i in old]
        self._ids = new_ids
        row_of = {pid: r for r, pid in enumerate(new_ids)}
        self.changePersistentIndexList(old, [self.index(row_of[pid], i.column()) for pid, i in zip(old_ids, old)])
        self.layoutChanged.emit()

    # -- helpers the view uses -------------------------------------------------------
    def pain_point_id(self, row: int):
        return self._ids[row]

    def row_of(self, pid) -> int:
        return self._ids.index(pid) if pid in self._ids else -1

    def ranked(self, pid):
        """The RankedRow of ``pid`` under the current weights (None when not ranked)."""
        if self._result is None or pid not in self._position:
            return None
        if pid not in self._rows:
            self._rows[pid] = self._result.row(self._position[pid])
        return self._rows[pid]

    def notes(self, pid) -> dict:
        """Where each raw part of ``pid`` came from (impact_inputs.explain_inputs)."""
        return dict(self._notes.get(pid, {}))

    def ranked_ids(self) -> list:
        """Pain point ids in rank order."""
        return sorted(self._position, key=lambda pid: self._position[pid])

    @property
    def weights(self) -> dict[str, float]:
        return dict(self._weights)

    # -- re-ranking --------------------------------------------------------------------
    @property
    def table(self):
        """The analysis.scoring.ScoringTable being ranked (None before the first reload)."""
        return self._table

    def set_weights(self, weights: dict[str, float]) -> None:
        """A live re-rank (slider moves): only the scores change, the rows stay; intervals follow."""
        self._weights = dict(weights)
        self.order_held = False
        if self._table is not None and self._rank(intervals=0, stability=False):   # stability, intervals: later
            self._changed_all(last=COLUMNS.index("stability"))
            self._resort()
            self._later.start()

    def set_drivers(self, drivers: dict | None, importance=None) -> None:
        self.drivers, self.importance = drivers, importance
        self.reload()

    def set_period(self, period: str | None) -> None:
        self.period = period
        self.reload()

    def reload(self) -> None:
        """Rebuild the inputs from the project and re-rank, inserting/removing rows as needed."""
        journey_id = self.session.journey_id
        try:
            explained, scales = ([], None) if journey_id is None else _explain_inputs(
                self.session.project, journey_id=journey_id, drivers=self.drivers, period=self.period,
                importance=self.importance)
            inputs = [inp for inp, _ in explained]
            draws = self.importance.draws_by_stage() if self.importance is not None else None
            table = prepare(inputs, scales=scales, importance_draws=draws)
        except (ScoringError, ValueError) as exc:
            self._fail(str(exc))
            return
        new_ids = [p.id for p in inputs]
        keep = set(new_ids)
        self._notes = {inp.id: notes for inp, notes in explained}
        self._dots = {}
        for vote in self.session.project.all("votes"):
            self._dots[vote.pain_point] = self._dots.get(vote.pain_point, 0) + vote.dots
        for row in reversed(range(len(self._ids))):
            if self._ids[row] not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
        self._table = table
        self._index = {pid: i for i, pid in enumerate(new_ids)}
        self.error = ""
        self._rank(intervals=RESAMPLES if len(inputs) <= 2000 else 0)
        if len(inputs) > 2000:
            self._later.start()
        shown = set(self._ids)
        added = [pid for pid in new_ids if pid not in shown]
        if added:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._ids.extend(added)
            self.endInsertRows()
        self._changed_all()
        self._resort()

    def _add_intervals(self) -> None:
        if self._table is not None and self._rank(intervals=RESAMPLES):
            self._changed_all(last=COLUMNS.index("stability"))

    def _rank(self, *, intervals: int, stability: bool = True) -> bool:
        table = self._table
        if table is None:   # callers check: nothing read yet
            return False
        try:
            result = table.rank(weights=self._weights, intervals=intervals, stability=stability)
        except ScoringError as exc:
            self._fail(str(exc))
            return False
        ids = [p.id for p in table.inputs]
        self._result = result
        self._position = {ids[i]: pos for pos, i in enumerate(result.order.tolist())}
        scores = result.component_matrix.sum(axis=1).tolist()   # the parts add up to the score
        self._score = {pid: (x if x == x else -1.0) for pid, x in zip(ids, scores)}
        self._rows = {}
        return True

    def _fail(self, message: str) -> None:
        self.error = message
        self.ranking_did_fail.emit(message)

    def _changed_all(self, last: int = len(COLUMNS) - 1) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last))
        self.ranking_did_change.emit()

    def _on_change(self, changes) -> None:
        # Once per command; moving stages around the map changes no score.
        if changes.touches(*FOLLOWED, ignore_fields=("x", "y")) or "rank_value_reference" in changes.fields("info"):
            self._stale.start() if self._stale is not None else self.reload()

    # -- cells ---------------------------------------------------------------------------
    def _display(self, pid, column: str, *, edit: bool):
        pain = self.session.project.find("pain_points", pid)
        row = self.ranked(pid)
        if column == "rank":
            return row.rank if row else None
        if column == "interval":
            return "" if row is None or row.rank_low is None else f"{row.rank_low}–{row.rank_high}"
        if column in ("data_rank", "judgment_rank"):
            return None if row is None else getattr(row, column)
        if column == "title":
            return pain.title if pain else (row.title if row else str(pid))
        if column == "stage":
            stage = self.session.project.find("stages", pain.stage) if pain else None
            return stage.name if stage else (row.stage if row else "")
        if column == "score":
            return None if row is None or row.score is None else (row.score if edit else f"{row.score:.3f}")
        if column == "parts":
            return None
        if column == "flags":
            if row is None:
                return ""
            text = self._flags_text(row.flags)
            if row.disagreement:
                text = "; ".join(filter(None, [self.tr("discuss"), text]))
            return text
        if column == "stability":
            return None if row is None or row.stability is None else f"{row.stability:.0%}"
        if column == "votes":
            return self._votes(pid)
        if pain is None:
            return None
        if column == "severity":
            return pain.severity if edit or pain.severity is not None else ""
        if column == "source":
            return word(pain.source) if not edit else pain.source
        if column == "status":
            return pain.status if edit else word(pain.status)
        return None

    def _sort_key(self, pid, column: str):
        if column == "rank":                       # the fast path: a live re-rank re-sorts on it
            return self._position.get(pid, 10 ** 9)
        if column in ("score", "parts"):
            return self._score.get(pid, -1.0)
        row = self.ranked(pid)
        if column == "interval":
            return (row.rank_high - row.rank_low) if row and row.rank_low is not None else -1
        if column in ("data_rank", "judgment_rank"):
            value = getattr(row, column) if row else None
            return value if value is not None else 10 ** 9
        if column == "stability":
            return row.stability if row and row.stability is not None else -1.0
        if column == "votes":
            return self._votes(pid)
        if column == "severity":
            pain = self.session.project.find("pain_points", pid)
            return pain.severity if pain and pain.severity is not None else 0
        value = self._display(pid, column, edit=False)
        return "" if value is None else str(value).lower()

    def _votes(self, pid) -> int:
        return self._dots.get(pid, 0)
