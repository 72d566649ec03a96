"""One undoable step that makes the open project hold what another copy of it holds.

An import is written to the file by the importer (entities and raw rows in one transaction, so
the file is never half-imported); the open project then *becomes* the file's content through
``become``: one command, so the import is an undo step like any other edit instead of a new
project that wipes the history. Undo forgets the dataset (its entities); its raw rows were
written once and stay in the file, kept through saves while a redo may bring the dataset back
(``Project.retained_datasets``).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .commands import Command
from .model import ENTITY_TYPES
from .project import Project


@dataclass
class Become(Command):
    """Removes, updates and adds entities (and info fields) so the project equals a target."""
    removed: dict[str, list[str]]                    # kind -> ids
    updated: list[tuple[str, str, dict]]             # (kind, id, new values)
    added: dict[str, list[tuple[int, Any]]]          # kind -> (position in the target, entity)
    info: dict
    label: str = ""
    datasets: tuple[str, ...] = ()                   # datasets this step adds (kept through saves on undo)
    _removed: list = field(default_factory=list, repr=False)
    _old: list = field(default_factory=list, repr=False)
    _old_info: dict = field(default_factory=dict, repr=False)

    def describe(self, project: Project) -> str:
        return self.label

    def do(self, project: Project) -> None:
        self._removed, self._old = [], []
        for kind in reversed(ENTITY_TYPES):              # children first
            doomed = set(self.removed.get(kind, ()))
            positions = [(i, id) for i, id in enumerate(project.tables[kind]) if id in doomed]
            for position, id in reversed(positions):
                self._removed.append((kind, project.remove(kind, id), position))
        for kind, id, changes in self.updated:
            self._old.append((kind, id, project.update(kind, id, **changes)))
        for kind in ENTITY_TYPES:                        # parents first, each at its place
            for position, entity in sorted(self.added.get(kind, ()), key=lambda p: p[0]):
                project.add(entity, index=position)
        self._old_info = project.set_info(**self.info) if self.info else {}
        project.retained_datasets.difference_update(self.datasets)

    def undo(self, project: Project) -> None:
        if self._old_info:
            project.set_info(**self._old_info)
        for kind in reversed(ENTITY_TYPES):
            for _position, entity in self.added.get(kind, ()):
                project.remove(kind, entity.id)
        for kind, id, old in reversed(self._old):
            project.update(kind, id, **old)
        placed: dict[str, list] = {}
        for kind, entity, position in self._removed:
            placed.setdefault(kind, []).append((position, entity))
        for kind in ENTITY_TYPES:
            if kind in placed:
                project.restore(kind, placed[kind])
        project.retained_datasets.update(self.datasets)   # the rows stay in the file for a redo


def become(current: Project, target: Project, *, label: str) -> Become:
    """The step from ``current`` to ``target`` (compared entity by entity, by id)."""
    removed: dict[str, list[str]] = {}
    updated: list[tuple[str, str, dict]] = []
    added: dict[str, list[tuple[int, Any]]] = {}
    for kind in ENTITY_TYPES:
        mine, theirs = current.tables[kind], target.tables[kind]
        gone = [id for id in mine if id not in theirs]
        if gone:
            removed[kind] = gone
        for position, (id, entity) in enumerate(theirs.items()):
            old = mine.get(id)
            if old is None:
                added.setdefault(kind, []).append((position, entity))
            elif old != entity:
                updated.append((kind, id, _differences(old, entity)))
    info = _differences(current.info, target.info)
    datasets = tuple(entity.id for _position, entity in added.get("datasets", ()))
    return Become(removed, updated, added, info, label=label, datasets=datasets)


def _differences(old: Any, new: Any) -> dict:
    return {f.name: getattr(new, f.name) for f in dataclasses.fields(new)
            if getattr(old, f.name) != getattr(new, f.name)}
