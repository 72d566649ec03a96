"""The Data view's "Comments" tab: a search box over every comment of the journey on screen
(storage/search.py: FTS5 trigram, so Chinese is found inside sentences), hits listed with their
stage and source. The index is built on the first search and again after comments change."""
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
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._index: CommentIndex | None = None
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search comments (any language)…"))
        self.box.setClearButtonEnabled(True)
        self.source = QComboBox()
        for text, value in ((self.tr("All comments"), "all"), (self.tr("Customers"), "customer"),
                            (self.tr("Employees"), "employee")):
            self.source.addItem(text, value)
        self.found = QLabel()
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Source"), self.tr("Comment")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 220)   # a stage name on one line; the comment takes the rest
        self.table.setColumnWidth(1, 90)
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

    def _project_did_change(self, changes) -> None:
        if changes.touches("feedback", "stages"):
            self._forget()

    def _forget(self) -> None:
        self._index = None
        if self.box.text().strip():
            self._typed.start()

    def run(self) -> None:
        """Show the comments of the journey on screen that contain the box's text."""
        text = self.box.text().strip()
        self.model.removeRows(0, self.model.rowCount())
        if not text:
            self.found.setText("")
            return
        if self._index is None:
            self._index = project_index(self.session.project)
        hits = self._index.find(text, journey=self.session.journey_id, source=self.source.currentData())
        names = {s.id: s.name for s in self.session.project.all("stages")}
        for hit in hits:
            row = [QStandardItem(names.get(hit.stage or "", "")), QStandardItem(hit.source), QStandardItem(hit.text)]
            row[2].setToolTip(tip(hit.text))
            row[0].setData(hit.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.found.setText(self.tr("%n comment(s)", "", len(hits)))
        self.table.resizeRowsToContents()
