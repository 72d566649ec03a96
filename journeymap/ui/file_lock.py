"""The open project's file, guarded: a lock other app instances see, and a watch for changes on disk.

- Opening a file another instance holds ("opened by NAME on HOST since TIME") asks: open it
  read-only, take it over, or cancel. Read-only, Save refuses (Save As works); taken over, the
  first instance's next save says so instead of writing.
- A save refused because the file changed on disk (storage.generation.ConflictError: another
  window, the command line, a colleague) asks: reload the file (losing the edits since the last
  save) or keep them on screen (to save under another name).
- Every POLL_MS the file's size and time are compared; when it changed and its generation is not
  the one on screen, a project without unsaved changes is reloaded at once (the status bar says
  so), and one with unsaved changes asks as above.
"""
from __future__ import annotations

import atexit
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from journeymap.storage import files, generation, lock
from journeymap.ui.dialogs import prompts

POLL_MS = 1500


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileLock", text)


def _box(parent, title: str, text: str, buttons: list[tuple[str, QMessageBox.ButtonRole]]) -> int:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)   # names and paths are the user's text, never HTML
    made: list[QAbstractButton] = [box.addButton(label, role) for label, role in buttons]
    box.exec()
    return made.index(box.clickedButton()) if box.clickedButton() in made else len(made) - 1


def ask_locked(parent, name: str, who: str) -> str:
    """'read_only', 'take_over' or 'cancel' for a file another instance holds."""
    role = QMessageBox.ButtonRole
    answer = _box(parent, _tr("The project is open elsewhere"),
                  _tr("{name} is {who}.\n\nOpen it read-only, or take it over (their next save will be "
                      "refused, so nothing they saved is lost)?").format(name=name, who=who),
                  [(_tr("Open read-only"), role.AcceptRole), (_tr("Take over"), role.DestructiveRole),
                   (_tr("Cancel"), role.RejectRole)])
    return ("read_only", "take_over", "cancel")[answer]


def ask_changed(parent, name: str) -> str:
    """'reload' or 'keep' when the file changed on disk under unsaved edits."""
    role = QMessageBox.ButtonRole
    answer = _box(parent, _tr("The project changed on disk"),
                  _tr("{name} was changed by another program or window since you opened it. Your unsaved "
                      "edits were made to the older version.\n\nReload it (your edits since the last save "
                      "are dropped), or keep your version on screen and save it under another name?")
                  .format(name=name),
                  [(_tr("Reload"), role.AcceptRole), (_tr("Keep mine"), role.RejectRole)])
    return ("reload", "keep")[answer]


def _stamp(path: str | None):
    if path is None:
        return None
    try:
        st = os.stat(path)
    except (OSError, TypeError):
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and os.path.abspath(a or "") == os.path.abspath(b or "")


def generation_on_disk(path: str) -> int | None:
    from journeymap.storage.errors import ProjectFileError
    from journeymap.storage.read import connect_readonly
    try:
        conn = connect_readonly(Path(path))
    except ProjectFileError:
        return None
    try:
        return generation.stored(conn)
    finally:
        conn.close()


class FileGuard(QObject):
    """Owned by the window's FileFlow (ui/dialogs/files.py), which calls the hooks below."""

    def __init__(self, files):
        super().__init__(files)
        self.files = files
        self.path: str | None = None
        self.lock: lock.ProjectLock | None = None
        self.read_only = False
        self.holder: lock.LockInfo | None = None
        self._stamp = None
        self._reloading = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check_disk)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)
        atexit.register(self.release)

    # -- hooks of FileFlow -----------------------------------------------------------
    def claim(self, path: str) -> bool:
        """Before opening ``path``: may it be opened (and how)? False: the user cancelled."""
        if self._reloading:
            return True
        self.read_only, self.holder = False, None
        other = lock.holder(path)
        if other is None:
            return True
        answer = ask_locked(self.files.window, Path(path).name, other.describe())
        if answer == "cancel":
            return False
        self.read_only, self.holder = answer == "read_only", other
        return True

    def opened(self, path: str | None) -> None:
        """After a project is shown (opened, reloaded, new): hold its file."""
        if not _same(path, self.path) or self.lock is None or self.read_only:
            self.release()
        self.path = path
        if path:
            files.remove_stale_temps(Path(path))   # what a killed Save As or autosave left beside it
        if path and not self.read_only and (self.lock is None or not self.lock.held()):
            self.lock = lock.acquire(path)
        self._stamp = _stamp(path)

    def may_write(self, path: str) -> bool:
        """Before a save to ``path``: False (and a message) when this window must not write it."""
        if not _same(path, self.path):
            return True
        if self.read_only:
            who = self.holder.describe() if self.holder else _tr("open elsewhere")
            prompts.show_error(self.files.window, _tr("The project was not saved"),
                               _tr("{name} is open read-only here: it is {who}. Save it under another name "
                                   "with Save As.").format(name=Path(path).name, who=who))
            return False
        if self.lock is not None and not self.lock.held():
            other = lock.read_lock(path)
            self.read_only, self.holder = True, other
            who = other.describe() if other else _tr("taken over by another window")
            prompts.show_error(self.files.window, _tr("The project was not saved"),
                               _tr("{name} was taken over: it is now {who}. Nothing was written; save your "
                                   "version under another name with Save As.").format(name=Path(path).name,
                                                                                      who=who))
            return False
        return True

    def saved(self, path: str) -> None:
        if _same(path, self.path):
            self._stamp = _stamp(path)
            return
        self.read_only, self.holder = False, None   # Save As: the new file is ours
        self.opened(path)

    def conflict(self, message: str) -> None:
        """A save was refused because the file changed on disk."""
        prompts.show_error(self.files.window, _tr("The project was not saved"), message)
        self._offer_reload()

    def release(self) -> None:
        if self.lock is not None:
            try:
                self.lock.release()
            except OSError:
                pass
            self.lock = None

    # -- the watch -----------------------------------------------------------------------
    def check_disk(self) -> None:
        path = self.path
        stamp = _stamp(path)
        if path is None or stamp is None or stamp == self._stamp:
            return
        self._stamp = stamp
        now, seen = generation_on_disk(path), generation.read_at(self.files.session.project, path)
        if now is None or seen is None or now == seen:
            return
        if not self.files.modified():
            self.reload()
            self.files.window.statusBar().showMessage(
                _tr("{name} was changed on disk; reloaded it.").format(name=Path(path).name), 8000)
        else:
            self._offer_reload()

    def _offer_reload(self) -> None:
        if self.path and ask_changed(self.files.window, Path(self.path).name) == "reload":
            self.reload()

    def reload(self) -> bool:
        self._reloading = True
        try:
            return self.files.load(self.path, offer_recovery=False)
        finally:
            self._reloading = False
