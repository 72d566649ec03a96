"""Test-wide set-up: no display, no sandbox as root, and no user settings leak in."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import journeymap.ui  # noqa: E402,F401  (applies the PySide6 guard before any widget is drawn)

