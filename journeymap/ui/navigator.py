"""The project navigator: journeys (current and future state) with their phases and stages,
personas and datasets. A QStandardItemModel rebuilt from the project when its structure
changes; renames only touch their row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from journeymap.core import structure
from journeymap.core.model import Dataset, Journey
from journeymap.ui.plain_text import tip

if TYPE_CHECKING:
    from journeymap.ui.session import Session

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STRUCTURE = {"journeys", "phases", "lanes", "stages", "segments", "datasets"}
_NAME_FIELDS = {"name", "state", "phase", "journey", "order", "persona", "derived_from"}


class NavigatorModel(QStandardItemModel):
    """Rows: Journeys > journey > phase > stage; Personas > segment; Datasets > dataset."""
    did_rebuild = Signal()   # the rows are back: selection and expansion can be restored

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._items: dict[tuple[str, str], QStandardItem] = {}
        self.clearing = False   # Qt before 6.12 announces each row's deselection from clear()
        session.project_did_change.connect(self._on_change)
        session.project_did_reset.connect(self.rebuild)
        session.journey_did_change.connect(self._mark_current)
        self.rebuild()

    def key(self, index: QModelIndex) -> tuple[str, str] | None:
        kind = index.data(KIND_ROLE)
        return (kind, index.data(ID_ROLE)) if kind else None

    def index_of(self, kind: str, id: str) -> QModelIndex:
        item = self._items.get((kind, id))
        return item.index() if item is not None else QModelIndex()

    # -- building ----------------------------------------------------------------
    def rebuild(self) -> None:
        # forget the items before clear() deletes them: clear() announces modelReset, and a
        # listener looking items up then met deleted C++ objects (RuntimeError)
        self._items = {}
        self.clearing = True
        try:
            self.clear()
        finally:
            self.clearing = False
        project = self.session.project
        root = self.invisibleRootItem()
        journeys = self._group(root, self.tr("Journeys"))
        for journey in project.all("journeys"):
            self._add_journey(journeys, project, journey)
        personas = self._group(root, self.tr("Personas"))
        for segment in project.all("segments"):
            personas.appendRow(self._item("segments", segment.id, segment.name))
        datasets = self._group(root, self.tr("Datasets"))
        for dataset in project.all("datasets"):
            datasets.appendRow(self._item("datasets", dataset.id, self._dataset_text(dataset)))
        self._mark_current()
        self.did_rebuild.emit()

    def _add_journey(self, parent: QStandardItem, project, journey) -> None:
        item = self._item("journeys", journey.id, self._journey_text(journey))
        parent.appendRow(item)
        for phase in project.phases_of(journey.id):
            phase_item = self._item("phases", phase.id, phase.name)
            item.appendRow(phase_item)
            for stage in project.where("stages", phase=phase.id):
                phase_item.appendRow(self._item("stages", stage.id, stage.name))
        for stage in project.where("stages", journey=journey.id, phase=None):
            item.appendRow(self._item("stages", stage.id, stage.name))
        lanes = structure.lanes_of(project, journey.id)
        if lanes:
            group = self._group(item, self.tr("Lanes"))
            for lane in lanes:
                group.appendRow(self._item("lanes", lane.id, lane.name))

    def _group(self, root: QStandardItem, title: str) -> QStandardItem:
        group = QStandardItem(title)
        group.setEditable(False)
        group.setSelectable(False)
        font = QFont(group.font())
        font.setBold(True)
        group.setFont(font)
        root.appendRow(group)
        return group

    def _item(self, kind: str, id: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(id, ID_ROLE)
        item.setToolTip(tip(self._tooltip(kind, id, text)))
        self._items[(kind, id)] = item
        return item

    def _tooltip(self, kind: str, id: str, text: str) -> str:
        entity = self.session.project.find(kind, id)
        if isinstance(entity, Dataset):
            return self.tr("{name}: {kind}, {rows} rows from {file}").format(
                name=entity.name, kind=entity.kind, rows=f"{entity.rows:,}", file=entity.file_name or "-")
        if isinstance(entity, Journey):
            state = self.tr("future state") if entity.state == "future" else self.tr("current state")
            return f"{entity.name} ({state})"
        return text

    def _journey_text(self, journey) -> str:
        state = self.tr("future") if journey.state == "future" else self.tr("current")
        return f"{journey.name}  · {state}"

    def _dataset_text(self, dataset) -> str:
        return dataset.name

    def _mark_current(self, *_args) -> None:
        for (kind, id), item in self._items.items():
            if kind == "journeys":
                font = QFont(item.font())
                font.setBold(id == self.session.journey_id)
                item.setFont(font)

    # -- following the project -----------------------------------------------------
    def _on_change(self, changes) -> None:
        """One command's changes: renames touch their rows, anything else rebuilds once."""
        shown = [c for c in changes if c.kind in STRUCTURE
                 and not (c.action == "updated" and not (_NAME_FIELDS & set(c.fields)))]
        if all(c.action == "updated" and set(c.fields) <= {"name"} for c in shown):
            for change in shown:
                self._rename(change.kind, change.new)
        else:
            self.rebuild()

    def _rename(self, kind: str, entity) -> None:
        item = self._items.get((kind, entity.id))
        if item is None:
            return
        text = {"journeys": self._journey_text, "datasets": self._dataset_text}.get(
            kind, lambda e: e.name)(entity)
        item.setText(text)
        item.setToolTip(tip(self._tooltip(kind, entity.id, text)))


class NavigatorPanel(QWidget):
    """The tree; picking a row selects that entity (and shows its journey)."""
    selection_did_change = Signal(list)      # [(kind, id)]
    menu_requested = Signal(list, object)    # [(kind, id)] under the pointer, global QPoint

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = NavigatorModel(session, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._selected: list = []
        self.model.did_rebuild.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda *_: self._expand())
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self._expand()

    def _expand(self) -> None:
        self.tree.expandToDepth(1)

    def _after_reset(self) -> None:
        self._expand()
        self.select(self._selected)

    def _on_selection(self, *_args) -> None:
        if self.model.clearing:   # a rebuild, not the user: the selection is restored after the reset
            return
        rows = [self.model.key(i) for i in self.tree.selectionModel().selectedRows()]
        keys = [k for k in rows if k]
        self._selected = keys
        for kind, id in keys[:1]:
            journey = self._journey_of(kind, id)
            if journey:
                self.session.set_journey(journey)
        self.selection_did_change.emit(keys)

    def _context_menu(self, point) -> None:
        index = self.tree.indexAt(point)
        key = self.model.key(index) if index.isValid() else None
        if key is not None and key not in self._selected:
            self.tree.setCurrentIndex(index)   # a right click picks the row, as in a file manager
        self.menu_requested.emit(list(self._selected), self.tree.viewport().mapToGlobal(point))

    def _journey_of(self, kind: str, id: str) -> str | None:
        if kind == "journeys":
            return id
        entity = self.session.project.find(kind, id)
        return getattr(entity, "journey", None) if kind in ("phases", "lanes", "stages") else None

    def select(self, keys: list) -> None:
        """Show ``keys`` selected without announcing it (the canvas picked them)."""
        self._selected = list(keys)
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        for kind, id in keys:
            index = self.model.index_of(kind, id)
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                self.tree.scrollTo(index)
        selection.blockSignals(False)
        self.tree.viewport().update()
