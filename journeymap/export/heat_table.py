"""The stage heatmap as PowerPoint tables that fit the slide's content area.

A table row grows to fit its text, so the table is sized here from the text itself (export.textwidth):
each metric column at least as wide as its header's longest word (headers wrap only between words) and
its widest value, the stage column as wide as the longest stage name (up to a third of the width), every
row as tall as its lines. The largest type from 11 down to 9 pt at which all of it fits on one slide is
used; when even 9 pt does not fit (the sample's 16 metrics across 21 stages), the metrics are shared out
over two or more slides, each with the stage column, and only then the stages. 9 pt is the smallest a
projected table stays readable at. Stages and metrics with no value at all are left out (the notes name
them), so a stage created by an import with nothing measured yet takes no row.
"""
from __future__ import annotations

from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.util import Emu

from journeymap.charts.heatmap import SPAN, cell_text, distance
from journeymap.charts.labels import say
from journeymap.charts.theme import short
from journeymap.core.names import code

from . import textwidth as tw
from .deck import Box, Deck
from .tables import HEAD, STRIPE, WHITE, _cell

SIZES = (11, 10, 9)          # body and header type, largest first
MARGIN_X = Emu(60000)        # a cell's left and right margin (as tables._cell sets it)
MARGIN_Y = Emu(19050)        # 1.5 pt above and below a cell's text
STAGE_SHARE = 1 / 3          # of the table's width at most for the stage names (they wrap beyond)
SHOWN_UNITS = 4              # a unit up to this many columns ("s", "EUR", "%", "days") goes in the header


@dataclass
class Page:
    stages: list[str]
    metrics: list[str]
    pt: int
    widths: list[int]        # EMU, stage column first
    heights: list[int]       # EMU, header row first


def header(metric: str, unit: str | None, lang: str) -> str:
    """The metric's name, with its unit when short and not already in the name: 'Wait time (s)'."""
    name = code(metric, lang)
    if unit and len(unit) <= SHOWN_UNITS and "(" not in name and "\uff08" not in name and unit != "share":
        return f"{name} ({unit})"
    return name


def _emu(points: float) -> int:
    return int(points * 12700) + 1


def _fit(stages: list[str], metrics: list[str], heads: dict, texts: dict, pt: int, box: Box,
         stage_head: str) -> Page | None:
    """The page at ``pt`` if it fits ``box``, else None."""
    mx, my = MARGIN_X / 12700, MARGIN_Y / 12700
    room = box.width / 12700
    stage_w = min(max(tw.width(s, pt) for s in stages + [stage_head]) + 2 * mx, room * STAGE_SHARE)
    if stage_w < tw.longest_word(" ".join(stages), pt) + 2 * mx:
        return None
    need = [max([tw.longest_word(heads[m], pt, bold=True)] + [tw.width(texts.get((s, m), ""), pt) for s in stages])
            + 2 * mx for m in metrics]
    spare = room - stage_w - sum(need)
    if spare < 0:
        return None
    widths = [stage_w] + [n + spare / len(metrics) for n in need]
    head_h = max(tw.height(tw.wrap(t, w - 2 * mx, pt, bold=True), pt)
                 for t, w in zip([stage_head] + [heads[m] for m in metrics], widths))
    rows = [tw.height(tw.wrap(s, stage_w - 2 * mx, pt), pt) for s in stages]
    heights = [head_h + 2 * my] + [max(h, tw.line_height("0", pt)) + 2 * my for h in rows]
    if sum(heights) > box.height / 12700:
        return None
    return Page(stages, metrics, pt, [_emu(w) for w in widths], [_emu(h) for h in heights])


def _chunks(items: list, parts: int) -> list[list]:
    size = -(-len(items) // parts)
    return [items[k:k + size] for k in range(0, len(items), size)]


def plan(stages: list[str], metrics: list[str], heads: dict, texts: dict, box: Box, stage_head: str) -> list[Page]:
    """The fewest slides that hold the table at a readable size; at equal count, the larger type."""
    tries = sorted(((c, r) for c in range(1, len(metrics) + 1) for r in range(1, len(stages) + 1)),
                   key=lambda cr: (cr[0] * cr[1], cr[1]))
    for cols, rows in tries:
        for pt in SIZES:
            pages = [_fit(s, m, heads, texts, pt, box, stage_head)
                     for s in _chunks(stages, rows) for m in _chunks(metrics, cols)]
            if all(pages):
                return [p for p in pages if p is not None]
    raise ValueError(f"the heatmap's {len(stages)} stages do not fit a {box.width}x{box.height} EMU box")


def heat_pages(rows: list[dict], deck: Deck) -> tuple[list[Page], dict, dict, list[str]]:
    """The pages, the header and cell texts, and the stages and metrics left out for having no value."""
    by = {(r["stage"], r["metric"]): r for r in rows}
    valued = [r for r in rows if r.get("value") is not None]
    stages = list(dict.fromkeys(r["stage"] for r in valued))
    metrics = list(dict.fromkeys(r["metric"] for r in valued))
    empty = [s for s in dict.fromkeys(r["stage"] for r in rows) if s not in stages] + \
        [code(m, deck.lang) for m in dict.fromkeys(r["metric"] for r in rows) if m not in metrics]
    heads = {m: header(m, next(r.get("unit") for r in rows if r["metric"] == m), deck.lang) for m in metrics}
    texts = {k: cell_text(r) for k, r in by.items() if k[0] in stages and k[1] in metrics}
    names = {s: short(s, 60) for s in stages}
    pages = plan([names[s] for s in stages], metrics, heads, {(names[s], m): t for (s, m), t in texts.items()},
                 deck.content, say("col.stage", deck.lang))
    back = {v: k for k, v in names.items()}
    for p in pages:
        p.stages = [back[s] for s in p.stages]
    return pages, heads, by, empty


def draw_page(slide, deck: Deck, page: Page, heads: dict, by: dict) -> None:
    c = deck.content
    shape = slide.shapes.add_table(len(page.stages) + 1, len(page.metrics) + 1, Emu(c.left), Emu(c.top),
                                   Emu(sum(page.widths)), Emu(sum(page.heights)))
    table = shape.table
    table.first_col = table.horz_banding = False
    for k, w in enumerate(page.widths):
        table.columns[k].width = Emu(w)
    for k, h in enumerate(page.heights):
        table.rows[k].height = Emu(h)
    pt = page.pt
    _put(deck, table.cell(0, 0), say("col.stage", deck.lang), pt, bold=True, colour=WHITE, fill=HEAD)
    for col, m in enumerate(page.metrics, start=1):
        _put(deck, table.cell(0, col), heads[m], pt, bold=True, colour=WHITE, fill=HEAD)
    for r, stage in enumerate(page.stages, start=1):
        _put(deck, table.cell(r, 0), short(stage, 60), pt, fill=STRIPE if r % 2 == 0 else WHITE)
        for col, m in enumerate(page.metrics, start=1):
            row = by.get((stage, m))
            off = distance(row) if row is not None else None
            strong = off is not None and abs(off) > SPAN * 0.6
            _put(deck, table.cell(r, col), cell_text(row) if row else "", pt, right=True,
                 fill=_heat_fill(row) if row else WHITE, colour=WHITE if strong else None)


def _heat_fill(row: dict):
    d = distance(row)
    if d is None:
        return RGBColor(0xEE, 0xF0, 0xF2)
    t = max(-1.0, min(1.0, d / SPAN))
    end = (0x00, 0x9E, 0x73) if t > 0 else (0xD5, 0x5E, 0x00)
    mix = [int(0xF7 + (e - 0xF7) * abs(t)) for e in end]
    return RGBColor(*mix)


def _put(deck: Deck, cell, text: str, pt: int, **kw) -> None:
    _cell(deck, cell, text, size=pt, **kw)
    cell.margin_left = cell.margin_right = MARGIN_X
    cell.margin_top = cell.margin_bottom = MARGIN_Y


def no_data_note(empty: list[str], lang: str) -> str:
    """For the notes: what the table leaves out because it has no value yet."""
    if not empty:
        return ""
    colon = ": " if lang == "en" else "\uff1a"
    return f"{code('no data', lang)}{colon}" + ", ".join(empty)
