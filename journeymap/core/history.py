"""Undo/redo history for headless use (core tests, no Qt). The app's history is the Session's
QUndoStack over the same commands; the undo property tests (tests/ui/test_history_properties.py)
run on that one, so they check the history users actually have."""
from __future__ import annotations

from .commands import Command
from .events import Emitter
from .project import Project


class History:
    def __init__(self, project: Project):
        self.project = project
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean: int | None = 0
        self.changed = Emitter()

    def push(self, command: Command) -> None:
        """Apply ``command``; fold it into the previous one where they merge."""
        command.do(self.project)
        self._undone.clear()
        if self._clean is not None and self._clean > len(self._done):
            self._clean = None  # the clean state was in the discarded redo branch
        top = self._done[-1] if self._done else None
        if top is not None and len(self._done) != self._clean and top.merge(command):
            pass
        else:
            self._done.append(command)
        self.changed.emit(self)

    def undo(self) -> bool:
        if not self._done:
            return False
        command = self._done.pop()
        command.undo(self.project)
        self._undone.append(command)
        self.changed.emit(self)
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        command = self._undone.pop()
        command.do(self.project)
        self._done.append(command)
        self.changed.emit(self)
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    @property
    def index(self) -> int:
        return len(self._done)

    def set_clean(self) -> None:
        self._clean = len(self._done)
        self.changed.emit(self)

    @property
    def is_clean(self) -> bool:
        return self._clean == len(self._done)

    def labels(self) -> list[str]:
        return [c.label for c in self._done]
