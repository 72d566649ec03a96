"""ui/pyside_fix.py is tied to the bug it guards against: a fresh process (no guard, no journeymap)
measures how None's, True's and False's refcounts move over 1,000 calls each of setPen, setPos and
setVisible, and the guard must be on exactly when the installed PySide6 drains them. An upgrade to a
version that drains and is not in the guard's range fails here; so does a range that names a version
that no longer drains (then the guard can go)."""
import subprocess
import sys

from journeymap.ui import pyside_fix

CALLS = 1000
PROBE = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
image = QImage(4, 4, QImage.Format.Format_ARGB32)
painter = QPainter(image)
item, pen = QGraphicsRectItem(0, 0, 1, 1), QPen()
calls = {{"setPen": lambda i: painter.setPen(pen), "setPos": lambda i: item.setPos(i, i),
          "setVisible": lambda i: item.setVisible(bool(i % 2))}}
for call in calls.values():
    for i in range(100):   # warm up: the first calls fill caches that hold references of their own
        call(i)
for name, call in calls.items():
    before = [sys.getrefcount(s) for s in (None, True, False)]
    for i in range({CALLS}):
        call(i)
    after = [sys.getrefcount(s) for s in (None, True, False)]
    print(name, *(a - b for a, b in zip(after, before)))
painter.end()
sys.stdout.flush()
os._exit(0)   # never deallocate a drained singleton at exit
"""


def moves() -> dict[str, tuple[int, int, int]]:
    """call -> how the refcounts of (None, True, False) moved over CALLS calls."""
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-600:]
    rows = [line.split() for line in done.stdout.splitlines() if line.strip()]
    return {name: tuple(int(v) for v in values) for name, *values in rows}


def test_the_guard_is_on_exactly_when_pyside_drains_a_singleton():
    moved = moves()
    assert set(moved) == {"setPen", "setPos", "setVisible"}
    # A drain loses one reference per call; a few references either way come from other code.
    drained = {(call, singleton): lost for call, counts in moved.items()
               for singleton, lost in zip(("None", "True", "False"), counts) if lost <= -CALLS // 2}
    assert bool(drained) == pyside_fix.needed(), (
        f"refcounts moved {moved} over {CALLS} calls (None, True, False); the guard is "
        f"{'on' if pyside_fix.needed() else 'off'} for this shiboken6 (pyside_fix.DRAINING)")


def test_with_the_guard_none_cannot_run_out(qapp):
    from PySide6.QtWidgets import QGraphicsRectItem
    item = QGraphicsRectItem(0, 0, 1, 1)
    for i in range(2000):
        item.setPos(i, i)
    assert sys.getrefcount(None) > 1 << 30 if pyside_fix.needed() else sys.getrefcount(None) > 0
