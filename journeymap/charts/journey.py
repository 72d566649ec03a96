"""The journey as a whole: the satisfaction and emotion curve along its stages, and its flow.

``curve``: [{stage, score (0-100 or None), emotion (-3..3 or None), n}] in journey order.
``flow``: {"nodes": [{id, name, volume (share of entrants, 0..1), dropout (bool)}],
           "links": [{source, target, share, value, kind}]} (ids index the nodes).
"""
from __future__ import annotations

import plotly.graph_objects as go

from journeymap.i18n import gettext

from .labels import quote, say
from .theme import BAD, MUTED, NEUTRAL, PALETTE, Footer, apply, escape, short, wrap_lines


def curve_finding(curve: list[dict], lang: str = "en") -> str:
    scored = [c for c in curve if c.get("score") is not None]
    if scored:
        low = min(scored, key=lambda c: c["score"])
        return say("curve.finding", lang, stage=quote(low["stage"], lang), score=f"{low['score']:.0f}")
    felt = [c for c in curve if c.get("emotion") is not None]
    low = min(felt, key=lambda c: c["emotion"])
    return say("curve.finding_emotion", lang, stage=quote(low["stage"], lang), emotion=f"{low['emotion']:+.1f}")


def curve_chart(curve: list[dict], *, source: str, n: int | None = None, period: str | None = None,
                lang: str = "en", dark: bool = False) -> go.Figure:
    x = [escape(short(c["stage"], 24)) for c in curve]
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=x, y=[c.get("score") for c in curve], name=say("curve.sat", lang),
                             mode="lines+markers", connectgaps=True, line=dict(color=NEUTRAL, width=4),
                             marker=dict(size=12)))
    fig.add_trace(go.Scatter(x=x, y=[c.get("emotion") for c in curve], name=say("curve.emotion", lang),
                             yaxis="y2", mode="lines+markers", connectgaps=True,
                             line=dict(color=PALETTE[1], width=3, dash="dot"), marker=dict(size=10, symbol="diamond")))
    scored = [c for c in curve if c.get("score") is not None]
    if scored:
        low = min(range(len(curve)), key=lambda k: curve[k]["score"] if curve[k].get("score") is not None else 1e9)
        fig.add_annotation(x=x[low], y=curve[low]["score"], text=f"<b>{curve[low]['score']:.0f}</b>",
                           showarrow=True, arrowhead=0, ay=40, font=dict(size=20, color=BAD))
    fig.update_layout(yaxis2=dict(overlaying="y", side="right", range=[-3.3, 3.3], showgrid=False,
                                  tickmode="array", tickvals=[-3, -2, -1, 0, 1, 2, 3], tickformat="+d",
                                  zeroline=True, zerolinecolor=MUTED, tickfont=dict(size=18),
                                  title=dict(text=say("curve.emotion", lang), font=dict(size=20))))
    fig.update_yaxes(title_text=say("curve.sat", lang), range=[0, 100], selector=dict(overlaying=None))
    fig.update_xaxes(tickfont=dict(size=15 if len(curve) > 14 else 17), tickangle=-35 if len(curve) > 8 else 0)
    return apply(fig, title=curve_finding(curve, lang), footer=Footer(source, n, "", period, lang), dark=dark,
                 bottom=260 if len(curve) > 8 else 140)


def flow_finding(flow: dict, lang: str = "en") -> str:
    drops = [nd for nd in flow["nodes"] if nd.get("dropout") and nd.get("volume")]
    if not drops:
        return say("flow.finding_none", lang)
    total = sum(nd["volume"] for nd in drops)
    into: dict[int, float] = {}
    for link in flow["links"]:
        if flow["nodes"][link["target"]].get("dropout"):
            into[link["source"]] = into.get(link["source"], 0) + link["value"]
    worst = flow["nodes"][max(into, key=lambda k: into[k])]["name"] if into else drops[0]["name"]
    return say("flow.finding", lang, pct=f"{total:.0%}", stage=quote(worst, lang))


def node_positions(flow: dict) -> tuple[list[float], list[float]]:
    """x by the longest forward path from an entry (a column per step), y by journey order within
    the column, spaced by volume: a fixed layout keeps labels of one column from landing on another's."""
    nodes, links = flow["nodes"], flow["links"]
    layer = [0] * len(nodes)
    forward = [lk for lk in links if lk.get("kind") != "loop"]
    for _ in range(len(nodes)):             # longest path on a DAG by relaxation (small graphs)
        changed = False
        for lk in forward:
            if layer[lk["target"]] < layer[lk["source"]] + 1:
                layer[lk["target"]], changed = layer[lk["source"]] + 1, True
        if not changed:
            break
    top = max(layer) or 1
    xs = [0.02 + 0.94 * k / top for k in layer]
    ys = [0.5] * len(nodes)
    for col in set(layer):
        members = [i for i in range(len(nodes)) if layer[i] == col]
        sizes = [max(nodes[i].get("volume") or 0, 0.04) for i in members]
        gap = 0.08
        total = sum(sizes) + gap * (len(members) - 1)
        scale = 0.9 / max(total, 1.0)
        at = 0.05 + (0.9 - total * scale) / 2
        if len(members) == 1:   # lone nodes in a row alternate up and down, so labels do not meet nodes
            at += 0.12 * (1 if col % 2 else -1)
        for i, size in zip(members, sizes):
            ys[i] = at + size * scale / 2
            at += (size + gap) * scale
    return xs, ys


def flow_chart(flow: dict, *, source: str, period: str | None = None, lang: str = "en",
               dark: bool = False) -> go.Figure:
    nodes = flow["nodes"]
    loops = [lk for lk in flow["links"] if lk.get("kind") == "loop"]
    links = [lk for lk in flow["links"] if lk.get("kind") != "loop"]   # drawn back across the chart, a loop hides it
    xs, ys = node_positions(flow)
    colour = [BAD if nd.get("dropout") else NEUTRAL for nd in nodes]
    link_colour = ["rgba(213,94,0,0.45)" if nodes[lk["target"]].get("dropout") else
                   "rgba(154,160,166,0.35)" if lk.get("kind") == "loop" else "rgba(0,114,178,0.22)"
                   for lk in links]
    fig = go.Figure(go.Sankey(
        arrangement="fixed",
        node=dict(label=["<br>".join(escape(x) for x in wrap_lines(f"{nd['name']} {nd['volume']:.0%}"
                                                                   if nd.get("volume") else nd["name"], 16))
                         for nd in nodes], color=colour, pad=22, thickness=16, x=xs, y=ys,
                  line=dict(width=0)),
        link=dict(source=[lk["source"] for lk in links], target=[lk["target"] for lk in links],
                  value=[max(lk["value"], 1e-4) for lk in links], color=link_colour,
                  customdata=[f"{lk['share']:.0%}" if lk.get("share") is not None else "" for lk in links],
                  hovertemplate=gettext("%{source.label} \u2192 %{target.label}: %{customdata} of the stage"
                                        "<extra></extra>", lang=lang)),
        textfont=dict(size=14)))
    sub = "; ".join(f"{nodes[lk['source']]['name']} \u2192 {nodes[lk['target']]['name']} {lk['share']:.0%}"
                    for lk in loops)
    apply(fig, title=flow_finding(flow, lang), footer=Footer(source, None, "", period, lang), dark=dark,
          subtitle=f"{say('flow.loops', lang)}: {sub}" if loops else "")
    fig.update_layout(margin=dict(l=40, r=130))
    return fig
