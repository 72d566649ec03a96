"""The app's output carries real warnings only: the machine's notes (offscreen platform, no GPU for
QtWebEngine) are dropped, every other Qt message still reaches stderr (QA 5 and 25)."""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType

from journeymap import app


def test_platform_notes_are_dropped_and_other_warnings_kept(capsys):
    context = QMessageLogContext()
    app._qt_message(QtMsgType.QtWarningMsg, context, "This plugin does not support propagateSizeHints()")
    app._qt_message(QtMsgType.QtWarningMsg, context, "GBM is not supported with the current configuration and x")
    app._qt_message(QtMsgType.QtWarningMsg, context, "GLX: No DRI3 Extension.")   # QA: the Drivers view on Xvfb
    assert capsys.readouterr().err == ""
    app._qt_message(QtMsgType.QtWarningMsg, context, "QGraphicsScene::addItem: item has already been added")
    assert capsys.readouterr().err == "Qt Warning: QGraphicsScene::addItem: item has already been added\n"


def test_a_screenshot_of_a_chart_view_prints_no_qt_noise(sample_path, tmp_path):
    done = subprocess.run([sys.executable, "-m", "journeymap", "screenshot", str(sample_path), "--out",
                           str(tmp_path / "d.png"), "--view", "drivers", "--size", "1400x900"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    noise = [line for line in done.stderr.splitlines() if not line.startswith("journeymap: using journey")]
    assert noise == [], noise
