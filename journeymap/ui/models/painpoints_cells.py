"""One pain point cell, apart from the table: the words it shows, the value an edit stores, its tint.

The translated words for stored statuses and sources (``word``: the table's cells and the view's
status editor and details say the same), which columns a user may edit and the value an edited cell
stores (``clean``, or ``INVALID``: the edit is refused), and the tint of a row where the data and the
room disagree under the palette in use. None of these reads the model's rows or ranking: they are
kept out of painpoints_model.py, which keeps to rows, sorting and re-ranking.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from journeymap.core.model import PAIN_STATUSES
from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name

DISCUSS = QColor("#FFF4D6")   # rows where data and the room disagree
DISCUSS_DARK = QColor("#4A3D14")   # the same amber under dark colours, where light text must read on it
EDITABLE = ("title", "severity", "status")
# Stored values (core.model PAIN_STATUSES, PAIN_SOURCES) and what a person reads for them.
WORDS = {w: QT_TRANSLATE_NOOP("PainPoints", w) for w in (
    "open", "candidate", "accepted", "dismissed", "merged", "resolved",
    "customer", "employee", "workshop", "data", "metric", "reason", "item", "feedback", "note")}


def word(value: str) -> str:
    """A stored status or source, translated."""
    return QCoreApplication.translate("PainPoints", WORDS.get(value, value)) if value else ""


INVALID = object()


def clean(column: str, value):
    """The edited cell as the model stores it, or INVALID."""
    if column == "title":
        text = str(value).strip()
        return text or INVALID
    if column == "severity":
        if value in (None, ""):
            return None
        try:
            number = int(value)
        except (TypeError, ValueError):
            return INVALID
        return number if 1 <= number <= 5 else INVALID
    if column == "status":
        return value if value in PAIN_STATUSES else INVALID
    return INVALID


def discuss_tint() -> QColor:
    """The disagreement tint for the palette in use (View > Dark colours swaps it at any time)."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return DISCUSS_DARK if dark else DISCUSS
