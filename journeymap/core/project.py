"""The project in memory: a table of entities per kind, with change notifications.

Edits go through ``add``/``remove``/``update``; each announces itself on
``events.will_change`` before and ``events.did_change`` after, and marks its kind dirty
so a save rewrites only what changed. User edits should go through core/commands.py,
which calls these and knows how to undo them.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Iterator

from . import names
from .errors import ProjectError
from .events import Change, ProjectEvents
from .model import ENTITY_TYPES, KIND_OF_TYPE, Entity, Journey, Phase, ProjectInfo, Stage
from .reads import TableReads

# (kind, field, target kind, what happens to the referrer when the target goes):
# "cascade" removes it too, "null" clears the field, "list" drops the id from a list.
REFERENCES: list[tuple[str, str, str, str]] = [
    ("journeys", "persona", "segments", "null"),
    ("journeys", "derived_from", "journeys", "null"),
    ("phases", "journey", "journeys", "cascade"),
    ("lanes", "journey", "journeys", "cascade"),
    ("stages", "journey", "journeys", "cascade"),
    ("stages", "phase", "phases", "null"),
    ("stages", "derived_from", "stages", "null"),
    ("transitions", "journey", "journeys", "cascade"),
    ("transitions", "source", "stages", "cascade"),
    ("transitions", "target", "stages", "cascade"),
    ("pain_points", "journey", "journeys", "cascade"),
    ("pain_points", "stage", "stages", "cascade"),
    ("pain_points", "merged_into", "pain_points", "null"),
    ("evidence", "pain_point", "pain_points", "cascade"),
    ("votes", "pain_point", "pain_points", "cascade"),
    ("initiatives", "journey", "journeys", "cascade"),
    ("initiatives", "pain_points", "pain_points", "list"),
    ("initiatives", "uplift_stage", "stages", "null"),
    ("voting_rounds", "journey", "journeys", "cascade"),
    ("datasets", "journey", "journeys", "cascade"),
    ("metric_values", "metric", "metrics", "cascade"),
    ("metric_values", "stage", "stages", "cascade"),
    ("metric_values", "dataset", "datasets", "cascade"),
    ("survey_items", "dataset", "datasets", "cascade"),
    ("survey_items", "stage", "stages", "null"),
    ("feedback", "journey", "journeys", "cascade"),
    ("feedback", "stage", "stages", "null"),
    ("feedback", "dataset", "datasets", "cascade"),
    ("reasons", "stage", "stages", "null"),
]


BULK_RESTORE = 50  # above this many entities of a kind, undo restores them with one reset


__all__ = ["BULK_RESTORE", "REFERENCES", "Project", "ProjectError"]


class Project(TableReads):
    """The tables and their edits; the typed reads (``get``, ``find``, ``all``, ``where``) are in core/reads.py."""

    def __init__(self, info: ProjectInfo | None = None):
        self.info = info or ProjectInfo()
        self.tables: dict[str, dict[str, Entity]] = {kind: {} for kind in ENTITY_TYPES}
        self.events = ProjectEvents()
        # Storage's bookkeeping for an in-place save: the kinds (and "info") whose tables differ
        # from the file's, so a save rewrites only those. Not the user's "unsaved changes" (that is
        # the UI's Session.modified, the undo stack's clean state): undoing an edit leaves it here.
        self.dirty: set[str] = set(ENTITY_TYPES) | {"info"}
        # The file this project belongs to (None: never saved): the one owner of the path, set only by
        # storage (read, save, recovery, salvage); the UI's Session.path reads it.
        self.path: str | None = None
        # Datasets an undone import took out whose raw rows a save must keep (a redo brings them back).
        self.retained_datasets: set[str] = set()

    # -- reading -------------------------------------------------------------
    def __iter__(self) -> Iterator[tuple[str, Entity]]:
        for kind, table in self.tables.items():
            for entity in table.values():
                yield kind, entity

    # -- journeys ------------------------------------------------------------
    def journey_by_name(self, name: str) -> Journey | None:
        for journey in self.all("journeys"):
            if journey.name == name:
                return journey
        return None

    def default_journey(self) -> Journey | None:
        """The stored default, else the first current-state journey, else any."""
        journey = self.find("journeys", self.info.default_journey)
        if journey is not None:
            return journey
        journeys = self.all("journeys")
        current = [j for j in journeys if j.state == "current"]
        return next(iter(current or journeys), None)

    def stages_of(self, journey_id: str) -> list[Stage]:
        return self.where("stages", journey=journey_id)

    def phases_of(self, journey_id: str) -> list[Phase]:
        return sorted(self.where("phases", journey=journey_id), key=lambda p: (p.order, p.name))

    # -- editing (no undo here: see commands.py) -------------------------------
    def add(self, entity: Entity, *, index: int | None = None) -> None:
        """Add ``entity`` at the end of its table, or at ``index`` (undo puts it back there)."""
        kind = KIND_OF_TYPE[type(entity)]
        table = self.tables[kind]
        if entity.id in table:
            raise ProjectError(f"{names.noun(kind)} {entity.id!r} exists already")
        self._check_unique_name(entity)
        change = Change("added", kind, entity.id, new=entity)
        self.events.will_change.emit(change)
        if index is None or index >= len(table):
            table[entity.id] = entity
        else:  # dicts keep insertion order: rebuild to insert in the middle
            items = list(table.items())
            items.insert(max(index, 0), (entity.id, entity))
            table.clear()
            table.update(items)
        self.dirty.add(kind)
        self.events.did_change.emit(change)

    def restore(self, kind: str, placed: list[tuple[int, Entity]]) -> None:
        """Put entities back at their positions (ascending), as undoing a delete does.

        A few go back one by one, each announced; many go back at once with one "reset"
        change, since inserting one by one into the middle of a table is quadratic.
        """
        placed = sorted(placed, key=lambda p: p[0])
        if len(placed) <= BULK_RESTORE:
            for position, entity in placed:
                self.add(entity, index=position)
            return
        table = self.tables[kind]
        change = Change("reset", kind)
        self.events.will_change.emit(change)
        items: list[tuple[str, Entity]] = []
        rest = iter(table.items())
        for position, entity in placed:
            while len(items) < position:
                items.append(next(rest))
            items.append((entity.id, entity))
        items.extend(rest)
        table.clear()
        table.update(items)
        self.dirty.add(kind)
        self.events.did_change.emit(change)

    def remove(self, kind: str, id: str) -> Entity:
        entity = self.get(kind, id)
        change = Change("removed", kind, id, old=entity)
        self.events.will_change.emit(change)
        del self.tables[kind][id]
        self.dirty.add(kind)
        self.events.did_change.emit(change)
        return entity

    def update(self, kind: str, id: str, /, **changes: Any) -> dict[str, Any]:
        """Replace fields of one entity; returns the old values of the changed fields."""
        old = self.get(kind, id)
        unknown = set(changes) - {f.name for f in dataclasses.fields(old)}
        if unknown:
            raise ProjectError(f"{kind} have no field {', '.join(sorted(unknown))}")
        new = dataclasses.replace(old, **changes)
        if "name" in changes:
            self._check_unique_name(new)
        before = {k: getattr(old, k) for k in changes}
        change = Change("updated", kind, id, tuple(changes), old=old, new=new)
        self.events.will_change.emit(change)
        self.tables[kind][id] = new
        self.dirty.add(kind)
        self.events.did_change.emit(change)
        return before

    def set_info(self, **changes: Any) -> dict[str, Any]:
        before = {k: getattr(self.info, k) for k in changes}
        change = Change("updated", "info", "", tuple(changes), old=self.info)
        self.events.will_change.emit(change)
        self.info = dataclasses.replace(self.info, **changes)
        self.dirty.add("info")
        self.events.did_change.emit(change)
        return before

    def _check_unique_name(self, entity: Entity) -> None:
        # Journey names are how the command line names journeys: they must be unique.
        if isinstance(entity, Journey):
            other = self.journey_by_name(entity.name)
            if other is not None and other.id != entity.id:
                raise ProjectError(f"a journey named {entity.name!r} exists already")

    # -- references ------------------------------------------------------------
    def referrers(self, kind: str, id: str) -> Iterator[tuple[str, Entity, str, str]]:
        """(kind, entity, field, rule) for every entity that refers to ``kind``/``id``."""
        for ref_kind, fname, target, rule in REFERENCES:
            if target != kind:
                continue
            for entity in self.tables[ref_kind].values():
                value = getattr(entity, fname)
                if value == id or (rule == "list" and id in (value or ())):
                    yield ref_kind, entity, fname, rule

    def referrer_index(self, kinds: Iterable[str]) -> dict[tuple[str, str], list[tuple[str, str, str, str]]]:
        """{(kind, id): [(referrer kind, referrer id, field, rule)]} for targets in ``kinds``.

        One pass over the referring tables, so a cascade over thousands of entities
        does not rescan the project once per entity.
        """
        targets = set(kinds)
        index: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
        for ref_kind, fname, target, rule in REFERENCES:
            if target not in targets:
                continue
            for entity in self.tables[ref_kind].values():
                value = getattr(entity, fname)
                for v in (value or ()) if rule == "list" else (value,):
                    if v is not None:
                        index.setdefault((target, v), []).append((ref_kind, entity.id, fname, rule))
        return index

    def mark_saved(self) -> None:
        """Storage: the file now holds every kind (nothing for the next in-place save to rewrite)."""
        self.dirty.clear()

    def __eq__(self, other: object) -> bool:
        # Order counts: it is the user's order of rows in tables and lists.
        return (isinstance(other, Project) and self.info == other.info
                and all(list(self.tables[k].items()) == list(other.tables[k].items())
                        for k in ENTITY_TYPES))

    # Defining __eq__ leaves __hash__ None: a project is mutable, so unhashable.

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={len(v)}" for k, v in self.tables.items() if v)
        return f"<Project {self.info.title!r} {counts}>"
