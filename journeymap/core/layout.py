"""Where stage cards sit: the map's geometry, shared by auto-layout and the canvas.

A stage's (x, y) is its card's top-left corner in scene units. Phases are columns laid
left to right in their order; a phase is as wide as the slots its stages need. Inside
the stage lane, stages of one phase that the graph puts in the same generation (the
alternatives of a branch) stack in sub-rows; later generations take the next slot.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .project import Project

CARD_W = 200.0
CARD_H = 120.0
GAP_X = 48.0
GAP_Y = 24.0
SLOT_W = CARD_W + GAP_X
SUBROW_H = CARD_H + GAP_Y
STAGE_LANE_TOP = 0.0   # the canvas places the other lanes around this one


@dataclass(frozen=True)
class Column:
    phase: str
    left: float
    width: float


def slot_of(x: float) -> int:
    return max(0, round(x / SLOT_W))


def subrow_of(y: float) -> int:
    return max(0, round((y - STAGE_LANE_TOP) / SUBROW_H))


def position(slot: int, subrow: int) -> tuple[float, float]:
    return slot * SLOT_W, STAGE_LANE_TOP + subrow * SUBROW_H


def auto_layout(project: Project, journey_id: str) -> dict[str, tuple[float, float]]:
    """New positions for every stage of the journey (the caller applies them as a command)."""
    from . import graph as graph_mod  # networkx only when laying out

    graph = graph_mod.build(project, journey_id)
    generation = {}
    for g, nodes in enumerate(graph_mod.generations(graph)):
        for node in nodes:
            generation[node] = g
    positions: dict[str, tuple[float, float]] = {}
    slot = 0
    for phase in project.phases_of(journey_id) + [None]:
        stages = [s for s in project.stages_of(journey_id)
                  if (s.phase == phase.id if phase else s.phase is None)]
        by_gen: dict[int, list] = {}
        for s in stages:
            by_gen.setdefault(generation.get(s.id, 0), []).append(s)
        for g in sorted(by_gen):
            for row, s in enumerate(sorted(by_gen[g], key=lambda s: (s.role == "terminal", s.y, s.name))):
                positions[s.id] = position(slot, row)
            slot += 1
        if phase is not None and not stages:
            slot += 1  # an empty phase keeps a column to drop stages into
    return positions


def columns(project: Project, journey_id: str) -> list[Column]:
    """Each phase's column, spanning its stages' slots (at least one slot wide)."""
    result = []
    next_left = 0.0
    for phase in project.phases_of(journey_id):
        xs = [s.x for s in project.stages_of(journey_id) if s.phase == phase.id]
        left = min(min(xs), next_left) if xs else next_left
        left = max(left, next_left)
        right = max(xs) + SLOT_W if xs else left + SLOT_W
        right = max(right, left + SLOT_W)
        result.append(Column(phase.id, left, right - left))
        next_left = right
    return result
