"""The Drivers view's importance-performance chart fitted to a panel (the slide chart's type sizes
and labels made for a view beside a table). Plotly figures only; no widgets."""
from __future__ import annotations

from journeymap.charts.theme import wrap, wrap_lines


LEGEND_FONT = 11
LEGEND_CHARS = 22     # a legend name wraps at this many columns


def legend_width(fig) -> int:
    """px the legend needs right of the plot: its symbol, then its widest line (bold-safe widths)."""
    from journeymap.charts.theme import columns
    names = [line for t in fig.data if t.name and t.showlegend is not False
             for line in wrap_lines(t.name, LEGEND_CHARS)]
    return int(40 + 0.62 * LEGEND_FONT * max([columns(n) for n in names] + [0]))


def fit_to_view(fig, items: list):
    """The slide chart, sized for a panel: smaller type, room for the labels at the edges."""
    x = [i["weight_pct"] for i in items]
    y = [i.get("performance", i["mean"]) for i in items]
    fig.update_layout(font=dict(size=14), title=dict(font=dict(size=20), y=0.95, yref="container", yanchor="top"),
                      margin=dict(l=70, r=30 + legend_width(fig), t=110, b=110),
                      # Right of the plot, from its top down: never in the top margin, where the title and
                      # subtitle wrap onto as many lines as the panel's width makes them (QA: over the subtitle)
                      legend=dict(font=dict(size=LEGEND_FONT), orientation="v", x=1.02, xanchor="left", y=1,
                                  yanchor="top", yref="paper", maxheight=400))   # px: not cut to a short plot
    fig.update_traces(cliponaxis=False, textfont=dict(size=13), marker=dict(size=13))
    fig.update_xaxes(range=[0, max(x) * 1.15 + 1], title_font=dict(size=15), tickfont=dict(size=13))
    from journeymap.charts.drivers import performance_range
    low, high = performance_range(y, below=0.25, above=0.2)    # room under the lowest points for a label
    fig.update_yaxes(range=[low, high], title_font=dict(size=15), tickfont=dict(size=13))
    if fig.layout.shapes:              # the "concentrate" shading reaches the new floor
        fig.layout.shapes[0].update(y0=low)
    _label_few(fig, items)            # finds the quadrant traces by name: before the names wrap
    for trace in fig.data:            # a long name ("Uncertain (interval crosses the cut line)") wraps
        if trace.name:
            trace.name = wrap(trace.name, LEGEND_CHARS)
    for note in fig.layout.annotations:
        if note.name == "footer":             # source, n, R², method
            note.font.size = 12
            note.y, note.yshift = 0, -78      # in pixels below the plot: clear of the axis title
        elif note.yref == "y":                # the "concentrate" corner label, on the new floor
            note.update(y=low, font=dict(size=14))
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
    _place(fig)


def _place(fig, size=(900, 400), font_px=13) -> None:
    """Every label placed at once, across the quadrant traces, so that neighbours from two traces
    do not cover each other (charts.placement, as the slide does it, at the panel's rough size)."""
    from journeymap.charts.placement import place_labels
    labelled = [t for t in fig.data if isinstance(t.text, (list, tuple)) and any(t.text)]
    markers = [t for t in fig.data if t.x is not None and t.y is not None      # points, not CI lines
               and None not in t.x and None not in t.y]
    points = [(t, k) for t in markers for k in range(len(t.x))]
    if not labelled or not points:
        return
    xs = [float(t.x[k]) for t, k in points]
    ys = [float(t.y[k]) for t, k in points]
    texts = [str(t.text[k] or "") if t in labelled else "" for t, k in points]
    order = sorted(range(len(points)), key=lambda n: (texts[n] == "", -xs[n]))   # labelled, heaviest first
    places = place_labels(xs, ys, texts, xrange=fig.layout.xaxis.range, yrange=fig.layout.yaxis.range,
                          size=size, font_px=font_px, order=order, drop=True)
    for trace in labelled:
        mine = [n for n, (t, _k) in enumerate(points) if t is trace]
        trace.text = [texts[n] if places[n] else "" for n in mine]       # a label that would collide goes
        trace.textposition = [places[n] or "top center" for n in mine]


def _short(text: str, width: int) -> str:
    text = str(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
