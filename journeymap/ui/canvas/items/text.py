"""A light wrapped-text item (no QTextDocument): fast enough for hundreds of cards.

The item's bounding rect is exactly the text's: a test can check that no label spills
out of its card. Text that cannot fit ``max_height`` is elided and the full text becomes
the tooltip (the last resort; cards grow first).
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem
from journeymap.ui.plain_text import tip

WRAP = int(Qt.TextFlag.TextWordWrap)
ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)


def measure(text: str, font: QFont, width: float) -> tuple[float, int]:
    """(height, flags) of ``text`` wrapped to ``width``; breaks inside words only if it must."""
    return _measure(text, font.key(), width, font)


@lru_cache(maxsize=20000)
def _measure(text: str, key: str, width: float, font: QFont) -> tuple[float, int]:
    metrics = _metrics(key, font)
    for flags in (WRAP, ANYWHERE):
        rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags | int(Qt.AlignmentFlag.AlignLeft), text)
        if rect.width() <= width + 0.5:
            return rect.height(), flags
    return rect.height(), ANYWHERE


@lru_cache(maxsize=64)
def _metrics(key: str, font: QFont) -> QFontMetricsF:
    return QFontMetricsF(font)


def elide_to(text: str, font: QFont, width: float, max_height: float) -> str:
    """The longest prefix of ``text`` (plus an ellipsis) that fits in width x max_height."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + "\u2026", font, width)[0] <= max_height:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "\u2026"


_NO_BUTTON = Qt.MouseButton.NoButton  # looked up once: a thousand blocks per rebuild
GREEK_BELOW = 0.25  # below this scale a 13 pt name is under 4 px high: unreadable anyway


def _greek(color: QColor) -> QColor:
    faint = QColor(color)
    faint.setAlphaF(0.25)
    return faint


class TextBlock(QGraphicsItem):
    def __init__(self, parent=None, *, font: QFont, color: QColor, width: float,
                 max_height: float | None = None, align=Qt.AlignmentFlag.AlignLeft):
        super().__init__(parent)
        self._font, self._color, self._width = font, QColor(color), float(width)
        self._max_height, self._align = max_height, align
        self._text, self._shown, self._flags, self._height = "", "", WRAP, 0.0
        self.elided = False
        self.setAcceptedMouseButtons(_NO_BUTTON)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str, *, width: float | None = None, max_height: float | None = None,
                 color: QColor | None = None) -> None:
        if width is not None:
            self._width = float(width)
        if max_height is not None:
            self._max_height = max_height
        if color is not None:
            self._color = QColor(color)
        self.prepareGeometryChange()
        self._text = text or ""
        shown = self._text
        height, flags = measure(shown, self._font, self._width) if shown else (0.0, WRAP)
        limit = self._max_height
        self.elided = limit is not None and height > limit + 0.5
        if limit is not None and self.elided:
            shown = elide_to(self._text, self._font, self._width, limit)
            height, flags = measure(shown, self._font, self._width)
        self._shown, self._flags, self._height = shown, flags, height
        self.setToolTip(tip(self._text) if self.elided else "")
        self.update()

    def set_color(self, color: QColor) -> None:
        self._color = QColor(color)
        self.update()

    def natural_height(self, text: str | None = None) -> float:
        return measure(self._text if text is None else text, self._font, self._width)[0]

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def paint(self, painter, option, widget=None) -> None:
        if not self._shown:
            return
        if option.levelOfDetailFromTransform(painter.worldTransform()) < GREEK_BELOW:
            # Too small to read (a whole large journey fitted, the minimap): a bar where the
            # text is, as print layouts "greek" text. Shaping unreadable glyphs is most of the cost.
            rect = self.boundingRect()
            painter.fillRect(QRectF(rect.left(), rect.top() + 2, rect.width() * 0.8,
                                    max(2.0, rect.height() - 4)), _greek(self._color))
            return
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self.boundingRect(), self._flags | int(self._align), self._shown)
