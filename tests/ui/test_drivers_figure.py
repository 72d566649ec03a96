"""The Drivers view's chart on the sample: the title says the whole finding, and no two point labels
cover each other (two labels from different quadrant traces did: the view placed each trace's own)."""
from __future__ import annotations

from itertools import combinations

from journeymap.charts.placement import _box, _overlap
from journeymap.charts.theme import TITLE_CHARS, wrap_lines
from journeymap.storage.read import open_project
from journeymap.ui.drivers_figure import fit_to_view
from journeymap.ui.session import Session


def _figure(qtbot, sample_path):
    from journeymap.ui.drivers_view import DriversView
    view = DriversView(Session(open_project(sample_path)))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.result_did_change, timeout=60_000) as blocker:
        view.refresh()
    assert blocker.args[0] is not None, view.message.text()
    return view._figure


def test_title_is_whole_and_labels_do_not_overlap(qtbot, qapp, sample_path):
    fig = _figure(qtbot, sample_path)
    title = fig.layout.meta["finding"]
    assert "…" not in title, title                         # the sample's finding fits two lines whole
    assert len(wrap_lines(title, TITLE_CHARS)) <= 2
    (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
    w, h, font = 900, 400, 13                             # as drivers_figure._place measures
    boxes = []
    for trace in fig.data:
        if not isinstance(trace.text, (list, tuple)):
            continue
        for x, y, text, place in zip(trace.x, trace.y, trace.text, trace.textposition):
            if text:
                lines = text.split("<br>")
                px, py = (x - x0) / (x1 - x0) * w, (1 - (y - y0) / (y1 - y0)) * h
                boxes.append((text, _box(px, py, max(len(s) for s in lines) * font * 0.5,
                                         len(lines) * font * 1.2, place)))
    assert len(boxes) >= 4                                 # the four "concentrate" items are named
    for (a, box_a), (b, box_b) in combinations(boxes, 2):
        assert _overlap(box_a, box_b) == 0, (a, b)


def test_shading_and_corner_label_follow_the_new_floor():
    import plotly.graph_objects as go
    items = [{"item": f"Question {k}", "weight_pct": 10.0 + k, "performance": 40.0 + 3 * k, "mean": 3.0,
              "quadrant": "concentrate"} for k in range(3)]
    fig = go.Figure(go.Scatter(x=[i["weight_pct"] for i in items], y=[i["performance"] for i in items],
                               name="Concentrate here", mode="markers+text", text=["a", "b", "c"],
                               hovertemplate="<b>%{text}</b>"))
    fig.add_shape(type="rect", x0=5, x1=20, y0=38, y1=50, yref="y")
    fig.add_annotation(x=20, y=38, yref="y", text="Concentrate here", showarrow=False)
    fig.add_annotation(x=0, y=0, xref="paper", yref="paper", text="Source", name="footer", showarrow=False)
    fit_to_view(fig, items)
    low = fig.layout.yaxis.range[0]
    assert low < 40 - 0.15 * 6                            # room below the lowest point for its label
    assert fig.layout.shapes[0].y0 == low
    corner = [a for a in fig.layout.annotations if a.name != "footer"][0]
    assert corner.y == low
    footer = [a for a in fig.layout.annotations if a.name == "footer"][0]
    assert footer.yshift == -78
