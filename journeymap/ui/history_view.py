"""The undo history: every step by its label; clicking a row goes back (or forward) to it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QUndoView

if TYPE_CHECKING:
    from journeymap.ui.session import Session


class HistoryDock(QDockWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undo history"))
        self.setObjectName("history")
        self.view = QUndoView(session.undo_stack)
        self.view.setEmptyLabel(self.tr("<opened>"))
        self.setWidget(self.view)
