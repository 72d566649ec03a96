"""A guard against a PySide6 6.12.0 bug on Python 3.11.

shiboken6 6.12.0 returns None from void C++ calls (QPainter.setPen, QGraphicsItem.setPos ...)
without taking a reference to it. Before 3.12 None is not immortal, so its count drains by one
per call and a drawing program dies with "Fatal Python error: none_dealloc" (measured: 1,000
setPen calls, None's count -961). The guard gives None a count that cannot drain, as 3.12
does. It runs when journeymap.ui is first imported, so every process that draws has it.

Measured here (1,000 calls each, Python 3.11.7): 6.12.0 setPen -999, setPos -1000, setVisible
-999; 6.10.3: +1, 0, +1 (no drain). 6.11.3 does not drain None, but the full UI test suite
aborted under it with heap corruption ("malloc_consolidate(): unaligned fastbin chunk"). We run
and pin 6.12.0 with this guard (the version the whole suite passes on); the guard's range is the
one version seen to drain, and tests/ui/test_pyside_fix.py measures the drain in a fresh process
and fails if the range and the measurement ever disagree (then widen it, or delete the guard).
"""
from __future__ import annotations

import sys

DRAINING = ("6.12.0",)   # shiboken6 versions measured to drain None


def needed() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("shiboken6") in DRAINING
    except PackageNotFoundError:
        return False


def apply() -> None:
    if not needed():
        return
    import ctypes
    # True and False drain the same way somewhere in the canvas's event overrides (seen as
    # "bool_dealloc" at exit after the canvas and main-window tests), so pin them too.
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < 1 << 40:
            refcount.value += 1 << 40
