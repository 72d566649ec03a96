"""``journeymap [PATH]``: the app on PATH, or on a working copy of the bundled sample."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import CliError

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow

HELP = "open the JourneyMap app on PATH (the sample project without PATH)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", help="a .jmap project to open")
    parser.add_argument("--lang", choices=("en", "zh_CN", "zh_TW"), help="the language of the window")


def sample_copy() -> Path:
    """The user's working copy of the sample (built once); the packaged original stays as it is."""
    from PySide6.QtCore import QStandardPaths
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path = folder / "sample.jmap"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        write_sample(path)
    return path


def write_sample(path: Path) -> None:
    from journeymap.samples import write_sample as write
    write(path)


def run(args: argparse.Namespace) -> int:
    if args.path and not Path(args.path).is_file() and not _autosaved(args.path):
        raise CliError(f"{args.path} does not exist. Give the path of a .jmap project, "
                       "or run journeymap without a path to open the sample.")
    from journeymap.app import create_app
    app = create_app(sys.argv[:1], lang=args.lang)
    window = open_window(args.path or str(sample_copy()))
    if window is None:
        return 2
    from journeymap.ui import settings
    # the first start fills the screen (the map's text reads from the back of the room);
    # afterwards the window comes back as the user left it
    window.show() if settings.get("window/geometry") else window.showMaximized()
    return app.exec()


def _autosaved(path: str) -> bool:
    """A gone file with an autosaved copy: the window offers to restore it (no display needed to ask)."""
    from PySide6.QtCore import QCoreApplication

    from journeymap.ui.autosave import pending_recovery
    QCoreApplication.setOrganizationName("JourneyMap")   # as create_app: where the copies are
    QCoreApplication.setApplicationName("JourneyMap")
    return pending_recovery(path) is not None


def open_window(path: str) -> MainWindow | None:
    """The main window on ``path`` (offering a newer autosaved copy); None if it cannot be read."""
    from journeymap.core.project import Project
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.session import Session
    window = MainWindow(Session(Project()))
    if not window.files.load(path):
        return None
    window.files.recover_untitled()   # a never-saved project autosaved before a crash
    return window
