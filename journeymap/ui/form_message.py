"""Labels above a form that never move its fields: the fields stay where the user is about to click.

A refusal shown in a label that grows pushed the fields down, and back up when it cleared; the next
click landed on the field below the one meant (QA: the done date set instead of the due date).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy


class MessageLine(QLabel):
    """A message with its room kept: ``LINES`` lines high, shown or hidden (hidden, it still holds its
    place). A longer message is cut at the bottom; its whole text is in the tooltip."""

    LINES = 2

    def __init__(self, colour: str, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(f"color: {colour};")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._fix_height()
        self.hide()

    def keep_room(self, keep: bool) -> None:
        """Whether the hidden message holds its place (not where another message speaks instead)."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(keep)
        self.setSizePolicy(policy)

    def say(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.setToolTip("")
        self.hide()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.LINES + 2 * self.margin()
                            + margins.top() + margins.bottom())


class OneLineLabel(QLabel):
    """One line whatever its text: a long title is drawn elided (whole in ``text()`` and the tooltip)
    instead of wrapping onto a second line, which moved the fields below whenever the title was edited."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # Ignored: the text never asks the dock to widen; Fixed: one line high
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        elided = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.end()
