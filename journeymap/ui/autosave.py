"""Autosave: a recovery copy of an unsaved project, written on a timer while it is dirty.

The copy lives in the user's data folder, named after the file it belongs to. At the next
start, a recovery copy newer than its file is offered (storage.recovery reads it back as the
project of that file); a save or a clean close deletes it. The copy is written with
storage's ``save_copy``: the project does not adopt it (its path and dirty kinds stay as they were).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from journeymap.storage.errors import ProjectFileError
from journeymap.storage.write import save_copy


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def recovery_path(path: str | None, folder: Path | None = None) -> Path:
    folder = Path(folder or default_folder())
    if not path:
        return folder / "untitled.jmap"
    digest = hashlib.sha1(os.path.abspath(path).encode()).hexdigest()[:10]
    return folder / f"{Path(path).stem}-{digest}.jmap"


def pending_recovery(path: str | None, folder: Path | None = None) -> Path | None:
    """The recovery copy for ``path`` if it is newer than the file (or the file is gone)."""
    copy = recovery_path(path, folder)
    if not copy.is_file():
        return None
    if path and os.path.isfile(path) and os.path.getmtime(path) >= copy.stat().st_mtime:
        return None
    return copy


class Autosaver(QObject):
    autosave_did_fail = Signal(str)
    autosave_did_write = Signal(str)

    def __init__(self, session, *, minutes: float = 2, folder: Path | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.folder = Path(folder or default_folder())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Autosave every ``minutes`` (0: never)."""
        self.timer.stop()
        if minutes > 0:
            self.timer.start(int(minutes * 60_000))

    def needed(self) -> bool:
        return self.session.modified

    def path(self) -> Path:
        return recovery_path(self.session.path, self.folder)

    def autosave(self) -> Path | None:
        """Write the recovery copy if there are unsaved changes; returns where."""
        if not self.needed():
            return None
        target = self.path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            save_copy(self.session.project, target)
        except (ProjectFileError, OSError) as exc:
            self.autosave_did_fail.emit(str(exc))
            return None
        self.autosave_did_write.emit(str(target))
        return target

    def discard(self) -> None:
        """Forget the recovery copy (after a save, or a close without changes)."""
        try:
            self.path().unlink(missing_ok=True)
        except OSError:
            pass
