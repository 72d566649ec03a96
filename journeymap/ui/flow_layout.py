"""Layouts that give width back, so a view fits between the docks of a 1024 px window.

FlowLayout: a row of widgets that wraps onto further rows when the room is narrower than the row. A
QHBoxLayout's minimum width is the sum of its widgets': a row of buttons or filters held a view (and so
the main window) wider than the room its docks leave at 1024 px. Here the minimum is the widest single
widget, and the height follows the width (heightForWidth), as in Qt's flow layout example.

SideSplitter: a main part and a side panel whose minimum is narrower than it would like to be.
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSplitter, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, align_right: bool = False,
                 ends: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._right = align_right      # a row of buttons under a table sits at its right, as a box's would
        self._ends = ends              # a row's first item at the left, the rest at the right (a title bar)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item list -------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ----------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        """All on one row."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single widget: the rest go to rows below."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- placing --------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Fill rows left to right; the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if rows[-1] and used + self._spacing + w > area.width():
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + w
            rows[-1].append(item)
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(i.sizeHint().height() for i in row)
            width = sum(i.sizeHint().width() for i in row) + self._spacing * (len(row) - 1)
            x = area.x() + (max(0, area.width() - width) if self._right else 0)
            for n, item in enumerate(row):
                w = min(item.sizeHint().width(), area.width())
                if self._ends and n == 1:   # the rest at the right edge
                    x = max(x, area.x() + area.width() - (width - (x - area.x())))
                if place:
                    item.setGeometry(QRect(QPoint(x, y + (height - item.sizeHint().height()) // 2),
                                           QSize(w, item.sizeHint().height())))
                x += w + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - area.y()) + m.top() + m.bottom()


def flow_of(*widgets: QWidget, align_right: bool = False, ends: bool = False) -> QWidget:
    """A widget holding these in a FlowLayout, its height following its width."""
    holder = QWidget()
    flow = FlowLayout(holder, align_right=align_right, ends=ends)
    for widget in widgets:
        flow.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


class SideSplitter(QSplitter):
    """The main part on the left, a side panel on the right. At any window size the side panel gets the width
    it asks for (its sizeHint, or ``share`` of the room if more) while the main part keeps ``main_room`` px,
    else less, down to its minimum; once the user drags the handle, their split is kept (a wider window
    widens the main part three times as much). Stretch factors alone gave the side panel a quarter of the room: less than it asks at 1920 px,
    once its minimum was cut for 1024."""

    def __init__(self, main: QWidget, side: QWidget, *, main_room: int, share: float = 0.25):
        super().__init__(Qt.Orientation.Horizontal)
        self.addWidget(main)
        self.addWidget(side)
        self._side = side
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self._room, self._share = main_room, share   # the side's share of a wide window
        self._dragged = False
        self.splitterMoved.connect(self._on_drag)

    def _on_drag(self, _pos: int, _index: int) -> None:
        self._dragged = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        total = sum(self.sizes())
        if self._dragged or total <= 0:
            return
        side = self._side
        asks = max(side.sizeHint().width(), int(total * self._share))
        floor = side.minimumWidth() or side.minimumSizeHint().width()   # as a layout reads it (qSmartMinSize)
        want = max(floor, min(asks, total - self._room))
        if self.sizes()[1] != want:
            self.setSizes([total - want, want])
