"""Editing the map's structure: phases (columns) and lanes (rows), each change one command.

Phases are columns laid out left to right by ``Phase.order``, and a column spans the
slots of its stages' x positions (layout.columns). Reordering phases, adding one in the
middle or moving a stage to another phase therefore also moves stages: ``packed`` lays
the columns out again, each stage keeping its slot within its phase and its sub-row, so
no two columns overlap. Lanes are rows below the built-in ones; a stage keeps its text for
each in ``Stage.lanes``, which a lane's deletion clears (and its undo restores).
"""
from __future__ import annotations

from typing import Any, Literal, Sequence

from . import layout, names
from .commands import AddEntities, Command, Macro, RemoveEntities, UpdateEntity
from .model import Lane, Phase, new_id
from .project import Project, ProjectError


def lanes_of(project: Project, journey_id: str | None) -> list[Lane]:
    return sorted(project.where("lanes", journey=journey_id), key=lambda lane: (lane.order, lane.name))


def _name(name: str, what: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ProjectError(names.tr("a {what} needs a name").format(what=what))
    return name


# -- phases --------------------------------------------------------------------------

def add_phase(project: Project, journey_id: str, name: str, *, index: int | None = None) -> Command:
    """A new, empty phase at ``index`` (default: last); the columns right of it move right."""
    project.get("journeys", journey_id)
    phases = project.phases_of(journey_id)
    index = len(phases) if index is None else max(0, min(index, len(phases)))
    phase = Phase(new_id("ph"), journey_id, _name(name, names.noun("phases")), order=index)
    order = [p.id for p in phases]
    order.insert(index, phase.id)
    steps = [AddEntities([phase])] + _reorder("phases", project, order, new={phase.id: index})
    steps += _moves(project, journey_id, order=order)
    return Macro(steps, label=names.tr("Add phase '{name}'").format(name=phase.name))


def rename_phase(project: Project, phase_id: str, name: str) -> Command:
    old = project.get("phases", phase_id).name
    return UpdateEntity("phases", phase_id, {"name": _name(name, names.noun("phases"))},
                        label=names.tr("Rename phase '{old}' to '{new}'").format(old=old, new=name.strip()))


def move_phase(project: Project, phase_id: str, index: int) -> Command:
    """Put the phase at ``index`` among its journey's phases, its stages with it."""
    phase = project.get("phases", phase_id)
    order = [p.id for p in project.phases_of(phase.journey) if p.id != phase_id]
    index = max(0, min(index, len(order)))
    order.insert(index, phase_id)
    steps = _reorder("phases", project, order) + _moves(project, phase.journey, order=order)
    return Macro(steps, label=names.tr("Move phase '{name}' to position {n}").format(
        name=phase.name, n=index + 1))


def delete_phase(project: Project, phase_id: str, *, move_to: str | None = None) -> Command:
    """Delete a phase. One that holds stages needs ``move_to``: the phase its stages join."""
    phase = project.get("phases", phase_id)
    stages = project.where("stages", phase=phase_id)
    if stages and move_to is None:
        raise ProjectError(names.tr("phase '{name}' holds {n} stages: choose a phase to move them to, "
                                    "or move them first").format(name=phase.name, n=len(stages)))
    if move_to is not None:
        target = project.get("phases", move_to)
        if move_to == phase_id or target.journey != phase.journey:
            raise ProjectError(names.tr("the stages of '{name}' must move to another phase of its journey")
                               .format(name=phase.name))
    journey_order = [p.id for p in project.phases_of(phase.journey)]
    order = [p for p in journey_order if p != phase_id]
    moved = {s.id: move_to for s in stages}
    # journey order kept: into the following phase its stages go ahead of that phase's own, into the
    # preceding one after them (QA: 'Searches and sees an ad' landed after 'Agent prepares a quote')
    later = move_to is not None and journey_order.index(move_to) > journey_order.index(phase_id)
    side = "ahead" if later else "behind"
    steps = _moves(project, phase.journey, order=order, phase_of=moved, **{side: list(moved)})
    steps += [UpdateEntity("stages", s.id, {"phase": move_to}) for s in stages]
    steps += [RemoveEntities("phases", [phase_id])] + _reorder("phases", project, order)
    label = (names.tr("Delete phase '{name}', its stages to '{to}'").format(
        name=phase.name, to=project.get("phases", move_to).name) if stages and move_to is not None
        else names.tr("Delete phase '{name}'").format(name=phase.name))
    return Macro(steps, label=label)


def move_stages_to_phase(project: Project, stage_ids: list[str], phase_id: str | None) -> Command:
    """Stages join ``phase_id`` (at its end); the columns are laid out again around them."""
    stages = [project.get("stages", sid) for sid in stage_ids]
    if not stages:
        raise ProjectError(names.tr("no stages to move"))
    journey = stages[0].journey
    if phase_id is not None and project.get("phases", phase_id).journey != journey:
        raise ProjectError(names.tr("that phase belongs to another journey"))
    moving = [s.id for s in stages if s.phase != phase_id]
    order = [p.id for p in project.phases_of(journey)]
    steps = _moves(project, journey, order=order, phase_of={sid: phase_id for sid in moving}, append=moving)
    steps += [UpdateEntity("stages", sid, {"phase": phase_id}) for sid in moving]
    target = project.find("phases", phase_id)
    where = target.name if target is not None else names.tr("no phase")
    label = (names.tr("Move stage '{name}' to phase '{phase}'").format(name=names.title_of(stages[0]), phase=where)
             if len(stages) == 1 else
             names.tr("Move {n} stages to phase '{phase}'").format(n=len(stages), phase=where))
    return Macro(steps, label=label)


# -- lanes ---------------------------------------------------------------------------

def add_lane(project: Project, journey_id: str, name: str, *, index: int | None = None) -> Command:
    project.get("journeys", journey_id)
    lanes = lanes_of(project, journey_id)
    index = len(lanes) if index is None else max(0, min(index, len(lanes)))
    lane = Lane(new_id("ln"), journey_id, _name(name, names.noun("lanes")), order=index)
    order = [lane_.id for lane_ in lanes]
    order.insert(index, lane.id)
    steps = [AddEntities([lane])] + _reorder("lanes", project, order, new={lane.id: index})
    return Macro(steps, label=names.tr("Add lane '{name}'").format(name=lane.name))


def rename_lane(project: Project, lane_id: str, name: str) -> Command:
    old = project.get("lanes", lane_id).name
    return UpdateEntity("lanes", lane_id, {"name": _name(name, names.noun("lanes"))},
                        label=names.tr("Rename lane '{old}' to '{new}'").format(old=old, new=name.strip()))


def move_lane(project: Project, lane_id: str, index: int) -> Command:
    lane = project.get("lanes", lane_id)
    order = [x.id for x in lanes_of(project, lane.journey) if x.id != lane_id]
    order.insert(max(0, min(index, len(order))), lane_id)
    return Macro(_reorder("lanes", project, order), label=names.tr("Move lane '{name}' to position {n}").format(
        name=lane.name, n=order.index(lane_id) + 1))


def delete_lane(project: Project, lane_id: str) -> Command:
    """The lane and every stage's text in it (undo brings both back)."""
    lane = project.get("lanes", lane_id)
    steps: list[Command] = [
        UpdateEntity("stages", s.id, {"lanes": {k: v for k, v in s.lanes.items() if k != lane_id}})
        for s in project.stages_of(lane.journey) if lane_id in (s.lanes or {})]
    order = [x.id for x in lanes_of(project, lane.journey) if x.id != lane_id]
    steps += [RemoveEntities("lanes", [lane_id])] + _reorder("lanes", project, order)
    return Macro(steps, label=names.tr("Delete lane '{name}'").format(name=lane.name))


def set_lane_text(project: Project, stage_id: str, lane_id: str, text: str) -> Command:
    stage, lane = project.get("stages", stage_id), project.get("lanes", lane_id)
    lanes = dict(stage.lanes or {})
    if text.strip():
        lanes[lane_id] = text.strip()
    else:
        lanes.pop(lane_id, None)
    return UpdateEntity("stages", stage_id, {"lanes": lanes}, label=names.tr(
        "Change {lane} of stage '{name}'").format(lane=lane.name, name=names.title_of(stage)))


# -- helpers ---------------------------------------------------------------------------

def _reorder(kind: Literal["phases", "lanes"], project: Project, order: list[str],
             new: dict | None = None) -> list[Command]:
    """Order fields 0..n-1 following ``order`` (ids in ``new`` are being added with theirs)."""
    new = new or {}
    return [UpdateEntity(kind, id, {"order": i}) for i, id in enumerate(order)
            if id not in new and project.get(kind, id).order != i]


def packed(project: Project, journey_id: str, *, order: list[str], phase_of: dict | None = None,
           append: Sequence[str] = (), ahead: Sequence[str] = (),
           behind: Sequence[str] = ()) -> dict[str, tuple[float, float]]:
    """Every stage's (x, y) with the columns of ``order`` packed left to right.

    A stage keeps its slot relative to its phase's first slot and its y; the stages in
    ``append`` (moving to another phase, per ``phase_of``) take new slots at the end of
    theirs, in the top sub-row. Stages in ``ahead`` / ``behind`` join their new phase as a
    block (their slots relative to each other and their sub-rows kept) before / after its own
    stages: a deleted phase's stages keep the journey's order in the phase they join.
    Stages in no phase follow the last column.
    """
    phase_of = phase_of or {}
    groups: dict[str | None, list] = {}
    for stage in project.stages_of(journey_id):
        groups.setdefault(phase_of.get(stage.id, stage.phase), []).append(stage)
    positions: dict[str, tuple[float, float]] = {}
    start = 0
    joining = set(append) | set(ahead) | set(behind)
    for phase in list(order) + [None]:
        members = groups.get(phase, [])
        width = 0
        for block in ([s for s in members if s.id in ahead], [s for s in members if s.id not in joining],
                      [s for s in members if s.id in behind]):
            width += _place_block(block, start + width, positions)
        for s in sorted((s for s in members if s.id in append), key=lambda s: append.index(s.id)):
            positions[s.id] = layout.position(start + width, 0)
            width += 1
        start += max(width, 1) if phase is not None else width
    return positions


def _place_block(stages: list, start: int, positions: dict[str, tuple[float, float]]) -> int:
    """Put ``stages`` from slot ``start`` on, keeping their slots relative to each other and their y;
    returns how many slots they span."""
    first = min((layout.slot_of(s.x) for s in stages), default=0)
    width = 0
    for s in stages:
        rel = layout.slot_of(s.x) - first
        positions[s.id] = (layout.position(start + rel, 0)[0], s.y)
        width = max(width, rel + 1)
    return width


def _moves(project: Project, journey_id: str, **kwargs: Any) -> list[Command]:
    positions = packed(project, journey_id, **kwargs)
    return [UpdateEntity("stages", sid, {"x": float(x), "y": float(y)}, label=names.tr("Move stage"))
            for sid, (x, y) in positions.items()
            if (project.get("stages", sid).x, project.get("stages", sid).y) != (x, y)]
