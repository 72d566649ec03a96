"""The Drivers view on random answers (QA's survey_big5: R² = 0.02, every interval from a few % to
90 %): the chart's title says no item stands out, and the performance axis does not turn a two-point
gap into the whole plot."""
from __future__ import annotations

from journeymap.core.model import Journey, Stage
from journeymap.core.project import Project
from journeymap.ui.session import Session

NOISE = {
    "journey": "Insurance", "dataset": "survey_big5", "outcome": "整體滿意", "method": "relweight",
    "n": 300, "r2": 0.02,
    "items": [
        {"item": "投保容易", "stage": "st-0", "r": -0.11, "weight": 0.01, "weight_pct": 47.8, "ci_low": 2.2,
         "ci_high": 91.9, "mean": 2.93, "performance": 48.2, "top2box": 0.37, "n": 300, "quadrant": "concentrate",
         "quadrant_certain": False},
        {"item": "理賠速度", "stage": "st-1", "r": 0.10, "weight": 0.008, "weight_pct": 38.3, "ci_low": 0.7,
         "ci_high": 94.1, "mean": 2.99, "performance": 49.7, "top2box": 0.40, "n": 300, "quadrant": "keep_up",
         "quadrant_certain": False},
        {"item": "報價清晰", "stage": "st-2", "r": -0.05, "weight": 0.003, "weight_pct": 13.9, "ci_low": 0.2,
         "ci_high": 70.9, "mean": 2.91, "performance": 47.7, "top2box": 0.38, "n": 300,
         "quadrant": "low_priority", "quadrant_certain": False},
    ],
    "stages": [],
}


def test_random_answers_say_no_item_stands_out(qtbot, qapp):
    from journeymap.ui.drivers_view import DriversView
    project = Project()
    project.add(Journey("jn-1", "Insurance"))
    for k, name in enumerate(("投保容易", "理賠速度", "報價清晰")):
        project.add(Stage(f"st-{k}", "jn-1", None, name))
    view = DriversView(Session(project))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.result_did_change, timeout=20_000):
        view._on_result(NOISE)
    title = view._figure.layout.meta["finding"]
    assert title.startswith("No item stands out") and "2%" in title and "n = 300" in title, title
    assert "Concentrate" not in title
    low, high = view._figure.layout.yaxis.range
    assert high - low >= 30 and 0 <= low < 47.7 and 49.7 < high <= 100
