"""Test-wide set-up: no display, no sandbox as root, and no user settings leak in."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from journeymap.ui import pyside_fix  # noqa: E402  (before any widget is drawn)

pyside_fix.apply()
