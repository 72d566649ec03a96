"""The journey map's picture cut into pieces, one a slide, each as large as the slide's content area.

A map of twenty stages is four times as wide as it is tall: fitted whole on a 16:9 slide, or in two
rows on one slide, its text came out at 2-3 pt. Cut into pieces about as wide as the content area
(proportionally), each shown at the content area's full height, its text is twice that size. Cuts fall
between phases where the picture shows them (the white gaps between the phase boxes of its header
band), else at the column with least ink near the even cut, so no stage card is cut through; every
piece after the first starts with the lane titles (the picture's left strip), so it still reads.
"""
from __future__ import annotations

import io
import math

INK = 240           # grey level below which a pixel is drawn on (the canvas's backgrounds are lighter)
SLACK = 1.15        # a picture up to this much wider than the area stays whole
HEADER_ZONE = 0.1   # of the picture's height: where the phase header band is looked for


def pieces(png: bytes, aspect: float) -> list[bytes]:
    """``png`` whole if about ``aspect`` (width / height) or narrower, else cut into pieces."""
    from PIL import Image
    image = Image.open(io.BytesIO(png)).convert("RGB")
    w, h = image.size
    if w / h <= aspect * SLACK:
        return [png]
    grey = image.convert("L")
    strip, gaps = _header(grey)
    room = max(h * aspect - strip, (w - strip) / 6)          # columns of map one piece can show
    k = max(2, math.ceil((w - strip) / room))
    cuts = [strip] + [_cut(grey, strip + j * (w - strip) / k, (w - strip) / k * 0.35, gaps) for j in range(1, k)] + [w]
    out = []
    for j, (a, b) in enumerate(zip(cuts, cuts[1:])):
        if j == 0:                    # the first piece has the lane titles already
            piece = image.crop((0, 0, b, h))
        else:
            piece = Image.new("RGB", (strip + b - a, h), "white")
            piece.paste(image.crop((0, 0, strip, h)), (0, 0))
            piece.paste(image.crop((a, 0, b, h)), (strip, 0))
        buf = io.BytesIO()
        piece.save(buf, "PNG")
        out.append(buf.getvalue())
    return out


def _header(grey) -> tuple[int, list[int]]:
    """The lane titles' strip width and the x of each gap between phase boxes, from the row of the
    header band (the row near the top drawn on most); (0, []) for a picture without one."""
    w, h = grey.size
    rows = [[grey.getpixel((x, y)) < INK for x in range(w)] for y in range(max(1, int(h * HEADER_ZONE)))]
    best = max(rows, key=sum)
    if sum(best) < w * 0.5:
        return 0, []
    first = best.index(True)
    strip = first if first < w * 0.25 else 0
    gaps, x = [], first
    while x < w:
        if not best[x]:
            end = x
            while end < w and not best[end]:
                end += 1
            if end < w:              # a gap between two boxes, not the margin after the last
                gaps.append((x + end) // 2)
            x = end
        x += 1
    return strip, gaps


def _cut(grey, ideal: float, reach: float, gaps: list[int]) -> int:
    """The phase gap nearest ``ideal`` within ``reach``; else the column with least ink there."""
    near = [g for g in gaps if abs(g - ideal) <= reach]
    if near:
        return min(near, key=lambda g: abs(g - ideal))
    w, h = grey.size
    xs = range(max(1, int(ideal - reach)), min(w - 1, int(ideal + reach)))
    return min(xs, key=lambda x: (sum(grey.getpixel((x, y)) < INK for y in range(0, h, 2)), abs(x - ideal)))
