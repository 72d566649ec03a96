"""Roadmap charts: the impact-effort matrix and the timeline, from ``analysis.roadmap.roadmap`` rows.

Impact-effort: x = effort (person-months), y = expected impact (RICE impact x confidence), bubble area
by reach, cut lines at the medians; quick wins (analysis.roadmap.quick_win) are labelled, overdue
initiatives ringed in red. Timeline: one bar per initiative from start to due, grouped by department
or by the due quarter, "today" as a line; overdue bars red. Done and dropped initiatives are drawn
muted. No Qt: the app and the exports draw the same figures.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

import plotly.graph_objects as go

from journeymap.analysis.roadmap import median, quick_win
from journeymap import i18n
from journeymap.i18n import _

from .placement import Box, _box, _overlap, place_labels
from .theme import BAD, GOOD, MUTED, NEUTRAL, PALETTE, Footer, apply, columns, escape, short, wrap, wrap_lines

OVERDUE = "#C5221F"   # the red of the Roadmap view's status table and the deck's timeline (BAD reads as orange)
STATUS_COLOURS = {"idea": PALETTE[4], "planned": PALETTE[5], "in_progress": NEUTRAL, "done": GOOD,
                  "dropped": MUTED}
def N_(text: str) -> str:
    """Marks a text for the gettext catalogue; translated where it is shown (``_(text, lang=...)``)."""
    return text


STATUS_NAMES = {"idea": N_("Idea"), "planned": N_("Planned"), "in_progress": N_("In progress"), "done": N_("Done"),
                "dropped": N_("Dropped")}
MAX_BUBBLE = 70      # px diameter of the largest reach
MIN_BUBBLE = 14
MAX_LABELS = 40      # more bubbles than this: a slide labels the quick wins and overdue ones only
PLOT_PX = (1380, 560)   # about the plot area of a 1600 x 900 slide, for placing labels
# The plot areas the Roadmap view gives the matrix, measured in windows of 1024 x 700, 1366 x 768 and
# 1920 x 1080 (the chart resizes with its panel; its labels are placed to suit all three)
PANEL_PLOTS = [(250, 120), (390, 195), (840, 400)]
PANEL_FONT = 12
PANEL_SIZEREF = 1.6


def value_of(row: dict) -> float | None:
    parts = row["rice_parts"]
    if parts["impact"] is None or parts["confidence"] is None:
        return None
    return parts["impact"] * parts["confidence"]


def plotted(row: dict) -> float:
    """``value_of`` a row on the chart: the rows without one were left out before."""
    value = value_of(row)
    if value is None:
        raise ValueError(f"initiative {row['id']!r} has no impact x confidence to plot")
    return value


def impact_effort_chart(data: dict, *, source: str, dark: bool = False, lang: str = "en",
                        labels: str = "all") -> go.Figure:
    """``labels``: "all" (the slide; with more than MAX_LABELS bubbles only the key ones), or "key" (a
    panel in the app): quick wins and overdue ones labelled, the rest on hover."""
    rows = [r for r in data["initiatives"] if r["effort"] and value_of(r) is not None]
    left_out = len(data["initiatives"]) - len(rows)
    wins = quick_win(data["initiatives"])
    top = max([r["rice_parts"]["reach"] or 0 for r in rows] + [1])
    key = {r["id"] for r in rows if r["id"] in wins or r["overdue"]}
    named = {r["id"] for r in rows} if labels == "all" and len(rows) <= MAX_LABELS else key
    fig = go.Figure()
    for status, colour in STATUS_COLOURS.items():
        mine = [r for r in rows if r["status"] == status]
        if not mine:
            continue
        fig.add_trace(go.Scatter(
            x=[r["effort"] for r in mine], y=[plotted(r) for r in mine], mode="markers+text",
            name=_(STATUS_NAMES[status], lang=lang),
            text=["" for r in mine], textfont=dict(size=15), customdata=[r["id"] for r in mine],
            hovertext=[_hover(r, lang) for r in mine], hoverinfo="text",
            marker=dict(size=[_size(r, top) for r in mine], color=colour, opacity=0.75,
                        line=dict(color=[BAD if r["overdue"] else "white" for r in mine],
                                  width=[4 if r["overdue"] else 1 for r in mine]))))
    efforts = [r["effort"] for r in rows]
    values = [plotted(r) for r in rows]
    if rows:
        mid_e, mid_v = median(efforts), median(values)
        for axis, at in (("x", mid_e), ("y", mid_v)):
            fig.add_shape(type="line", line=dict(color=MUTED, dash="dash", width=2),
                          **({"x0": at, "x1": at, "yref": "paper", "y0": 0, "y1": 1} if axis == "x" else
                             {"y0": at, "y1": at, "xref": "paper", "x0": 0, "x1": 1}))
        fig.add_annotation(xref="paper", yref="paper", x=0.01, y=0.99, text=f"<b>{_('Quick wins', lang=lang)}</b>",
                           showarrow=False,
                           xanchor="left", yanchor="top", font=dict(size=18, color=GOOD))
        fig.add_annotation(xref="paper", yref="paper", x=0.99, y=0.99, text=_("Big bets", lang=lang), showarrow=False,
                           xanchor="right", yanchor="top", font=dict(size=18, color=MUTED))
        fig.add_annotation(xref="paper", yref="paper", x=0.99, y=0.01, text=_("Money pits", lang=lang), showarrow=False,
                           xanchor="right", yanchor="bottom", font=dict(size=18, color=MUTED))
    # Set ranges, not plotly's autorange: labels are placed in the pixels these ranges give
    fig.update_xaxes(title_text=_("Effort (person-months)", lang=lang), range=[0, 1.1 * max(efforts + [1])])
    fig.update_yaxes(title_text=_("Expected impact (RICE impact \u00d7 confidence)", lang=lang),
                     range=[0, 1.18 * max(values + [0.1])])
    note = _("bubble area = reach; ringed = overdue", lang=lang) + (
        "; " + _("{n} without effort or impact", lang=lang).format(n=left_out) if left_out else "")
    title = _matrix_finding(rows, wins, lang)
    apply(fig, title=title, footer=Footer(source, len(rows), note, lang=lang), dark=dark, lang=lang)
    order = sorted((r for r in rows if r["id"] in named), key=lambda r: (r["id"] not in wins, not r["overdue"],
                                                                         -plotted(r)))
    fig.layout.meta["labels"] = [[r["id"], r["id"] in wins, _label_options(r, r["id"] in wins)] for r in order]
    return place(fig, [PLOT_PX], font_px=15)


def timeline_chart(data: dict, *, source: str, by: str = "department", dark: bool = False,
                   lang: str = "en") -> go.Figure:
    """Bars from start to due, grouped ``by`` "department" or "quarter" (of the due date)."""
    as_of = dt.date.fromisoformat(data["as_of"])
    rows = [r for r in data["initiatives"] if r["due"] and (r["start"] or r["due"])]
    rows.sort(key=lambda r: (_group(r, by), r["start"] or r["due"]))
    labels = [f"{short(_group(r, by), 16)} \u00b7 {short(r['title'], 44)}" for r in rows]
    fig = go.Figure()
    groups = [(_(STATUS_NAMES[st], lang=lang), colour, [i for i, r in enumerate(rows) if r["status"] == st and not r["overdue"]])
              for st, colour in STATUS_COLOURS.items()]
    overdue_name = _("Overdue", lang=lang)
    groups.append((overdue_name, OVERDUE, [i for i, r in enumerate(rows) if r["overdue"]]))
    for name, colour, idx in groups:
        if not idx:
            continue
        starts = [rows[i]["start"] or rows[i]["due"] for i in idx]
        days = [max((dt.date.fromisoformat(rows[i]["due"]) - dt.date.fromisoformat(s)).days, 7) for i, s in
                zip(idx, starts)]
        fig.add_trace(go.Bar(
            y=[labels[i] for i in idx], x=[d * 86_400_000 for d in days], base=starts, orientation="h",
            name=name, customdata=[rows[i]["id"] for i in idx], marker=dict(color=colour),
            text=[rows[i]["owner"] or _("no owner", lang=lang) for i in idx], textposition="outside",
            cliponaxis=False, textfont=dict(size=15, color=OVERDUE if name == overdue_name else "#5F6368"),
            hovertext=[_hover(rows[i], lang) for i in idx], hoverinfo="text"))
    fig.add_shape(type="line", x0=as_of.isoformat(), x1=as_of.isoformat(), yref="paper", y0=0, y1=1,
                  line=dict(color=BAD, width=2, dash="dot"))
    fig.add_annotation(x=as_of.isoformat(), yref="paper", y=1, text=_("today {date}", lang=lang).format(
        date=as_of.isoformat()), showarrow=False, xanchor="left", yanchor="top", xshift=4,
        bgcolor="rgba(255,255,255,0.85)", font=dict(size=16, color=BAD))   # inside the plot: clear of the legend
    fig.update_layout(barmode="overlay", bargap=0.35)
    if rows:   # room on the right for the owner's name beside the last bar
        first = min([dt.date.fromisoformat(r["start"] or r["due"]) for r in rows] + [as_of])
        last = max([dt.date.fromisoformat(r["due"]) for r in rows] + [as_of])
        fig.update_xaxes(range=[(first - dt.timedelta(days=20)).isoformat(),
                                (last + dt.timedelta(days=25 + (last - first).days // 8)).isoformat()])
    fig.update_xaxes(type="date", title_text="")
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(labels)), tickfont=dict(size=15),
                     range=[-0.6, len(rows) - 0.4 + 0.7])     # a row of room on top for "today"
    title = timeline_finding(data, scheduled=len(rows), lang=lang)
    undated = len(data["initiatives"]) - len(rows)
    note = i18n.clauses([_("by department", lang=lang) if by == "department" else _("by quarter", lang=lang),
                         _("{n} without a due date not shown", lang=lang).format(n=undated) if undated else ""],
                        lang=lang)      # "; " in English, "；" in Chinese
    apply(fig, title=title, footer=Footer(source, len(rows), note, lang=lang), dark=dark, lang=lang)
    return fig.update_layout(legend=dict(x=0, xanchor="left"))     # the right end carries "today"


def timeline_finding(data: dict, *, scheduled: int, lang: str = "en") -> str:
    """k of all the journey's initiatives are overdue: the same k and n as the status table (an initiative
    without a due date is not drawn, but it is one of the n); English agrees in number."""
    k, n = sum(r["overdue"] for r in data["initiatives"]), len(data["initiatives"])
    if not k:
        return _("All {n} scheduled initiatives are on time", lang=lang).format(n=scheduled)
    if k == 1:
        return _("{k} of {n} initiatives is overdue", lang=lang).format(k=k, n=n)
    return _("{k} of {n} initiatives are overdue", lang=lang).format(k=k, n=n)


def _group(row: dict, by: str) -> str:
    if by == "quarter":
        d = dt.date.fromisoformat(row["due"])
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return row["department"] or "(no department)"


def _matrix_finding(rows: list[dict], wins: set[str], lang: str = "en") -> str:
    if not rows:
        return _("No initiative has both an effort and an impact estimate yet", lang=lang)
    if not wins:
        return _("No quick wins: every high-impact initiative takes above-median effort", lang=lang)
    names = [r["title"] for r in rows if r["id"] in wins]
    if len(names) == 1:
        return _("One quick win: \u201c{title}\u201d", lang=lang).format(title=names[0])
    return _("{n} quick wins: high expected impact for below-median effort", lang=lang).format(n=len(names))


def _size(row: dict, top: float) -> float:
    reach = row["rice_parts"]["reach"] or 0
    return MIN_BUBBLE + (MAX_BUBBLE - MIN_BUBBLE) * (reach / top) ** 0.5     # area grows with reach


def _hover(row: dict, lang: str = "en") -> str:
    p = row.get("projected_impact") or {}
    proj = (_("<br>projected {effect:+.3f} ({low:+.3f} to {high:+.3f})", lang=lang).format(
        effect=p["effect"], low=p["ci_low"], high=p["ci_high"]) if p.get("effect") is not None else "")
    rice = "-" if row["rice"] is None else f"{row['rice']:,.1f}"
    status = _(STATUS_NAMES.get(row["status"], row["status"]), lang=lang)
    return (f"<b>{wrap(row['title'], 40)}</b><br>{status} \u00b7 {row['owner'] or _('no owner', lang=lang)} \u00b7 "
            + _("due {date}", lang=lang).format(date=row["due"] or "-") + f"<br>RICE {rice}{proj}")


def _label_options(row: dict, win: bool) -> list[list[str]]:
    """A label's lines, longest first: a quick win that finds no room falls back to a shorter name, then
    to its star alone (it is always marked; every bubble keeps its full name on hover)."""
    full = wrap_lines(short(row["title"], 40), 22)
    if not win:
        return [full]
    return [["\u2605 " + full[0]] + full[1:], ["\u2605 " + short(row["title"], 16)], ["\u2605"]]


def place(fig: go.Figure, plots: Sequence[tuple[float, float]], *, font_px: float,
          sizeref: float = 1.0) -> go.Figure:
    """Set the matrix's labels for plot areas of ``plots`` px, all at once (charts.placement with drop):
    at each size no label covers another, a bubble, a corner's words or the plot's edge. The most
    important first (quick wins, overdue, then by impact); a quick win without room is shortened, at
    last to a star on its own bubble; another label is left off (its name stays on hover)."""
    wanted = fig.layout.meta.get("labels", [])
    fig.data = [t for t in fig.data if t.meta != STARS]      # placed again (compact): stars anew
    points = [(t, k) for t in fig.data for k in range(len(t.x or ()))]
    ids = [t.customdata[k] for t, k in points]
    xs, ys = [float(t.x[k]) for t, k in points], [float(t.y[k]) for t, k in points]
    radii = [float(t.marker.size[k]) / sizeref / 2 for t, k in points]
    at = {i: n for n, i in enumerate(ids)}
    order = [at[i] for i, _win, _opts in wanted]
    level = {i: 0 for i, _win, _opts in wanted}
    options = {i: opts for i, _win, opts in wanted}
    wins = {i for i, win, _opts in wanted if win}
    width = LABEL_WIDTH * font_px      # the placer counts half a font size a column; bold Noto is wider
    xrange, yrange = tuple(fig.layout.xaxis.range), tuple(fig.layout.yaxis.range)
    centred: set[str] = set()          # quick wins marked by a star on their own bubble
    crowded: set[str] = set()          # not even that: its star would cover another's

    def star(i: str, size: tuple[float, float]) -> Box:
        """A lone star's box: its glyph, about 0.8 of the type size each way, without a line's leading."""
        return _box(*_to_px(xs[at[i]], ys[at[i]], xrange, yrange, size), 0.8 * font_px, font_px,
                    "middle center", 0)

    def obstacles(size: tuple[float, float]) -> list[Box]:
        return _corner_boxes(fig, size) + [star(i, size) for i in centred]

    while True:
        texts = ["<br>".join(options[i][level[i]]) if i in level and i not in centred else "" for i in ids]
        places = place_labels(xs, ys, texts, xrange=xrange, yrange=yrange, size=plots[0], also=plots[1:],
                              font_px=width, order=order, radii=radii, drop=True, obstacles=obstacles)
        unplaced = [i for i, _win, _opts in wanted if i in wins and i not in centred | crowded
                    and places[at[i]] is None]
        shorter = [i for i in unplaced if level[i] + 1 < len(options[i])]
        for i in shorter:
            level[i] += 1
        if not unplaced:
            break
        for i in [] if shorter else unplaced:     # the most important first
            clash = any(_overlap(star(i, wh), star(j, wh)) for j in centred for wh in plots)
            (crowded if clash else centred).add(i)
    for trace in fig.data:
        mine = [at[i] for i in trace.customdata]
        trace.text = [_shown(options[ids[n]][level[ids[n]]], ids[n] in wins)
                      if ids[n] in level and places[n] and ids[n] not in centred else "" for n in mine]
        trace.textposition = [places[n] or "top center" for n in mine]
    if centred:     # a trace of their own, drawn last: over every bubble, not under a later status's
        ring = sorted(centred, key=lambda i: at[i])
        fig.add_trace(go.Scatter(x=[xs[at[i]] for i in ring], y=[ys[at[i]] for i in ring], mode="text",
                                 text=["<b>\u2605</b>"] * len(ring), textposition="middle center",
                                 textfont=dict(size=font_px), customdata=ring, showlegend=False,
                                 hoverinfo="skip", meta=STARS))
    return fig


STARS = "quick-win stars"


def _to_px(x: float, y: float, xrange: tuple, yrange: tuple, size: tuple[float, float]) -> tuple[float, float]:
    return (x - xrange[0]) / (xrange[1] - xrange[0]) * size[0], (1 - (y - yrange[0]) / (yrange[1] - yrange[0])) * size[1]


LABEL_WIDTH = 1.25


def _shown(lines: list[str], win: bool) -> str:
    text = "<br>".join(escape(line) for line in lines)
    return f"<b>{text}</b>" if win else text


def _corner_boxes(fig: go.Figure, plot_px: tuple[float, float]) -> list[Box]:
    """The px boxes of the words in the plot's corners ("Quick wins", "Big bets", "Money pits")."""
    w, h = plot_px
    out = []
    for note in fig.layout.annotations:
        if note.xref != "paper" or note.yref != "paper" or note.name == "footer":
            continue
        size = note.font.size or 18
        bw = columns(re.sub(r"<[^>]+>", "", note.text)) * size * LABEL_WIDTH * 0.5 + 4
        bh = size * 1.3
        x = note.x * w - (bw if note.xanchor == "right" else 0)
        y = (1 - note.y) * h - (bh if note.yanchor == "bottom" else 0)
        out.append((x, y, x + bw, y + bh))
    return out


def compact(fig: go.Figure) -> go.Figure:
    """The slide figure sized for a panel in the app: smaller type and margins, same data."""
    fig.update_layout(font=dict(size=13), title=dict(font=dict(size=17), y=0.98), legend=dict(font=dict(size=12)),
                      margin=dict(l=60, r=20, t=80, b=80))
    fig.update_xaxes(title_font=dict(size=14), tickfont=dict(size=12))
    fig.update_yaxes(title_font=dict(size=14), tickfont=dict(size=12))
    fig.update_traces(textfont_size=PANEL_FONT)
    fig.update_traces(marker_sizeref=PANEL_SIZEREF, selector=dict(type="scatter"))
    for note in fig.layout.annotations:
        if note.name == "footer":
            note.update(font=dict(size=11), yshift=-50)
        elif note.font is not None and note.font.size:
            note.update(font=dict(size=13))
    if fig.layout.meta and "labels" in fig.layout.meta:     # the matrix: its labels placed again, for the panel
        place(fig, PANEL_PLOTS, font_px=PANEL_FONT, sizeref=PANEL_SIZEREF)
    return fig
