"""The QUndoStack adapter: a QUndoCommand that runs a core command (undo lives in the core).

Each run (push, undo, redo) happens inside ``Session.batch`` so the views hear one change
summary per command, however many entities it touches.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journeymap.core.commands import Command

# QUndoStack only asks mergeWith() of two commands with the same id() (-1: never merge).
# One id for every command that may merge; mergeWith compares the real merge keys, so the
# ids do not grow with every drag (they did: one number per drag key, kept forever).
MERGEABLE = 1


class CoreUndoCommand(QUndoCommand):
    """QUndoStack.push() calls redo() at once, which applies the core command."""

    def __init__(self, session, command: Command):
        super().__init__(command.describe(session.project))  # the label in words, before do()
        self.session = session
        self.project = session.project
        self.command = command

    def redo(self) -> None:
        with self.session.batch(self.command.label):
            try:
                self.command.do(self.project)   # all or nothing: a failed command undoes itself
            except Exception:
                self.setObsolete(True)          # so QUndoStack.push drops it instead of keeping a lie
                raise

    def undo(self) -> None:
        with self.session.batch(self.command.label):
            self.command.undo(self.project)

    def id(self) -> int:
        return -1 if self.command.merge_key is None else MERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CoreUndoCommand) or other.command.merge_key != self.command.merge_key:
            return False
        return self.command.merge(other.command)
