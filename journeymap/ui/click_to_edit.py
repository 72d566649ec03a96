"""A table whose selected cell opens its editor when clicked again, on a timer of its own.

Qt's ``SelectedClicked`` trigger waits one double-click interval (a double click may still come)
and then edits whatever index is current when its timer fires. If the row went in that instant
(an undo or a delete removed the last pain point shown) that is no index at all, and Qt prints
"edit: index was invalid" and "edit: editing failed" (the GUI monkey met it, seed 13). This table
remembers the clicked cell instead, and drops the edit when that cell is gone, is no longer the
current one, or an editor is already open.
"""
from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget


class ClickToEditTable(QTableView):
    """Use instead of ``SelectedClicked`` in the edit triggers (it leaves that trigger off)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending = QPersistentModelIndex()
        self._pressed = QPersistentModelIndex()
        self._pressed_selected = False
        self._double = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._edit_pending)

    def setEditTriggers(self, triggers: QAbstractItemView.EditTrigger) -> None:
        super().setEditTriggers(triggers & ~QAbstractItemView.EditTrigger.SelectedClicked)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()
        index = self.indexAt(event.position().toPoint())
        model = self.selectionModel()
        self._pressed_selected = bool(index.isValid() and model is not None and model.isSelected(index))
        self._pressed = QPersistentModelIndex(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()
        self._double = True          # the release that follows is the double click's, not a new click
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        double, self._double = self._double, False
        index = self.indexAt(event.position().toPoint())
        if (double or not self._pressed_selected or event.button() != Qt.MouseButton.LeftButton
                or event.modifiers() != Qt.KeyboardModifier.NoModifier or not index.isValid()
                or self._pressed != index or index != self.currentIndex()
                or not index.flags() & Qt.ItemFlag.ItemIsEditable
                or self.state() == QAbstractItemView.State.EditingState):
            return
        self._pending = QPersistentModelIndex(index)
        self._timer.start(QApplication.doubleClickInterval())

    def _edit_pending(self) -> None:
        pending, self._pending = self._pending, QPersistentModelIndex()
        model = self.model()
        if not pending.isValid() or model is None:
            return          # the row went while the double-click interval ran
        index = model.index(pending.row(), pending.column(), pending.parent())
        if (index == self.currentIndex() and self.isVisible() and index.flags() & Qt.ItemFlag.ItemIsEditable
                and self.state() != QAbstractItemView.State.EditingState):
            self.edit(index)
