"""The QUndoStack adapter: a QUndoCommand that runs a core command (undo lives in the core)."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journeymap.core.commands import Command
from journeymap.core.project import Project

_MERGE_IDS: dict[str, int] = {}


def _merge_id(key: str | None) -> int:
    # QUndoCommand.id() is an int: map each merge key to a stable small number.
    if key is None:
        return -1
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class CoreUndoCommand(QUndoCommand):
    """QUndoStack.push() calls redo() at once, which applies the core command."""

    def __init__(self, project: Project, command: Command):
        super().__init__(command.label)
        self.project = project
        self.command = command

    def redo(self) -> None:
        self.command.do(self.project)

    def undo(self) -> None:
        self.command.undo(self.project)

    def id(self) -> int:
        return _merge_id(self.command.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CoreUndoCommand):
            return False
        return self.command.merge(other.command)
