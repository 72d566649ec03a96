"""Where a journey scene's lanes go, and the items in them: lane texts, stickies, the emotion curve.

One pass over the scene's cards (``place_lanes``): each lane is as tall as its highest stack of texts
or stickies in a column, the stage lane grows to hold the arrows' reach, each text and sticky is put
in its card's column, and the emotion curve gets the stages' emotions per segment. Apart from
scene.py, which keeps the items in step with the project and decides when to re-place them
(``JourneyScene.relayout``, once per burst of changes); this module only decides where they go.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from journeymap.core import layout, structure

from .items import lanes as lanes_mod

if TYPE_CHECKING:
    from .scene import JourneyScene


def place_lanes(scene: JourneyScene) -> None:
    """Lay out the lanes and put every lane text, sticky and the emotion curve in place."""
    cards = list(scene.cards.values())
    by_stage: dict[str, list] = {}
    for sticky in scene.stickies.values():
        by_stage.setdefault(sticky.pain_point.stage, []).append(sticky)
    heights: dict[str, float] = {}
    offsets: dict[str, dict[QGraphicsItem, float]] = {}
    lanes_used = {lane for _, lane in scene.texts}
    custom = [(lanes_mod.custom_key(x.id), x.name) for x in structure.lanes_of(scene.project, scene.journey_id)]
    for lane in list(lanes_mod.TEXT_LANES) + [key for key, _ in custom]:
        if lane not in lanes_used:
            offsets[lane], heights[lane] = {}, 0.0
            continue
        off, h = lanes_mod.stacks(cards, lambda c, lane=lane: [scene.texts[(c.id, lane)]]
                                  if (c.id, lane) in scene.texts else [])
        offsets[lane], heights[lane] = off, max(h.values(), default=0.0)
    off, h = lanes_mod.stacks(cards, lambda c: by_stage.get(c.id, []))
    offsets["pain_points"], heights["pain_points"] = off, max(h.values(), default=0.0)
    phases = {p.id: p for p in scene.project.phases_of(scene.journey_id)} if scene.journey_id else {}
    columns = [(c, phases[c.phase].name) for c in lanes_mod.columns(list(phases.values()), cards)]
    geometry = lanes_mod.compute(columns, cards, heights, custom, _arrow_reach(scene))
    scene.lanes.set_geometry(geometry)
    for lane, placed in offsets.items():
        top = geometry.lanes[lane][0] + lanes_mod.LANE_PAD
        for item, dy in placed.items():
            item.setPos(_column_x(scene, item, lane), top + dy)
    _place_curve(scene, geometry)
    scene.setSceneRect(geometry.rect().adjusted(-40, -40, 40, 40))


def _arrow_reach(scene: JourneyScene) -> tuple[float, float] | None:
    """The highest and lowest point of the arrows and their labels."""
    rects = [a.path.boundingRect().adjusted(0, -12, 0, 12) for a in scene.arrows.values()]
    if not rects:
        return None
    return min(r.top() for r in rects), max(r.bottom() for r in rects)


def _column_x(scene: JourneyScene, item, lane) -> float:
    stage_id = item.pain_point.stage if lane == "pain_points" else item.data(0)
    card = scene.cards.get(stage_id)
    return card.pos().x() if card is not None else 0.0


def _place_curve(scene: JourneyScene, geometry) -> None:
    top, height = geometry.lanes["emotion"]
    rect = QRectF(geometry.left + lanes_mod.HEADER_W, top, geometry.right - geometry.left - lanes_mod.HEADER_W,
                  height)
    series: dict[str, dict[int, list[float]]] = {}
    for card in scene.cards.values():
        slot = layout.slot_of(card.pos().x())
        if card.stage.emotion is not None:
            series.setdefault("", {}).setdefault(slot, []).append(card.stage.emotion)
        for seg, value in (card.stage.emotions or {}).items():
            if value is not None:
                series.setdefault(seg, {}).setdefault(slot, []).append(value)
    data = []
    for i, (seg, slots) in enumerate(sorted(series.items(), key=lambda kv: kv[0] != "")):
        segment = scene.project.find("segments", seg) if seg else None
        name = segment.name if segment else seg
        color = scene.theme.segment_color(i)
        points = [(slot * layout.SLOT_W + layout.CARD_W / 2, sum(v) / len(v)) for slot, v in slots.items()]
        data.append((name, color, points))
    scene.curve.set_data(rect, rect.left() - 50, data)
