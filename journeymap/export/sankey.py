"""The journey flow drawn in the deck as PowerPoint shapes: a rectangle per stage, a ribbon per
transition, a label per stage. PowerPoint has no Sankey chart; shapes stay sharp and editable, and
need no browser (a picture would need Chromium for every deck).

Columns come from charts.journey.node_positions (the longest forward path); within a column the
stages stack in journey order, each as tall as its share of the customers; ribbons leave a stage
in the order of their targets, top to bottom. Loops are left out (the slide's notes name them), and so
are stages no customer flows through (a stage an import made, say): drawn, they stood at the bottom left
like a legend; the notes name them.

Labels go where they cover no bar, no ribbon and no other label (label_spots); their size is measured
(export.textwidth), as an estimate too narrow made the client wrap them onto more lines, over the bars.
"""
from __future__ import annotations

import math

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Pt

from journeymap.charts.journey import node_positions
from journeymap.charts.theme import BAD, NEUTRAL, short

from . import textwidth as tw
from .deck import A, Box, Deck
from .native import rgb

NODE_W = 0.012    # of the box's width
GAP = 0.04        # between stages in a column, of the box's height
STEPS = 14        # points per ribbon edge


def _alpha(shape, opacity: float) -> None:
    clr = shape.fill._xPr.find(f".//{{{A}}}srgbClr")
    etree.SubElement(clr, f"{{{A}}}alpha", val=str(int(opacity * 100000)))


def _layout(flow: dict, box: Box):
    nodes = flow["nodes"]
    xs, _ = node_positions(flow)
    cols: dict[float, list[int]] = {}
    for i, x in enumerate(xs):
        cols.setdefault(x, []).append(i)
    vol = [max(n.get("volume") or 0, 0.01) for n in nodes]
    usable = box.height * (1 - GAP * max(len(c) - 1 for c in cols.values()))
    k = usable * 0.72 / max(sum(vol[i] for i in c) for c in cols.values())   # room above and below for labels
    left = box.left + int(box.width * 0.01)
    span = int(box.width * 0.93)          # labels are centred on their bars: little room needed at the ends
    rects, parity = {}, {}
    for n, x in enumerate(sorted(cols)):
        for i in cols[x]:   # labels alternate above/below by column; small stacked stages get theirs beside
            parity[i] = "beside" if len(cols[x]) > 1 and vol[i] < 0.12 else n % 2
    for x, members in cols.items():
        total = sum(vol[i] for i in members) * k + GAP * box.height * (len(members) - 1)
        y = box.top + (box.height - total) / 2
        for i in members:
            h = vol[i] * k
            rects[i] = (left + x * span, y, box.width * NODE_W, h)
            y += h + GAP * box.height
    step = span / max(1, len(cols) - 1)
    return rects, k, parity, step


def _curve(x0, x1, ya, yb) -> list[tuple[int, int]]:
    """A band's edge from (x0, ya) to (x1, yb): a cubic curve with horizontal tangents, as points."""
    pts = []
    for s in range(STEPS + 1):
        t = s / STEPS
        x = (1 - t) ** 3 * x0 + 3 * (1 - t) ** 2 * t * (x0 + x1) / 2 + 3 * (1 - t) * t ** 2 * (x0 + x1) / 2 \
            + t ** 3 * x1
        y = ya + (yb - ya) * (3 * t ** 2 - 2 * t ** 3)
        pts.append((int(x), int(y)))
    return pts


def _ribbon(deck_shapes, x0, y0a, y0b, x1, y1a, y1b):
    """A band from (x0, y0a..y0b) to (x1, y1a..y1b), edges as cubic curves with horizontal tangents."""
    top, bottom = _curve(x0, x1, y0a, y1a), _curve(x0, x1, y0b, y1b)[::-1]
    builder = deck_shapes.build_freeform(*top[0])
    builder.add_line_segments(top[1:] + bottom, close=True)
    return builder.convert_to_shape()


def flowing(flow: dict) -> tuple[dict, list[str]]:
    """The flow without the stages no forward transition reaches or leaves, and their names."""
    links = [lk for lk in flow["links"] if lk.get("kind") != "loop" and lk["value"] > 0]
    used = sorted({lk["source"] for lk in links} | {lk["target"] for lk in links}
                  | {i for i, n in enumerate(flow["nodes"]) if (n.get("volume") or 0) > 0})
    new = {old: k for k, old in enumerate(used)}
    kept = [dict(lk, source=new[lk["source"]], target=new[lk["target"]]) for lk in flow["links"]
            if lk["source"] in new and lk["target"] in new]
    left = [n["name"] for i, n in enumerate(flow["nodes"]) if i not in new]
    return dict(flow, nodes=[flow["nodes"][i] for i in used], links=kept), left


def _ribbons(flow: dict, rects: dict, k: float) -> list[tuple[dict, tuple]]:
    """Each forward transition with its band: (link, (x0, y0a, y0b, x1, y1a, y1b))."""
    links = [lk for lk in flow["links"] if lk.get("kind") != "loop" and lk["value"] > 0]
    out_at = {i: rects[i][1] for i in rects}
    in_at = dict(out_at)
    out = []
    for lk in sorted(links, key=lambda lk: (rects[lk["source"]][1], rects[lk["target"]][1])):
        s, t = lk["source"], lk["target"]
        h = lk["value"] * k
        out.append((lk, (rects[s][0] + rects[s][2], out_at[s], out_at[s] + h, rects[t][0], in_at[t], in_at[t] + h)))
        out_at[s] += h
        in_at[t] += h
    return out


def _strips(band: tuple) -> list[tuple]:
    """A band as thin boxes (left, top, right, bottom) along its length, for the label placer."""
    x0, y0a, y0b, x1, y1a, y1b = band
    top, bottom = _curve(x0, x1, y0a, y1a), _curve(x0, x1, y0b, y1b)
    return [(a[0], min(a[1], b[1]), b[0], max(c[1], d[1]))
            for a, b, c, d in zip(top, top[1:], bottom, bottom[1:])]


def draw_flow(slide, deck: Deck, flow: dict, box: Box) -> list[str]:
    """The flow's bars, ribbons and labels; returns the names of the stages left out (no flow)."""
    flow, left_out = flowing(flow)
    nodes = flow["nodes"]
    rects, k, parity, step = _layout(flow, box)
    bands = _ribbons(flow, rects, k)
    for lk, band in bands:
        shape = _ribbon(slide.shapes, *band)
        drop = nodes[lk["target"]].get("dropout")
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(BAD if drop else NEUTRAL)
        _alpha(shape, 0.45 if drop else 0.22)
        shape.line.fill.background()
    for i, (x, y, w, h) in rects.items():
        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(max(int(h), 9000)))
        bar.fill.solid()
        bar.fill.fore_color.rgb = rgb(BAD if nodes[i].get("dropout") else NEUTRAL)
        bar.line.fill.background()
    strips = [s for _lk, band in bands for s in _strips(band)]
    for i, spot in label_spots(nodes, rects, parity, step, box, strips).items():
        if spot[0] == "far":
            _leader(slide, spot, rects[i])
        _label(slide, deck, _text(nodes[i]), spot)
    return left_out


def _text(node: dict) -> str:
    return f"{short(node['name'], 34)} {node['volume']:.0%}" if node.get("volume") else short(node["name"], 34)


def _size(text: str, width: float, pt: float) -> tuple[float, float]:
    """The box a label wraps into at ``width`` (EMU) and ``pt`` points: (width used, height), measured."""
    lines = tw.wrap(text, width / 12700, pt)
    return max(tw.width(s, pt) for s in lines) * 12700, tw.height(lines, pt) * 12700


def _spots(x, y, w, h, step, text):
    """Where a stage's label may go: above or below its bar (up to two columns wide, as neighbouring
    columns alternate; centred, or slid sideways off a neighbour's bar while still over its own),
    then beside right or left (one column wide); each at 9 pt, then 8, then 7."""
    for pt in (9, 8, 7):
        tw, th = _size(text, step * 1.9, pt)
        cx = x + w / 2
        for slide in (0.0, -0.3, 0.3, -0.45, 0.45):
            left = cx - tw / 2 + slide * tw
            yield "above", pt, abs(slide), (left, y - th - Pt(2), left + tw, y - Pt(2))
            yield "below", pt, abs(slide), (left, y + h + Pt(2), left + tw, y + h + Pt(2) + th)
        tw, th = _size(text, step * 0.92, pt)
        cy = y + h / 2
        yield "right", pt, 0.0, (x + w + Pt(2), cy - th / 2, x + w + Pt(2) + tw, cy + th / 2)
        yield "left", pt, 0.0, (x - Pt(2) - tw, cy - th / 2, x - Pt(2), cy + th / 2)


def _meets(a, b) -> bool:
    """Whether two boxes overlap (touching is not overlapping): _hits without the area, for the scans."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _hits(a, b) -> float:
    dx, dy = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0


def label_spots(nodes: list[dict], rects: dict, parity: dict, step: float, box: Box,
                strips: tuple | list[tuple] = ()) -> dict:
    """A spot per stage's label {i: (side, pt, (left, top, right, bottom))}, biggest stages first:
    the first spot that covers no bar, no ribbon (``strips``: _strips of each band), no placed label
    and stays on the slide's box; else, the spot that covers least (stacked small stages at the
    journey's end crowd: their labels were drawn on top of each other). Ribbons used to be no
    obstacle at all, so labels beside a bar sat on the bands leaving it."""
    bars = [(x, y, x + w, y + max(h, 9000)) for x, y, w, h in rects.values()]
    taken: list[tuple] = []
    out = {}
    frame = (box.left - Pt(20), box.top - Pt(30), box.left + box.width + Pt(40), box.top + box.height + Pt(30))
    for i in sorted(rects, key=lambda i: -(nodes[i].get("volume") or 0)):
        x, y, w, h = rects[i]
        prefer = {"beside": ("right", "left", "above", "below"), 0: ("above", "below", "right", "left"),
                  1: ("below", "above", "right", "left")}[parity[i]]
        spots = sorted(_spots(x, y, w, h, step, _text(nodes[i])),
                       key=lambda s: (-s[1], s[2] > 0, prefer.index(s[0]), s[2]))
        near = [s for s in strips if s[2] > x - 5 * step and s[0] < x + 5 * step]

        def cost_of(r: tuple, near: list = near) -> float:
            c = sum(_hits(r, t) for t in taken) * 4 + sum(_hits(r, b) for b in bars) * 2 \
                + sum(_hits(r, s) for s in near)
            return c + ((r[2] - r[0]) * (r[3] - r[1]) - _hits(r, frame))          # off the box
        best: tuple | None = None
        cost: float | None = None
        for side, pt, _slide, r in spots:
            c = cost_of(r)
            if c <= 0:
                best, cost = (side, pt, r), 0.0
                break
            if cost is None or c < cost:
                best, cost = (side, pt, r), c
        if best is None:   # every label has some spot, if a covering one
            raise ValueError(f"no spot at all for the label of stage {i}")
        if cost:   # nothing clear beside the bar: the nearest clear spot in its column, with a leader line
            far = _far_spot(rects[i], step, _text(nodes[i]), box, taken, bars + near, bars)
            best = far or ("backed", best[1], best[2])   # nowhere clear: drawn on a white backing
        out[i] = best
        taken.append(best[2])
        if best[0] == "far":     # later labels keep off its leader line too
            taken.extend(_segment_boxes(_leader_ends(best[2], rects[i])))
    return out


def _leader_ends(r: tuple, bar: tuple) -> tuple[float, float, float, float]:
    """From the label's edge facing the bar to the bar's nearer end."""
    x, y, w, h = bar
    above = r[3] <= y
    return (r[0] + r[2]) / 2, (r[3] if above else r[1]), x + w / 2, (y if above else y + h)


def _segment_boxes(ends: tuple, pieces: int = 12) -> list[tuple]:
    x0, y0, x1, y1 = ends
    pad = Pt(1)
    pts = [(x0 + (x1 - x0) * k / pieces, y0 + (y1 - y0) * k / pieces) for k in range(pieces + 1)]
    return [(min(a[0], b[0]) - pad, min(a[1], b[1]), max(a[0], b[0]) + pad, max(a[1], b[1])) for a, b in
            zip(pts, pts[1:])]


def _far_spot(bar, step, text, box: Box, labels: list[tuple], shapes: list[tuple], bars: list[tuple]):
    """The clear spot nearest the bar, anywhere up and down its column, covering no label or shape and
    whose leader line crosses no label ('far': drawn with the leader)."""
    x, y, w, h = bar
    found = []
    for pt, wide in ((8, 1.9), (8, 1.2), (7, 1.9), (7, 1.2)):
        tw_, th = _size(text, step * wide, pt)
        for slide in (0.0, -0.35, 0.35, -0.6, 0.6, -0.9, 0.9, -1.4, 1.4, -2.0, 2.0):
            left = x + w / 2 - tw_ / 2 + slide * tw_
            if left < box.left - Pt(20) or left + tw_ > box.left + box.width + Pt(40):
                continue
            lo, hi = min(left, x), max(left + tw_, x + w)    # what this column of spots can meet
            local = [o for o in labels + shapes if o[2] > left and o[0] < left + tw_]
            own = (x, y, x + w, y + max(h, 9000))
            marks = [o for o in labels if o[2] > lo and o[0] < hi] + \
                [o for o in bars if o != own and o[2] > lo and o[0] < hi]
            ups = _steps(y - th - Pt(2), -Pt(3), box.top - Pt(20))
            downs = _steps(y + h + Pt(2), Pt(3), box.top + box.height + Pt(25) - th)
            for tops in (ups, downs):       # outwards from the bar: the first good spot each way
                for top in tops:
                    r = (left, top, left + tw_, top + th)
                    if any(_meets(r, o) for o in local):
                        continue
                    line = _leader_ends(r, bar)
                    span = (min(line[0], line[2]) - Pt(1), min(line[1], line[3]), max(line[0], line[2]) + Pt(1),
                            max(line[1], line[3]))
                    crossed = [o for o in marks if _meets(span, o)]
                    if crossed and any(_meets(b, o) for b in _segment_boxes(line) for o in crossed):
                        continue
                    gap = max(r[1] - (y + h), y - r[3], 0)
                    off = abs((r[0] + r[2]) / 2 - (x + w / 2))
                    found.append((math.hypot(gap, off) + (9 - pt) * Pt(6), ("far", pt, r)))
                    break
    return min(found, key=lambda f: f[0])[1] if found else None


def _steps(start: float, step: float, stop: float):
    """start, start + step, ... up to ``stop`` (down to it with a negative step)."""
    at = start
    while (at >= stop) if step < 0 else (at <= stop):
        yield at
        at += step


def _leader(slide, spot, bar) -> None:
    """A thin grey line from a 'far' label to its bar's nearer end."""
    from pptx.enum.shapes import MSO_CONNECTOR
    x0, y0, x1, y1 = _leader_ends(spot[2], bar)
    line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(int(x0)), Emu(int(y0)), Emu(int(x1)), Emu(int(y1)))
    line.line.color.rgb = rgb("#80868B")
    line.line.width = Pt(0.5)


def _label(slide, deck: Deck, text: str, spot) -> None:
    """The stage's name and share in its spot, wrapping inside it."""
    side, pt, (left, top, right, bottom) = spot
    tb = slide.shapes.add_textbox(Emu(int(left)), Emu(int(top)), Emu(int(right - left)), Emu(int(bottom - top)))
    if side == "backed":   # over a ribbon: a white ground keeps it readable
        tb.fill.solid()
        tb.fill.fore_color.rgb = rgb("#FFFFFF")
    frame = tb.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame.vertical_anchor = {"above": MSO_ANCHOR.BOTTOM, "below": MSO_ANCHOR.TOP}.get(side, MSO_ANCHOR.MIDDLE)
    para = frame.paragraphs[0]
    para.alignment = {"above": PP_ALIGN.CENTER, "below": PP_ALIGN.CENTER, "far": PP_ALIGN.CENTER,
                      "left": PP_ALIGN.RIGHT}.get(side, PP_ALIGN.LEFT)
    run = para.add_run()
    run.text = text
    run.font.size = Pt(pt)
    deck.cjk(run)


def loops_text(flow: dict, lang: str) -> str:
    """The loops the drawing leaves out, for the notes: 'Loops, not drawn: A -> B 30%; ...'."""
    from journeymap.charts.labels import say
    nodes = flow["nodes"]
    loops = [lk for lk in flow["links"] if lk.get("kind") == "loop"]
    if not loops:
        return ""
    return f"{say('flow.loops', lang)}: " + "; ".join(
        f"{nodes[lk['source']]['name']} \u2192 {nodes[lk['target']]['name']} {lk['share']:.0%}" for lk in loops)
