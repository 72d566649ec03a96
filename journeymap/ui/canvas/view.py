"""The journey canvas: a QGraphicsView over a JourneyScene, with the workshop's gestures.

Gestures become core commands (canvas/actions.py); the view never patches items itself:
the scene follows the session's change notifications.
"""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from journeymap.core.layout import CARD_H, CARD_W

from . import actions, export, pinned
from .items import lanes as lanes_mod
from .items.stage_card import StageCard
from .legend import HeatLegend, PaneTitle
from .scene import LANE_TEXT_W, JourneyScene
from .tools import ConnectHandle, ConnectLine, InPlaceEditor, LaneEditor

if TYPE_CHECKING:
    from journeymap.ui.session import Session

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
FIT_MAX = 1.0


class CanvasView(QGraphicsView):
    selection_did_change = Signal(list)   # [(kind, id), ...]
    pain_point_added = Signal(str)        # a new pain point (selected): its title is next
    name_requested = Signal(tuple)        # (kind, id): a phase or lane header double-clicked
    items_did_change = Signal()           # the scene has followed a change of the project (items re-made)

    def __init__(self, session: Session, *, journey_id: str | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self._fixed = journey_id
        self._connect: tuple[StageCard, ConnectLine] | None = None
        self._pan: QPointF | None = None
        self._space = False
        self._press: dict[str, QPointF] = {}
        self._drag_id = ""
        self.editor: InPlaceEditor | LaneEditor | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # pinned to the top left: a map smaller than the view no longer jumps as a lane grows
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._scene = JourneyScene(session, journey_id or session.journey_id, self)
        self.setScene(self._scene)
        self.scene().selectionChanged.connect(self._selection_changed)
        self._legend = HeatLegend(self)
        self._title = PaneTitle(self)
        self.scene().marks.refreshed.append(self._update_legend)
        session.project_did_change.connect(self._project_did_change)
        session.project_did_reset.connect(self._project_did_reset)
        session.filter_did_change.connect(self._filter_did_change)
        if journey_id is None:
            session.journey_did_change.connect(self._journey_did_change)

    # -- following the session --------------------------------------------------------------
    def _project_did_change(self, changes) -> None:
        self.scene().apply_all(changes)
        self.items_did_change.emit()   # what decorates the items (the workshop's badges) after they exist

    def _filter_did_change(self) -> None:
        self.set_filter(period=self.session.period, segment=self.session.segment)

    def _project_did_reset(self) -> None:
        scene = self.scene()
        if self._fixed is None or self.session.project.find("journeys", self._fixed) is None:
            scene.journey_id = self.session.journey_id if self._fixed is None else None
        scene.rebuild()

    def _journey_did_change(self, journey_id: str) -> None:
        self.scene().journey_id = journey_id
        self.scene().rebuild()
        self.fit_all()

    def _selection_changed(self) -> None:
        self.selection_did_change.emit(self.selection())

    # -- public interface -----------------------------------------------------------------
    def scene(self) -> JourneyScene:
        """Qt's scene(), typed: the one journey scene this view made."""
        return self._scene

    def journey_id(self) -> str | None:
        return self.scene().journey_id

    def selection(self) -> list[tuple[str, str]]:
        return [(item.kind, item.id) for item in self.scene().selectedItems()
                if hasattr(item, "id") and hasattr(item, "kind")]

    def selected_stages(self) -> list[str]:
        return [i for kind, i in self.selection() if kind == "stages"]

    def fit_all(self) -> None:
        """The whole journey in sight, never enlarged past 100% (a new map is one column)."""
        rect = self.scene().map_rect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom_level() > FIT_MAX:
            self.zoom_by(FIT_MAX / self.zoom_level())
            self.centerOn(rect.center())

    def zoom_level(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        level = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom_level() * factor))
        factor = level / self.zoom_level()
        self.scale(factor, factor)

    def add_stage(self, *, at=None, name_it: bool = False) -> str | None:
        """A new stage, selected; ``name_it`` opens its name for typing at once (the menu's Add
        stage: a facilitator types the name next, and keys must not fall to the map's shortcuts)."""
        sid = actions.add_stage(self, at)
        if sid:
            self.select("stages", sid)
            if name_it:
                self.scene().flush()
                self.setFocus()
                self._start_rename(self.scene().cards[sid])
        return sid

    def delete_selection(self) -> None:
        actions.delete(self, self.selection())

    def copy_selection(self) -> dict | None:
        return actions.copy(self, self.selected_stages())

    def paste(self) -> None:
        ids = actions.paste(self)
        if ids:
            self.scene().clearSelection()
            for sid in ids:
                self.scene().cards[sid].setSelected(True)

    def select_all(self) -> None:
        for card in self.scene().cards.values():
            card.setSelected(True)

    def auto_layout(self) -> None:
        actions.auto_layout(self)

    def align(self, mode: str) -> None:
        actions.align(self, mode, self.selected_stages())

    def add_pain_point_to_selection(self) -> str | None:
        """A pain point on the selected stage, selected so its title can be typed at once."""
        stages = self.selected_stages()
        if not stages:
            return None
        pid = actions.add_pain_point(self, stages[0])
        self.scene().flush()
        self.select("pain_points", pid)
        self.pain_point_added.emit(pid)
        return pid

    def rename_selection(self) -> None:
        stages = self.selected_stages()
        card = self.scene().cards.get(stages[0]) if stages else None
        if card is not None:
            self._start_rename(card)

    def select(self, kind: str, id: str) -> None:
        scene = self.scene()
        items: dict[str, Mapping[str, QGraphicsItem]] = {"stages": scene.cards, "transitions": scene.arrows,
                                                         "pain_points": scene.stickies}
        item = items.get(kind, {}).get(id)
        scene.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.reveal(item)

    def reveal(self, item: QGraphicsItem) -> None:
        """Scroll ``item`` into sight, clear of the lane titles pinned over the map's left edge."""
        self.ensureVisible(item, 40, 40)
        pinned.clear_of_titles(self, item)

    def set_diff_against(self, journey_id: str | None) -> None:
        self.scene().marks.diff_against = journey_id
        self.scene().marks.refresh()

    def set_badge_metric(self, metric_id: str | None) -> None:
        self.scene().marks.badge_metric = metric_id
        self.scene().marks.refresh()

    def set_heatmap(self, metric_id: str | None) -> None:
        """Tint each card by the metric against its target (or the stages' spread), with a legend."""
        marks = self.scene().marks
        marks.heatmap_metric = metric_id
        marks.refresh()

    def set_filter(self, *, period: str | None = None, segment: str = "") -> None:
        """The period and segment the badges and the heatmap show (None = each stage's latest)."""
        marks = self.scene().marks
        marks.period, marks.segment = period, segment or ""
        marks.refresh()

    def _update_legend(self) -> None:
        marks = self.scene().marks
        self._legend.show_for(marks.heatmap_info if marks.heatmap_metric else None, marks.heat)

    def set_title(self, text: str | None) -> None:
        """A caption pinned to the top-left corner (which journey this is, when two are shown)."""
        self._title.show_text(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._legend.place()
        self._title.place()

    def export_map(self, path: str, *, scale: float = 2.0) -> None:
        export.export_map(self.scene(), path, scale=scale)

    def render_to_image(self, width: int, height: int) -> QImage:
        return export.render_image(self.scene(), width, height)

    def drawForeground(self, painter, rect) -> None:
        """Keep the lane titles in sight when the map is scrolled to the right."""
        pinned.paint(self, painter)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        pinned.repaint_after_scroll(self, dx)   # the pinned titles follow every sideways scroll

    # -- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:

        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, ConnectHandle) and event.button() == Qt.MouseButton.LeftButton:
            line = ConnectLine(item.scenePos(), self.scene().theme)
            self.scene().addItem(line)
            self._connect = (item.card, line)
            return
        super().mousePressEvent(event)
        self._press = {sid: QPointF(c.pos()) for sid, c in self.scene().cards.items() if c.isSelected()}
        self._drag_id = uuid.uuid4().hex   # one per drag: every commit of this drag merges into one step

    def mouseMoveEvent(self, event) -> None:
        if self._pan is not None:
            delta = event.position() - self._pan
            self._pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        if self._connect is not None:
            self._connect[1].stretch_to(self.mapToScene(event.position().toPoint()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan is not None:
            self._pan = None
            self.viewport().unsetCursor()
            return
        if self._connect is not None:
            source, line = self._connect
            self._connect = None
            self.scene().removeItem(line)
            target = self._card_at(event.position().toPoint())
            journey = self.journey_id()
            if target is not None and journey is not None:
                from journeymap.core import commands
                self.session.push(commands.connect(journey, source.id, target.id))
            return
        super().mouseReleaseEvent(event)
        self._commit_drag()

    def _commit_drag(self) -> None:
        cards = self.scene().cards
        moved = {sid: (cards[sid].pos().x(), cards[sid].pos().y()) for sid, start in self._press.items()
                 if sid in cards and cards[sid].pos() != start}
        self._press = {}
        if moved and not actions.move(self, moved, drag_id=self._drag_id):
            for sid in moved:  # dropped where it was: snap back to the model
                stage = self.session.project.get("stages", sid)
                cards[sid].setPos(stage.x, stage.y)

    def _card_at(self, point) -> StageCard | None:
        for item in self.items(point):
            while item is not None and not isinstance(item, StageCard):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def mouseDoubleClickEvent(self, event) -> None:
        card = self._card_at(event.position().toPoint())
        pos = self.mapToScene(event.position().toPoint())
        lane = self.scene().lanes.geometry.lane_at(pos.y())
        header = self._header_at(pos)
        if card is not None:
            self._start_rename(card)
        elif header is not None:   # a phase's header or a team lane's title: pick it, name it
            self.scene().clearSelection()
            self.selection_did_change.emit([header])
            self.name_requested.emit(header)
        elif lane is not None and (lane in lanes_mod.TEXT_LANES or lane.startswith("lane:")):
            self.edit_lane_text(pos, lane)   # a lane's cell: that stage's text, edited where it is
        elif self.itemAt(event.position().toPoint()) in (None, self.scene().lanes, self.scene().curve):
            self.add_stage(at=(pos.x() - CARD_W / 2, pos.y() - CARD_H / 2))   # empty canvas: a new stage here
        else:
            super().mouseDoubleClickEvent(event)

    def _header_at(self, pos: QPointF) -> tuple[str, str] | None:
        """("phases", id) on a phase header, ("lanes", id) on a team lane's row title, else None."""
        g = self.scene().lanes.geometry
        if g.top <= pos.y() < g.top + lanes_mod.PHASE_H:
            for phase_id, _name, left, width in g.columns:
                if left <= pos.x() < left + width:
                    return ("phases", phase_id)
        lane = g.lane_at(pos.y())
        if lane and lane.startswith("lane:") and g.left <= pos.x() < g.left + lanes_mod.HEADER_W:
            return ("lanes", lane[5:])
        return None

    def edit_lane_text(self, pos: QPointF, lane: str) -> bool:
        """Open the in-place editor for the text in ``lane`` of the stage whose column holds ``pos``."""
        scene = self.scene()
        card = scene.card_in_column(pos.x())
        if card is None:
            return False
        if self.editor is not None:
            self.editor.finish(None)
        top = scene.lanes.geometry.lanes[lane][0] + lanes_mod.LANE_PAD
        block = scene.texts.get((card.id, lane))
        rect = QRectF(card.pos().x(), top, LANE_TEXT_W, max(40.0, block.boundingRect().height() if block else 0))
        sid = card.id

        def done(text):
            self.editor = None
            if text is not None:
                actions.set_lane_text(self, sid, lane, text)
            self.setFocus()
        self.editor = LaneEditor(scene, rect, scene.lane_text(card.stage, lane), scene.theme, done, hidden=block)
        return True

    def _start_rename(self, card: StageCard) -> None:
        if self.editor is not None:
            self.editor.finish(None)
        self.scene().clearSelection()
        card.setSelected(True)
        sid = card.id

        def done(text):
            self.editor = None
            actions.rename(self, sid, text)
            self.setFocus()
        self.editor = InPlaceEditor(card, done)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.15 ** steps)

    # -- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if self.editor is not None:
            super().keyPressEvent(event)
            return
        from .keys import handle_key
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().keyReleaseEvent(event)


__all__ = ["CanvasView"]
