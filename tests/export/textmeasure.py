"""Text measured as LibreOffice draws the deck here: DejaVu Sans for Latin text, Noto Sans CJK for Chinese
(PIL and the real font files, not the exporter's own width table)."""
import re
import unicodedata
from functools import lru_cache

from PIL import ImageFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf"
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"


@lru_cache(maxsize=None)
def _font(cjk: bool, bold: bool):
    path = NOTO.format("Bold" if bold else "Regular") if cjk else DEJAVU.format("-Bold" if bold else "")
    return ImageFont.truetype(path, 1000)


def _wide(c):
    return unicodedata.east_asian_width(c) in "WF"


def _pt_width(text, pt, bold):
    """Width in points, each run in the font a client uses for it."""
    runs = re.findall(r"[\u2e80-\u9fff\uff00-\uffef]+|[^\u2e80-\u9fff\uff00-\uffef]+", text)
    return sum(_font(_wide(r[0]), bold).getlength(r) for r in runs) / 1000 * pt


def _line_pt(text, pt):
    ascent, descent = _font(any(_wide(c) for c in text), False).getmetrics()
    return (ascent + descent) / 1000 * pt


def _words(text):
    return re.findall(r"[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+", text)


def _lines(text, room, pt, bold):
    lines, line = [], ""
    for word in _words(text):
        joined = (line + ("" if _wide(word[0]) or not line else " ") + word) if line else word
        if line and _pt_width(joined, pt, bold) > room:
            lines.append(line)
            line = word
        else:
            line = joined
    return lines + [line]
