"""Where a point's label goes so that labels do not cover each other (plotly places none itself).

A greedy pass in pixel space: points in order of importance, each label tried above, below, right
and left of its point, keeping the place that overlaps least with the labels and points placed so far.
With ``drop``, a label that overlaps wherever it goes is left off (None): on a crowded slide, the
less important of two labels goes rather than both becoming unreadable; the points keep their
names on hover, in the table slides and in the notes. With ``drop`` a label also never leaves the plot
(it crossed the y axis) and never lies on another point's bubble: those places were only costly, so
the cheapest of four bad places was taken. ``obstacles``: boxes already drawn on the plot (a corner's
"Quick wins"), which a label avoids as it avoids a bubble.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from .theme import columns

Box = tuple[float, float, float, float]   # left, top, right, bottom in px

PLACES = ("top center", "bottom center", "middle right", "middle left", "top right", "bottom left")
SIDES = PLACES[:4]   # above, below, right, left: all a chart data label can be
GAP = 14  # px between a marker's centre and its label
MARKER = 10  # px: a marker's radius when none is given


def _box(px: float, py: float, w: float, h: float, place: str, gap: float = GAP) -> tuple[float, float, float, float]:
    vertical, horizontal = place.split()
    x0 = {"center": px - w / 2, "right": px + gap, "left": px - gap - w}[horizontal]
    y0 = {"top": py - gap - h, "bottom": py + gap, "middle": py - h / 2}[vertical]
    return x0, y0, x0 + w, y0 + h


def _overlap(a: Box, b: Box) -> float:
    dx = min(a[2], b[2]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0


def place_labels(xs: Sequence[float], ys: Sequence[float], labels: Sequence[str], *,
                 xrange: tuple[float, float], yrange: tuple[float, float], size: tuple[float, float] = (1390, 560),
                 font_px: float = 20, order: Sequence[int] | None = None, radii: Sequence[float] | None = None,
                 drop: bool = False, places: Sequence[str] = PLACES,
                 obstacles: Sequence[Box] | Callable[[tuple[float, float]], Sequence[Box]] = (),
                 also: Sequence[tuple[float, float]] = ()) -> list[str | None]:
    """A plotly ``textposition`` per point (None: leave its label off; only with ``drop``).
    ``labels`` may hold '<br>' line breaks; ``radii``: each marker's radius in px (bubbles);
    ``places``: the positions the renderer has (a PowerPoint data label: SIDES); ``also``: more plot
    sizes the same places must suit (a chart in a resizable panel: its labels and bubbles keep their px
    size while the points part, so a place clear at one size can land on a bubble at another);
    ``obstacles``: px boxes, or a function giving them for a plot size."""
    radii = list(radii) if radii is not None else [MARKER] * len(xs)
    scenes = [_scene(xs, ys, radii, xrange, yrange, wh, obstacles) for wh in (size, *also)]
    out: list[str | None] = ["top center"] * len(xs)
    for k in order if order is not None else range(len(xs)):
        if not str(labels[k]):
            continue
        lines = str(labels[k]).split("<br>")
        bw = max(columns(s) for s in lines) * font_px * 0.5
        bh = len(lines) * font_px * 1.2
        gap = max(GAP, radii[k] + 4)   # a chart client sets a bubble's label off its edge
        best, cost, clash = None, None, 0.0
        for place in places:
            c, worst, fits = 0.0, 0.0, True
            for scene in scenes:
                box = _box(*scene.to_px[k], bw, bh, place, gap)
                on_labels = sum(_overlap(box, t) for t in scene.taken)
                on_points = sum(_overlap(box, m) for j, m in enumerate(scene.markers) if j != k)
                w, h = scene.size
                outside = (max(0, -box[0]) + max(0, box[2] - w)) * bh + (max(0, -box[1]) + max(0, box[3] - h)) * bw
                fits = fits and not (outside > 0 or on_points > 0.1 * bw * bh)
                c += 10 * on_labels + on_points + 4 * outside   # a label over a label is worst
                worst = max(worst, on_labels)
            if drop and not fits:
                continue                            # off the plot or on a bubble: not a place at all
            if cost is None or c < cost - 1e-6:
                best, cost, clash = place, c, worst
        if best is None or (drop and clash > 0.05 * bw * bh):   # no place at all; a corner may touch, more collides
            out[k] = None
            continue
        out[k] = best
        for scene in scenes:
            scene.taken.append(_box(*scene.to_px[k], bw, bh, best, gap))
    return out


@dataclass
class _Scene:
    """The points in px at one plot size, the labels placed so far there."""
    size: tuple[float, float]
    to_px: list[tuple[float, float]]
    markers: list[Box]          # each point's bubble, then the obstacles
    taken: list[Box] = field(default_factory=list)


def _scene(xs: Sequence[float], ys: Sequence[float], radii: Sequence[float], xrange: tuple[float, float],
           yrange: tuple[float, float], size: tuple[float, float],
           obstacles: Sequence[Box] | Callable[[tuple[float, float]], Sequence[Box]]) -> _Scene:
    (x0, x1), (y0, y1), (w, h) = xrange, yrange, size
    to_px = [((x - x0) / (x1 - x0) * w, (1 - (y - y0) / (y1 - y0)) * h) for x, y in zip(xs, ys)]
    markers = [(px - r, py - r, px + r, py + r) for (px, py), r in zip(to_px, radii)]
    return _Scene(size, to_px, markers + list(obstacles(size) if callable(obstacles) else obstacles))
