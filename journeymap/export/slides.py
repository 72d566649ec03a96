"""The deck's slides: a list of builders, each one slide (or none) from the export bundle.

To add a slide (a roadmap, say), append a ``Slide`` to ``SLIDES`` (or insert it where it belongs);
``chart`` names the catalogue chart it shows (so ``--charts`` can leave it out), None for slides
that always come (title, map). A builder gets the Deck, the bundle and the Context and returns the
slide it made, or None when it has nothing to show.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from pptx.util import Inches, Pt

from journeymap import i18n
from journeymap.charts import catalogue
from journeymap.charts.drivers import QUADRANT_COLOURS, QUADRANT_LABELS, certain, cut_lines, performance
from journeymap.charts.drivers import method_name, performance_range
from journeymap.charts.labels import say
from journeymap.core.names import code
from journeymap.charts.placement import SIDES, place_labels
from journeymap.charts.ranking import PART_COLOURS, row_label, used_parts
from journeymap.charts.theme import BAD, MUTED, NEUTRAL, PALETTE, short, wrap_lines

from . import impact_effort, native, roadmap_export
from .deck import Box, Deck
from .tables import TABLE_ROWS, ranked_table


@dataclass
class Context:
    bundle: dict
    lang: str = "en"
    figures: dict = field(default_factory=dict)     # chart name -> plotly figure (for findings and footers)
    pictures: dict = field(default_factory=dict)    # chart name -> PNG bytes, "map" -> the journey map
    charts: list = field(default_factory=list)      # the chart names chosen


@dataclass(frozen=True)
class Slide:
    name: str
    chart: str | None
    build: Callable[[Deck, Context], object]


def _finding(ctx: Context, name: str) -> str:
    return ctx.figures[name].layout.meta["finding"]


def _footer(ctx: Context, name: str) -> str:
    return ctx.figures[name].layout.meta["footer"]


def _notes(deck: Deck, slide, ctx: Context, name: str, method: str) -> None:
    b, lang = ctx.bundle, ctx.lang
    footer = _footer(ctx, name)
    n = next((p.split("=", 1)[1].strip() for p in footer.split("\u00b7") if p.strip().startswith("n =")), "-")
    source = re.split("[:\uff1a]", footer.split("\u00b7")[0], maxsplit=1)[1].strip()   # ':' or Chinese '：'
    colon = ": " if lang == "en" else "\uff1a"
    period = i18n.format_period(b["period"], lang=lang) if b.get("period") else say("all_periods", lang)
    deck.notes(slide, [_finding(ctx, name), "",
                       f"{say('notes.method', lang)}{colon}{method}",
                       f"{say('notes.source', lang)}{colon}{source}",
                       f"{say('notes.n', lang)}{colon}{n}",
                       f"{say('notes.period', lang)}{colon}{period}"
                       + (f"; {say('segment', lang)}: {b['segment']}" if b.get("segment") else "")])


def _chart_slide(deck: Deck, ctx: Context, name: str):
    slide = deck.slide(_finding(ctx, name))
    deck.footer(slide, _footer(ctx, name))
    return slide


def title_slide(deck: Deck, ctx: Context):
    b, lang = ctx.bundle, ctx.lang
    slide = deck.slide(say("deck.title", lang, journey=b["journey"]), kind="title")
    colon = ": " if lang == "en" else "\uff1a"
    period = i18n.format_period(b["period"], lang=lang) if b.get("period") else say("all_periods", lang)
    bits = [b.get("project") or "", f"{say('period', lang)}{colon}{period}"]
    if b.get("segment"):
        bits.append(f"{say('segment', lang)}{colon}{b['segment']}")
    bits.append(i18n.format_date(date.today(), lang=lang))       # 2026年11月29日 / Nov 29, 2026
    sub = [p for p in slide.placeholders if "SUBTITLE" in str(p.placeholder_format.type)]
    text = say("deck.sub", lang) + "\n" + "  \u00b7  ".join(x for x in bits if x)
    if sub:
        sub[0].text_frame.text = text
        for k, p in enumerate(sub[0].text_frame.paragraphs):
            for r in p.runs:
                r.font.size = Pt(22 if k == 0 else 15)   # the line of facts under it, smaller
                deck.cjk(r)
    else:
        c = deck.content
        deck.text(slide, text, Box(c.left, c.top + c.height // 2, c.width, c.height // 3), size=20)
    return slide


def map_slide(deck: Deck, ctx: Context):
    """The map as the canvas draws it: one slide, or one per piece of a wide map ('(1 of 2)'), each
    piece as large as the content area (export.map_pieces: cut between phases)."""
    from .map_pieces import pieces
    png = ctx.pictures.get("map")
    if png is None:
        return None
    c = deck.content
    parts = pieces(png, c.width / c.height)
    first = None
    for k, piece in enumerate(parts, start=1):
        part = "" if len(parts) == 1 else (f" ({k} of {len(parts)})" if ctx.lang == "en" else f"（{k}/{len(parts)}）")
        slide = deck.slide(say("deck.map", ctx.lang, journey=ctx.bundle["journey"]) + part)
        _picture(slide, c, piece)
        deck.footer(slide, f"{say('source', ctx.lang)}: {ctx.bundle.get('file') or 'JourneyMap'}")
        first = first or slide
    return first


def _picture(slide, box: Box, png: bytes):
    """``png`` as large as fits in ``box``, centred, aspect kept."""
    from PIL import Image
    w, h = Image.open(io.BytesIO(png)).size
    scale = min(box.width / w, box.height / h)
    pw, ph = int(w * scale), int(h * scale)
    return slide.shapes.add_picture(io.BytesIO(png), box.left + (box.width - pw) // 2,
                                    box.top + (box.height - ph) // 2, pw, ph)


def ranked_slide(deck: Deck, ctx: Context):
    rank, lang = ctx.bundle["rank"], ctx.lang
    rows = rank["pain_points"][:10]
    parts = used_parts(rank)
    slide = _chart_slide(deck, ctx, "ranked")
    chart = native.bars(slide, deck.content, [row_label(r, 48) for r in rows],
                        [(say(f"part.{p}", lang), [r["components"].get(p) or 0 for r in rows]) for p in parts],
                        lang=lang, stacked=True, colours=[PART_COLOURS[p] for p in parts])
    if deck.content.width < Inches(11):   # a 4:3 template: smaller labels, or clients show every other one
        chart.category_axis.tick_labels.font.size = Pt(10)
    weights = ", ".join(f"{say(f'part.{p}', lang)}={rank['weights'][p]:g}" for p in parts)
    _notes(deck, slide, ctx, "ranked", say("method.ranked", lang, weights=weights))
    return slide


def ranked_table_slide(deck: Deck, ctx: Context):
    rank, lang = ctx.bundle["rank"], ctx.lang
    slide = deck.slide(say("deck.table", lang) + (f" (1\u2013{TABLE_ROWS} / {len(rank['pain_points'])})"
                                                  if len(rank["pain_points"]) > TABLE_ROWS else ""))
    ranked_table(slide, deck, rank)
    deck.footer(slide, _footer(ctx, "ranked"))
    _notes(deck, slide, ctx, "ranked", say("method.ranked", lang, weights=", ".join(
        f"{say(f'part.{p}', lang)}={rank['weights'][p]:g}" for p in used_parts(rank))))
    return slide


def pareto_slide(deck: Deck, ctx: Context):
    reasons, lang = ctx.bundle["pareto"]["reasons"], ctx.lang
    slide = _chart_slide(deck, ctx, "pareto")
    chart = native.bars(slide, deck.content, [short(r["reason"], 18) for r in reasons],
                        [(say("pareto.comments", lang), [r["count"] for r in reasons]),
                         (say("pareto.cum", lang), [r["cum_share"] for r in reasons]),
                         (say("pareto.line80", lang), [0.8] * len(reasons))],
                        lang=lang, horizontal=False, number_format="0", colours=[BAD])
    chart.plots[0].has_data_labels = True
    chart.plots[0].data_labels.font.size = Pt(12)
    native.secondary_line(chart, [1, 2], [NEUTRAL, MUTED], number_format="0%", minimum=0, maximum=1,
                          dashed=(2,), lang=lang)
    _notes(deck, slide, ctx, "pareto", say("method.pareto", lang))
    return slide


def ipa_slide(deck: Deck, ctx: Context):
    drivers, lang = ctx.bundle["drivers"], ctx.lang
    items = drivers["items"]
    mx, my = cut_lines(items)
    x, y = [i["weight_pct"] for i in items], [performance(i) for i in items]
    labels = [short(i["item"], 26) for i in items]   # one line: LibreOffice wraps multi-line labels again
    xr = (0, float(int(max(x) * 1.15) + 2))
    low, high = performance_range(y, below=0, above=0)     # at least 30 points: a 2-point gap is drawn small
    yr = (float(max(0, 10 * ((min(low, min(y) - 5)) // 10))), float(min(100, -10 * (-max(high, max(y) + 5) // 10))))
    # LibreOffice and PowerPoint wrap a data label at about 20 characters: place them as drawn
    places = place_labels(x, y, ["<br>".join(wrap_lines(t, 20)) for t in labels], xrange=xr, yrange=yr,
                          size=(1080, 400), font_px=15,
                          order=sorted(range(len(items)), key=lambda k: -x[k]), drop=True,
                          places=SIDES)
    # A label that would collide is left off (the drivers slide names every item); never two unreadable
    points = [(x[k], y[k], labels[k] if places[k] else "", native.LABEL_POSITIONS.get(places[k] or ""),
               QUADRANT_COLOURS[i["quadrant"]], not certain(i, mx)) for k, i in enumerate(items)]
    lines = [((mx, yr[0]), (mx, yr[1]), MUTED), ((xr[0], my), (xr[1], my), MUTED)]
    slide = _chart_slide(deck, ctx, "ipa")
    c = deck.content
    chart_box = Box(c.left, c.top, c.width, int(c.height * 0.9))
    chart = native.scatter(slide, chart_box, points, lines, lang=lang)
    chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = yr
    chart.category_axis.minimum_scale, chart.category_axis.maximum_scale = xr
    chart.value_axis.major_unit = 10
    for axis in (chart.value_axis, chart.category_axis):
        axis.tick_labels.number_format, axis.tick_labels.number_format_is_linked = "0", False
        axis.has_title = True
    chart.category_axis.axis_title.text_frame.text = say("ipa.x", lang)
    chart.value_axis.axis_title.text_frame.text = say("ipa.y", lang)
    _legend(deck, slide, Box(c.left, c.top + int(c.height * 0.91), c.width, int(c.height * 0.08)), [
        ("\u25cf " + (say(f"q.{q}", lang) if lang != "en" else QUADRANT_LABELS[q]), colour)
        for q, colour in QUADRANT_COLOURS.items() if any(i["quadrant"] == q for i in items)]
        + ([("\u25cf " + say("ipa.uncertain", lang), "#5F6368")] if not all(certain(i, mx) for i in items) else []))
    _notes(deck, slide, ctx, "ipa", say("method.ipa", lang, method=method_name(drivers["method"], lang)))
    return slide


def _legend(deck: Deck, slide, box: Box, entries: list[tuple[str, str]]) -> None:
    """A one-line legend of coloured runs (the scatter's single series has no per-colour legend)."""
    shape = slide.shapes.add_textbox(*box.tuple())
    shape.text_frame.word_wrap = True        # a narrow (4:3) slide wraps the legend instead of cutting it
    para = shape.text_frame.paragraphs[0]
    for text, colour in entries:
        run = para.add_run()
        run.text = text + "    "
        run.font.size, run.font.color.rgb = Pt(13 if deck.content.width > Inches(10) else 11), native.rgb(colour)
        deck.cjk(run)


def drivers_slide(deck: Deck, ctx: Context):
    drivers, lang = ctx.bundle["drivers"], ctx.lang
    items = sorted(drivers["items"], key=lambda i: -i["weight_pct"])
    slide = _chart_slide(deck, ctx, "drivers")
    chart = native.bars(slide, deck.content, [short(i["item"], 60) for i in items],
                        [("%", [i["weight_pct"] / 100 for i in items])], lang=lang, number_format="0%",
                        colours=[NEUTRAL], labels=True)
    chart.value_axis.tick_labels.number_format, chart.value_axis.tick_labels.number_format_is_linked = "0%", False
    for point, item in zip(chart.plots[0].series[0].points, items):
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = native.rgb(QUADRANT_COLOURS.get(item["quadrant"], NEUTRAL))
    method = say("method.drivers", lang, method=method_name(drivers["method"], lang))
    ci = "; ".join(f"{short(i['item'], 40)} {i['weight_pct']:.1f}% ({i['ci_low']:.1f}\u2013{i['ci_high']:.1f})"
                   for i in items if i.get("ci_low") is not None)
    _notes(deck, slide, ctx, "drivers", f"{method} {ci}")
    return slide


def heatmap_slide(deck: Deck, ctx: Context):
    """One slide, or more when the table does not fit one at a readable size ('(1 of 2)')."""
    from .heat_table import draw_page, heat_pages, no_data_note
    pages, heads, by, empty = heat_pages(ctx.bundle["stage_metrics"], deck)
    first = None
    for k, page in enumerate(pages, start=1):
        part = "" if len(pages) == 1 else (f" ({k} of {len(pages)})" if ctx.lang == "en" else f"（{k}/{len(pages)}）")
        slide = deck.slide(_finding(ctx, "heatmap") + part)
        deck.footer(slide, _footer(ctx, "heatmap"))
        draw_page(slide, deck, page, heads, by)
        _notes(deck, slide, ctx, "heatmap", " ".join(x for x in (say("method.heatmap", ctx.lang),
                                                                 no_data_note(empty, ctx.lang)) if x))
        first = first or slide
    return first


def curve_slide(deck: Deck, ctx: Context):
    curve, lang = ctx.bundle["curve"], ctx.lang
    slide = _chart_slide(deck, ctx, "curve")
    chart = native.lines(slide, deck.content, [short(c["stage"], 24) for c in curve],
                         [(say("curve.sat", lang), [c.get("score") for c in curve]),
                          (say("curve.emotion", lang), [c.get("emotion") for c in curve])],
                         lang=lang, number_format="0", colours=[NEUTRAL, PALETTE[1]])
    chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = 0, 100
    native.secondary_line(chart, [1], [PALETTE[1]], number_format="+0;-0;0", minimum=-3, maximum=3, lang=lang)
    _notes(deck, slide, ctx, "curve", say("method.curve", lang))
    return slide


def flow_slide(deck: Deck, ctx: Context):
    from .sankey import draw_flow, loops_text
    slide = _chart_slide(deck, ctx, "flow")
    # PowerPoint has no Sankey: shapes, not a picture; stages without flow are named in the notes
    left_out = draw_flow(slide, deck, ctx.bundle["flow"], deck.content)
    colon = ": " if ctx.lang == "en" else "\uff1a"
    no_flow = f"{code('no data', ctx.lang)}{colon}{', '.join(left_out)}" if left_out else ""
    _notes(deck, slide, ctx, "flow", " ".join(x for x in (say("method.flow", ctx.lang),
                                                          loops_text(ctx.bundle["flow"], ctx.lang), no_flow) if x))
    return slide


def trend_slide(deck: Deck, ctx: Context):
    trend, lang = ctx.bundle["trend"], ctx.lang
    periods = sorted({p["period"] for s in trend["series"] for p in s["points"]})
    by = [{p["period"]: p["value"] for p in s["points"]} for s in trend["series"]]
    slide = _chart_slide(deck, ctx, "trend")
    chart = native.lines(slide, deck.content, periods,
                         [(s["stage"], [v.get(p) for p in periods]) for s, v in zip(trend["series"], by)],
                         lang=lang, number_format="0.00")
    chart.value_axis.has_title = True
    chart.value_axis.axis_title.text_frame.text = say("trend.axis", lang, metric=code(trend["metric"], lang))
    values = [p["value"] for s in trend["series"] for p in s["points"]]
    pad = (max(values) - min(values)) * 0.15 or 1   # the lines' own range: a 0 baseline flattens them
    chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = min(values) - pad, max(values) + pad
    chart.value_axis.tick_labels.number_format = "0.0" if max(values) - min(values) < 5 else "0"
    chart.value_axis.tick_labels.number_format_is_linked = False
    _notes(deck, slide, ctx, "trend", say("method.trend", lang, metric=code(trend["metric"], lang)))
    return slide


def voices_slide(deck: Deck, ctx: Context):
    voices, lang = ctx.bundle["voices"], ctx.lang
    rows = sorted(voices["reasons"], key=lambda r: -(r["customer"] + r["employee"]))[:12]
    slide = _chart_slide(deck, ctx, "voices")
    native.bars(slide, deck.content, [short(r["reason"], 36) for r in rows],
                [(say("voices.customer", lang), [r["customer"] for r in rows]),
                 (say("voices.employee", lang), [r["employee"] for r in rows])],
                lang=lang, number_format="0%", colours=[NEUTRAL, PALETTE[1]], labels=True)
    chart = [s for s in slide.shapes if s.has_chart][0].chart
    chart.value_axis.tick_labels.number_format, chart.value_axis.tick_labels.number_format_is_linked = "0%", False
    _notes(deck, slide, ctx, "voices", say("method.voices", lang))
    return slide


SLIDES: list[Slide] = [
    Slide("title", None, title_slide),
    Slide("map", None, map_slide),
    Slide("ranked", "ranked", ranked_slide),
    Slide("ranked_table", "ranked", ranked_table_slide),
    Slide("pareto", "pareto", pareto_slide),
    Slide("ipa", "ipa", ipa_slide),
    Slide("drivers", "drivers", drivers_slide),
    Slide("heatmap", "heatmap", heatmap_slide),
    Slide("curve", "curve", curve_slide),
    Slide("flow", "flow", flow_slide),
    Slide("trend", "trend", trend_slide),
    Slide("voices", "voices", voices_slide),
    Slide("impact_effort", "impact_effort", impact_effort.impact_effort_slide),
    Slide("timeline", "timeline", roadmap_export.timeline_slide),
    Slide("initiatives", "timeline", roadmap_export.status_table_slide),
    Slide("before_after", None, roadmap_export.before_after_slide),
    Slide("moved", None, roadmap_export.moved_slide),
]
assert {s.chart for s in SLIDES if s.chart} <= set(catalogue.NAMES)


def build_deck(deck: Deck, ctx: Context, *, tick: Callable[[str], None] = lambda name: None) -> list[str]:
    """Every slide whose chart was chosen; returns the names of the slides made."""
    made = []
    for s in SLIDES:
        if s.chart is not None and s.chart not in ctx.charts:
            continue
        tick(s.name)
        if s.build(deck, ctx) is not None:
            made.append(s.name)
    return made
