"""Shared helpers for the canvas tests: real mouse gestures on the view's viewport."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


def vp(view, scene_point) -> QPoint:
    """A scene point in viewport coordinates."""
    return view.mapFromScene(QPointF(*scene_point) if isinstance(scene_point, tuple) else scene_point)


def move_to(view, point: QPoint, buttons=LEFT) -> None:
    viewport = view.viewport()
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, buttons, NOMOD)
    QApplication.sendEvent(viewport, event)


def drag(view, start: QPoint, end: QPoint, steps: int = 8) -> None:
    viewport = view.viewport()
    move_to(view, start, Qt.MouseButton.NoButton)
    QTest.mousePress(viewport, LEFT, NOMOD, start)
    for i in range(1, steps + 1):
        move_to(view, start + (end - start) * (i / steps))
    QTest.mouseRelease(viewport, LEFT, NOMOD, end)


def click(view, point: QPoint) -> None:
    QTest.mouseClick(view.viewport(), LEFT, NOMOD, point)


def double_click(view, point: QPoint) -> None:
    QTest.mouseDClick(view.viewport(), LEFT, NOMOD, point)


def on_edge(point: QPointF, rect, tol: float = 0.75) -> bool:
    """``point`` lies on the border of ``rect``."""
    inside = rect.adjusted(-tol, -tol, tol, tol).contains(point)
    near = min(abs(point.x() - rect.left()), abs(point.x() - rect.right()),
               abs(point.y() - rect.top()), abs(point.y() - rect.bottom()))
    return inside and near <= tol
