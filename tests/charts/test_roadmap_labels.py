"""The impact-effort matrix's labels (QA: in the Roadmap view the quick wins' names overprinted into one
block at 1024, 1366 and 1920 wide): no two labels cover each other, none lies on another bubble or a
corner's words, none crosses the plot's edge, at the plot sizes the view gives the chart; quick wins
are always marked."""
from itertools import combinations

import pytest

from journeymap.analysis.roadmap import quick_win
from journeymap.charts.placement import _box, _overlap
from journeymap.charts.roadmap import (LABEL_WIDTH, PANEL_FONT, PANEL_SIZEREF, PLOT_PX, STARS, compact,
                                       impact_effort_chart)



def row(id, *, effort, impact, confidence, reach=1000.0, status="planned", overdue=False):
    return {"id": id, "title": f"Initiative <{id}> with a name of some length", "status": status, "owner": "Ana",
            "department": "Claims", "start": "2027-01-01", "due": "2027-03-31", "done": None, "effort": effort,
            "rice": reach * impact * confidence / effort, "overdue": overdue,
            "rice_parts": {"reach": reach, "impact": impact, "confidence": confidence, "effort": effort},
            "projected_impact": None}

# The plot area the Roadmap view gave the chart, measured on screenshots of the sample (window width x
# height -> plot px): 1024 x 700, 1366 x 768, 1920 x 1080
PANEL_PLOTS = [(250, 120), (390, 195), (840, 400)]
STAR = "\u2605"


def dense() -> dict:
    """11 initiatives, five within one person-month and 0.4 impact of each other (four of them quick wins:
    at or above the median impact)."""
    wins = [row(f"w{k}", effort=1.5 + 0.25 * k, impact=2, confidence=0.6 + 0.05 * k, reach=800 + 900 * k)
            for k in range(5)]
    for k, w in enumerate(wins):
        w["title"] = ["Fast-track small claims with photo upload", "One owner per complaint, from first contact",
                      "Smart payment retry and an SMS before any letter", "Live chat with an agent",
                      "A voice-call fallback for the registration code"][k]
    rest = [row("b1", effort=20, impact=3, confidence=0.8, overdue=True, status="in_progress"),
            row("b2", effort=14, impact=2, confidence=0.7), row("m1", effort=30, impact=1, confidence=0.5),
            row("m2", effort=8, impact=0.5, confidence=0.6, status="done"),
            row("m3", effort=2, impact=0.3, confidence=0.5, status="dropped"),
            row("m4", effort=5, impact=0.5, confidence=0.6, overdue=True)]
    return {"as_of": "2027-02-15", "initiatives": wins + rest}


def labels(fig, plot: tuple[float, float], font_px: float, sizeref: float):
    """Each shown label's box in px (the placer's geometry, from the figure's axis ranges and the plot
    size), the bubbles' boxes, and the ids whose label is shown."""
    (x0, x1), (y0, y1), (w, h) = fig.layout.xaxis.range, fig.layout.yaxis.range, plot
    shown, bubbles = [], []
    for trace in fig.data:
        if trace.meta == STARS:          # quick wins' stars on their own bubbles, drawn over them all
            for i, x, y in zip(trace.customdata, trace.x, trace.y):
                px, py = (x - x0) / (x1 - x0) * w, (1 - (y - y0) / (y1 - y0)) * h
                shown.append((i, _box(px, py, 0.8 * font_px, font_px, "middle center", 0)))
            continue
        for i, x, y, size, text, place in zip(trace.customdata, trace.x, trace.y, trace.marker.size, trace.text,
                                               trace.textposition):
            px, py, r = (x - x0) / (x1 - x0) * w, (1 - (y - y0) / (y1 - y0)) * h, size / sizeref / 2
            bubbles.append((i, (px - r, py - r, px + r, py + r)))
            if text:
                lines = text.replace("<b>", "").replace("</b>", "").split("<br>")
                width = max(len(s.replace("&lt;", "<").replace("&gt;", ">")) for s in lines)
                shown.append((i, _box(px, py, width * font_px * LABEL_WIDTH * 0.5,
                                      len(lines) * font_px * LABEL_WIDTH * 1.2, place, max(14, r + 4))))
    return shown, bubbles


def assert_clear(fig, plot, font_px, sizeref):
    shown, bubbles = labels(fig, plot, font_px, sizeref)
    assert shown
    w, h = plot
    for i, (a0, b0, a1, b1) in shown:
        assert 0 <= a0 and a1 <= w and 0 <= b0 and b1 <= h, (i, plot)
    for (i, a), (j, b) in combinations(shown, 2):
        assert _overlap(a, b) == 0, (i, j, plot)
    centred = {i for tr in fig.data if tr.meta == STARS for i in tr.customdata}
    for i, box in shown:
        for j, bubble in bubbles:
            if i != j and i not in centred:
                assert _overlap(box, bubble) <= 0.1 * (box[2] - box[0]) * (box[3] - box[1]), (i, j, plot)


def quick_wins_marked(fig):
    return {i for tr in fig.data for i, t in zip(tr.customdata, tr.text) if STAR in t}


@pytest.mark.parametrize("plot", PANEL_PLOTS)
def test_dense_matrix_in_the_roadmap_view_has_no_label_over_another(plot):
    fig = compact(impact_effort_chart(dense(), source="Test", labels="key"))
    assert_clear(fig, plot, PANEL_FONT, PANEL_SIZEREF)
    assert_wins_marked(fig, quick_win(dense()["initiatives"]))


def assert_wins_marked(fig, wins):
    """Every quick win carries a star (its name, shortened, or a star on its bubble), except one whose
    bubble's centre is within a star's size of a starred one at the smallest plot: one star covers both."""
    marked = quick_wins_marked(fig)
    assert marked and marked <= wins
    (x0, x1), (y0, y1), (w, h) = fig.layout.xaxis.range, fig.layout.yaxis.range, PANEL_PLOTS[0]
    px = {i: ((x - x0) / (x1 - x0) * w, (y - y0) / (y1 - y0) * h)
          for tr in fig.data if tr.meta != STARS for i, x, y in zip(tr.customdata, tr.x, tr.y)}
    centred = {i for tr in fig.data if tr.meta == STARS for i in tr.customdata}
    for i in wins - marked:
        assert any(abs(px[i][0] - px[j][0]) < 0.8 * PANEL_FONT and abs(px[i][1] - px[j][1]) < PANEL_FONT
                   for j in centred), i


@pytest.mark.parametrize("plot", PANEL_PLOTS)
def test_the_samples_matrix_in_the_view_has_no_label_over_another(sample_bundle, plot):
    data = sample_bundle["roadmap"]
    fig = compact(impact_effort_chart(data, source="Sample", labels="key"))
    assert_clear(fig, plot, PANEL_FONT, PANEL_SIZEREF)
    assert_wins_marked(fig, quick_win(data["initiatives"]))


def test_the_slide_matrix_labels_every_bubble_it_can_and_none_overlap():
    fig = impact_effort_chart(dense(), source="Test")
    assert_clear(fig, PLOT_PX, 15, 1.0)
    shown, _ = labels(fig, PLOT_PX, 15, 1.0)
    assert len(shown) >= 8                       # room on a slide: most bubbles keep their names
    assert quick_wins_marked(fig) == quick_win(dense()["initiatives"]) == {"w1", "w2", "w3", "w4"}
