"""A transition: an arrow from one card's edge to another's, re-routed when either moves.

Routes: to a card further right, from the right edge to the left edge (a gentle S);
within a column, bottom to top; back edges (loops) arc above the cards; forward edges
that would cut through other cards arc below them. A drop-out ends in a marker, a
handoff is dashed, and a known share is shown as a label ("35%").
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from .. import theme as theme_mod
from journeymap.ui.plain_text import tip as plain_tip

HEAD = 11.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Arrow", text)


class Arrow(QGraphicsItem):
    kind = "transitions"

    def __init__(self, transition, source, target, theme):
        super().__init__()
        self.id = transition.id
        self.transition = transition
        self.source, self.target, self.theme = source, target, theme
        self.back = False
        self.path = QPainterPath()
        self._pts = [(0.0, 0.0)] * 4
        self.head = QPolygonF()
        self.label_rect = QRectF()
        self._bounds = QRectF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        source.arrows.append(self)
        if target is not source:
            target.arrows.append(self)
        self.set_transition(transition)

    def set_transition(self, transition) -> None:
        self.transition = transition
        t = transition
        tip = [tr("Loop") if t.kind == "loop" else tr("Handoff") if t.kind == "handoff"
               else tr("Drop-out") if t.kind == "drop-out" else ""]
        if t.share is not None:
            tip.append(f"{t.share:.0%}")
        if t.label:
            tip.append(t.label)
        self.setToolTip(plain_tip(" \u00b7 ".join(x for x in tip if x)))
        if self.scene() is not None:
            self.reroute()

    def detach(self) -> None:
        for card in (self.source, self.target):
            if self in card.arrows:
                card.arrows.remove(self)

    def label_text(self) -> str:
        share = self.transition.share
        return f"{share * 100:.0f}%" if share is not None else ""

    # -- routing ------------------------------------------------------------------------
    def reroute(self) -> None:
        s, t = self.source.scene_rect(), self.target.scene_rect()
        path = route(s, t, back=self.back, blocked=self._blocked)
        self.prepareGeometryChange()
        self.path = path
        pts = self._pts = _controls(path)   # kept: the label pass samples the curve many times
        end = QPointF(*pts[3])
        before = QPointF(*_bezier(pts, 0.97))
        angle = math.atan2(end.y() - before.y(), end.x() - before.x())
        self.head = _head(end, angle)
        self.label_rect = self.label_rect_at(0.5)
        self._update_bounds()
        scene = self.scene()
        if scene is not None and hasattr(scene, "schedule_labels"):
            scene.schedule_labels()   # labels are placed together, clear of each other and the cards

    def label_rect_at(self, t: float) -> QRectF:
        """The share label centred on the path at parameter ``t`` (empty without a share)."""
        text = self.label_text()
        if not text:
            return QRectF()
        x, y = _bezier(self._pts, t)
        width = 12 + 8.2 * len(text)
        return QRectF(x - width / 2, y - 10, width, 20)

    def set_label_rect(self, rect: QRectF) -> None:
        if rect != self.label_rect:
            self.label_rect = rect
            self._update_bounds()

    def _update_bounds(self) -> None:
        self.prepareGeometryChange()
        self._bounds = self.path.boundingRect().united(self.head.boundingRect()).united(self.label_rect) \
            .adjusted(-HEAD, -HEAD, HEAD, HEAD)
        self.update()

    def _blocked(self, path: QPainterPath) -> bool:
        """Would ``path`` cut through a card other than its ends? (cards found by slot)"""
        near = getattr(self.scene(), "cards_between", None)
        if near is None:
            return False
        b = path.boundingRect()
        left, top, right, bottom = b.left() - 4, b.top() - 4, b.right() + 4, b.bottom() + 4
        ends = (self.source, self.target)
        boxes = [c.box for c in near(left, right) if c not in ends
                 and c.box[0] < right and c.box[2] > left and c.box[1] < bottom and c.box[3] > top]
        if not boxes:
            return False
        pts = _controls(path)
        points = [_bezier(pts, i / 10) for i in range(1, 10)]
        return any(x0 - 4 <= x <= x1 + 4 and y0 - 4 <= y <= y1 + 4
                   for x0, y0, x1, y1 in boxes for x, y in points)

    def end_points(self) -> tuple[QPointF, QPointF]:
        return self.path.pointAtPercent(0.0), self.path.pointAtPercent(1.0)

    # -- drawing ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(self.path)

    def pen(self) -> QPen:
        t, kind = self.theme, self.transition.kind
        color = t.selection if self.isSelected() else t.loop if kind == "loop" or self.back \
            else t.dropout if kind == "drop-out" else t.arrow
        pen = QPen(color, 3.0 if self.isSelected() else 2.0)
        if kind == "handoff":
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def paint(self, painter, option, widget=None) -> None:
        pen = self.pen()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        painter.setBrush(QBrush(pen.color()))
        painter.setPen(QPen(pen.color(), 1.5))
        if self.transition.kind == "drop-out":
            self._paint_dropout(painter, pen.color())
        else:
            painter.drawPolygon(self.head)
        if not self.label_rect.isEmpty():
            t = self.theme
            painter.setPen(QPen(pen.color(), 1.2))
            painter.setBrush(t.background)
            painter.drawRoundedRect(self.label_rect, 9, 9)
            painter.setFont(t.font(theme_mod.SMALL_PT, bold=True))
            painter.setPen(t.text)
            painter.drawText(self.label_rect, int(Qt.AlignmentFlag.AlignCenter), self.label_text())

    def _paint_dropout(self, painter, color) -> None:
        """A stop bar across the line plus a ring: the path ends here."""
        end = self.path.pointAtPercent(1.0)
        before = self.path.pointAtPercent(0.95)
        line = QLineF(end, before)
        line.setLength(9)
        centre = line.p2()
        painter.setBrush(self.theme.background)
        painter.setPen(QPen(color, 2.5))
        painter.drawEllipse(centre, 7, 7)
        normal = line.normalVector()
        normal.setLength(7)
        d = normal.p2() - normal.p1()
        painter.drawLine(centre - d, centre + d)


LABEL_TS = (0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8, 0.12, 0.88)
LABEL_BUCKET = 250.0   # placed labels are looked up by x bucket: a journey-wide pass stays linear


def place_labels(arrows, cards_between) -> None:
    """Put each share label where it hides no card, no text and no other label: slid along
    its own path from the middle outwards (a label on a short hop used to sit under the
    next card, and labels of arcs that meet covered each other)."""
    placed: dict[int, list[tuple[float, float, float, float]]] = {}
    for arrow in sorted((a for a in arrows if a.label_text()), key=lambda a: a.path.boundingRect().left()):
        best = None
        for t in LABEL_TS:
            rect = arrow.label_rect_at(t)
            box = (rect.left() - 3, rect.top() - 3, rect.right() + 3, rect.bottom() + 3)
            if not _hits(box, placed) and not any(_overlap(box, c.box) for c in cards_between(box[0], box[2])):
                best = rect
                break
        rect = best if best is not None else arrow.label_rect_at(0.5)
        arrow.set_label_rect(rect)
        for bucket in _buckets(rect.left(), rect.right()):
            placed.setdefault(bucket, []).append((rect.left(), rect.top(), rect.right(), rect.bottom()))


def _buckets(left: float, right: float) -> range:
    return range(int(left // LABEL_BUCKET), int(right // LABEL_BUCKET) + 1)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]


def _hits(box, placed) -> bool:
    return any(_overlap(box, other) for bucket in _buckets(box[0], box[2]) for other in placed.get(bucket, ()))


def _head(tip: QPointF, angle: float) -> QPolygonF:
    left = QPointF(tip.x() - HEAD * math.cos(angle - 0.42), tip.y() - HEAD * math.sin(angle - 0.42))
    right = QPointF(tip.x() - HEAD * math.cos(angle + 0.42), tip.y() - HEAD * math.sin(angle + 0.42))
    return QPolygonF([tip, left, right])


def _controls(path: QPainterPath) -> list[tuple[float, float]]:
    """The four control points of a one-segment cubic path (every route is one)."""
    return [(e.x, e.y) for e in map(path.elementAt, range(4))]


def _bezier(pts, t: float) -> tuple[float, float]:
    """The cubic's point at parameter ``t``: plain arithmetic, far cheaper than pointAtPercent,
    which measures the curve's length on every call (a 500-stage rebuild made ~3,000 of them)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts
    u = 1.0 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3


def route(s: QRectF, t: QRectF, *, back: bool = False, blocked=None) -> QPainterPath:
    """The path from card rect ``s`` to card rect ``t``, starting and ending on their edges."""
    path = QPainterPath()
    if s == t:  # a stage that leads to itself: a small loop over its top right corner
        a, b = QPointF(s.right() - 50, s.top()), QPointF(s.right(), s.top() + 30)
        path.moveTo(a)
        path.cubicTo(QPointF(a.x(), a.y() - 50), QPointF(b.x() + 50, b.y()), b)
        return path
    if t.left() >= s.right() - 1 and not back:
        a, b = QPointF(s.right(), s.center().y()), QPointF(t.left(), t.center().y())
        dx = max(30.0, (b.x() - a.x()) / 2)
        path.moveTo(a)
        path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b)
        if blocked is None or not blocked(path):
            return path
        return _arc(s, t, below=True)
    if not back and t.left() < s.right() and t.right() > s.left():  # same column
        down = t.center().y() >= s.center().y()
        a = QPointF(s.center().x(), s.bottom() if down else s.top())
        b = QPointF(t.center().x(), t.top() if down else t.bottom())
        path.moveTo(a)
        dy = (b.y() - a.y()) / 2
        path.cubicTo(QPointF(a.x(), a.y() + dy), QPointF(b.x(), b.y() - dy), b)
        return path
    return _arc(s, t, below=False)


def _arc(s: QRectF, t: QRectF, *, below: bool) -> QPainterPath:
    """An arc over (or under) the cards between: loops read as going back."""
    shift = 30.0 if t.center().x() < s.center().x() else -30.0
    if below:
        a, b = QPointF(s.center().x() + 30, s.bottom()), QPointF(t.center().x() - 30, t.bottom())
        y = max(a.y(), b.y()) + min(70.0, 36 + 0.06 * abs(b.x() - a.x()))
    else:
        a, b = QPointF(s.center().x() - shift, s.top()), QPointF(t.center().x() + shift, t.top())
        y = min(a.y(), b.y()) - min(56.0, 36 + 0.06 * abs(b.x() - a.x()))
    path = QPainterPath(a)
    path.cubicTo(QPointF(a.x(), y), QPointF(b.x(), y), b)
    return path
