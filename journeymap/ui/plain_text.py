"""User text shown by Qt as the text it is, never as HTML.

Qt guesses: a label, tooltip or message box whose text looks like HTML (Qt::mightBeRichText) is
rendered as HTML, so a journey named ``<img src=x width=30000 height=30000> J`` made the window
30,180 px tall and ``<b>`` in a stage name turned its tooltip bold. Labels showing names get
``Qt.TextFormat.PlainText``; tooltips, which have no such switch, get ``tip(text)``: the text
escaped inside a paragraph that keeps its line breaks, which Qt then shows character for character.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt

PLAIN = Qt.TextFormat.PlainText
_OPEN = "<p style='white-space:pre-wrap'>"


def tip(text: str | None) -> str:
    """A tooltip showing ``text`` literally ("" stays "": no tooltip)."""
    if not text:
        return ""
    return _OPEN + html.escape(text, quote=False) + "</p>"


def tip_text(tooltip: str) -> str:
    """What ``tip`` was given (for tests and accessibility): the literal text of a tooltip."""
    if tooltip.startswith(_OPEN) and tooltip.endswith("</p>"):
        return html.unescape(tooltip[len(_OPEN):-len("</p>")])
    return tooltip
