"""Copy and paste of stages, pure: plain dicts out, fresh entities back in.

``copy_stages`` takes a set of stages and the transitions among them (plus their pain
points) as plain dicts, fit for a system clipboard as JSON; ``paste`` makes new entities
with fresh ids, moved by an offset, for one AddEntities command.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable

from .model import PainPoint, Stage, Transition, new_id
from .project import Project

MIME_TYPE = "application/x-journeymap-stages+json"


def copy_stages(project: Project, stage_ids: Iterable[str]) -> dict:
    ids = [sid for sid in stage_ids if project.find("stages", sid) is not None]
    chosen = set(ids)
    stages = [dataclasses.asdict(project.get("stages", sid)) for sid in ids]
    transitions = [dataclasses.asdict(t) for t in project.all("transitions")
                   if t.source in chosen and t.target in chosen]
    pains = [dataclasses.asdict(p) for p in project.all("pain_points") if p.stage in chosen]
    return {"version": 1, "stages": stages, "transitions": transitions, "pain_points": pains}


def paste(project: Project, data: dict, *, journey_id: str, offset: tuple[float, float] = (0.0, 0.0)) -> list:
    """New entities for ``data`` in journey ``journey_id``; phases kept where the journey has them."""
    phases = {p.id for p in project.where("phases", journey=journey_id)}
    dx, dy = offset
    stage_map: dict[str, str] = {}
    entities: list = []
    for raw in data.get("stages", ()):
        new = new_id("st")
        stage_map[raw["id"]] = new
        entities.append(Stage(**{**raw, "id": new, "journey": journey_id,
                                 "phase": raw.get("phase") if raw.get("phase") in phases else None,
                                 "x": float(raw.get("x", 0.0)) + dx, "y": float(raw.get("y", 0.0)) + dy,
                                 "emotions": dict(raw.get("emotions") or {})}))
    for raw in data.get("transitions", ()):
        if raw["source"] in stage_map and raw["target"] in stage_map:
            entities.append(Transition(**{**raw, "id": new_id("tr"), "journey": journey_id,
                                          "source": stage_map[raw["source"]],
                                          "target": stage_map[raw["target"]]}))
    for raw in data.get("pain_points", ()):
        if raw.get("stage") in stage_map:
            entities.append(PainPoint(**{**raw, "id": new_id("pp"), "journey": journey_id,
                                         "stage": stage_map[raw["stage"]], "merged_into": None}))
    return entities
