"""How big the map's text is on screen: the sample opened in a 1920x1080 window, in full
screen (F11: no docks, no bars) and after Fit, beside the targets for a projector.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_readability.py [PROJECT]

Lane text and sticky notes are drawn at theme.TEXT_PT, stage names at theme.NAME_PT; on
screen they are that many points at 96 dpi times the zoom.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"window": 12.0, "full screen": 14.0}   # lane text, px


def px(points: float, zoom: float) -> float:
    return points * 96 / 72 * zoom


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from journeymap.core.project import Project
    from journeymap.ui import settings
    from journeymap.ui.canvas import theme
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.session import Session

    folder = Path(tempfile.mkdtemp())
    path = sys.argv[1] if len(sys.argv) > 1 else str(folder / "sample.jmap")
    if len(sys.argv) <= 1:
        subprocess.run([sys.executable, "-m", "journeymap", "demo", path], check=True, capture_output=True)
    app = QApplication.instance() or QApplication([])
    settings.isolate(folder)
    win = MainWindow(Session(Project()), autosave_folder=folder / "recovery")
    win.files.load(path)
    win.resize(1920, 1080)
    win.show()
    for _ in range(5):
        app.processEvents()
    win.map.show_readable()

    def report(label: str, target: float | None) -> None:
        zoom = win.canvas.zoom_level()
        text, name = px(theme.TEXT_PT, zoom), px(theme.NAME_PT, zoom)
        goal = f"target >= {target:.0f} px" if target else "(whole journey; not meant to be read)"
        print(f"{label:12s} zoom {zoom * 100:5.1f}%  lane text {text:4.1f} px  stage names {name:4.1f} px  {goal}")

    report("window", TARGETS["window"])
    win.canvas.fit_all()
    report("fit", None)
    for dock in (win.navigator_dock, win.inspector_dock):
        dock.hide()
    for bar in win.findChildren(type(win.data_bar).__mro__[1]):
        bar.hide()
    win.menuBar().hide()
    win.statusBar().hide()
    for _ in range(5):
        app.processEvents()
    win.map.show_readable()
    report("full screen", TARGETS["full screen"])
    win.files.autosaver.discard()


if __name__ == "__main__":
    main()
