"""ui/pyside_fix.py is tied to the bug it guards against: a fresh process (no guard) measures
whether this PySide6 drains None's refcount on void calls, and the guard must be on exactly
when it does. Upgrading to a PySide6 without the drain makes this fail until the guard's
version range says so (then the guard can go)."""
import subprocess
import sys

from journeymap.ui import pyside_fix

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
item = QGraphicsRectItem(0, 0, 1, 1)
before = sys.getrefcount(None)
for i in range(300):
    item.setPos(i, i)
print(sys.getrefcount(None) - before)
import os; os._exit(0)   # never deallocate a drained None at exit
"""


def drain() -> int:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-600:]
    return int(done.stdout.strip().splitlines()[-1])


def test_the_guard_is_on_exactly_when_pyside_drains_none():
    lost = drain()
    drains = lost <= -250          # one reference per call (a few either way from other code)
    assert drains == pyside_fix.needed(), f"None's refcount moved by {lost} over 300 setPos calls"


def test_with_the_guard_none_cannot_run_out(qapp):
    from PySide6.QtWidgets import QGraphicsRectItem
    item = QGraphicsRectItem(0, 0, 1, 1)
    for i in range(2000):
        item.setPos(i, i)
    assert sys.getrefcount(None) > 1 << 30 if pyside_fix.needed() else sys.getrefcount(None) > 0
