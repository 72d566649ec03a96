"""A guard against a PySide6 6.12.0 bug on Python 3.11.

shiboken6 6.12.0 returns None from void C++ calls (QPainter.setPen, QGraphicsItem.setPos ...)
without taking a reference to it. Before 3.12 None is not immortal, so its count drains by one
per call and a drawing program dies with "Fatal Python error: none_dealloc" (measured: 1,000
setPen calls, None's count -961). The guard gives None a count that cannot drain, as 3.12
does. It runs when journeymap.ui is first imported, so every process that draws has it.
6.11.3 does not drain None, but the full UI test suite aborted under it with heap corruption
("malloc_consolidate(): unaligned fastbin chunk"), so 6.12.0 with this guard is what we run.
"""
from __future__ import annotations

import sys


def needed() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("shiboken6") == "6.12.0"
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
