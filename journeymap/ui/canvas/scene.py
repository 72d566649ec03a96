"""The scene of one journey: an item per stage, transition and pain point, kept in step
with the project through its change notifications (incrementally; a reset rebuilds).

Cards and arrows follow a change at once; the lanes, stickies, lane texts and the
emotion curve are re-placed once per burst of changes (``relayout`` is deferred to the
event loop, and ``flush`` forces it); where they go is lane_placement.py's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtWidgets import QGraphicsScene

from journeymap.core import layout

from . import theme as theme_mod
from .items import lanes as lanes_mod
from .items.arrow import Arrow, place_labels
from .items.emotion_curve import EmotionCurve
from .items.stage_card import StageCard
from .items.sticky import Sticky
from .items.text import TextBlock
from .lane_placement import place_lanes
from .marks import Marks

if TYPE_CHECKING:
    from journeymap.ui.session import Session

REDRAWN = {"", "journeys", "phases", "stages", "transitions", "pain_points", "votes", "segments", "lanes"}
LANE_TEXT_W = layout.SLOT_W - 14   # a lane text may use its slot's gap too: fewer lines, lower lanes
STAGE_FIELDS_FOR_LANES = {"x", "y", "name", "phase", "emotion", "emotions", "lanes", *lanes_mod.TEXT_LANES}


class JourneyScene(QGraphicsScene):
    def __init__(self, session: Session, journey_id: str | None, parent=None):
        super().__init__(parent)
        self.session = session
        self.journey_id = journey_id
        self.theme = theme_mod.current()
        self.cards: dict[str, StageCard] = {}
        self.arrows: dict[str, Arrow] = {}
        self.stickies: dict[str, Sticky] = {}
        self.texts: dict[tuple[str, str], TextBlock] = {}
        self.slots: dict[int, set] = {}       # slot -> cards whose left edge is in it
        self._slot_of: dict[str, int] = {}
        self.lanes: lanes_mod.LanesItem      # made by rebuild() below, as on every rebuild
        self.curve: EmotionCurve
        self.marks = Marks(self)
        self.hidden_round: int | None = None   # a workshop round whose dots stay hidden until it closes
        self.light_only = False                # a projector: the light theme whatever the app's palette
        self._pending = False
        self._labels_pending = False
        self.deferred_arrows: set | None = None
        self.setBackgroundBrush(self.theme.background)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.rebuild()

    @property
    def project(self):
        return self.session.project

    # -- building ------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Everything afresh: a new project, another journey, a wholesale reset."""
        self.clear()
        self.cards, self.arrows, self.stickies, self.texts = {}, {}, {}, {}
        self.slots, self._slot_of = {}, {}
        self.theme = theme_mod.make(False) if self.light_only else theme_mod.current()
        self.setBackgroundBrush(self.theme.background)
        self.lanes = lanes_mod.LanesItem(self.theme)
        self.curve = EmotionCurve(self.theme)
        self.addItem(self.lanes)
        self.addItem(self.curve)
        if self.journey_id is None or self.project.find("journeys", self.journey_id) is None:
            self.relayout()
            return
        for stage in self.project.stages_of(self.journey_id):
            self._add_stage(stage)
        for t in self.project.where("transitions", journey=self.journey_id):
            self._add_transition(t)
        votes = self._votes()
        for p in self.project.where("pain_points", journey=self.journey_id):
            self._add_pain_point(p, votes.get(p.id, 0))
        if self.marks.active():
            self.marks.refresh()
        self.relayout()

    def _add_stage(self, stage) -> None:
        card = StageCard(stage, self.theme)
        self.cards[stage.id] = card
        self.addItem(card)
        self.index_card(card)
        self._set_texts(stage)

    def _lane_texts(self, stage) -> dict[str, str]:
        """The stage's text per lane: the built-in text lanes, then its journey's own lanes."""
        texts = {lane: getattr(stage, lane) for lane in lanes_mod.TEXT_LANES}
        for lane_id, text in (stage.lanes or {}).items():
            if self.project.find("lanes", lane_id) is not None:
                texts[lanes_mod.custom_key(lane_id)] = text
        return texts

    def lane_text(self, stage, lane: str) -> str:
        return self._lane_texts(stage).get(lane, "")

    def card_in_column(self, x: float):
        """The card whose slot holds ``x`` (the top one when a slot stacks several)."""
        slot = int((x + layout.GAP_X / 2) // layout.SLOT_W)   # a slot spans its card and half of each gap
        cards = [c for c in self.cards.values() if layout.slot_of(c.pos().x()) == slot]
        return min(cards, key=lambda c: c.pos().y(), default=None)

    def _set_texts(self, stage) -> None:
        texts = self._lane_texts(stage)
        gone = [lane for sid, lane in self.texts if sid == stage.id and lane not in texts]
        for lane in list(texts) + gone:
            key, text = (stage.id, lane), texts.get(lane, "")
            item = self.texts.get(key)
            if text and item is None:
                item = TextBlock(font=self.theme.font(theme_mod.TEXT_PT), color=self.theme.text,
                                 width=LANE_TEXT_W, max_height=8 * 20)
                item.setZValue(3)
                item.setData(0, stage.id)
                self.texts[key] = item
                self.addItem(item)
            if item is not None and text:
                item.set_text(text)
            elif item is not None:
                self.removeItem(self.texts.pop(key))

    def _add_transition(self, t) -> None:
        source, target = self.cards.get(t.source), self.cards.get(t.target)
        if source is None or target is None:
            return
        arrow = Arrow(t, source, target, self.theme)
        arrow.back = t.kind == "loop"
        self.arrows[t.id] = arrow
        self.addItem(arrow)
        arrow.reroute()  # now that it is in the scene, it can route around cards

    def _add_pain_point(self, p, votes: int) -> None:
        if not self._shown(p):
            return
        sticky = Sticky(p, self.theme)
        sticky.set_pain_point(p, votes)
        self.stickies[p.id] = sticky
        self.addItem(sticky)

    def _votes(self, pain_point: str | None = None) -> dict[str, int]:
        votes: dict[str, int] = {}
        rows = self.project.all("votes") if pain_point is None else self.project.where("votes", pain_point=pain_point)
        for v in rows:
            if v.round == self.hidden_round:
                continue
            votes[v.pain_point] = votes.get(v.pain_point, 0) + v.dots
        return votes

    def index_card(self, card) -> None:
        """Keep the slot index (used to route arrows around cards) in step with the card."""
        slot = int(card.pos().x() // layout.SLOT_W)
        old = self._slot_of.get(card.id)
        if old != slot:
            if old is not None:
                self.slots.get(old, set()).discard(card)
            self.slots.setdefault(slot, set()).add(card)
            self._slot_of[card.id] = slot

    def cards_between(self, left: float, right: float) -> list:
        first, last = int(left // layout.SLOT_W) - 1, int(right // layout.SLOT_W)
        return [c for slot in range(first, last + 1) for c in self.slots.get(slot, ())]

    # -- following the project -------------------------------------------------------------
    def apply_all(self, changes) -> None:
        """One command's changes (core.events.Changes): one rebuild at most, else patches."""
        if any(self._rebuilds(c) for c in changes):
            self.rebuild()
            return
        self.deferred_arrows = set()   # StageCard.reroute collects here while the cards move
        try:
            for change in changes:
                if change.kind != "votes":  # votes are recounted once below, not once per dot
                    self.apply(change)
        finally:
            arrows, self.deferred_arrows = self.deferred_arrows, None
        for arrow in arrows:
            if arrow.scene() is self:
                arrow.reroute()
        self._recount_votes(changes)

    def _recount_votes(self, changes) -> None:
        """The stickies whose dots changed, recounted in one pass over the votes (a batch of 300
        dots from phones recounted per dot took half a second)."""
        touched = {getattr(v, "pain_point", "") for c in changes if c.kind == "votes" for v in (c.old, c.new)}
        touched &= set(self.stickies)
        if not touched:
            return
        counts = self._votes()
        resized = False
        for pid in touched:
            sticky = self.stickies[pid]
            height = sticky.height
            sticky.set_pain_point(sticky.pain_point, counts.get(pid, 0))
            resized |= sticky.height != height
        if resized:  # new dots redraw their sticky; the lanes move only if a sticky grew
            self.schedule_relayout()

    def _rebuilds(self, change) -> bool:
        return (change.action == "reset" and change.kind in REDRAWN) or (
            change.kind == "journeys" and change.id == self.journey_id and change.action == "removed")

    def apply(self, change) -> None:
        """One core Change: patch the items it touches."""
        kind, action = change.kind, change.action
        if (action == "reset" and kind in REDRAWN) or (
                kind == "journeys" and change.id == self.journey_id and action == "removed"):
            self.rebuild()
            return
        handler = getattr(self, f"_on_{kind}", None)
        if handler is not None:
            handler(action, change)

    def _mine(self, entity) -> bool:
        return entity is not None and getattr(entity, "journey", None) == self.journey_id

    def _on_stages(self, action, change) -> None:
        entity = change.new if action != "removed" else change.old
        card = self.cards.get(change.id)
        if action == "removed" or (card is not None and not self._mine(entity)):
            if card is not None:
                for arrow in list(card.arrows):
                    self._remove_arrow(arrow.id)
                for key in [k for k in self.texts if k[0] == change.id]:
                    self.removeItem(self.texts.pop(key))
                slot = self._slot_of.pop(change.id, None)
                if slot is not None:
                    self.slots.get(slot, set()).discard(card)
                self.removeItem(self.cards.pop(change.id))
        elif card is None and self._mine(entity):
            self._add_stage(entity)
        elif card is not None:
            card.set_stage(entity)
            self._set_texts(entity)
        self.marks.schedule()
        if action != "updated" or STAGE_FIELDS_FOR_LANES & set(change.fields):
            self.schedule_relayout()

    def _on_transitions(self, action, change) -> None:
        arrow = self.arrows.get(change.id)
        if (action == "updated" and arrow is not None and self._mine(change.new)
                and (change.new.source, change.new.target) == (arrow.source.id, arrow.target.id)):
            # patched in place: the arrow keeps its selection while the inspector edits it
            arrow.back = change.new.kind == "loop"
            arrow.set_transition(change.new)
            return
        if action in ("removed", "updated"):
            self._remove_arrow(change.id)
        if action in ("added", "updated") and self._mine(change.new):
            self._add_transition(change.new)

    def _remove_arrow(self, tid: str) -> None:
        arrow = self.arrows.pop(tid, None)
        if arrow is not None:
            arrow.detach()
            self.removeItem(arrow)

    def _on_pain_points(self, action, change) -> None:
        sticky = self.stickies.get(change.id)
        if action == "updated" and sticky is not None and self._shown(change.new) \
                and change.new.stage == sticky.pain_point.stage:
            # patched in place: a sticky being edited in the inspector stays selected
            sticky.set_pain_point(change.new, sticky.votes)
        else:
            if sticky is not None:
                self.removeItem(self.stickies.pop(change.id))
            if action != "removed" and self._mine(change.new):
                self._add_pain_point(change.new, self._votes(change.id).get(change.id, 0))
        self.schedule_relayout()

    def _shown(self, p) -> bool:
        """Does pain point ``p`` get a sticky on this map?"""
        return self._mine(p) and p.stage in self.cards and p.status not in ("merged", "dismissed")

    def _on_votes(self, action, change) -> None:
        for vote in (change.old, change.new):
            sticky = self.stickies.get(getattr(vote, "pain_point", ""))
            if sticky is not None:
                sticky.set_pain_point(sticky.pain_point, self._votes(sticky.id).get(sticky.id, 0))
        self.schedule_relayout()

    def _on_phases(self, action, change) -> None:
        self.schedule_relayout()

    def _on_lanes(self, action, change) -> None:
        """A team's lane added, renamed, moved or removed: its row and its texts follow."""
        if action != "updated":
            for card in self.cards.values():
                self._set_texts(card.stage)
        self.schedule_relayout()

    def _on_segments(self, action, change) -> None:
        self.schedule_relayout()

    def _on_journeys(self, action, change) -> None:
        self.marks.schedule()

    def _on_metric_values(self, action, change) -> None:
        self.marks.schedule()

    def _on_metrics(self, action, change) -> None:
        self.marks.schedule()  # a new target re-bands the heatmap

    # -- placing the lanes -------------------------------------------------------------------
    def schedule_labels(self) -> None:
        """Arrows re-routed: place their share labels again, once, after the burst."""
        if not self._labels_pending:
            self._labels_pending = True
            QTimer.singleShot(0, self, self.place_labels)

    def place_labels(self) -> None:
        self._labels_pending = False
        place_labels(list(self.arrows.values()), self.cards_between)

    def schedule_relayout(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.flush)

    def flush(self) -> None:
        """Apply any deferred re-placement now (before measuring or rendering)."""
        self.marks.flush()
        if self._pending:
            self.relayout()
        if self._labels_pending:
            self.place_labels()

    def relayout(self) -> None:
        self._pending = False
        place_lanes(self)

    # -- queries --------------------------------------------------------------------------------
    def map_rect(self) -> QRectF:
        self.flush()
        return self.lanes.geometry.rect()
