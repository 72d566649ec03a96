"""Undoable edits. Every user edit is one of these, with a label a person can read.

A command is applied with ``do(project)`` and reverted with ``undo(project)``; after
``undo`` the project equals what it was before ``do``. ``merge(other)`` folds a following
edit of the same property into this one, so a drag is one undo step. The Qt layer wraps
these in QUndoCommands (ui/undo.py): the app's one undo history is the Session's QUndoStack.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import names
from .model import ENTITY_TYPES, KIND_OF_TYPE, E, Entity, Transition, new_id, replace
from .project import REFERENCES, Project


class Command:
    label: str = ""
    merge_key: str | None = None  # commands with equal non-None keys merge

    def do(self, project: Project) -> None:
        raise NotImplementedError

    def undo(self, project: Project) -> None:
        raise NotImplementedError

    def merge(self, other: "Command") -> bool:
        return False

    def describe(self, project: Project) -> str:
        """The label, worked out from the project before ``do`` when none was given."""
        return self.label


@dataclass
class AddEntities(Command):
    """Adds entities (in order); undo removes them again."""
    entities: list
    label: str = ""

    def describe(self, project: Project) -> str:
        if not self.label:
            self.label = _add_text(project, self.entities)
        return self.label

    def do(self, project: Project) -> None:
        self.describe(project)
        for entity in self.entities:
            project.add(entity)

    def undo(self, project: Project) -> None:
        for entity in reversed(self.entities):
            project.remove(KIND_OF_TYPE[type(entity)], entity.id)


@dataclass
class RemoveEntities(Command):
    """Removes entities and whatever depends on them; undo puts everything back in place.

    The plan (what cascades, which references are cleared) is worked out at ``do`` time,
    because it depends on what the project holds then.
    """
    kind: str
    ids: list[str]
    label: str = ""
    _removed: list = field(default_factory=list, repr=False)   # (kind, entity, position)
    _cleared: list = field(default_factory=list, repr=False)   # (kind, id, old values)
    _info: dict = field(default_factory=dict, repr=False)

    def describe(self, project: Project) -> str:
        if not self.label:
            if len(self.ids) == 1 and project.find(self.kind, self.ids[0]) is not None:
                self.label = names.tr("Delete {noun} '{title}'").format(
                    noun=names.noun(self.kind), title=title(project, self.kind, self.ids[0]))
            else:
                self.label = names.tr("Delete {n} {nouns}").format(
                    n=len(self.ids), nouns=names.noun(self.kind, len(self.ids)))
        return self.label

    def do(self, project: Project) -> None:
        for id in self.ids:
            project.get(self.kind, id)  # unknown ids fail before anything changes
        self.describe(project)
        self._removed, self._cleared, self._info = [], [], {}
        index = project.referrer_index(_cascade_kinds(self.kind))
        doomed = _doomed(self.kind, self.ids, index)
        for kind, id in doomed:
            for ref_kind, ref_id, fname, rule in index.get((kind, id), ()):
                if rule == "cascade" or (ref_kind, ref_id) in doomed:
                    continue
                value = getattr(project.get(ref_kind, ref_id), fname)
                new = [v for v in value if v != id] if rule == "list" else None
                self._cleared.append((ref_kind, ref_id, project.update(ref_kind, ref_id, **{fname: new})))
        if self.kind == "journeys" and project.info.default_journey in self.ids:
            self._info = project.set_info(default_journey=None)
        # Children first, so nothing is ever left pointing at a missing parent.
        for kind in reversed(ENTITY_TYPES):
            ids = {id for k, id in doomed if k == kind}
            if not ids:
                continue
            positions = [(i, id) for i, id in enumerate(project.tables[kind]) if id in ids]
            for position, id in reversed(positions):
                self._removed.append((kind, project.remove(kind, id), position))

    def undo(self, project: Project) -> None:
        # Parents first; within a kind in ascending position, so each lands where it was.
        placed: dict[str, list] = {}
        for kind, entity, position in self._removed:
            placed.setdefault(kind, []).append((position, entity))
        for kind in ENTITY_TYPES:
            if kind in placed:
                project.restore(kind, placed[kind])
        for kind, id, old in reversed(self._cleared):
            project.update(kind, id, **old)
        if self._info:
            project.set_info(**self._info)
            self._info = {}


def _cascade_kinds(kind: str) -> set[str]:
    """``kind`` and every kind a deletion of it can cascade to."""
    kinds, todo = {kind}, [kind]
    while todo:
        target = todo.pop()
        for ref_kind, _, ref_target, rule in REFERENCES:
            if ref_target == target and rule == "cascade" and ref_kind not in kinds:
                kinds.add(ref_kind)
                todo.append(ref_kind)
    return kinds


def _doomed(kind: str, ids: list[str], index: dict) -> dict[tuple[str, str], None]:
    """The entities to remove (an ordered set): ``ids`` and all that cascades from them."""
    doomed: dict[tuple[str, str], None] = {}
    todo = [(kind, id) for id in ids]
    while todo:
        key = todo.pop()
        if key in doomed:
            continue
        doomed[key] = None
        todo.extend((ref_kind, ref_id) for ref_kind, ref_id, _, rule in index.get(key, ())
                    if rule == "cascade")
    return doomed


@dataclass
class UpdateEntity(Command):
    """Sets fields of one entity. With a ``merge_key``, repeats of the same key merge."""
    kind: str
    id: str
    changes: dict
    label: str = ""
    merge_key: str | None = None
    _old: dict = field(default_factory=dict, repr=False)

    def describe(self, project: Project) -> str:
        if not self.label and project.find(self.kind, self.id) is not None:
            self.label = _edit_text(project, self.kind, self.id, self.changes)
        return self.label

    def do(self, project: Project) -> None:
        self.describe(project)
        self._old = project.update(self.kind, self.id, **self.changes)

    def undo(self, project: Project) -> None:
        project.update(self.kind, self.id, **self._old)

    def merge(self, other: Command) -> bool:
        if (not isinstance(other, UpdateEntity) or self.merge_key is None
                or other.merge_key != self.merge_key
                or (other.kind, other.id) != (self.kind, self.id)
                or set(other.changes) != set(self.changes)):
            return False
        self.changes = dict(other.changes)  # keep our _old: undo goes back to the start
        return True


@dataclass
class SetProjectInfo(Command):
    changes: dict
    label: str = ""

    def describe(self, project: Project) -> str:
        if not self.label:
            self.label = names.tr("Change {fields} of the project").format(fields=names.fields(self.changes))
        return self.label
    _old: dict = field(default_factory=dict, repr=False)

    def do(self, project: Project) -> None:
        self.describe(project)
        self._old = project.set_info(**self.changes)

    def undo(self, project: Project) -> None:
        project.set_info(**self._old)


@dataclass
class Macro(Command):
    """Several commands as one undo step (align, auto-layout, paste)."""
    commands: list
    label: str = ""
    merge_key: str | None = None

    def describe(self, project: Project) -> str:
        if not self.label:
            self.label = self.commands[0].describe(project) if len(self.commands) == 1 else names.tr("Edit")
        return self.label

    def do(self, project: Project) -> None:
        done = []
        try:
            for command in self.commands:
                command.do(project)
                done.append(command)
        except Exception:
            for command in reversed(done):  # all or nothing
                command.undo(project)
            raise

    def undo(self, project: Project) -> None:
        for command in reversed(self.commands):
            command.undo(project)

    def merge(self, other: Command) -> bool:
        # A multi-selection drag: same stages moved again -> keep one step.
        if (not isinstance(other, Macro) or self.merge_key is None
                or other.merge_key != self.merge_key
                or len(other.commands) != len(self.commands)):
            return False
        pairs = list(zip(self.commands, other.commands))
        if not all(isinstance(a, UpdateEntity) and isinstance(b, UpdateEntity)
                   and (a.kind, a.id, set(a.changes)) == (b.kind, b.id, set(b.changes))
                   for a, b in pairs):
            return False
        for a, b in pairs:
            a.changes = dict(b.changes)
        return True


# -- one small function per user action -------------------------------------------
# The kind and id come first and positional-only, so a field called ``kind`` (Transition)
# or ``id`` can be edited like any other; the label is ``undo_text`` for the same reason
# (Transition and SurveyItem have a field called ``label``).

def move_stages(positions: dict[str, tuple[float, float]], *, drag_id: str | None = None) -> Command:
    """Move stages to (x, y). Moves within one drag (same ``drag_id``) merge."""
    commands = [UpdateEntity("stages", sid, {"x": float(x), "y": float(y)},
                             label=names.tr("Move stage")) for sid, (x, y) in positions.items()]
    key = f"move:{drag_id}:{','.join(sorted(positions))}" if drag_id else None
    if len(commands) == 1:
        commands[0].merge_key = key
        return commands[0]
    return Macro(commands, label=names.tr("Move {n} stages").format(n=len(commands)), merge_key=key)


def rename(kind: str, id: str, /, *, name: str, field_name: str = "name",
           undo_text: str | None = None) -> Command:
    return UpdateEntity(kind, id, {field_name: name}, label=undo_text or "")


def edit(kind: str, id: str, /, *, undo_text: str | None = None, **changes: Any) -> Command:
    """Set fields of one entity; without ``undo_text`` the label says what changed, in words."""
    return UpdateEntity(kind, id, changes, label=undo_text or "")


def add(*entities: Entity, label: str | None = None) -> AddEntities:
    return AddEntities(list(entities), label=label or "")


def delete(kind: str, ids: list[str], /, *, label: str | None = None) -> Command:
    return RemoveEntities(kind, list(ids), label=label or "")


def connect(journey: str, source: str, target: str, *, kind: str = "normal",
            label: str = "", share: float | None = None) -> Command:
    from .model import Transition
    transition = Transition(new_id("tr"), journey, source, target, label=label, share=share, kind=kind)
    return AddEntities([transition], label=names.tr("Connect stages"))


def copy_entity(entity: E, **changes: Any) -> E:
    """A copy with a fresh id (paste, future state)."""
    prefix = entity.id.split("-")[0] if "-" in entity.id else "id"
    return replace(entity, id=new_id(prefix), **changes)


# -- labels in words ------------------------------------------------------------------

def title(project: Project, kind: str, id: str) -> str:
    """What a person calls an entity: a transition by its stages, the rest by name/title."""
    entity = project.find(kind, id)
    if entity is None:
        return id
    if isinstance(entity, Transition):
        source, target = project.find("stages", entity.source), project.find("stages", entity.target)
        return "{} → {}".format(*(names.title_of(s) if s is not None else "?" for s in (source, target)))
    return names.title_of(entity)


def _edit_text(project: Project, kind: str, id: str, changes: dict) -> str:
    noun, old = names.noun(kind), title(project, kind, id)
    if len(changes) == 1 and set(changes) & {"name", "title"}:
        return names.tr("Rename {noun} '{old}' to '{new}'").format(
            noun=noun, old=old, new=names.short(next(iter(changes.values()))))
    return names.tr("Change {fields} of {noun} '{title}'").format(
        fields=names.fields(changes, kind), noun=noun, title=old)


def _add_text(project: Project, entities: list) -> str:
    if not entities:
        return names.tr("Add")
    kinds = {KIND_OF_TYPE[type(e)] for e in entities}
    kind = KIND_OF_TYPE[type(entities[0])]
    if len(entities) == 1:
        return names.tr("Add {noun} '{title}'").format(noun=names.noun(kind), title=names.title_of(entities[0]))
    if len(kinds) == 1:
        return names.tr("Add {n} {nouns}").format(n=len(entities), nouns=names.noun(kind, len(entities)))
    return names.tr("Add {noun} and {n} more").format(noun=names.noun(kind), n=len(entities) - 1)
