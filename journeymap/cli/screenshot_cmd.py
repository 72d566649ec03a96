"""``journeymap screenshot PATH --out FILE.png [--journey J] [--view V] [--size WxH] [--lang L]``:
the main window on a view, rendered offscreen (without a display) to a PNG."""
from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from .common import CliError

HELP = "render the main window on a view to a PNG (offscreen without a display)"
VIEWS = ("map", "data", "drivers", "painpoints", "roadmap", "review", "workshop")


def add_arguments(parser) -> None:
    parser.add_argument("path", help="the .jmap project")
    parser.add_argument("--out", required=True, help="the PNG to write")
    parser.add_argument("--journey", help="journey name (default: the project's default journey)")
    parser.add_argument("--view", choices=VIEWS, default="map")
    parser.add_argument("--size", default="1600x1000", help="window size WIDTHxHEIGHT (default 1600x1000)")
    parser.add_argument("--lang", choices=("en", "zh_CN", "zh_TW"), default="en")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})[xX](\d{3,5})", text.strip())
    if not match:
        raise CliError(f"--size {text!r} is not WIDTHxHEIGHT, e.g. 1600x1000 (each 100 to 99999).")
    return int(match[1]), int(match[2])


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".png":
        raise CliError(f"--out {out} must name a .png file.")
    if not out.parent.is_dir():
        raise CliError(f"{out.parent} does not exist. Create the folder first.")


def run(args) -> int:
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
    if not image.save(str(out), "PNG"):
        raise CliError(f"could not write {out}. Check that the folder is writable.")
    print(f"wrote {out} ({image.width()}x{image.height()}, view {args.view}, journey {journey.name!r})")
    return 0


def render(project, path: str, journey_id: str, view: str, size: tuple[int, int], app):
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.session import Session
    session = Session(project, path=str(path))
    session.set_journey(journey_id)
    window = MainWindow(session, autosave_folder=Path(tempfile.gettempdir()) / "journeymap-screenshot")
    window.files.autosaver.timer.stop()
    window.project_did_load()
    window.show_view(view)
    window.resize(*size)
    window.show()
    _settle(app, window, view)
    if window.canvas is not None and view == "map":
        window.map.show_readable()
        _settle(app, window, view)
    image = window.grab().toImage()
    window.files.autosaver.dirty = False
    window.close()
    return image


def _settle(app, window, view: str) -> None:
    """Let layouts, lazy views and charts draw (web views need a moment more)."""
    deadline = time.monotonic() + (2.5 if view in ("drivers", "data", "roadmap") else 0.3)
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
