"""Ranked pain points: one bar per pain point, made of the score's weighted parts.

Takes the ``rank`` JSON (cli.md: ``weights``, ``pain_points[]`` with ``rank``, ``title``,
``score``, ``components``); keys added later (``rank_low``, ``rank_high``, ...) are used when present.
"""
from __future__ import annotations

import plotly.graph_objects as go

from .labels import say
from .theme import PALETTE, Footer, apply, escape, short

TOP = 10
PART_COLOURS = dict(zip(("reach", "gap", "reach_x_gap", "importance", "value", "votes", "severity"),
                        [PALETTE[0], PALETTE[1], PALETTE[7], PALETTE[5], PALETTE[2], PALETTE[4], PALETTE[3]]))


def used_parts(rank: dict) -> list[str]:
    """The parts with a weight > 0, in the ranking's order."""
    return [p for p, w in rank.get("weights", {}).items() if w and w > 0]


def row_label(row: dict, width: int = 44) -> str:
    """'#1  Title' (with the rank's range when the ranking gives one), one line."""
    label = f"#{row['rank']}"
    low, high = row.get("rank_low"), row.get("rank_high")
    if low is not None and high is not None and low != high:
        label += f" ({low}\u2013{high})"
    return f"{label}  {short(row['title'], width)}"


def scored(rank: dict) -> list[dict]:
    """The pain points the ranking could score, in rank order (one with no data of its own is left
    unscored and ranked last: analysis/scoring.py)."""
    return [r for r in rank["pain_points"] if r.get("score") is not None]


def ranked_finding(rank: dict, lang: str = "en") -> str:
    top = scored(rank)[0]
    parts = sorted(top["components"].items(), key=lambda kv: -(kv[1] or 0))[:2]
    joiner = " and " if lang == "en" else "和"
    names = joiner.join(say(f"part.{p}", lang).lower() if lang == "en" else say(f"part.{p}", lang)
                        for p, _ in parts)
    return say("ranked.finding", lang, title=top["title"], parts=names)


def ranked_chart(rank: dict, *, source: str, period: str | None = None, lang: str = "en",
                 top: int = TOP, dark: bool = False) -> go.Figure:
    rows = scored(rank)[:top]
    shown = list(reversed(rows))  # plotly draws the first category at the bottom
    labels = [escape(row_label(r)) for r in shown]
    fig = go.Figure()
    for part in used_parts(rank):
        fig.add_trace(go.Bar(
            y=labels, x=[r["components"].get(part) or 0 for r in shown], orientation="h",
            name=say(f"part.{part}", lang), marker_color=PART_COLOURS.get(part),
            hovertemplate="%{y}<br>" + escape(say(f"part.{part}", lang)) + " %{x:.3f}<extra></extra>"))
    fig.add_trace(go.Scatter(  # the score at the end of each bar
        y=labels, x=[r["score"] for r in shown], mode="text", text=[f"{r['score']:.2f}" for r in shown],
        textposition="middle right", textfont=dict(size=18), showlegend=False, hoverinfo="skip"))
    fig.update_layout(barmode="stack", bargap=0.3, legend=dict(traceorder="normal"))
    fig.update_xaxes(title_text=say("ranked.axis", lang), range=[0, max(r["score"] for r in rows) * 1.12])
    fig.update_yaxes(tickfont=dict(size=17))
    footer = Footer(source, len(rank["pain_points"]), "", period, lang)
    return apply(fig, title=ranked_finding(rank, lang), footer=footer,
                 subtitle=say("ranked.sub", lang, k=len(rows), n=len(rank["pain_points"])), dark=dark)
