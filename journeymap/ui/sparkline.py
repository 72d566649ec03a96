"""A sparkline: a metric's values across periods in a few pixels, the last point marked.

Coloured by where the last value stands against the metric's target (the theme's green
when on the good side, vermillion when not, blue without a target); the target itself is
a dashed line. Without data it paints nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GOOD = QColor("#009E73")
BAD = QColor("#D55E00")
NEUTRAL = QColor("#0072B2")
MARGIN = 4.0


class Sparkline(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple[str, float]] = []
        self.target: float | None = None
        self.better = "higher"
        self.marked: int | None = None          # index of a chosen period, ringed
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_data(self, points, *, target: float | None = None, better: str = "higher",
                 marked: int | None = None) -> None:
        """``points``: (period, value) in period order; ``None`` values are left out."""
        self.points = [(p, float(v)) for p, v in points if v is not None]
        self.target = target
        self.better = better
        self.marked = marked if marked is not None and 0 <= marked < len(self.points) else None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(120, 28)

    def color(self) -> QColor:
        if not self.points or self.target is None:
            return NEUTRAL
        last = self.points[-1][1]
        good = last >= self.target if self.better != "lower" else last <= self.target
        return GOOD if good else BAD

    def _mapper(self):
        values = [v for _, v in self.points] + ([self.target] if self.target is not None else [])
        low, high = min(values), max(values)
        if high == low:
            low, high = low - 1, high + 1
        w, h = self.width() - 2 * MARGIN, self.height() - 2 * MARGIN
        count = len(self.points)

        def x(i: int) -> float:
            return MARGIN + (w * i / (count - 1) if count > 1 else w / 2)

        def y(v: float) -> float:
            return MARGIN + h * (high - v) / (high - low)
        return x, y

    def paintEvent(self, _event) -> None:
        if not self.points:
            return
        x, y = self._mapper()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.target is not None:
            painter.setPen(QPen(QColor(128, 128, 128), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(MARGIN, y(self.target)), QPointF(self.width() - MARGIN, y(self.target)))
        color = self.color()
        path = QPainterPath(QPointF(x(0), y(self.points[0][1])))
        for i, (_, v) in enumerate(self.points[1:], 1):
            path.lineTo(x(i), y(v))
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if self.marked is not None and self.marked != len(self.points) - 1:
            painter.drawEllipse(QPointF(x(self.marked), y(self.points[self.marked][1])), 3.0, 3.0)
        last = len(self.points) - 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QPointF(x(last), y(self.points[last][1])), 2.8, 2.8)
        painter.end()
