"""The emotion lane: a zero line, a -3..+3 scale and one smooth curve per persona.

Each curve passes through the stage columns (the mean score of the stages in a slot);
segments' scores come from Stage.emotions, the default curve from Stage.emotion.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import theme as theme_mod

PAD = 22.0


def tr(text: str) -> str:
    return QCoreApplication.translate("EmotionCurve", text)


def smooth(points: list[QPointF]) -> QPainterPath:
    """A Catmull-Rom spline through ``points`` as cubic Beziers."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = p1 + (p2 - p0) / 6.0
        c2 = p2 - (p3 - p1) / 6.0
        path.cubicTo(c1, c2, p2)
    return path


class EmotionCurve(QGraphicsItem):
    def __init__(self, theme):
        super().__init__()
        self.theme = theme
        self.rect = QRectF()
        self.scale_x = 0.0
        self.curves: list[tuple[str, QColor, list[QPointF], QPainterPath]] = []  # name, color, pts, path
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def y_of(self, score: float) -> float:
        inner = self.rect.adjusted(0, PAD, 0, -PAD)
        return inner.center().y() - max(-3.0, min(3.0, score)) / 3.0 * inner.height() / 2

    def set_data(self, rect: QRectF, scale_x: float, series: Sequence[tuple[str, QColor, Sequence[tuple[float, float]]]]):
        """``series``: (name, colour, [(x, score)]) per persona, x in scene units."""
        self.prepareGeometryChange()
        self.rect, self.scale_x = QRectF(rect), scale_x
        self.curves = []
        for name, color, values in series:
            points = [QPointF(x, self.y_of(v)) for x, v in sorted(values)]
            self.curves.append((name, color, points, smooth(points)))
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter, option, widget=None) -> None:
        t = self.theme
        if self.rect.isEmpty():
            return
        painter.setFont(t.font(theme_mod.SMALL_PT))
        for score in (-3, -2, -1, 0, 1, 2, 3):
            y = self.y_of(score)
            painter.setPen(QPen(t.muted if score == 0 else t.grid, 1.6 if score == 0 else 0.8,
                                Qt.PenStyle.SolidLine if score == 0 else Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(self.rect.left(), y), QPointF(self.rect.right(), y))
            painter.setPen(t.muted)
            painter.drawText(QRectF(self.scale_x, y - 9, 28, 18), int(Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter), f"{score:+d}" if score else "0")
        for _, color, points, path in self.curves:
            painter.setPen(QPen(color, 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(color)
            for p in points:
                painter.drawEllipse(p, 4.5, 4.5)
        self._paint_legend(painter)

    def _paint_legend(self, painter) -> None:
        if len(self.curves) < 2 and (not self.curves or self.curves[0][0] == ""):
            return
        t = self.theme
        x, y = self.rect.left() + 12, self.rect.top() + 4
        painter.setFont(t.font(theme_mod.SMALL_PT, bold=True))
        for name, color, _, _ in self.curves:
            painter.setPen(QPen(color, 4))
            painter.drawLine(QPointF(x, y + 8), QPointF(x + 22, y + 8))
            painter.setPen(t.text)
            label = name or tr("All customers")
            painter.drawText(QRectF(x + 28, y, 220, 17), int(Qt.AlignmentFlag.AlignVCenter), label)
            x += 40 + painter.fontMetrics().horizontalAdvance(label)
