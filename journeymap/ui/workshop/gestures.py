"""Mouse gestures on the workshop's map, on top of the canvas's own:

- while a round is open, a click on a sticky gives it one dot from the participant voting now, a
  right-click takes one back (the canvas does not select or drag then);
- otherwise a sticky dragged onto another merges the two duplicates (votes and evidence combined,
  one undo step); a drag that ends anywhere else changes nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from journeymap.core import voting
from journeymap.core.layout import CARD_W
from journeymap.ui.canvas.items.sticky import Sticky

DRAG_START = 8   # pixels the mouse moves before a press becomes a drag


def sticky_at(canvas, point) -> Sticky | None:
    for item in canvas.items(point):
        while item is not None and not isinstance(item, Sticky):
            item = item.parentItem()
        if item is not None:
            return item
    return None


class StickyGestures(QObject):
    def __init__(self, canvas, session, controller, *, on_refused=None, parent=None):
        super().__init__(parent)
        self.canvas, self.session, self.controller = canvas, session, controller
        self.on_refused = on_refused
        self._source: Sticky | None = None
        self._press: QPointF | None = None
        self._ghost: QGraphicsRectItem | None = None
        canvas.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            return self._pressed(event)
        if kind == QEvent.Type.MouseMove and self._source is not None:
            return self._moved(event, self._source)
        if kind == QEvent.Type.MouseButtonRelease and self._source is not None:
            return self._released(event, self._source)
        return False

    def _pressed(self, event) -> bool:
        sticky = sticky_at(self.canvas, event.position().toPoint())
        if sticky is None:
            return False
        if self.controller.is_open:
            delta = -1 if event.button() == Qt.MouseButton.RightButton else 1
            self.controller.cast(sticky.id, delta)
            return True
        if event.button() == Qt.MouseButton.LeftButton:
            self._source, self._press = sticky, event.position()
        return False

    def _moved(self, event, source: Sticky) -> bool:
        if self._ghost is None:
            if (event.position() - self._press).manhattanLength() < DRAG_START:
                return False
            self._ghost = QGraphicsRectItem(QRectF(0, 0, CARD_W, source.height))
            self._ghost.setBrush(QBrush(QColor(255, 244, 184, 170)))
            self._ghost.setPen(QPen(QColor("#0072B2"), 2, Qt.PenStyle.DashLine))
            self._ghost.setZValue(40)
            self.canvas.scene().addItem(self._ghost)
        at = self.canvas.mapToScene(event.position().toPoint())
        self._ghost.setPos(at - QPointF(CARD_W / 2, source.height / 2))
        return True

    def _released(self, event, source: Sticky) -> bool:
        dragged = self._ghost is not None
        self._source = self._press = None
        if self._ghost is not None:
            self.canvas.scene().removeItem(self._ghost)
            self._ghost = None
        if not dragged:
            return False
        target = sticky_at(self.canvas, event.position().toPoint())
        if target is not None and target.id != source.id:
            self.merge(keep=target.id, drop=source.id)
        return True

    def merge(self, *, keep: str, drop: str) -> bool:
        try:
            command = voting.merge_pain_points(self.session.project, keep=keep, drop=drop)
        except voting.VotingError as exc:
            if self.on_refused is not None:
                self.on_refused(str(exc))
            return False
        self.session.push(command)
        return True
