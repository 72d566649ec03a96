"""Pareto of coded reasons: bars of counts, a line of the cumulative share."""
from __future__ import annotations

import plotly.graph_objects as go

from .theme import BAD, MUTED, NEUTRAL, Footer, apply, wrap


def pareto_finding(reasons: list[dict]) -> str:
    covered = 0
    for k, r in enumerate(reasons, start=1):
        covered = r["cum_share"]
        if covered >= 0.6:
            return f"{k} of {len(reasons)} reasons cover {covered:.0%} of the comments"
    return f"{len(reasons)} reasons cover {covered:.0%} of the comments"


def pareto_chart(result: dict, *, source: str, title: str | None = None, dark: bool = False) -> go.Figure:
    reasons = result["reasons"]
    labels = [wrap(r["reason"], 16) for r in reasons]
    head = {i for i, r in enumerate(reasons) if r["cum_share"] - r["share"] < 0.8}
    fig = go.Figure()
    fig.add_trace(go.Bar(x=labels, y=[r["count"] for r in reasons], name="Comments",
                         marker_color=[BAD if i in head else MUTED for i in range(len(reasons))],
                         text=[r["count"] for r in reasons], textposition="outside", cliponaxis=False))
    fig.add_trace(go.Scatter(x=labels, y=[100 * r["cum_share"] for r in reasons], name="Cumulative share",
                             yaxis="y2", mode="lines+markers", line=dict(color=NEUTRAL, width=3)))
    fig.update_layout(yaxis2=dict(overlaying="y", side="right", range=[0, 105], ticksuffix="%",
                                  showgrid=False, tickfont=dict(size=18)))
    fig.update_yaxes(title_text="Comments", selector=dict(overlaying=None))
    total = sum(r["count"] for r in reasons)
    return apply(fig, title=title or pareto_finding(reasons), footer=Footer(source, total), dark=dark)
