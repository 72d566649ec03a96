"""QA 19: under X without a window manager, the first chart (a QWebEngineView) made Qt recreate the
main window's native window and keyboard focus fell to the screen's root: every shortcut (Ctrl+1..7)
went dead until a click. Run on a real X server (Xvfb), in its own process: offscreen has no X focus."""
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from journeymap.samples import write_sample

PROBE = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from journeymap.core.project import Project
    from journeymap.ui import settings
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.session import Session
    settings.isolate(sys.argv[2])
    win = MainWindow(Session(Project()), autosave_folder=sys.argv[2] + "/recovery")
    assert win.files.load(sys.argv[1])
    from PySide6.QtCore import QEvent, QObject

    class Recreated(QObject):       # sees the native window recreated (the first web view does that)
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.WinIdChange:
                self.seen = True
            return False
    recreated = Recreated()
    win.installEventFilter(recreated)
    win.show()
    win.activateWindow()

    def spin(seconds, until=lambda: False):
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.02)

    spin(20, win.isActiveWindow)
    print("before", win.isActiveWindow(), flush=True)
    win.show_view("drivers")
    drivers = win.stack.views["drivers"]
    # the moment focus used to fall to the screen's root: the native window recreated, the view filled
    spin(60, lambda: recreated.seen and drivers.chart is not None and drivers.model.rowCount() > 0)
    spin(10, win.isActiveWindow)               # X focus comes back asynchronously, if it comes back
    print("after", recreated.seen, win.isActiveWindow(), flush=True)
""")


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run) for a real X server")
def test_showing_the_first_chart_keeps_the_window_active(tmp_path):
    path = tmp_path / "sample.jmap"
    write_sample(path)
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QTWEBENGINE_DISABLE_SANDBOX="1")
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, str(probe), str(path),
                           str(tmp_path)], capture_output=True, text=True, timeout=240, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith(("before", "after"))]
    assert lines == ["before True", "after True True"], (done.stdout[-500:], done.stderr[-1500:])
