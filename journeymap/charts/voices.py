"""Voice of the customer beside the voice of the employee: each reason's share of each source's comments.

``voices``: {"reasons": [{"reason", "customer", "employee"}] (shares 0..1, analysis.reasons.compare_sources),
             "customers": n comments, "employees": n comments}.
"""
from __future__ import annotations

import plotly.graph_objects as go

from .labels import quote, say
from .theme import NEUTRAL, PALETTE, Footer, apply, escape, short

TOP = 12


def voices_finding(voices: dict, lang: str = "en") -> str:
    rows = voices["reasons"]
    lead = max(rows, key=lambda r: r["customer"])
    said = [r for r in rows if r["employee"] > 0.02]
    ratio = max(said, key=lambda r: r["employee"] / max(r["customer"], 1e-9), default=None)
    if ratio is not None and ratio["employee"] >= 2 * max(ratio["customer"], 1e-9):
        x = ratio["employee"] / ratio["customer"] if ratio["customer"] > 0 else None
        if x is not None:
            return say("voices.finding", lang, reason=quote(ratio["reason"], lang), x=f"{x:.1f}")
    return say("voices.finding_agree", lang, reason=quote(lead["reason"], lang))


def voices_chart(voices: dict, *, source: str, period: str | None = None, lang: str = "en",
                 dark: bool = False) -> go.Figure:
    rows = sorted(voices["reasons"], key=lambda r: -(r["customer"] + r["employee"]))[:TOP]
    rows = list(reversed(rows))
    y = [escape(short(r["reason"], 36)) for r in rows]
    fig = go.Figure()
    for key, colour in (("employee", PALETTE[1]), ("customer", NEUTRAL)):
        fig.add_trace(go.Bar(y=y, x=[100 * r[key] for r in rows], orientation="h",
                             name=say(f"voices.{key}", lang), marker_color=colour,
                             text=[f"{100 * r[key]:.0f}%" for r in rows], textposition="outside",
                             cliponaxis=False))
    fig.update_layout(barmode="group", bargap=0.25, legend=dict(traceorder="reversed"))
    fig.update_xaxes(title_text=say("voices.axis", lang), ticksuffix="%")
    n = (voices.get("customers") or 0) + (voices.get("employees") or 0)
    return apply(fig, title=voices_finding(voices, lang), footer=Footer(source, n or None, "", period, lang),
                 dark=dark)
