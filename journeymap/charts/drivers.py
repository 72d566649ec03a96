"""Charts of the key-driver analysis: importance-performance, and driver weights with intervals.

Each takes the ``drivers`` JSON shape (analysis.drivers DriverResult.to_dict(), cli.md).
"""
from __future__ import annotations

import plotly.graph_objects as go

from journeymap.i18n import N_, gettext

from .drivers_finding import drivers_finding, ipa_finding
from .labels import say
from .placement import place_labels
from .theme import BAD, GOOD, MUTED, NEUTRAL, Footer, apply, escape, short, wrap

QUADRANT_COLOURS = {"concentrate": BAD, "keep_up": GOOD, "low_priority": MUTED, "possible_overkill": NEUTRAL}
METHOD_NAMES = {"relweight": N_("Johnson's relative weights"), "shapley": N_("Shapley (LMG)"),
                "corr": N_("squared correlations (naive)")}
# The shortest performance axis, in points of the 0-100 score: on a 1-5 item one answer point is 25, so
# 30 shows a bit more than one answer point; narrower, a fraction of a point fills the plot.
MIN_PERFORMANCE_SPAN = 30.0
QUADRANT_LABELS = {"concentrate": "Concentrate here", "keep_up": "Keep up the good work",
                   "low_priority": "Low priority", "possible_overkill": "Possible overkill"}


def performance(item: dict) -> float:
    return item.get("performance", item["mean"])


def cut_lines(items: list[dict]) -> tuple[float, float]:
    """(importance cut, performance cut): the means, as Martilla & James draw them."""
    return (sum(i["weight_pct"] for i in items) / len(items), sum(performance(i) for i in items) / len(items))


def certain(item: dict, cut: float) -> bool:
    """False when the item's interval straddles the importance cut line (its quadrant may be the other)."""
    if "quadrant_certain" in item:
        return bool(item["quadrant_certain"])
    low, high = item.get("ci_low"), item.get("ci_high")
    return low is None or high is None or not (low < cut < high)


def performance_range(y: list[float], *, below: float, above: float) -> tuple[float, float]:
    """The performance axis: the points with room for labels (``below``/``above`` as shares of their
    spread), widened to at least MIN_PERFORMANCE_SPAN points around them and kept within 0-100, so that a
    gap of two points out of a hundred is drawn as small as it is."""
    spread = (max(y) - min(y)) or 10
    low, high = min(y) - below * spread, max(y) + above * spread
    if high - low < MIN_PERFORMANCE_SPAN:
        middle = (low + high) / 2
        low, high = middle - MIN_PERFORMANCE_SPAN / 2, middle + MIN_PERFORMANCE_SPAN / 2
    shift = max(0.0, -low) - max(0.0, high - 100)        # slide back inside the scale, span kept
    return max(0.0, low + shift), min(100.0, high + shift)


def _label(item: dict) -> str:
    return wrap(short(item["item"], 44), 24)


def ipa_chart(result: dict, *, source: str, title: str | None = None, dark: bool = False,
              period: str | None = None, lang: str = "en") -> go.Figure:
    items = result["items"]
    mx, my = cut_lines(items)
    x = [i["weight_pct"] for i in items]
    y = [performance(i) for i in items]
    xr, yr = (0, max(x) * 1.15 + 1), performance_range(y, below=0.15, above=0.2)
    place = place_labels(x, y, [_label(i) for i in items], xrange=xr, yrange=yr,
                         order=sorted(range(len(items)), key=lambda k: -items[k]["weight_pct"]), drop=True)
    fig = go.Figure()
    fig.add_shape(type="rect", x0=mx, x1=1, xref="x", y0=0, y1=my, yref="y",
                  fillcolor=BAD, opacity=0.07, line_width=0, layer="below")
    for quadrant, colour in QUADRANT_COLOURS.items():
        rows = [k for k, i in enumerate(items) if i["quadrant"] == quadrant]
        if not rows:
            continue
        fig.add_trace(go.Scatter(
            x=[items[k]["weight_pct"] for k in rows], y=[performance(items[k]) for k in rows],
            mode="markers+text", name=say(f"q.{quadrant}", lang) if lang != "en" else QUADRANT_LABELS[quadrant],
            text=[_label(items[k]) if place[k] else "" for k in rows],     # crowded: the lesser label goes
            hovertext=[_label(items[k]) for k in rows], textposition=[place[k] or "top center" for k in rows],
            marker=dict(size=18, color=colour, line=dict(width=3, color=colour),
                        symbol=["circle" if certain(items[k], mx) else "circle-open" for k in rows]),
            customdata=[[escape(items[k]["stage"] or ""), items[k]["n"], items[k].get("ci_low"),
                         items[k].get("ci_high")] for k in rows],
            hovertemplate=gettext("<b>%{hovertext}</b><br>stage %{customdata[0]}<br>importance %{x:.1f}% (CI "
                                  "%{customdata[2]:.1f}–%{customdata[3]:.1f})<br>performance %{y:.0f}<br>n "
                                  "%{customdata[1]}<extra></extra>", lang=lang)))
    if not all(certain(i, mx) for i in items):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=say("ipa.uncertain", lang),
                                 marker=dict(size=18, color=MUTED, symbol="circle-open", line=dict(width=3))))
    fig.add_vline(x=mx, line=dict(color=MUTED, dash="dash", width=2))
    fig.add_hline(y=my, line=dict(color=MUTED, dash="dash", width=2))
    y0 = yr[0]
    fig.layout.shapes[0].update(x1=xr[1], y0=y0)
    fig.add_annotation(x=xr[1], y=y0, xanchor="right", yanchor="bottom", showarrow=False,
                       text=f"<b>{escape(say('q.concentrate', lang))}</b>", font=dict(size=20, color=BAD))
    fig.update_traces(cliponaxis=False)
    fig.update_xaxes(title_text=say("ipa.x", lang), range=list(xr))
    fig.update_yaxes(title_text=say("ipa.y", lang), range=list(yr))
    footer = Footer(source, result.get("n"), _method_note(result, lang), period, lang)
    return apply(fig, title=title or ipa_finding(result, lang), footer=footer, dark=dark,
                 subtitle=say("ipa.sub", lang, outcome=result.get("outcome", gettext("the outcome", lang=lang))))


def method_name(method: str, lang: str = "en") -> str:
    return gettext(METHOD_NAMES.get(method, method), lang=lang)


def _method_note(result: dict, lang: str = "en") -> str:
    method = method_name(result["method"], lang)
    if result.get("approximate"):   # sampled Shapley (more than 20 items): said wherever it shows
        method = gettext("{method}, approximate", lang=lang).format(method=method)
    return f"R\u00b2 = {result['r2']:.2f}; {method}"


def driver_bars(result: dict, *, source: str, title: str | None = None, dark: bool = False,
                period: str | None = None, lang: str = "en") -> go.Figure:
    items = sorted(result["items"], key=lambda i: i["weight_pct"])
    lows = [i["weight_pct"] - i["ci_low"] if i.get("ci_low") is not None else 0 for i in items]
    highs = [i["ci_high"] - i["weight_pct"] if i.get("ci_high") is not None else 0 for i in items]
    fig = go.Figure(go.Bar(
        x=[i["weight_pct"] for i in items], y=[wrap(short(i["item"], 60), 36) for i in items], orientation="h",
        marker_color=[QUADRANT_COLOURS.get(i["quadrant"], NEUTRAL) for i in items],
        error_x=dict(type="data", symmetric=False, array=highs, arrayminus=lows, color="#5F6368", thickness=2),
        text=[f"{i['weight_pct']:.0f}%" for i in items], textposition="inside", insidetextanchor="start",
        textfont=dict(color="white")))
    fig.update_xaxes(title_text=say("drivers.axis", lang))
    fig.update_yaxes(tickfont=dict(size=15))
    footer = Footer(source, result.get("n"), _method_note(result, lang), period, lang)
    return apply(fig, title=title or drivers_finding(result, lang), footer=footer, dark=dark)
