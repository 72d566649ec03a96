"""A stage card: name (wrapped), channel icon, owning department, a metric badge slot.

The card is the single source of its arrows' end points: whenever its position changes
(a drag, an undo, a model update) it re-routes the arrows attached to it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from journeymap.core.layout import CARD_H, CARD_W, GAP_Y

from .. import theme as theme_mod
from .text import TextBlock
from journeymap.ui.plain_text import tip

PAD = 10.0
TOP = 34.0          # the strip with the channel icon and the department
BOTTOM = 26.0       # the strip with the diff marker and the metric badge
MAX_H = CARD_H + GAP_Y - 6.0  # grow into the gap below, never into the next sub-row
ICON = 20.0


# Looked up once: an enum attribute lookup per itemChange call is measurable on a 500-card rebuild.
_MOVED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
_SELECTED = QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged
_HANDLED = (_MOVED, _SELECTED)
_CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
               | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)


def tr(text: str) -> str:
    return QCoreApplication.translate("StageCard", text)


class StageCard(QGraphicsItem):
    kind = "stages"

    def __init__(self, stage, theme):
        super().__init__()
        self.id = stage.id
        self.stage = stage
        self.theme = theme
        self.arrows: list = []
        self.height = CARD_H
        self.box = (0.0, 0.0, CARD_W, CARD_H)
        self.badge = ""
        self.heat: str | None = None      # on | near | off: the heatmap band
        self.diff_status: str | None = None
        self.diff_fields: list[str] = []
        self.setFlags(_CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.name_label = TextBlock(self, font=theme.font(theme_mod.NAME_PT, bold=True), color=theme.text,
                                    width=CARD_W - 2 * PAD, max_height=MAX_H - TOP - BOTTOM)
        self.name_label.setPos(PAD, TOP)
        small = theme.font(theme_mod.SMALL_PT)
        # One line of that face: a CJK fallback's line is taller than a Latin one (市场部 elided to "…").
        self.dept_label = TextBlock(self, font=small, color=theme.muted, width=CARD_W - 2 * PAD - ICON - 6,
                                    max_height=max(17.0, QFontMetricsF(small).height() * 1.35))
        self.dept_label.setPos(PAD + ICON + 6, 9)
        self._handle = None  # made on first hover or selection: most cards never need one
        self.set_stage(stage)

    # -- model -------------------------------------------------------------------------
    def set_stage(self, stage) -> None:
        self.stage = stage
        self.name_label.set_text(stage.name or tr("(unnamed)"))
        self.dept_label.set_text(stage.department)
        height = min(max(CARD_H, TOP + self.name_label.boundingRect().height() + BOTTOM), MAX_H)
        resized = height != self.height
        if resized:
            self.prepareGeometryChange()
            self.height = height
            if self._handle is not None:
                self._handle.place()
            self._update_box()
        self.setToolTip(tip(self._tooltip()))
        if (self.pos().x(), self.pos().y()) != (stage.x, stage.y):
            self.setPos(stage.x, stage.y)
        elif resized:  # a rename that keeps the card's size leaves its arrows where they are
            self.reroute()
        self.update()

    @property
    def handle(self):
        if self._handle is None:
            from ..tools import ConnectHandle  # the handle is a tool: it lives with the gestures
            self._handle = ConnectHandle(self)
        return self._handle

    def set_badge(self, text: str) -> None:
        self.badge = text
        self.update()

    def set_heat(self, band: str | None) -> None:
        if band != self.heat:
            self.heat = band
            self.update()

    def set_diff(self, status: str | None, fields=()) -> None:
        self.diff_status, self.diff_fields = status, list(fields)
        self.setToolTip(tip(self._tooltip()))
        self.update()

    def _tooltip(self) -> str:
        s = self.stage
        lines = [s.name]
        if s.channel:
            from journeymap.ui.inspector_fields import CHOICE_WORDS   # the channel's word, not its code
            word = QCoreApplication.translate("Inspector", str(CHOICE_WORDS.get(s.channel, s.channel)))
            lines.append(tr("Channel: %1").replace("%1", word))
        if s.department:
            lines.append(tr("Owner: %1").replace("%1", s.department))
        if self.diff_status:
            lines.append(_diff_text(self.diff_status)
                         + (": " + ", ".join(self.diff_fields) if self.diff_fields else ""))
        return "\n".join(lines)

    # -- geometry ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, CARD_W, self.height)

    def scene_rect(self) -> QRectF:
        return QRectF(self.pos().x(), self.pos().y(), CARD_W, self.height)

    def _update_box(self) -> None:
        x, y = self.pos().toTuple()
        self.box = (x, y, x + CARD_W, y + self.height)  # plain floats: fast overlap tests

    def itemChange(self, change, value):
        if change not in _HANDLED:   # most changes (flags, scene, z ...) need nothing here
            return value
        if change == _MOVED:
            self._update_box()
            scene = self.scene()
            if scene is not None and hasattr(scene, "index_card"):
                scene.index_card(self)
            self.reroute()
        elif change == _SELECTED:
            self.handle.setVisible(bool(value) or self.isUnderMouse())
        return value

    def reroute(self) -> None:
        deferred = getattr(self.scene(), "deferred_arrows", None)
        if deferred is not None:   # many cards move in one command: each arrow routed once, after all
            deferred.update(self.arrows)
            return
        for arrow in self.arrows:
            arrow.reroute()

    def hoverEnterEvent(self, event):
        self.handle.setVisible(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event):
        self.handle.setVisible(self.isSelected())
        super().hoverLeaveEvent(event)

    # -- drawing -------------------------------------------------------------------------
    def paint(self, painter, option, widget=None) -> None:
        t = self.theme
        rect = self.boundingRect().adjusted(1, 1, -1, -1)
        selected = self.isSelected()
        border = t.selection if selected else t.card_border
        if self.diff_status and not selected:
            border = t.diff_color(self.diff_status)
        painter.setPen(QPen(border, 3.0 if selected or self.diff_status else 1.2))
        painter.setBrush(QBrush(t.heat_fill(self.heat) if self.heat else t.card))
        if self.diff_status == "removed":
            painter.setPen(QPen(border, 2.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 8, 8)
        icon = theme_mod.channel_icon(self.stage.channel, t.muted.name())
        if icon is not None:
            icon.render(painter, QRectF(PAD, 8, ICON, ICON))
        self._paint_footer(painter, rect)

    def _paint_footer(self, painter, rect: QRectF) -> None:
        t = self.theme
        font = t.font(theme_mod.SMALL_PT, bold=True)
        painter.setFont(font)
        y = rect.bottom() - BOTTOM + 3
        if self.diff_status:
            color = t.diff_color(self.diff_status)
            pill = QRectF(PAD - 2, y, 92, 19)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(pill, 9, 9)
            painter.setPen(QColor("#FFFFFF") if self.diff_status != "changed" else QColor("#1B1B1B"))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), _diff_text(self.diff_status))
        if self.badge:
            pill = QRectF(rect.right() - PAD - 74, y, 76, 19)
            painter.setPen(QPen(t.muted, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(pill, 9, 9)
            painter.setPen(t.text)
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), self.badge)


def _diff_text(status: str) -> str:
    return {"added": tr("New"), "removed": tr("Removed"), "changed": tr("Changed")}[status]
