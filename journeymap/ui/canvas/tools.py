"""Gesture helpers: the connect handle on a card's right edge, the line drawn while
connecting, and the in-place name editor (Enter commits, Esc cancels)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsScene, QGraphicsTextItem

from . import theme as theme_mod

HANDLE_R = 9.0


class ConnectHandle(QGraphicsItem):
    """A round handle on the card's right edge: drag it onto another card to connect."""
    kind = "handle"

    def __init__(self, card):
        super().__init__(card)
        self.card = card
        self.setVisible(False)
        self.setZValue(20)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(QCoreApplication.translate("ConnectHandle", "Drag to another stage to connect"))
        self.place()

    def place(self) -> None:
        rect = self.card.boundingRect()
        self.setPos(rect.right(), rect.center().y())

    def boundingRect(self) -> QRectF:
        return QRectF(-HANDLE_R - 2, -HANDLE_R - 2, 2 * HANDLE_R + 4, 2 * HANDLE_R + 4)

    def paint(self, painter, option, widget=None) -> None:
        t = self.card.theme
        painter.setPen(QPen(t.background, 2))
        painter.setBrush(QBrush(t.selection))
        painter.drawEllipse(QPointF(0, 0), HANDLE_R, HANDLE_R)
        painter.setPen(QPen(t.background, 2.2))
        painter.drawLine(QPointF(-4, 0), QPointF(4, 0))
        painter.drawLine(QPointF(1, -3), QPointF(4, 0))
        painter.drawLine(QPointF(1, 3), QPointF(4, 0))


class ConnectLine(QGraphicsLineItem):
    """The rubber line from the handle to the pointer while connecting."""

    def __init__(self, start: QPointF, theme):
        super().__init__(QLineF(start, start))
        pen = QPen(theme.selection, 2.5, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(50)

    def stretch_to(self, point: QPointF) -> None:
        self.setLine(QLineF(self.line().p1(), point))


def remove_later(item: QGraphicsItem, scene: QGraphicsScene) -> None:
    """Take ``item`` off ``scene`` once the event loop runs, unless the scene has deleted it meanwhile
    (a journey switch rebuilds it)."""
    def remove() -> None:
        if shiboken6.isValid(item) and item.scene() is scene:
            scene.removeItem(item)
    QTimer.singleShot(0, remove)


# To mypy the mixin is the text item it is mixed into; at run time a plain class, since shiboken
# crashes (setPos) on a Qt class reached through two bases.
if TYPE_CHECKING:
    _TextItem = QGraphicsTextItem
else:
    _TextItem = object


class TypedInPlace(_TextItem):
    """Key handling every in-place text editor on the map shares: Return commits (Shift+Return is a
    new line), Escape cancels, leaving the editor commits. The class defines ``finish(text)``;
    ``EMPTY_IS_NONE`` says whether an emptied editor commits None (keep the old text) or ""."""
    EMPTY_IS_NONE = True

    def finish(self, text: str | None) -> None:
        raise NotImplementedError   # each editor commits its own way

    def typed(self):
        text = self.toPlainText().strip()
        return (text or None) if self.EMPTY_IS_NONE else text

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.finish(self.typed())
        elif event.key() == Qt.Key.Key_Escape:
            self.finish(None)
        else:
            super().keyPressEvent(event)
        event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(self.typed())


class InPlaceEditor(TypedInPlace, QGraphicsTextItem):
    """Edits a card's name where it is drawn. ``on_done(text or None)``: None = cancelled."""

    def __init__(self, card, on_done):
        super().__init__(card)
        self.card, self.on_done, self._finished = card, on_done, False
        label = card.name_label
        self.setFont(card.theme.font(theme_mod.NAME_PT, bold=True))
        self.setDefaultTextColor(card.theme.text)
        self.setPlainText(card.stage.name)
        self.setTextWidth(label.boundingRect().width() + 8)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(2)
        self.setPos(label.pos() - QPointF(4, 2))
        self.setZValue(30)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        label.setVisible(False)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(self.card.theme.selection, 1.5))
        painter.setBrush(self.card.theme.card)
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def finish(self, text: str | None) -> None:
        if self._finished:
            return
        self._finished = True
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.card.name_label)):
            # the card was rebuilt or removed (an undo) while its name was being edited: the
            # editor went with it, nothing is left to show or read (touching it raised inside
            # the map's double-click handler, and PySide6 6.12 dies reporting that error)
            self.on_done(None)
            return
        self.card.name_label.setVisible(True)
        self.setVisible(False)
        self.clearFocus()
        scene = self.scene()
        if scene is not None:  # not inside our own event handler: later
            remove_later(self, scene)
        self.on_done(text)


class LaneEditor(TypedInPlace, QGraphicsTextItem):
    EMPTY_IS_NONE = False   # an emptied lane cell clears its text
    """Edits a stage's text in one lane where it is drawn (a double-click in the lane under
    the stage). Return commits, Shift+Return starts a new line, Escape cancels; leaving the
    editor commits. ``on_done(text or None)``: None = cancelled."""

    def __init__(self, scene, rect: QRectF, text: str, theme, on_done, *, hidden=None):
        super().__init__()
        self.theme, self.on_done, self._finished, self.hidden = theme, on_done, False, hidden
        self.setFont(theme.font(theme_mod.TEXT_PT))
        self.setDefaultTextColor(theme.text)
        self.setPlainText(text)
        self.setTextWidth(rect.width())
        self.document().setDocumentMargin(2)
        self.setPos(rect.topLeft() - QPointF(2, 2))
        self.setZValue(30)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        scene.addItem(self)
        if hidden is not None:
            hidden.setVisible(False)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(self.theme.selection, 1.5))
        painter.setBrush(self.theme.card)
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def finish(self, text: str | None) -> None:
        if self._finished:
            return
        self._finished = True
        if not shiboken6.isValid(self):     # removed with the scene's items meanwhile
            self.on_done(None)
            return
        if self.hidden is not None and shiboken6.isValid(self.hidden):   # a rebuilt lane text
            self.hidden.setVisible(True)
        self.setVisible(False)
        self.clearFocus()
        scene = self.scene()
        if scene is not None:  # not inside our own event handler: later
            remove_later(self, scene)
        self.on_done(text)
