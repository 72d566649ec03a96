"""Make a future state from a journey: a copy whose stages remember what they redesign.

Pure: returns the entities for one AddEntities command (journey, phases, stages,
transitions), with fresh ids; pain points stay with the current state.
"""
from __future__ import annotations

from .commands import copy_entity
from .model import Journey, new_id


def make_future_state(project, journey_id: str, name: str) -> list:
    source = project.get("journeys", journey_id)
    journey = Journey(new_id("jn"), name, state="future", persona=source.persona,
                      derived_from=source.id, description=source.description, period=source.period)
    entities: list = [journey]
    phase_map: dict[str, str] = {}
    for phase in project.phases_of(journey_id):
        copy = copy_entity(phase, journey=journey.id)
        phase_map[phase.id] = copy.id
        entities.append(copy)
    stage_map: dict[str, str] = {}
    for stage in project.stages_of(journey_id):
        copy = copy_entity(stage, journey=journey.id, phase=phase_map.get(stage.phase),
                           derived_from=stage.id, emotions=dict(stage.emotions))
        stage_map[stage.id] = copy.id
        entities.append(copy)
    for t in project.where("transitions", journey=journey_id):
        if t.source in stage_map and t.target in stage_map:
            entities.append(copy_entity(t, journey=journey.id, source=stage_map[t.source],
                                        target=stage_map[t.target]))
    return entities
