"""Roadmap charts carry every initiative with dates/estimates, mark quick wins and overdue ones."""
from __future__ import annotations

from journeymap.charts.roadmap import impact_effort_chart, timeline_chart
from journeymap.charts.theme import BAD, HEIGHT, WIDTH


def row(id, status="planned", effort=4.0, impact=1.0, confidence=0.5, reach=1000.0, overdue=False,
        start="2027-01-01", due="2027-03-31", department="Claims", owner="Ana"):
    score = None if None in (impact, confidence, effort, reach) else reach * impact * confidence / effort
    return {"id": id, "title": f"Initiative <{id}>", "status": status, "owner": owner, "department": department,
            "start": start, "due": due, "done": None, "effort": effort, "rice": score, "overdue": overdue,
            "rice_parts": {"reach": reach, "impact": impact, "confidence": confidence, "effort": effort},
            "projected_impact": {"effect": 0.05, "ci_low": 0.02, "ci_high": 0.08}}


DATA = {"as_of": "2027-02-15", "initiatives": [
    row("a", effort=2, impact=2, confidence=0.8, reach=5000),
    row("b", effort=20, impact=3, confidence=0.8, status="in_progress", overdue=True, due="2027-01-31"),
    row("c", effort=3, impact=0.5, confidence=0.5, status="done", department="IT"),
    row("d", effort=30, impact=0.5, confidence=0.5, status="dropped", department="IT"),
    row("e", effort=None, impact=None, status="idea", start=None, due=None, owner="")]}


def test_matrix_plots_estimated_initiatives_and_marks_quick_wins_and_overdue():
    fig = impact_effort_chart(DATA, source="Test")
    assert (fig.layout.width, fig.layout.height) == (WIDTH, HEIGHT)
    points = {cid: (x, y, t) for tr in fig.data for cid, x, y, t in zip(tr.customdata, tr.x, tr.y, tr.text)}
    assert set(points) == {"a", "b", "c", "d"}                           # e has no estimates
    assert points["a"][:2] == (2, 1.6) and "\u2605" in points["a"][2]   # the quick win
    assert not any("\u2605" in points[k][2] for k in "bcd")
    assert "&lt;a&gt;" in points["a"][2]                                 # titles are text, not HTML
    ringed = {cid for tr in fig.data for cid, c in zip(tr.customdata, tr.marker.line.color) if c == BAD}
    assert ringed == {"b"}
    sizes = {cid: s for tr in fig.data for cid, s in zip(tr.customdata, tr.marker.size)}
    assert sizes["a"] > sizes["c"]                                        # more reach, bigger bubble
    assert "One quick win" in fig.layout.title.text
    assert "1 without effort or impact" in [a.text for a in fig.layout.annotations if "Source" in a.text][0]


def test_timeline_bars_run_from_start_to_due_and_overdue_stand_out():
    fig = timeline_chart(DATA, source="Test", by="quarter")
    bars = {cid: (tr.name, base, x) for tr in fig.data for cid, base, x in zip(tr.customdata, tr.base, tr.x)}
    assert set(bars) == {"a", "b", "c", "d"}
    assert bars["b"][0] == "Overdue" and bars["a"][0] == "Planned"
    assert bars["a"][1] == "2027-01-01" and bars["a"][2] == 89 * 86_400_000
    labels = [y for tr in fig.data for y in tr.y]
    assert any(y.startswith("2027-Q1 \u00b7 ") for y in labels)
    assert "1 of 5 initiatives is overdue" in fig.layout.title.text      # of all five, as the status table counts
    by_dept = timeline_chart(DATA, source="Test")
    assert any(y.startswith("IT \u00b7 ") for tr in by_dept.data for y in tr.y)
