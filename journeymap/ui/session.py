"""The open project as the UI sees it: the project, its undo stack, its file, the journey shown.

Views are handed the session in ``__init__`` and follow ``project_did_change``, which carries
one ``core.events.Changes`` summary per command (Anki's OpChanges): an auto-layout of 21
stages is one signal, not 21, so every view refreshes once. Every edit goes through ``push``
so it can be undone. The session owns no widgets.
"""
from __future__ import annotations

import os
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeymap.core.commands import Command
from journeymap.core.events import Change, Changes
from journeymap.core.project import Project
from journeymap.ui.undo import CoreUndoCommand


class Session(QObject):
    project_did_change = Signal(object)    # core.events.Changes: one per command, undo and redo
    project_did_reset = Signal()           # a new project object: redraw everything
    journey_did_change = Signal(str)       # the journey on screen (id)
    path_did_change = Signal(str)
    project_did_save = Signal(str, str)    # (path written, the path before): recent files, recovery copies
    filter_did_change = Signal()           # the segment/period every view shows

    def __init__(self, project: Project, *, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.project = project
        self.journey_id: str | None = None
        self.segment = ""                  # "" = all segments
        self.period: str | None = None     # None = all periods (the map: each stage's latest)
        self._depth = 0                    # nesting of batch()
        self._pending: list[Change] = []
        self._label = ""
        self._attach(project)
        journey = project.default_journey()
        self.journey_id = journey.id if journey else None

    def _attach(self, project: Project) -> None:
        project.events.did_change.connect(self._collect)

    def _collect(self, change: Change) -> None:
        if self._depth:
            self._pending.append(change)
        else:  # an edit made outside any command still reaches the views, as its own summary
            self.project_did_change.emit(Changes((change,)))

    @contextmanager
    def batch(self, label: str = ""):
        """Gather the changes made in the block into one summary, announced when it ends."""
        if not self._depth:
            self._label = label
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._pending:
                changes, self._pending = Changes(tuple(self._pending), self._label), []
                self._keep_journey(changes)
                self.project_did_change.emit(changes)

    def _keep_journey(self, changes: Changes) -> None:
        """The journey on screen was removed (Ctrl+Z after 'Make future state'): show the default
        journey, before any view redraws from the change (the inspector raised on the removed
        one, and a double-click on the map made a stage in it; found by the GUI monkey)."""
        if self.journey_id is not None and self.journey_id in changes.ids("journeys", "removed"):
            journey = self.project.default_journey()
            self.journey_id = journey.id if journey else None
            self.journey_did_change.emit(self.journey_id or "")

    # -- the file -------------------------------------------------------------------------------
    @property
    def path(self) -> str | None:
        """The project's file (None before its first save). Storage owns it (``Project.path``: set
        when the project is read, saved or recovered); the session only reads it."""
        return self.project.path

    @property
    def modified(self) -> bool:
        """The one notion of unsaved changes: the undo stack away from its clean state (a project
        recovered from an autosaved copy has none, see ``mark_modified``)."""
        return not self.undo_stack.isClean()

    def mark_modified(self) -> None:
        """No state of the history matches the file (a recovered copy): modified until saved."""
        self.undo_stack.resetClean()

    def save(self, path: str | None = None) -> None:
        """The one way the open project is written (to ``path``, else its own file).

        Raises storage's ProjectFileError (or OSError) with the file as it was; callers show it.
        """
        from journeymap.storage.write import save
        before = self.path or ""
        target = str(path or before)
        if not target:
            raise ValueError("an untitled project is saved with a path (Save As)")
        save(self.project, target)          # storage aims the project at the file it wrote
        self.undo_stack.setClean()
        self.project_did_save.emit(target, before)
        if os.path.abspath(target) != os.path.abspath(before or ""):
            self.path_did_change.emit(target)

    def push_file_change(self, after: Project, *, label: str) -> None:
        """Our own hand wrote the file (an import): take its content as one undo step, and note
        that the project and the file agree again."""
        from journeymap.core.reconcile import become
        from journeymap.storage import generation
        self.push(become(self.project, after, label=label))
        read_at = generation.read_at(after, self.path)
        if read_at is not None:
            generation.remember(self.project, self.path, read_at)
        self.project.mark_saved()
        self.undo_stack.setClean()

    # -- edits ----------------------------------------------------------------------------------
    def push(self, command: Command) -> None:
        """Apply an edit as one undo step (merging with the previous where it says so).

        The command runs here first: one that is refused raises to the caller and never enters the
        stack. (Raising inside QUndoStack.push, from a Qt virtual, and dropping the command there
        crashed the process under load.)"""
        undo_command = CoreUndoCommand(self, command, applied=True)
        with self.batch(command.label):
            command.do(self.project)        # all or nothing: a failed command undoes itself
        self.undo_stack.push(undo_command)

    def set_journey(self, journey_id: str) -> None:
        if journey_id != self.journey_id:
            self.journey_id = journey_id
            self.journey_did_change.emit(journey_id)

    def set_filter(self, *, segment: str = "", period: str | None = None) -> None:
        """The segment and period the map, the data and the drivers show."""
        if (segment or "", period or None) != (self.segment, self.period):
            self.segment, self.period = segment or "", period or None
            self.filter_did_change.emit()

    def replace_project(self, project: Project) -> None:
        """Show another project (open, new, recovered), with its file (``project.path``): the
        history starts afresh."""
        self.project.events.did_change.disconnect(self._collect)
        self.undo_stack.clear()
        self.project = project
        self._attach(project)
        journey = project.default_journey()
        self.journey_id = journey.id if journey else None
        self.project_did_reset.emit()
        self.path_did_change.emit(self.path or "")

    @property
    def journey(self):
        return self.project.find("journeys", self.journey_id)
