"""The Drivers view's chart legend (QA: at 1024 and 1366 wide it lay over the subtitle): right of the plot,
from its top down, clear of the title and subtitle above and of the footer below, at the chart sizes the
view gives it."""
from __future__ import annotations

from journeymap.charts.placement import _overlap
from journeymap.charts.theme import columns
from journeymap.storage.read import open_project
from journeymap.ui.session import Session

# The chart's size in the Drivers view, measured on screenshots of the sample: 1024 x 700, 1366 x 768 windows
SIZES = [(555, 258), (750, 330)]


def _figure(qtbot, sample_path):
    from journeymap.ui.drivers_view import DriversView
    view = DriversView(Session(open_project(sample_path)))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.result_did_change, timeout=60_000) as blocker:
        view.refresh()
    assert blocker.args[0] is not None, view.message.text()
    return view._figure


def boxes(fig, size):
    """(title and subtitle, legend, footer) boxes in px, from the layout. A legend item is one line of its
    font or more, 4 px apart, in 5 px of padding (as plotly drew the sample's at 1024: 108 px tall)."""
    w, h = size
    m = fig.layout.margin
    plot_w, plot_h = w - m.l - m.r, h - m.t - m.b
    title = fig.layout.title
    assert title.yref == "container" and title.yanchor == "top"
    top = (1 - title.y) * h
    heading = (0, top, w, top + 26 * (title.text.count("<br>") + 1))      # 20 px type: 26 px a line
    legend = fig.layout.legend
    assert legend.yref == "paper" and legend.yanchor == "top" and legend.xanchor == "left"
    font = legend.font.size
    names = [t.name for t in fig.data if t.name and t.showlegend is not False]
    width = 40 + 0.62 * font * max(columns(line) for n in names for line in n.split("<br>"))
    height = 5 + sum(max(font * 1.3 * (n.count("<br>") + 1), 15) + 4 for n in names)
    x0, y0 = m.l + legend.x * plot_w, m.t + (1 - legend.y) * plot_h
    footer = [a for a in fig.layout.annotations if a.name == "footer"][0]
    f0 = m.t + plot_h - footer.yshift
    return heading, (x0, y0, x0 + width, y0 + height), (0, f0, w, f0 + footer.font.size * 1.3), w


def test_legend_is_clear_of_the_subtitle_and_the_footer(qtbot, sample_path):
    figure = _figure(qtbot, sample_path)
    assert any("<br>" in t.name for t in figure.data if t.name)            # the long name wraps
    for size in SIZES:
        heading, legend, footer, w = boxes(figure, size)
        assert _overlap(legend, heading) == 0, (size, legend, heading)
        assert _overlap(legend, footer) == 0, (size, legend, footer)
        assert legend[0] >= figure.layout.margin.l and legend[2] <= w, size   # right of the plot, inside
