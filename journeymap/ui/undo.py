"""The QUndoStack adapter: a QUndoCommand that runs a core command (undo lives in the core).

Each run (push, undo, redo) happens inside ``Session.batch`` so the views hear one change
summary per command, however many entities it touches.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from journeymap.core.commands import Command

if TYPE_CHECKING:
    from journeymap.ui.session import Session

# QUndoStack only asks mergeWith() of two commands with the same id() (-1: never merge).
# One id for every command that may merge; mergeWith compares the real merge keys, so the
# ids do not grow with every drag (they did: one number per drag key, kept forever).
MERGEABLE = 1


class CoreUndoCommand(QUndoCommand):
    """QUndoStack.push() calls redo() at once. Session.push has already applied the core command
    (outside Qt, so a refused command raises to its caller and never reaches the stack), so that
    first redo() does nothing; later redos apply it again."""

    def __init__(self, session: Session, command: Command, *, applied: bool = False):
        super().__init__(command.describe(session.project))  # the label in words, before do()
        self.session = session
        self.project = session.project
        self.command = command
        self._applied = applied

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        with self.session.batch(self.command.label):
            self.command.do(self.project)   # all or nothing: a failed command undoes itself

    def undo(self) -> None:
        with self.session.batch(self.command.label):
            self.command.undo(self.project)

    def id(self) -> int:
        return -1 if self.command.merge_key is None else MERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CoreUndoCommand) or other.command.merge_key != self.command.merge_key:
            return False
        return self.command.merge(other.command)


def core_command(entry: QUndoCommand | None) -> Command:
    """The core command an undo stack entry runs (Session.push makes every entry a CoreUndoCommand)."""
    if not isinstance(entry, CoreUndoCommand):
        raise TypeError(f"undo stack entry {entry!r} is not a core command")
    return entry.command
