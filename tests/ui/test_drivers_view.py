"""The Drivers view: a clear message without survey data; on the sample a table and a drawn chart."""
from __future__ import annotations


import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from journeymap.core.model import Dataset, Journey, Stage
from journeymap.core.project import Project
from journeymap.ui.models.drivers_model import COLUMNS, DriversModel
from journeymap.ui.session import Session

CHART_TIMEOUT = 20_000

RESULT = {
    "journey": "Claims", "dataset": "Survey", "outcome": "overall satisfaction", "method": "relweight",
    "n": 1234, "r2": 0.48,
    "items": [
        {"item": "Ease of reporting", "stage": "st-0", "r": 0.52, "weight": 0.2, "weight_pct": 41.7,
         "ci_low": 35.0, "ci_high": 48.0, "mean": 3.1, "performance": 52.0, "top2box": 0.38, "n": 1200,
         "quadrant": "concentrate"},
        {"item": "Speed of payment", "stage": "st-1", "r": 0.44, "weight": 0.16, "weight_pct": 33.3,
         "ci_low": 27.0, "ci_high": 40.0, "mean": 4.0, "performance": 75.0, "top2box": 0.7, "n": 1180,
         "quadrant": "keep_up"},
        {"item": "Letters", "stage": "st-1", "r": 0.2, "weight": 0.12, "weight_pct": 25.0,
         "ci_low": 18.0, "ci_high": 31.0, "mean": 3.9, "performance": 72.0, "top2box": 0.66, "n": 1190,
         "quadrant": "possible_overkill"},
    ],
    "stages": [],
}


def small_project(*, survey: bool) -> Project:
    project = Project()
    project.add(Journey("jn-1", "Claims"))
    project.add(Stage("st-0", "jn-1", None, "Report"))
    project.add(Stage("st-1", "jn-1", None, "Pay"))
    if survey:
        project.add(Dataset("ds-1", "Survey", "survey", "jn-1", rows=10))
    return project


def chart_painted(chart) -> bool:
    """True once the drawn chart has reached the widget: ``chart_drawn`` fires when plotly has
    drawn in the page, but the compositor's frame comes after it (a grab at ``chart_drawn`` was
    still blank here; one frame later it held the whole chart)."""
    image = chart.grab().toImage()
    corner = image.pixelColor(1, 1)
    return any(image.pixelColor(x, y) != corner
               for y in range(0, image.height(), 8) for x in range(0, image.width(), 8))


def make_view(qtbot, session):
    from journeymap.ui.drivers_view import DriversView
    view = DriversView(session)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    return view


def test_model_passes_the_item_model_tester(qapp):
    model = DriversModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_result(RESULT, stage_names={"st-0": "Report"})
    assert model.rowCount() == 3
    assert model.index(0, COLUMNS.index("stage")).data() == "Report"
    assert model.index(0, COLUMNS.index("ci")).data() == "35.0 – 48.0"
    model.set_result(None)
    assert model.rowCount() == 0


def test_no_survey_is_a_message_not_a_traceback(qtbot, qapp):
    view = make_view(qtbot, Session(small_project(survey=False)))
    view.show()
    assert view.stack.currentIndex() == 0
    assert "No survey data" in view.message.text()
    assert view.chart is not None          # made on first show


def test_unsaved_project_asks_to_save(qtbot, qapp):
    view = make_view(qtbot, Session(small_project(survey=True)))
    view.refresh()
    assert "Save the project" in view.message.text()
    assert view.chart is None              # never shown: no QtWebEngine yet


def test_an_analysis_refusal_is_shown_as_a_sentence(qtbot, qapp, tmp_path):
    from journeymap.storage.write import save
    project = small_project(survey=True)           # a survey with no rated items
    save(project, tmp_path / "p.jmap")
    view = make_view(qtbot, Session(project))
    with qtbot.waitSignal(view.result_did_change, timeout=20_000) as blocker:
        view.refresh()
    assert blocker.args[0] is None
    assert view.stack.currentIndex() == 0
    assert "could not run" in view.message.text() and "no rated items" in view.message.text()
    assert not view.busy.isVisible()


def test_a_result_fills_table_headline_and_chart(qtbot, qapp, out):
    view = make_view(qtbot, Session(small_project(survey=False)))
    view.show()
    with qtbot.waitSignal(view.chart.chart_drawn, timeout=CHART_TIMEOUT):
        view._on_result(RESULT)
    assert view.stack.currentIndex() == 1
    assert "n = 1,234" in view.headline.text() and "R² = 0.48" in view.headline.text()
    assert view.proxy.index(0, 0).data() == "Ease of reporting"   # sorted by weight
    qtbot.waitUntil(lambda: chart_painted(view.chart), timeout=CHART_TIMEOUT)
    out.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(out / "drivers.png"))


# -- the sample project: a saved file with a survey ----------------------------------

def test_sample_table_sums_to_100_and_chart_draws(qtbot, qapp, sample_path, out):
    from journeymap.storage.read import open_project
    session = Session(open_project(sample_path))
    view = make_view(qtbot, session)
    view.show()                                # makes the chart and starts the analysis
    drawn = []
    view.chart.chart_drawn.connect(lambda: drawn.append(True))
    with qtbot.waitSignal(view.result_did_change, timeout=60_000) as blocker:
        pass
    assert blocker.args[0] is not None, view.message.text()
    qtbot.waitUntil(lambda: bool(drawn), timeout=CHART_TIMEOUT)
    assert view.model.rowCount() > 1
    total = sum(view.model.result["items"][r]["weight_pct"] for r in range(view.model.rowCount()))
    assert total == pytest.approx(100.0, abs=0.5)
    assert view.dataset_box.count() >= 1
    qtbot.waitUntil(lambda: chart_painted(view.chart), timeout=CHART_TIMEOUT)
    out.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(out / "drivers-sample.png"))
    # another method re-runs off the UI thread and still sums to 100
    with qtbot.waitSignal(view.result_did_change, timeout=60_000) as blocker:
        view.method_box.setCurrentIndex(view.method_box.findData("shapley"))
    assert sum(i["weight_pct"] for i in blocker.args[0]["items"]) == pytest.approx(100.0, abs=0.5)


def test_runner_drops_superseded_jobs_and_reports_refusals(qtbot, qapp):
    import time
    from journeymap.ui.workers import Runner
    runner = Runner()
    got, failed = [], []
    runner.job_did_finish.connect(got.append)
    runner.job_did_fail.connect(failed.append)
    runner.start(lambda: (time.sleep(0.3), "old")[1])
    with qtbot.waitSignal(runner.job_did_finish, timeout=5_000):
        runner.start(lambda: "new")
    runner.wait()
    # The old job has ended, so its answer is already posted to this thread: delivering the
    # posted events is all it takes for a dropped answer to show up here if it were not dropped.
    QApplication.processEvents()
    assert got == ["new"] and not runner.busy

    def refuse():
        raise ValueError("item 'Letters' is constant")
    with qtbot.waitSignal(runner.job_did_fail, timeout=5_000):
        runner.start(refuse)
    assert failed == ["item 'Letters' is constant"]
    runner.start(lambda: "cancelled")
    runner.cancel()
    runner.wait()
    QApplication.processEvents()          # deliver the cancelled job's posted answer (to be dropped)
    assert got == ["new"]


def test_units_uncertain_quadrants_and_flags_are_shown(qtbot, qapp):
    """Issue 8/12: a mean states its scale, an uncertain quadrant says so, and the headline names the
    method (approximate when sampled) and any flag such as a small sample."""
    items = [dict(i, scale=[1, 5], better="higher") for i in RESULT["items"]]
    items[1]["quadrant_certain"] = False
    result = dict(RESULT, items=items, method="shapley", method_label="Shapley (LMG), approximate (sampled orders)",
                  approximate=True, flags=["small sample: n = 6 is under 10 per item (4 items need 40)"])
    model = DriversModel()
    model.set_result(result)
    assert model.index(0, COLUMNS.index("mean")).data() == "3.10 (1-5)"
    assert model.index(1, COLUMNS.index("quadrant")).data().endswith("(uncertain)")
    assert not model.index(0, COLUMNS.index("quadrant")).data().endswith("(uncertain)")
    view = make_view(qtbot, Session(small_project(survey=True)))
    view._on_result(result)
    text = view.headline.text()
    assert "approximate" in text and "small sample" in text
