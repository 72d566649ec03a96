"""Charts of the key-driver analysis: importance-performance, and driver weights with intervals.

Each takes the ``drivers`` JSON shape (analysis.drivers DriverResult.to_dict(), cli.md).
"""
from __future__ import annotations

import plotly.graph_objects as go

from .theme import BAD, GOOD, MUTED, NEUTRAL, Footer, apply, escape, wrap

QUADRANT_COLOURS = {"concentrate": BAD, "keep_up": GOOD, "low_priority": MUTED, "possible_overkill": NEUTRAL}
METHOD_NAMES = {"relweight": "Johnson's relative weights", "shapley": "Shapley (LMG)",
                "corr": "squared correlations (naive)"}
QUADRANT_LABELS = {"concentrate": "Concentrate here", "keep_up": "Keep up the good work",
                   "low_priority": "Low priority", "possible_overkill": "Possible overkill"}


def ipa_finding(result: dict) -> str:
    """The title: what the chart shows, in words."""
    concentrate = sorted((i for i in result["items"] if i["quadrant"] == "concentrate"),
                         key=lambda i: -i["weight_pct"])
    if concentrate:
        names = " and ".join(f"'{i['item']}'" for i in concentrate[:2])
        verb = "it matters" if len(concentrate[:2]) == 1 else "they matter"
        return f"Concentrate on {names}: {verb} most and performs below average" if verb == "it matters" \
            else f"Concentrate on {names}: {verb} most and perform below average"
    top = max(result["items"], key=lambda i: i["weight_pct"])
    return f"'{top['item']}' matters most, and performs at or above average"


def ipa_chart(result: dict, *, source: str, title: str | None = None, dark: bool = False) -> go.Figure:
    items = result["items"]
    x = [i["weight_pct"] for i in items]
    y = [i.get("performance", i["mean"]) for i in items]
    fig = go.Figure()
    for quadrant, colour in QUADRANT_COLOURS.items():
        rows = [i for i in items if i["quadrant"] == quadrant]
        if not rows:
            continue
        fig.add_trace(go.Scatter(
            x=[i["weight_pct"] for i in rows], y=[i.get("performance", i["mean"]) for i in rows],
            mode="markers+text", name=QUADRANT_LABELS[quadrant],
            text=[wrap(i["item"], 22) for i in rows], textposition="top center",
            marker=dict(size=18, color=colour, line=dict(width=1, color="white")),
            customdata=[[escape(i["stage"] or ""), i["n"], i.get("ci_low"), i.get("ci_high")] for i in rows],
            hovertemplate="<b>%{text}</b><br>stage %{customdata[0]}<br>importance %{x:.1f}% "
                          "(CI %{customdata[2]:.1f}–%{customdata[3]:.1f})<br>performance %{y:.0f}"
                          "<br>n %{customdata[1]}<extra></extra>"))
    mx, my = sum(x) / len(x), sum(y) / len(y)
    fig.add_vline(x=mx, line=dict(color=MUTED, dash="dash", width=2))
    fig.add_hline(y=my, line=dict(color=MUTED, dash="dash", width=2))
    fig.update_xaxes(title_text="Importance (share of explained variance, %)", rangemode="tozero")
    fig.update_yaxes(title_text="Performance (0 = worst, 100 = best)")
    footer = Footer(source, result.get("n"), f"R² = {result['r2']:.2f}; {METHOD_NAMES.get(result['method'], result['method'])}")
    return apply(fig, title=title or ipa_finding(result), footer=footer, dark=dark,
                 subtitle=f"Key drivers of {result.get('outcome', 'the outcome')}")


def driver_bars(result: dict, *, source: str, title: str | None = None, dark: bool = False) -> go.Figure:
    items = sorted(result["items"], key=lambda i: i["weight_pct"])
    lows = [i["weight_pct"] - i["ci_low"] if i.get("ci_low") is not None else 0 for i in items]
    highs = [i["ci_high"] - i["weight_pct"] if i.get("ci_high") is not None else 0 for i in items]
    fig = go.Figure(go.Bar(
        x=[i["weight_pct"] for i in items], y=[wrap(i["item"], 30) for i in items], orientation="h",
        marker_color=[QUADRANT_COLOURS.get(i["quadrant"], NEUTRAL) for i in items],
        error_x=dict(type="data", symmetric=False, array=highs, arrayminus=lows, color="#5F6368", thickness=2),
        text=[f"{i['weight_pct']:.0f}%" for i in items], textposition="inside", insidetextanchor="start",
        textfont=dict(color="white")))
    fig.update_xaxes(title_text="Share of explained variance (%), with 95% bootstrap interval")
    top = items[-1]
    footer = Footer(source, result.get("n"), f"R² = {result['r2']:.2f}; {METHOD_NAMES.get(result['method'], result['method'])}")
    return apply(fig, title=title or f"'{top['item']}' explains {top['weight_pct']:.0f}% of what drives "
                 f"{result.get('outcome', 'the outcome')}", footer=footer, dark=dark)
