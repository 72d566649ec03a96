"""How wide and tall text comes out on a slide, to size table columns and rows before a client draws them.

A PowerPoint table row grows to fit its text, so a table sized by guesswork runs off the slide. The
widths below are DejaVu Sans's (regular and bold) advance widths for printable ASCII in hundredths of
an em: LibreOffice draws the template's Calibri in DejaVu Sans where Calibri is missing, and DejaVu is
the wider of the two, so what fits here fits in PowerPoint too. No font file is needed at export time.
A CJK character is one em wide (Noto Sans CJK, Microsoft JhengHei/YaHei); other characters count as
the widest Latin letters do. Lines with CJK text are taller (Noto Sans CJK's ascent + descent: 1.45 em).
"""
from __future__ import annotations

import re
import unicodedata

_REGULAR = (
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34,
    34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73,
    68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63,
    63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84)
_BOLD = (
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40,
    40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81,
    77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72,
    72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84)
SAFETY = 1.04       # rounding of the table, kerning and hinting at small sizes
LATIN_LINE, CJK_LINE = 1.2, 1.5    # line height in ems
_WIDE = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_TOKEN = re.compile(rf"\s+|[{_WIDE}]|[^\s{_WIDE}]+")
_NO_START = set("，。、；：！？）」』】》〉”’,.;:!?)%…")


def wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WF"


def width(text: str, pt: float, *, bold: bool = False) -> float:
    """``text`` on one line at ``pt`` points, in points."""
    table = _BOLD if bold else _REGULAR
    ems = 0.0
    for c in str(text):
        n = ord(c)
        ems += table[n - 32] / 100 if 32 <= n < 127 else 1.0 if wide(c) else max(table) / 100 * 0.8
    return ems * pt * SAFETY


def words(text: str) -> list[str]:
    """Where a client may break a line: at spaces, and between CJK characters."""
    return [t for t in _TOKEN.findall(str(text)) if not t.isspace()]


def longest_word(text: str, pt: float, *, bold: bool = False) -> float:
    return max((width(w, pt, bold=bold) for w in words(text)), default=0.0)


def wrap(text: str, room: float, pt: float, *, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``room`` points, at word boundaries only (a word wider
    than ``room`` stays whole on its own line: callers make room for the longest word)."""
    lines, line = [], ""
    for token in _TOKEN.findall(str(text)):
        if token.isspace():
            line += " " if line else ""
            continue
        joined = line + token
        if line.strip() and width(joined.rstrip(), pt, bold=bold) > room and token[0] not in _NO_START:
            lines.append(line.rstrip())
            line = token
        else:
            line = joined
    lines.append(line.rstrip())
    return lines


def line_height(text: str, pt: float) -> float:
    """One line's height in points: taller when it holds CJK characters (their font's metrics)."""
    return pt * (CJK_LINE if any(wide(c) for c in str(text)) else LATIN_LINE)


def height(lines: list[str], pt: float) -> float:
    return sum(line_height(s, pt) for s in lines)
