"""The Data view's "Comments" tab: a search box over the comments of the dataset chosen in the view's
Dataset box (storage/search.py: FTS5 trigram, so Chinese is found inside sentences), hits listed with
their stage and source. A dataset that holds no comments (a survey without open answers, operating
data) searches every comment of the journey on screen instead: the box says so and each hit names
its dataset. The index is built on the first search and again after comments change."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, \
    QVBoxLayout, QWidget

from journeymap.storage.search import project_index
from journeymap.ui.data_view_reads import add_copy, copy_cells
from journeymap.ui.plain_text import tip

if TYPE_CHECKING:
    from journeymap.ui.session import Session
    from journeymap.storage.search import CommentIndex


class CommentSearch(QWidget):
    def __init__(self, session: Session, datasets: QComboBox, parent=None):
        super().__init__(parent)
        self.session = session
        self.datasets = datasets          # the Data view's Dataset box: its choice is the search's scope
        self._index: CommentIndex | None = None
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.source = QComboBox()
        for text, value in ((self.tr("All comments"), "all"), (self.tr("Customers"), "customer"),
                            (self.tr("Employees"), "employee")):
            self.source.addItem(text, value)
        self.found = QLabel()
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Source"), self.tr("Dataset"),
                                              self.tr("Comment")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 220)   # a stage name on one line; the comment takes the rest
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 180)
        add_copy(self.table, lambda: copy_cells(self.table))   # Ctrl+C, as in the Rows tab
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.source)
        top.addWidget(self.found)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._typed = QTimer(self)   # search as you type
        self._typed.setSingleShot(True)
        self._typed.setInterval(150)
        self._typed.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self._typed.start())
        self.source.activated.connect(lambda _i: self.run())
        session.project_did_change.connect(self._project_did_change)
        session.project_did_reset.connect(self._forget)
        session.journey_did_change.connect(lambda _id: self.run())
        datasets.currentIndexChanged.connect(lambda _i: self.run())
        self.run()

    def _project_did_change(self, changes) -> None:
        if changes.touches("feedback", "stages", "datasets"):
            self._forget()

    def _forget(self) -> None:
        self._index = None
        self._typed.start()         # the hint's count too; after the Data view has refilled its boxes

    def scope(self) -> dict:
        """What a search reads: the chosen dataset's comments, or (it holds none) the journey's."""
        chosen = self.session.project.find("datasets", self.datasets.currentData())
        if chosen is not None and self.session.project.where("feedback", dataset=chosen.id):
            return {"dataset": chosen.id}
        return {"journey": self.session.journey_id}

    def run(self) -> None:
        """Show the comments in scope that contain the box's text, and say how many of how many."""
        text = self.box.text().strip()
        self.model.removeRows(0, self.model.rowCount())
        scope = self.scope()
        source = self.source.currentData()
        comments = [f for f in self.session.project.all("feedback")
                    if all(getattr(f, k) == v for k, v in scope.items()) and source in ("all", f.source)]
        self.box.setPlaceholderText(self._hint(len(comments), scope))
        self.table.setColumnHidden(2, "dataset" in scope)       # one dataset: its name is in the hint
        if not text:
            self.found.setText("")
            return
        if self._index is None:
            self._index = project_index(self.session.project)
        hits = self._index.find(text, source=source, **scope)
        names = {s.id: s.name for s in self.session.project.all("stages")}
        files = {d.id: d.name for d in self.session.project.all("datasets")}
        whose = {"customer": self.tr("customer"), "employee": self.tr("employee")}   # a code, said in words
        for hit in hits:
            row = [QStandardItem(names.get(hit.stage or "", "")), QStandardItem(whose.get(hit.source, hit.source)),
                   QStandardItem(files.get(hit.dataset or "", self.tr("typed in the app"))), QStandardItem(hit.text)]
            row[3].setToolTip(tip(hit.text))
            row[0].setData(hit.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.found.setText(self.tr("%n of %1 comment(s)", "", len(hits)).replace("%1", f"{len(comments):,}"))
        self.table.resizeRowsToContents()

    def _hint(self, total: int, scope: dict) -> str:
        chosen = self.session.project.find("datasets", self.datasets.currentData())
        if "dataset" in scope and chosen is not None:
            return self.tr("Type to search the %n comment(s) of %1 (any language)…", "", total) \
                .replace("%1", chosen.name)
        if chosen is None:
            return self.tr("Type to search all %n comment(s) of the journey (any language)…", "", total)
        return self.tr("Type to search all %n comment(s) of the journey (%1 holds none)…", "", total) \
            .replace("%1", chosen.name)
