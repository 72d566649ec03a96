"""Make a future state from a journey: a copy whose stages remember what they redesign.

Pure: returns the entities for one AddEntities command (journey, phases, stages,
transitions), with fresh ids; pain points stay with the current state.
"""
from __future__ import annotations

from . import names
from .commands import copy_entity
from .model import Journey, new_id
from .project import Project


def existing_future_state(project: Project, journey_id: str) -> Journey | None:
    """The future state already made from this journey (the newest, as Compare pairs them), or None."""
    futures = project.where("journeys", derived_from=journey_id, state="future")
    return futures[-1] if futures else None


def make_future_state(project: Project, journey_id: str, name: str, *, description: str | None = None) -> list:
    """``description`` says what the copy is (the current state's own text, repeated, read as if it
    described the redesign); by default 'Future state of <name>: ...'."""
    source = project.get("journeys", journey_id)
    if description is None:
        description = names.tr("Future state of {name}: the journey as it is redesigned.").format(name=source.name)
    journey = Journey(new_id("jn"), name, state="future", persona=source.persona,
                      derived_from=source.id, description=description, period=source.period)
    entities: list = [journey]
    phase_map: dict[str, str] = {}
    for phase in project.phases_of(journey_id):
        phase_copy = copy_entity(phase, journey=journey.id)
        phase_map[phase.id] = phase_copy.id
        entities.append(phase_copy)
    stage_map: dict[str, str] = {}
    for stage in project.stages_of(journey_id):
        stage_copy = copy_entity(stage, journey=journey.id, phase=phase_map.get(stage.phase) if stage.phase else None,
                                 derived_from=stage.id, emotions=dict(stage.emotions))
        stage_map[stage.id] = stage_copy.id
        entities.append(stage_copy)
    for t in project.where("transitions", journey=journey_id):
        if t.source in stage_map and t.target in stage_map:
            entities.append(copy_entity(t, journey=journey.id, source=stage_map[t.source],
                                        target=stage_map[t.target]))
    return entities
