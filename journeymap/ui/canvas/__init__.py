"""The journey canvas (QGraphicsView): scene, items, gestures, minimap, export.

shiboken6 6.12.0 on Python 3.11 returns None from every void C++ call (QPainter.setPen,
QGraphicsItem.setPos ...) without taking a reference to it; on 3.11 None is not yet
immortal, so its count drains by one per call and a drawing program dies with
"Fatal Python error: none_dealloc". Measured here: 100 setPen calls, None's count -100.
Until PySide is fixed (or the app runs on 3.12+), give None a count that cannot drain,
which is what 3.12 does anyway. This belongs in app start-up; it sits here because the
canvas is what paints most.
"""
import sys


def _pin_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 40


_pin_none()
