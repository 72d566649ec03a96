"""Pareto of coded reasons: bars of counts, a line of the cumulative share, the 80% line."""
from __future__ import annotations

import plotly.graph_objects as go

from .labels import say
from .theme import BAD, MUTED, NEUTRAL, Footer, apply, wrap

CUT = 0.8  # the Pareto rule's share


def head_count(reasons: list[dict], cut: float = CUT) -> int:
    """How many reasons, from the top, it takes to reach ``cut`` of the comments."""
    for k, r in enumerate(reasons, start=1):
        if r["cum_share"] >= cut - 1e-9:
            return k
    return len(reasons)


def pareto_finding(reasons: list[dict], lang: str = "en") -> str:
    k = head_count(reasons)
    covered = reasons[k - 1]["cum_share"] if reasons else 0.0
    return say("pareto.finding", lang, k=k, n=len(reasons), pct=f"{covered:.0%}")


def pareto_chart(result: dict, *, source: str, title: str | None = None, dark: bool = False,
                 period: str | None = None, lang: str = "en") -> go.Figure:
    reasons = result["reasons"]
    labels = [wrap(r["reason"], 12 if len(reasons) > 10 else 18) for r in reasons]
    head = head_count(reasons)
    fig = go.Figure()
    fig.add_trace(go.Bar(x=labels, y=[r["count"] for r in reasons], name=say("pareto.comments", lang),
                         marker_color=[BAD if i < head else MUTED for i in range(len(reasons))],
                         text=[r["count"] for r in reasons], textposition="outside", cliponaxis=False))
    fig.add_trace(go.Scatter(x=labels, y=[100 * r["cum_share"] for r in reasons], name=say("pareto.cum", lang),
                             yaxis="y2", mode="lines+markers", line=dict(color=NEUTRAL, width=3)))
    fig.add_shape(type="line", xref="paper", x0=0, x1=1, yref="y2", y0=100 * CUT, y1=100 * CUT,
                  line=dict(color=NEUTRAL, dash="dash", width=2))
    fig.add_annotation(xref="paper", x=1, yref="y2", y=100 * CUT, text=say("pareto.line80", lang),
                       showarrow=False, xanchor="right", yanchor="bottom", font=dict(size=18, color=NEUTRAL))
    fig.update_layout(yaxis2=dict(overlaying="y", side="right", range=[0, 105], ticksuffix="%",
                                  tickmode="array", tickvals=[0, 20, 40, 60, 80, 100],
                                  ticktext=[f"{v}%" for v in (0, 20, 40, 60, 80, 100)],   # array ticks drop the suffix
                                  showgrid=False, tickfont=dict(size=18)))
    fig.update_xaxes(tickangle=0, tickfont=dict(size=16 if len(reasons) > 10 else 18))
    fig.update_yaxes(title_text=say("pareto.comments", lang), selector=dict(overlaying=None))
    total = sum(r["count"] for r in reasons)
    return apply(fig, title=title or pareto_finding(reasons, lang),
                 footer=Footer(source, total, period=period, lang=lang), dark=dark)
