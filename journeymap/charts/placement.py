"""Where a point's label goes so that labels do not cover each other (plotly places none itself).

A greedy pass in pixel space: points in order of importance, each label tried above, below, right
and left of its point, keeping the place that overlaps least with the labels and points placed so far.
"""
from __future__ import annotations

from .theme import columns

PLACES = ("top center", "bottom center", "middle right", "middle left", "top right", "bottom left")
GAP = 14  # px between a marker's centre and its label


def _box(px: float, py: float, w: float, h: float, place: str) -> tuple[float, float, float, float]:
    vertical, horizontal = place.split()
    x0 = {"center": px - w / 2, "right": px + GAP, "left": px - GAP - w}[horizontal]
    y0 = {"top": py - GAP - h, "bottom": py + GAP, "middle": py - h / 2}[vertical]
    return x0, y0, x0 + w, y0 + h


def _overlap(a, b) -> float:
    dx = min(a[2], b[2]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0


def place_labels(xs, ys, labels, *, xrange, yrange, size=(1390, 560), font_px=20, order=None) -> list[str]:
    """A plotly ``textposition`` per point. ``labels`` may hold '<br>' line breaks."""
    (x0, x1), (y0, y1), (w, h) = xrange, yrange, size
    to_px = [((x - x0) / (x1 - x0) * w, (1 - (y - y0) / (y1 - y0)) * h) for x, y in zip(xs, ys)]
    taken = [(px - 10, py - 10, px + 10, py + 10) for px, py in to_px]   # the markers
    out = ["top center"] * len(xs)
    for k in order if order is not None else range(len(xs)):
        lines = str(labels[k]).split("<br>")
        bw = max(columns(s) for s in lines) * font_px * 0.5
        bh = len(lines) * font_px * 1.2
        best, cost = None, None
        for place in PLACES:
            box = _box(*to_px[k], bw, bh, place)
            c = sum(_overlap(box, t) for t in taken)
            c += 4 * (max(0, -box[0]) + max(0, box[2] - w)) * bh + 4 * (max(0, -box[1]) + max(0, box[3] - h)) * bw
            if cost is None or c < cost - 1e-6:
                best, cost = place, c
        out[k] = best
        taken.append(_box(*to_px[k], bw, bh, best))
    return out
