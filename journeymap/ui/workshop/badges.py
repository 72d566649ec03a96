"""The live tally on the stickies: a badge with the round's dots on each candidate sticky, and while
a round keeps its tally hidden, the sticky's own vote count leaves that round out too."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem

from journeymap.analysis.votes import tally
from journeymap.core.layout import CARD_W
from journeymap.core.voting import candidates_of

DOT = QColor("#D55E00")     # Okabe-Ito vermillion: the dots, as on paper
SIZE = 34.0


class RoundBadge(QGraphicsItem):
    """A round dot with the number of dots this sticky has in the round."""

    def __init__(self, dots: int, parent):
        super().__init__(parent)
        self.dots = dots
        self.setPos(CARD_W - SIZE * 0.6, -SIZE * 0.55)   # on the corner, clear of the title
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)   # a click goes to the sticky

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, SIZE, SIZE)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(DOT)
        painter.drawEllipse(self.boundingRect().adjusted(1, 1, -1, -1))
        font = QFont("DejaVu Sans")
        font.setPixelSize(17)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(self.boundingRect(), int(Qt.AlignmentFlag.AlignCenter), str(self.dots))


def hidden_round(rnd) -> int | None:
    """The round number whose dots a map must not show now."""
    return rnd.number if rnd is not None and rnd.status == "open" and rnd.hide_tally else None


def show_round(canvas, project, rnd) -> dict[str, int]:
    """Put ``rnd``'s tally on ``canvas``'s stickies (none while hidden); returns the tally shown."""
    scene = canvas.scene()
    hide = hidden_round(rnd)
    if scene.hidden_round != hide:
        scene.hidden_round = hide
        scene.rebuild()
    if rnd is None or hide is not None:
        draw_badges(canvas, {})
        return {}
    candidates = set(candidates_of(project, rnd))
    shown = {pid: dots for pid, dots in tally(project, rnd) if pid in candidates}
    draw_badges(canvas, shown)
    return shown


def draw_badges(canvas, dots: dict[str, int]) -> None:
    """A badge on each sticky with dots in ``dots`` (pain point id -> dots); no other badge."""
    scene = canvas.scene()
    for sticky in scene.stickies.values():
        for child in sticky.childItems():
            if isinstance(child, RoundBadge):
                scene.removeItem(child)
    for pid, n in dots.items():
        sticky = scene.stickies.get(pid)
        if sticky is not None and n:
            RoundBadge(n, sticky)
