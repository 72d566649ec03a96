"""``journeymap screenshot PATH --out FILE.png [--journey J] [--view V] [--size WxH] [--lang L]``:
the main window on a view, rendered offscreen (without a display) to a PNG."""
from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .common import CliError, _

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from journeymap.core.project import Project
    from journeymap.ui.chart_view import ChartView
    from journeymap.ui.main_window import MainWindow

HELP = "render the main window on a view to a PNG (offscreen without a display)"
VIEWS = ("map", "data", "drivers", "painpoints", "roadmap", "review", "workshop")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the .jmap project")
    parser.add_argument("--out", required=True, help="the PNG to write")
    parser.add_argument("--journey", help="journey name (default: the project's default journey)")
    parser.add_argument("--view", choices=VIEWS, default="map")
    parser.add_argument("--size", default="1600x1000", help="window size WIDTHxHEIGHT (default 1600x1000)")
    parser.add_argument("--lang", choices=("en", "zh_CN", "zh_TW"), default="en")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", text.strip())
    if not match:
        raise CliError(_("--size {text!r} is not WIDTHxHEIGHT, e.g. 1600x1000 (each 100 to 99999).").format(
            text=text))
    return int(match[1]), int(match[2])


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".png":
        raise CliError(_("--out {out} must name a .png file.").format(out=out))
    if not out.parent.is_dir():
        raise CliError(_("{folder} does not exist. Create the folder first.").format(folder=out.parent))


def run(args: argparse.Namespace) -> int:
    width, height = _size(args.size)
    out = Path(args.out)
    _check_out(out)
    from .common import open_project, pick_journey
    project = open_project(args.path)       # ProjectFileError -> exit 2 with its message
    journey = pick_journey(project, args.journey, quiet=True)
    from journeymap.app import create_app, use_offscreen_without_display
    from journeymap.ui import settings
    use_offscreen_without_display()
    with tempfile.TemporaryDirectory() as folder:
        settings.isolate(folder)   # the defaults: the same picture on every machine
        app = create_app(["journeymap"], lang=args.lang)
        image = render(project, args.path, journey.id, args.view, (width, height), app)
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # the stub says bytes; save() takes str
        raise CliError(_("could not write {out}. Check that the folder is writable.").format(out=out))
    print(_("wrote {out} ({width}x{height}, view {view}, journey {journey!r})").format(
        out=out, width=image.width(), height=image.height(), view=args.view, journey=journey.name))
    return 0


def render(project: Project, path: str, journey_id: str, view: str, size: tuple[int, int],
           app: QApplication) -> QImage:
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.session import Session
    session = Session(project)
    session.set_journey(journey_id)
    window = MainWindow(session, autosave_folder=Path(tempfile.gettempdir()) / "journeymap-screenshot")
    window.files.autosaver.timer.stop()
    window.project_did_load()
    window.show_view(view)
    window.resize(*size)
    window.show()
    _settle(app, window, view)
    if view == "map":
        window.map.show_readable()
        _settle(app, window, view)
    image = window.grab().toImage()
    window.session.undo_stack.setClean()   # nothing to ask about at close
    window.close()
    return image


WAIT_S = 120     # a busy machine may need long for the analysis; a picture must never be taken early
CALM_S = 0.3     # nothing pending for this long: layouts have settled


def _settle(app: QApplication, window: MainWindow, view: str) -> None:
    """Wait until the view has drawn: its workers (analysis threads) are idle, every chart it loaded
    has drawn (ChartView.chart_drawn after plotly's newPlot), and that has held for CALM_S.
    (It used to wait a fixed 2.5 s; on a busy machine that grabbed an empty view with a progress bar.)"""
    from journeymap.ui.chart_view import ChartView
    from journeymap.ui.workers import Runner

    watch = _ChartWatch()
    deadline = time.monotonic() + WAIT_S
    calm_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        widget = window.stack.currentWidget()
        if widget is None:
            raise RuntimeError(f"the window shows no view to picture (asked for {view!r})")
        charts = [c for c in widget.findChildren(ChartView) if c.isVisible()]
        watch.follow(charts)
        busy = any(r.busy for r in widget.findChildren(Runner)) or watch.pending(charts) \
            or bool(getattr(widget, "is_busy", lambda: False)())     # views reading on their own threads
        if busy:
            calm_since = None
        elif calm_since is None:
            calm_since = time.monotonic()
        elif time.monotonic() - calm_since >= CALM_S:
            return
        time.sleep(0.02)
    raise CliError(_("the {view} view did not finish drawing within {seconds} s; nothing was written.").format(
        view=view, seconds=WAIT_S))


class _ChartWatch:
    """Counts each chart's page loads and draws: a chart is pending while it has loaded more pages
    than it has drawn, or has been given a page that has not started loading."""

    def __init__(self) -> None:
        self.loads: dict[int, int] = {}
        self.draws: dict[int, int] = {}

    def follow(self, charts: Sequence[ChartView]) -> None:
        for chart in charts:
            key = id(chart)
            if key in self.loads:
                continue
            self.loads[key] = self.draws[key] = 0
            chart.loadStarted.connect(lambda key=key: self.loads.__setitem__(key, self.loads[key] + 1))
            chart.chart_drawn.connect(lambda key=key: self.draws.__setitem__(key, self.loads[key]))

    def pending(self, charts: Sequence[ChartView]) -> bool:
        return any(self.draws[id(c)] < max(self.loads[id(c)], int(not c.url().isEmpty())) for c in charts)
