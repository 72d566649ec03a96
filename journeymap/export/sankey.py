"""The journey flow drawn in the deck as PowerPoint shapes: a rectangle per stage, a ribbon per
transition, a label per stage. PowerPoint has no Sankey chart; shapes stay sharp and editable, and
need no browser (a picture would need Chromium for every deck).

Columns come from charts.journey.node_positions (the longest forward path); within a column the
stages stack in journey order, each as tall as its share of the customers; ribbons leave a stage
in the order of their targets, top to bottom. Loops are left out (the slide's notes name them).
"""
from __future__ import annotations

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Pt

from journeymap.charts.journey import node_positions
from journeymap.charts.theme import BAD, NEUTRAL, columns, short

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


def _ribbon(deck_shapes, x0, y0a, y0b, x1, y1a, y1b):
    """A band from (x0, y0a..y0b) to (x1, y1a..y1b), edges as cubic curves with horizontal tangents."""
    def curve(ya, yb, reverse=False):
        pts = []
        for s in range(STEPS + 1):
            t = s / STEPS
            x = (1 - t) ** 3 * x0 + 3 * (1 - t) ** 2 * t * (x0 + x1) / 2 + 3 * (1 - t) * t ** 2 * (x0 + x1) / 2 \
                + t ** 3 * x1
            y = ya + (yb - ya) * (3 * t ** 2 - 2 * t ** 3)
            pts.append((int(x), int(y)))
        return pts[::-1] if reverse else pts
    top, bottom = curve(y0a, y1a), curve(y0b, y1b, reverse=True)
    builder = deck_shapes.build_freeform(*top[0])
    builder.add_line_segments(top[1:] + bottom, close=True)
    return builder.convert_to_shape()


def draw_flow(slide, deck: Deck, flow: dict, box: Box) -> None:
    nodes = flow["nodes"]
    links = [lk for lk in flow["links"] if lk.get("kind") != "loop" and lk["value"] > 0]
    rects, k, parity, step = _layout(flow, box)
    out_at = {i: rects[i][1] for i in rects}
    in_at = dict(out_at)
    for lk in sorted(links, key=lambda lk: (rects[lk["source"]][1], rects[lk["target"]][1])):
        s, t = lk["source"], lk["target"]
        h = lk["value"] * k
        sx, tx = rects[s][0] + rects[s][2], rects[t][0]
        shape = _ribbon(slide.shapes, sx, out_at[s], out_at[s] + h, tx, in_at[t], in_at[t] + h)
        out_at[s] += h
        in_at[t] += h
        drop = nodes[t].get("dropout")
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(BAD if drop else NEUTRAL)
        _alpha(shape, 0.45 if drop else 0.22)
        shape.line.fill.background()
    for i, (x, y, w, h) in rects.items():
        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(max(int(h), 9000)))
        bar.fill.solid()
        bar.fill.fore_color.rgb = rgb(BAD if nodes[i].get("dropout") else NEUTRAL)
        bar.line.fill.background()
    for i, spot in label_spots(nodes, rects, parity, step, box).items():
        _label(slide, deck, _text(nodes[i]), spot)


def _text(node: dict) -> str:
    return f"{short(node['name'], 34)} {node['volume']:.0%}" if node.get("volume") else short(node["name"], 34)


def _size(text: str, width: float, pt: float) -> tuple[float, float]:
    """The box a label wraps into at ``width`` (EMU) and ``pt`` points: (width used, height)."""
    line = columns(text) * Pt(pt) * 0.55                 # a Latin column is about half an em
    lines = max(1, -int(-line // width))
    return min(line, width), lines * Pt(pt) * 1.25


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


def _hits(a, b) -> float:
    dx, dy = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0


def label_spots(nodes: list[dict], rects: dict, parity: dict, step: float, box: Box) -> dict:
    """A spot per stage's label {i: (side, pt, (left, top, right, bottom))}, biggest stages first:
    the first spot that covers no bar, no placed label and stays on the slide's box; else, the
    smallest type at the spot that covers least (stacked small stages at the journey's end crowd:
    their labels were drawn on top of each other)."""
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
        best, cost = None, None
        for side, pt, _slide, r in spots:
            c = sum(_hits(r, t) for t in taken) * 4 + sum(_hits(r, b) for b in bars)
            c += ((r[2] - r[0]) * (r[3] - r[1]) - _hits(r, frame))          # off the box
            if c <= 0:
                best, cost = (side, pt, r), 0
                break
            if cost is None or c < cost:
                best, cost = (side, pt, r), c
        if best is None:   # every label has some spot, if a covering one
            raise ValueError(f"no spot at all for the label of stage {i}")
        out[i] = best
        taken.append(best[2])
    return out


def _label(slide, deck: Deck, text: str, spot) -> None:
    """The stage's name and share in its spot, wrapping inside it."""
    side, pt, (left, top, right, bottom) = spot
    tb = slide.shapes.add_textbox(Emu(int(left)), Emu(int(top)), Emu(int(right - left) + int(Pt(2))),
                                  Emu(int(bottom - top)))
    frame = tb.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame.vertical_anchor = {"above": MSO_ANCHOR.BOTTOM, "below": MSO_ANCHOR.TOP}.get(side, MSO_ANCHOR.MIDDLE)
    para = frame.paragraphs[0]
    para.alignment = {"above": PP_ALIGN.CENTER, "below": PP_ALIGN.CENTER, "left": PP_ALIGN.RIGHT}.get(
        side, PP_ALIGN.LEFT)
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
