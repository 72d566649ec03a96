"""A stage metric by period for the stages of the top-ranked pain points.

``trend``: {"metric": name, "period": the selected period or None,
            "series": [{"stage", "points": [{"period", "value", "n"}]}]}.
"""
from __future__ import annotations

import plotly.graph_objects as go

from journeymap.core.names import code

from .labels import quote, say
from .theme import MUTED, PALETTE, Footer, apply, escape


def _fmt(value: float) -> str:
    return f"{value:.2f}" if abs(value) < 10 else f"{value:,.0f}"


def trend_finding(trend: dict, lang: str = "en") -> str:
    moves = []
    for s in trend["series"]:
        pts = [p for p in s["points"] if p.get("value") is not None]
        if len(pts) >= 2:
            moves.append((pts[-1]["value"] - pts[0]["value"], s["stage"], pts[0], pts[-1]))
    stage_move = max(moves, key=lambda m: abs(m[0]))
    delta, stage, first, last = stage_move
    return say("trend.finding_down" if delta < 0 else "trend.finding_up", lang, stage=quote(stage, lang),
               metric=code(trend["metric"], lang), a=_fmt(first["value"]), b=_fmt(last["value"]),
               p0=first["period"], p1=last["period"])


def trend_chart(trend: dict, *, source: str, lang: str = "en", dark: bool = False) -> go.Figure:
    fig = go.Figure()
    for k, s in enumerate(trend["series"]):
        pts = s["points"]
        fig.add_trace(go.Scatter(x=[p["period"] for p in pts], y=[p["value"] for p in pts],
                                 name=escape(s["stage"]), mode="lines+markers",
                                 line=dict(width=4, color=PALETTE[k % len(PALETTE)]), marker=dict(size=10),
                                 customdata=[p.get("n") for p in pts],
                                 hovertemplate="%{x}: %{y:.2f} (n %{customdata})<extra></extra>"))
    if trend.get("period"):
        fig.add_vline(x=trend["period"], line=dict(color=MUTED, dash="dash", width=2))
    fig.update_xaxes(type="category")
    fig.update_yaxes(title_text=say("trend.axis", lang, metric=code(trend["metric"], lang)))
    n = sum(p.get("n") or 0 for s in trend["series"] for p in s["points"])
    return apply(fig, title=trend_finding(trend, lang), footer=Footer(source, n or None, "", None, lang), dark=dark)
