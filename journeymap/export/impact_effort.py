"""The impact-effort matrix in the deck: a native bubble chart, one series, each bubble coloured by status,
quick wins starred and named in full under the chart, overdue ones red-edged (from export.roadmap_export).

Bubbles lie on each other at low effort: they are see-through, and kept smaller by an unseen bubble (a
second series) of BUBBLE_ROOM times the largest reach, as LibreOffice draws the largest bubble a quarter
of the plot across whatever bubble_scale says. Labels are placed by charts.placement.place_labels with
drop: a label that would cover another, cross the axis or lie on a bubble is left off, and the notes
name those initiatives. A label is cut only between words.
"""
from __future__ import annotations

import math
import re

from lxml import etree
from pptx.chart.data import BubbleChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.util import Pt

from journeymap.analysis.roadmap import quick_win
from journeymap.charts.placement import SIDES, place_labels
from journeymap.charts.roadmap import STATUS_COLOURS, plotted, value_of
from journeymap.charts.theme import BAD, short, wrap_lines
from journeymap.i18n import gettext

from . import native
from .deck import A, Box, Deck
from .roadmap_export import _notes


def impact_effort_slide(deck: Deck, ctx):
    data, lang = ctx.bundle.get("roadmap"), ctx.lang
    fig = ctx.figures.get("impact_effort")
    rows = [r for r in (data or {}).get("initiatives", []) if r["effort"] and value_of(r) is not None]
    if not rows or fig is None:
        return None
    wins = quick_win(data["initiatives"])
    slide = deck.slide(fig.layout.meta["finding"])
    deck.footer(slide, fig.layout.meta["footer"])
    chart_data = BubbleChartData(number_format="0.0")
    series = chart_data.add_series(gettext("initiatives", lang=lang))
    for r in rows:
        series.add_data_point(r["effort"], plotted(r), max(r["rice_parts"]["reach"] or 0, 1))
    xs, ys = [r["effort"] for r in rows], [plotted(r) for r in rows]
    # Clients draw the largest bubble a quarter of the plot across (LibreOffice whatever the scale): an
    # unseen bubble BUBBLE_ROOM times the largest reach keeps the real ones smaller, off each other
    room = chart_data.add_series(" ")
    room.add_data_point(xs[0], ys[0], max(max(r["rice_parts"]["reach"] or 0, 1) for r in rows) * BUBBLE_ROOM)
    c = deck.content
    chart = slide.shapes.add_chart(XL_CHART_TYPE.BUBBLE, *Box(c.left, c.top, c.width, int(c.height * 0.9)).tuple(),
                                   chart_data).chart
    native.style(chart, lang, legend=False)
    if wins:   # the slide's point, named in full even where the crowd leaves a bubble without its label
        deck.text(slide, "\u2605 " + gettext("Quick wins", lang=lang) + ("\uff1a" if lang != "en" else ": ") + "  \u00b7  ".join(
            r["title"] for r in rows if r["id"] in wins), Box(c.left, c.top + int(c.height * 0.91), c.width,
                                                               int(c.height * 0.09)), size=12)
    unseen = chart.plots[0].series[1]
    unseen.format.fill.background()
    unseen.format.line.fill.background()
    chart.category_axis.minimum_scale, chart.category_axis.maximum_scale = 0, _nice(max(xs) * 1.1)
    chart.value_axis.minimum_scale, chart.value_axis.maximum_scale = 0, _nice(max(ys) * 1.15)
    texts = [_bubble_text(("\u2605 " if r["id"] in wins else "") + r["title"]) for r in rows]
    # Bubbles: the biggest is 25% of the plot's height across (LibreOffice draws it so whatever the
    # bubble_scale; PowerPoint smaller, so labels placed for LibreOffice clear both); area follows reach.
    sizes = [max(r["rice_parts"]["reach"] or 0, 1) for r in rows]
    radii = [0.25 * 480 / 2 * (s / max(sizes) / BUBBLE_ROOM) ** 0.5 for s in sizes]
    # PowerPoint and LibreOffice wrap a data label at about 20 characters: place them as drawn
    places = place_labels(xs, ys, ["<br>".join(wrap_lines(t, 20)) for t in texts], xrange=(0, _nice(max(xs) * 1.1)),
                          yrange=(0, _nice(max(ys) * 1.15)), size=(1100, 480), font_px=15, order=sorted(range(len(rows)), key=lambda k: (rows[k]["id"] not in wins, -ys[k])),
                          radii=radii, drop=True, places=SIDES)
    for point, r, text, place in zip(chart.plots[0].series[0].points, rows, texts, places):
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = native.rgb(STATUS_COLOURS.get(r["status"], STATUS_COLOURS["idea"]))
        _see_through(point.format.fill, BUBBLE_OPACITY)    # bubbles at low effort lie on each other
        point.format.line.color.rgb = native.rgb(BAD if r["overdue"] else "#FFFFFF")
        point.format.line.width = Pt(3 if r["overdue"] else 0.75)
        if place is None:    # would cover another label: named in the initiatives table slide instead
            continue
        frame = point.data_label.text_frame
        frame.text = text
        for run in frame.paragraphs[0].runs:
            run.font.size, run.font.bold = Pt(10), r["id"] in wins
            deck.cjk(run)
        point.data_label.position = native.LABEL_POSITIONS.get(place, XL_LABEL_POSITION.ABOVE)
    for axis, title in ((chart.category_axis, gettext("Effort (person-months)", lang=lang)),
                        (chart.value_axis, gettext("Expected impact (RICE impact \u00d7 confidence)", lang=lang))):
        axis.has_title = True
        axis.axis_title.text_frame.text = title
        for run in axis.axis_title.text_frame.paragraphs[0].runs:
            deck.cjk(run)
    _notes(deck, slide, ctx, fig.layout.meta["finding"], gettext(
        "bubble area = reach (customers a period); colour = status; \u2605 = quick win (impact x confidence at or "
        "above the median, effort at or below it); red edge = overdue as of {date}", lang=lang).format(
            date=data["as_of"]) + _unlabelled(rows, places, lang),
        (gettext("{n} initiative", lang=lang) if len(rows) == 1 else gettext("{n} initiatives", lang=lang)).format(
            n=len(rows)))   # agrees in number
    return slide


BUBBLE_OPACITY = 0.65
BUBBLE_ROOM = 3.0     # the unseen bubble's reach over the largest: the real ones 1/sqrt(3) as wide


def _nice(top: float) -> float:
    """An axis maximum on a round step (1, 2 or 5 times a power of ten)."""
    step = 10 ** math.floor(math.log10(top / 5)) if top > 0 else 1
    for k in (1, 2, 5, 10):
        if top / (step * k) <= 8:
            return math.ceil(top / (step * k)) * step * k
    return top
LABEL_LINES, LABEL_WIDTH = 2, 20   # a chart client wraps a data label at about 20 characters


def _bubble_text(title: str) -> str:
    """``title`` as a bubble's label: whole, or cut between words to two lines with an ellipsis (a cut
    inside a word left "Fast-track small claims w\u2026"); Chinese may be cut between characters."""
    if len(wrap_lines(title, LABEL_WIDTH)) <= LABEL_LINES:
        return title
    words = re.findall(r"\S+\s*", title) if " " in title else list(title)
    kept = ""
    for word in words:
        if len(wrap_lines((kept + word).rstrip() + "\u2026", LABEL_WIDTH)) > LABEL_LINES:
            break
        kept += word
    return (kept.rstrip() or short(title, LABEL_WIDTH)) + ("" if kept.rstrip() == title else "\u2026")


def _see_through(fill, opacity: float) -> None:
    colour = fill._xPr.find(f".//{{{A}}}srgbClr")
    etree.SubElement(colour, f"{{{A}}}alpha", val=str(int(opacity * 100000)))


def _unlabelled(rows: list[dict], places: list, lang: str) -> str:
    """For the notes: the bubbles left without a label (it would have covered another or left the plot)."""
    names = [r["title"] for r, place in zip(rows, places) if place is None]
    return (" " + gettext("Not labelled: {names}", lang=lang).format(names="; ".join(names))) if names else ""
