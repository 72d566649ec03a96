"""The map's grid: phase columns with headers, lane rows with row headers.

``compute`` works out the geometry from the cards and the per-stage lane contents
(the stage lane stays where layout.py puts it, y = STAGE_LANE_TOP; the customer-actions
lane sits above it, the rest below). ``LanesItem`` paints the grid behind everything.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem

from journeymap.core.layout import CARD_H, CARD_W, GAP_X, SLOT_W, STAGE_LANE_TOP, Column, slot_of

from .. import theme as theme_mod

LANES = ("customer_action", "stages", "thinking", "emotion", "pain_points", "opportunities", "backstage")
TEXT_LANES = ("customer_action", "thinking", "opportunities", "backstage")
HEADER_W = 190.0
PHASE_H = 46.0
LANE_PAD = 14.0
LANE_GAP = 0.0
MIN_LANE_H = 56.0
EMOTION_H = 160.0
ITEM_GAP = 8.0


def lane_title(lane: str) -> str:
    t = QCoreApplication.translate
    return {"customer_action": t("Lanes", "Customer actions"), "stages": t("Lanes", "Stages"),
            "thinking": t("Lanes", "Thinking"), "emotion": t("Lanes", "Emotion"),
            "pain_points": t("Lanes", "Pain points"), "opportunities": t("Lanes", "Opportunities"),
            "backstage": t("Lanes", "Backstage")}[lane]


def custom_key(lane_id: str) -> str:
    """The key of a team's own lane among the built-in ones (``lane:<Lane.id>``)."""
    return f"lane:{lane_id}"


@dataclass
class Geometry:
    lanes: dict[str, tuple[float, float]] = field(default_factory=dict)  # lane -> (top, height), top down
    columns: list[tuple[str, str, float, float]] = field(default_factory=list)  # id, name, left, width
    left: float = 0.0
    right: float = SLOT_W
    top: float = 0.0
    titles: dict[str, str] = field(default_factory=dict)   # custom lane key -> its name

    @property
    def bottom(self) -> float:
        top, height = self.lanes[next(reversed(self.lanes))]
        return top + height

    def title(self, lane: str) -> str:
        return self.titles[lane] if lane in self.titles else lane_title(lane)

    def lane_at(self, y: float) -> str | None:
        for lane, (top, height) in self.lanes.items():
            if top <= y < top + height:
                return lane
        return None

    def rect(self) -> QRectF:
        return QRectF(self.left, self.top, self.right - self.left, self.bottom - self.top)

    def lane_rect(self, lane: str) -> QRectF:
        top, height = self.lanes[lane]
        return QRectF(self.left + HEADER_W, top, self.right - self.left - HEADER_W, height)


def stacks(cards, items_of) -> tuple[dict[QGraphicsItem, float], dict[int, float]]:
    """Per slot, stack the items of its cards (in sub-row order); {item: y offset} and heights."""
    by_slot: dict[int, list] = {}
    for card in cards:
        by_slot.setdefault(slot_of(card.pos().x()), []).append(card)
    offsets: dict[QGraphicsItem, float] = {}
    heights: dict[int, float] = {}
    for slot, members in by_slot.items():
        y = 0.0
        for card in sorted(members, key=lambda c: (c.pos().y(), c.id)):
            for item in items_of(card):
                offsets[item] = y
                y += item.boundingRect().height() + ITEM_GAP
        heights[slot] = max(0.0, y - ITEM_GAP)
    return offsets, heights


def columns(phases, cards) -> list[Column]:
    """layout.columns from the cards on screen, in one pass (the same rule, O(stages))."""
    xs: dict[str, list[float]] = {}
    for card in cards:
        xs.setdefault(card.stage.phase, []).append(card.pos().x())
    result, next_left = [], 0.0
    for phase in phases:
        own = xs.get(phase.id)
        left = max(min(min(own), next_left) if own else next_left, next_left)
        right = max(max(own) + SLOT_W if own else left + SLOT_W, left + SLOT_W)
        result.append(Column(phase.id, left, right - left))
        next_left = right
    return result


def compute(columns, cards, lane_heights: dict[str, float], custom: Sequence[tuple[str, str]] = (),
            arrows: tuple[float, float] | None = None) -> Geometry:
    """Lane tops and heights from the content heights; columns from layout.columns. The
    ``custom`` lanes ((key, name), in order) follow the built-in ones. ``arrows`` is the
    (top, bottom) the arrows reach: the stage lane grows to hold them, so a loop's arc never
    crosses the customer actions above nor an arc below the thinking text."""
    g = Geometry(titles=dict(custom))
    top_reach, bottom_reach = arrows or (STAGE_LANE_TOP, STAGE_LANE_TOP)
    stage_bottom = max([c.scene_rect().bottom() for c in cards] + [STAGE_LANE_TOP + CARD_H, bottom_reach])
    above = max(MIN_LANE_H, lane_heights.get("customer_action", 0.0) + 2 * LANE_PAD)
    stage_top = min(STAGE_LANE_TOP, top_reach) - LANE_PAD
    g.lanes["customer_action"] = (stage_top - above, above)
    g.lanes["stages"] = (stage_top, stage_bottom + LANE_PAD - stage_top)
    y = stage_bottom + LANE_PAD
    for lane in list(LANES[2:]) + [key for key, _ in custom]:
        height = EMOTION_H if lane == "emotion" else max(MIN_LANE_H, lane_heights.get(lane, 0.0) + 2 * LANE_PAD)
        g.lanes[lane] = (y, height)
        y += height
    g.top = stage_top - above - PHASE_H
    g.columns = [(c.phase, name, c.left - GAP_X / 2, c.width) for c, name in columns]
    xs = [c.pos().x() for c in cards]
    right = max([left + width for _, _, left, width in g.columns] + [x + CARD_W + GAP_X / 2 for x in xs]
                + [SLOT_W - GAP_X / 2])
    g.left = min([0.0] + xs) - GAP_X / 2 - HEADER_W
    g.right = right
    return g


class LanesItem(QGraphicsItem):
    """The grid: column bands, phase headers, lane separators and row headers."""

    def __init__(self, theme):
        super().__init__()
        self.theme = theme
        self.geometry = Geometry(lanes={lane: (i * 60.0, 60.0) for i, lane in enumerate(LANES)})
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_geometry(self, geometry: Geometry) -> None:
        self.prepareGeometryChange()
        self.geometry = geometry
        self.update()

    def boundingRect(self) -> QRectF:
        return self.geometry.rect()

    def paint(self, painter, option, widget=None) -> None:
        t, g = self.theme, self.geometry
        body_top = g.top + PHASE_H
        painter.setPen(Qt.PenStyle.NoPen)
        for i, (_, name, left, width) in enumerate(g.columns):
            painter.setBrush(t.column[i % 2])
            painter.drawRect(QRectF(left, body_top, width, g.bottom - body_top))
            painter.setBrush(t.header)
            painter.drawRect(QRectF(left + 2, g.top + 4, width - 4, PHASE_H - 8))
        painter.setFont(t.font(theme_mod.HEADER_PT, bold=True))
        painter.setPen(t.header_text)
        for _, name, left, width in g.columns:
            painter.drawText(QRectF(left + 12, g.top + 4, width - 24, PHASE_H - 8),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), name)
        header_x = g.left
        painter.setPen(QPen(t.grid, 1))
        for top, height in g.lanes.values():
            painter.drawLine(int(header_x), int(top + height), int(g.right), int(top + height))
        paint_row_headers(painter, t, g, header_x)


def paint_row_headers(painter, t, g: Geometry, x: float) -> None:
    """The lane titles in a column starting at ``x`` (also pinned to the view's left edge)."""
    painter.setFont(t.font(theme_mod.TEXT_PT, bold=True))
    for lane, (top, height) in g.lanes.items():
        rect = QRectF(x, top, HEADER_W - 12, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(t.lane_header)
        painter.drawRect(rect.adjusted(0, 1, 0, -1))
        painter.setPen(t.header_text)
        painter.drawText(rect.adjusted(12, 0, -8, 0), int(Qt.AlignmentFlag.AlignVCenter
                         | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), g.title(lane))
