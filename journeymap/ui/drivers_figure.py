"""The Drivers view's importance-performance chart fitted to a panel (the slide chart's type sizes
and labels made for a view beside a table). Plotly figures only; no widgets."""
from __future__ import annotations


def fit_to_view(fig, items: list):
    """The slide chart, sized for a panel: smaller type, room for the labels at the edges."""
    x = [i["weight_pct"] for i in items]
    y = [i.get("performance", i["mean"]) for i in items]
    fig.update_layout(font=dict(size=14), title=dict(font=dict(size=20), y=0.95, yref="container", yanchor="top"),
                      margin=dict(l=70, r=30, t=110, b=110),
                      legend=dict(font=dict(size=13), orientation="h", x=1, xanchor="right", y=1.01,
                                  yanchor="bottom"))
    fig.update_traces(cliponaxis=False, textfont=dict(size=13), marker=dict(size=13))
    fig.update_xaxes(range=[0, max(x) * 1.15 + 1], title_font=dict(size=15), tickfont=dict(size=13))
    spread = (max(y) - min(y)) or 10
    fig.update_yaxes(range=[min(y) - 0.15 * spread, max(y) + 0.2 * spread], title_font=dict(size=15),
                     tickfont=dict(size=13))
    _label_few(fig, items)
    for note in fig.layout.annotations:     # the footer: source, n, R², method
        note.font.size = 12
        note.y, note.yshift = 0, -78          # in pixels below the plot: clear of the axis title
    return fig


def _label_few(fig, items: list, *, top: int = 3) -> None:
    """Long survey questions collide: label the items to act on (concentrate, and the top few by
    weight) with a short name; every point keeps its full question on hover."""
    from journeymap import i18n
    from journeymap.charts.drivers import QUADRANT_LABELS
    from journeymap.charts.labels import say
    from journeymap.charts.theme import wrap
    heavy = {id(i) for i in sorted(items, key=lambda i: -i["weight_pct"])[:top]}
    for quadrant, name in QUADRANT_LABELS.items():
        names = {name, say(f"q.{quadrant}", i18n.language())}   # the chart names its traces in the language
        rows = [i for i in items if i["quadrant"] == quadrant]
        for trace in fig.data:
            if trace.name in names and len(rows) == len(trace.x):
                trace.hovertext = [wrap(i["item"], 40) for i in rows]
                trace.hovertemplate = trace.hovertemplate.replace("%{text}", "%{hovertext}")
                trace.text = [wrap(_short(i["item"], 40), 22)
                              if quadrant == "concentrate" or id(i) in heavy else "" for i in rows]
                by_x = sorted(range(len(rows)), key=lambda k: rows[k]["weight_pct"])
                place = {k: ("bottom center" if n % 2 else "top center") for n, k in enumerate(by_x)}
                trace.textposition = [place[k] for k in range(len(rows))]   # neighbours alternate


def _short(text: str, width: int) -> str:
    text = str(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
