"""A pain point as a sticky note in the pain-point lane, under its stage: title, votes, severity."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from journeymap.core.layout import CARD_W

from .. import theme as theme_mod
from .text import TextBlock
from journeymap.ui.plain_text import tip

PAD = 8.0
STRIPE = 6.0
FOOT = 22.0
NOTE = QColor("#FFF4B8")


def tr(text: str) -> str:
    return QCoreApplication.translate("Sticky", text)


class Sticky(QGraphicsItem):
    kind = "pain_points"

    def __init__(self, pain_point, theme):
        super().__init__()
        self.id = pain_point.id
        self.pain_point = pain_point
        self.theme = theme
        self.votes = 0
        self.height = 60.0
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(8)
        self.title = TextBlock(self, font=theme.font(theme_mod.TEXT_PT), color=theme.sticky_text,
                               width=CARD_W - 2 * PAD - STRIPE, max_height=4 * 19)
        self.title.setPos(PAD + STRIPE, PAD)
        self.set_pain_point(pain_point, 0)

    def set_pain_point(self, pain_point, votes: int) -> None:
        self.pain_point, self.votes = pain_point, votes
        self.title.set_text(pain_point.title)
        self.prepareGeometryChange()
        self.height = PAD + self.title.boundingRect().height() + FOOT + 4
        sev = pain_point.severity
        self.setToolTip(tip("\n".join(x for x in (pain_point.title, pain_point.description,
                                                  tr("Severity %1").replace("%1", str(sev)) if sev else "")
                                  if x)))
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, CARD_W, self.height)

    def paint(self, painter, option, widget=None) -> None:
        t = self.theme
        rect = self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(t.selection, 3) if self.isSelected() else QPen(QColor("#C9B458"), 1))
        painter.setBrush(NOTE)
        painter.drawRect(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(t.severity_color(self.pain_point.severity))
        painter.drawRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()))
        foot = QRectF(PAD + STRIPE, rect.bottom() - FOOT, rect.width() - 2 * PAD - STRIPE, FOOT - 4)
        painter.setFont(t.font(theme_mod.SMALL_PT, bold=True))
        painter.setPen(t.sticky_text)
        votes = tr("1 vote") if self.votes == 1 else tr("%1 votes").replace("%1", str(self.votes))
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         "\u25CF " + votes)
        if self.pain_point.severity:
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             tr("S%1").replace("%1", str(self.pain_point.severity)))
