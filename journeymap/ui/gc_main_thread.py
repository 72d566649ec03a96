"""Cyclic garbage collection on the GUI thread only.

Python runs its cycle collector in whichever thread happens to allocate when a threshold is crossed. If that
is a worker (an analysis reading pandas frames, the phone-voting server) and the garbage holds wrappers of Qt
objects, their C++ destructors run off the GUI thread and the process dies: the GUI monkey caught it (seed
13010, a segfault "Garbage-collecting" inside a Data view read). So automatic collection is switched off and
the GUI thread collects on a timer, generation by generation as the thresholds say, as pyqtgraph's
GarbageCollector does for the same reason. Reference counting, which frees almost everything, is unchanged.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def install(app: QObject) -> MainThreadCollector:
    """Once per application; the collector lives as long as ``app``."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
