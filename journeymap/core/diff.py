"""Current state vs future state: which stages a redesign adds, removes or changes.

Pure: a future-state stage names the current-state stage it redesigns in
``Stage.derived_from``. A future stage without one (or pointing outside the current
journey) is added; a current stage no future stage derives from is removed; a pair
whose compared fields differ is changed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Stage
    from .project import Project

COMPARED = ("name", "description", "role", "channel", "department", "customer_action", "thinking",
            "emotion", "backstage", "opportunities", "emotions")


@dataclass
class JourneyDiff:
    current: str
    future: str
    added: list[str] = field(default_factory=list)       # future stage ids
    removed: list[str] = field(default_factory=list)     # current stage ids
    changed: dict[str, list[str]] = field(default_factory=dict)  # future stage id -> fields
    unchanged: list[str] = field(default_factory=list)   # future stage ids
    pairs: dict[str, str] = field(default_factory=dict)  # future stage id -> current stage id

    def status_of(self, stage_id: str) -> str | None:
        """added | removed | changed | None for a stage of either journey."""
        if stage_id in self.changed:
            return "changed"
        if stage_id in self.added:
            return "added"
        if stage_id in self.removed:
            return "removed"
        return None


def _phase_name(project: Project, phase_id: str | None) -> str | None:
    phase = project.find("phases", phase_id)
    return phase.name if phase else None


def changed_fields(project: Project, future_stage: Stage, current_stage: Stage) -> list[str]:
    fields = [f for f in COMPARED if getattr(future_stage, f) != getattr(current_stage, f)]
    # Phases are copied with new ids: compare them by name.
    if _phase_name(project, future_stage.phase) != _phase_name(project, current_stage.phase):
        fields.append("phase")
    return fields


def compare(project: Project, future_id: str, current_id: str) -> JourneyDiff:
    """The diff of journey ``future_id`` against ``current_id`` (both in ``project``)."""
    current = {s.id: s for s in project.stages_of(current_id)}
    result = JourneyDiff(current_id, future_id)
    derived = set()
    for stage in project.stages_of(future_id):
        origin = current.get(stage.derived_from) if stage.derived_from else None
        if origin is None:
            result.added.append(stage.id)
            continue
        derived.add(origin.id)
        result.pairs[stage.id] = origin.id
        fields = changed_fields(project, stage, origin)
        if fields:
            result.changed[stage.id] = fields
        else:
            result.unchanged.append(stage.id)
    result.removed = [sid for sid in current if sid not in derived]
    return result


def orient(project: Project, journey_a: str, journey_b: str) -> tuple[str, str]:
    """(future, current) for two journeys, whichever order they come in."""
    a = project.get("journeys", journey_a)
    b = project.get("journeys", journey_b)
    if b.derived_from == a.id or (a.state == "current" and b.state == "future"):
        return journey_b, journey_a
    return journey_a, journey_b
