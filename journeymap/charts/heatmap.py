"""Stage heatmap: stages (rows, in journey order) x metrics (columns), coloured by the distance
to each metric's target in its better direction; cells without a target are grey and say their value.

Takes ``stage_metrics``: rows of analysis.stage_data.stage_metric_table (stage, metric, value, n,
target, better, on_target, flags) as plain dicts.
"""
from __future__ import annotations

import plotly.graph_objects as go

from .labels import quote, say
from .theme import Footer, apply, escape, short

SPAN = 0.25  # a relative distance of 25% to target saturates the colour
COLOURS = [[0.0, "#D55E00"], [0.5, "#F7F7F7"], [1.0, "#009E73"]]


def distance(row: dict) -> float | None:
    """Signed distance to target relative to the target, positive = better; None without a target."""
    value, target = row.get("value"), row.get("target")
    if value is None or target is None:
        return None
    scale = abs(target) or 1.0
    d = (value - target) / scale
    return d if row.get("better", "higher") == "higher" else -d


def cell_text(row: dict) -> str:
    value = row.get("value")
    if value is None:
        return "\u2013"
    if row["metric"] == "Top-2-box" or (0 < abs(value) <= 1 and "rate" in row["metric"].lower()):
        return f"{value:.0%}"
    if abs(value) >= 10000:
        return f"{value / 1000:,.0f}k"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"


def heatmap_finding(rows: list[dict], lang: str = "en") -> str:
    targeted = [(d, r) for r in rows if (d := distance(r)) is not None]
    if not targeted:
        return say("heat.finding_none", lang, m=len([r for r in rows if r.get("value") is not None]))
    missed = [(d, r) for d, r in targeted if d < 0]
    if not missed:
        return say("heat.finding_ok", lang, m=len(targeted))
    worst = min(missed, key=lambda dr: dr[0])[1]
    return say("heat.finding", lang, k=len(missed), m=len(targeted), stage=quote(worst["stage"], lang),
               metric=worst["metric"])


def heatmap_chart(rows: list[dict], *, source: str, period: str | None = None, lang: str = "en",
                  dark: bool = False) -> go.Figure:
    stages = list(dict.fromkeys(r["stage"] for r in rows))
    metrics = list(dict.fromkeys(r["metric"] for r in rows))
    cell = {(r["stage"], r["metric"]): r for r in rows}
    z, text, hover = [], [], []
    for stage in reversed(stages):  # the first stage on top
        zr, tr, hr = [], [], []
        for metric in metrics:
            r = cell.get((stage, metric))
            d = distance(r) if r else None
            zr.append(None if d is None else max(-SPAN, min(SPAN, d)))
            tr.append(cell_text(r) if r else "")
            hr.append("" if r is None else f"n = {r.get('n', 0):,}; target {r.get('target')}; "
                      f"{', '.join(r.get('flags') or []) or 'ok'}")
        z.append(zr)
        text.append(tr)
        hover.append(hr)
    y = [escape(short(s, 30)) for s in reversed(stages)]
    plain = [[t if zz is None else "" for t, zz in zip(tr, zr)] for tr, zr in zip(text, z)]
    coloured = [[t if zz is not None else "" for t, zz in zip(tr, zr)] for tr, zr in zip(text, z)]
    fig = go.Figure()
    # Grey under every cell, with the value of cells that have no target to colour them by.
    fig.add_trace(go.Heatmap(z=[[0] * len(metrics) for _ in y], x=metrics, y=y, showscale=False, text=plain,
                             texttemplate="%{text}", textfont=dict(size=15, color="#5F6368"),
                             colorscale=[[0, "#EEF0F2"], [1, "#EEF0F2"]], hoverinfo="skip", xgap=3, ygap=3))
    fig.add_trace(go.Heatmap(
        z=z, x=metrics, y=y, text=coloured, texttemplate="%{text}", textfont=dict(size=15), customdata=hover,
        hovertemplate="%{y} \u00b7 %{x}: %{text}<br>%{customdata}<extra></extra>", zmin=-SPAN, zmax=SPAN,
        colorscale=COLOURS, xgap=3, ygap=3,
        colorbar=dict(title=dict(text=say("heat.colour", lang), side="right", font=dict(size=15)),
                      tickformat="+.0%", tickfont=dict(size=14), len=0.8)))
    fig.update_xaxes(side="top", tickfont=dict(size=16), showgrid=False)
    fig.update_yaxes(tickfont=dict(size=max(11, min(17, 520 // max(1, len(stages))))), showgrid=False)
    n = sum(r.get("n") or 0 for r in rows if r.get("kind") == "satisfaction" and r["metric"] != "Top-2-box")
    footer = Footer(source, n or None, "", period, lang)
    return apply(fig, title=heatmap_finding(rows, lang), footer=footer, dark=dark, bottom=70)
