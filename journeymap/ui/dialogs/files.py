"""The file workflow of the main window: new, open, save, save as, recovery, and the
question about unsaved changes. Errors reach the user as messages, never tracebacks;
a failed open keeps the current project, a failed save leaves it unsaved.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from journeymap.storage.errors import ProjectFileError
from journeymap.ui import recent, settings
from journeymap.ui.autosave import Autosaver, pending_recovery
from journeymap.ui.dialogs import prompts


class FileFlow(QObject):
    def __init__(self, window, session, *, folder=None):
        super().__init__(window)
        self.window, self.session = window, session
        self.autosaver = Autosaver(session, minutes=settings.get("files/autosave_minutes"),
                                   folder=folder, parent=self)
        from journeymap.ui.file_lock import FileGuard
        self.guard = FileGuard(self)   # the lock other instances see; reload when the file changed
        session.project_did_save.connect(self._did_save)

    # -- state ---------------------------------------------------------------------
    def modified(self) -> bool:
        return self.session.modified

    def display_name(self) -> str:
        """The file's name; before the first save, the project's title (typed in New Project)."""
        if self.session.path:
            return Path(self.session.path).name
        return self.session.project.info.title or self.tr("Untitled")

    def _folder(self) -> str:
        """Where the file dialogs open: beside the file, else the last folder used, else home;
        never the app's own data folder (the sample's working copy and recovery/ live there)."""
        app_data = Path(self.autosaver.folder).resolve().parent
        for folder in (Path(self.session.path).parent if self.session.path else None,
                       settings.get("files/last_folder") or None, Path.home()):
            if folder and Path(folder).resolve() != app_data and Path(folder).is_dir():
                return str(folder)
        return str(Path.home())

    def _suggested_path(self) -> str:
        """Save as: the folder above, and the file named after the project's title."""
        name = self.session.project.info.title if not self.session.path else Path(self.session.path).stem
        safe = "".join(c for c in (name or "") if c not in '\\/:*?"<>|').strip() or self.tr("Untitled")
        return str(Path(self._folder()) / f"{safe}.jmap")

    # -- questions -----------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when the current project may be replaced or closed."""
        self.commit_typing()   # a change still being typed is a change to save or discard
        if not self.modified():
            return True
        answer = prompts.ask_unsaved(self.window, self.display_name())
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.autosaver.discard()
            return True
        return False

    # -- actions -------------------------------------------------------------------
    def new_from_template(self, template: str, title: str | None = None) -> bool:
        from journeymap.samples.templates import build
        if not self.confirm_discard():
            return False
        self._show(build(template, title=title))
        return True

    def open(self, path: str | None = None) -> bool:
        if not self.confirm_discard():
            return False
        path = path or prompts.open_path(self.window, self._folder())
        return bool(path) and self.load(path)

    def load(self, path: str, *, offer_recovery: bool = True) -> bool:
        """Show the project at ``path`` (or its newer autosaved copy, if the user wants it)."""
        from journeymap.storage.read import open_project
        if not self.guard.claim(path):
            return False
        copy = pending_recovery(path, self.autosaver.folder) if offer_recovery else None
        if copy is not None and self._want_recovery(path, copy):
            return self._recover(copy, path)
        try:
            project = open_project(path)
        except ProjectFileError as exc:
            from journeymap.ui import salvage
            opened = salvage.offer(self, path, exc)   # damaged: its readable part, as an untitled copy
            if opened is None:
                prompts.show_error(self.window, self.tr("Cannot open the project"), str(exc))
            return bool(opened)
        self._show(project)
        return True

    def _recover(self, copy: Path, path: str | None) -> bool:
        """Show the autosaved ``copy`` as the project of ``path`` (its file, restored first from the
        copy when it is gone: storage.recovery); a failure is shown and the copy kept."""
        when = self._when(copy)
        found = self._open_recovered(copy, path, when)
        if found is None:
            return False
        # A restored file holds the recovered changes already; otherwise they are not in the file yet.
        self._show(found.project, recovered=not found.restored)
        if found.restored and path:   # said once the window is on screen (a message set before shows over the labels)
            name = Path(path).name
            text = (self.tr("{name} was restored from the autosaved copy of {when}; the file it replaced is "
                            "kept as {aside}.").format(name=name, when=when, aside=found.set_aside.name)
                    if found.set_aside else
                    self.tr("{name} was gone: it was restored from the autosaved copy of {when}.").format(
                        name=name, when=when))
            QTimer.singleShot(0, self.window, lambda: self.window.statusBar().showMessage(text, 60_000))
        return True

    def _open_recovered(self, copy: Path, path: str | None, when: str):
        """storage.recovery's answer; a file that cannot take the recovered project is set aside and
        restored from the copy if the user agrees. None: not recovered (the user was told why)."""
        from journeymap.storage.recovery import CannotTakeRecovery, open_recovered
        try:
            try:
                return open_recovered(copy, path)
            except CannotTakeRecovery as exc:
                if path is None or not prompts.ask_set_aside(self.window, Path(path).name, str(exc), when):
                    raise
                return open_recovered(copy, path, keep_aside=True)
        except ProjectFileError as exc:
            prompts.show_error(self.window, self.tr("Cannot recover the autosaved copy"),
                               self.tr("{error}\n\nThe autosaved copy is kept: {copy}").format(error=exc, copy=copy))
            return None

    def recover_untitled(self) -> bool:
        """At start: offer the autosaved copy of a project that was never saved."""
        copy = pending_recovery(None, self.autosaver.folder)
        if copy is None or not prompts.ask_recover(self.window, self.tr("an unsaved project"), self._when(copy)):
            return False
        return self._recover(copy, None)

    @staticmethod
    def _when(copy: Path) -> str:
        return datetime.fromtimestamp(copy.stat().st_mtime).strftime("%Y-%m-%d %H:%M")

    def _want_recovery(self, path: str, copy: Path) -> bool:
        """Ask; a file that is gone is restored from the copy, and the question says so."""
        ask = prompts.ask_recover if Path(path).exists() else prompts.ask_restore
        return ask(self.window, Path(path).name, self._when(copy))

    def _show(self, project, *, recovered: bool = False) -> None:
        """Show ``project``, with its file (``project.path``, storage's: None for untitled)."""
        self.session.replace_project(project)
        path = self.session.path
        self.guard.opened(path)
        if recovered:
            self.session.mark_modified()   # the recovered changes are not in the file yet
        else:
            self.session.undo_stack.setClean()
        if path:
            recent.add(path)
            settings.set("files/last_folder", str(Path(path).parent))
        self.window.project_did_load()

    def commit_typing(self) -> None:
        """The one step before every save and close (save, save_as, confirm_discard): what is being
        typed in a field or cell is committed, so it is in the file and in the question."""
        from journeymap.ui.pending_edits import commit_pending_edits
        commit_pending_edits(self.window)

    def save(self) -> bool:
        self.commit_typing()
        if not self.session.path:
            return self.save_as()
        return self.write(self.session.path)

    def save_as(self) -> bool:
        self.commit_typing()
        path = prompts.save_path(self.window, self._suggested_path())
        return bool(path) and self.write(path)

    def write(self, path: str) -> bool:
        from journeymap.storage.generation import ConflictError
        if not self.guard.may_write(path):
            return False
        try:
            self.session.save(path)   # the one save path; _did_save below follows every save
        except ConflictError as exc:
            self.guard.conflict(str(exc))
            return False
        except (ProjectFileError, OSError) as exc:
            prompts.show_error(self.window, self.tr("The project was not saved"), str(exc))
            return False
        return True

    def _did_save(self, path: str, before: str) -> None:
        """After any save of the session (this window's, or the import wizard's before it imports)."""
        from journeymap.ui.autosave import recovery_path
        recovery_path(before or None, self.autosaver.folder).unlink(missing_ok=True)
        self.guard.saved(path)
        recent.add(path)   # Save as a copy under a new name is a file to reopen too
        settings.set("files/last_folder", str(Path(path).parent))
        self.autosaver.discard()
        self.window.update_title()
