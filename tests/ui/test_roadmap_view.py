"""The Roadmap view: from a pain point to an initiative, linked, rescheduled, each step undone; overdue
rows stand out; refused input is named and changes nothing; the sample draws."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from journeymap.core.model import Initiative, Journey, PainPoint, Stage
from journeymap.core.project import Project
from journeymap.ui.roadmap_model import COLUMNS, OVERDUE
from journeymap.ui.session import Session

DAY = dt.date(2027, 2, 15)


def build_project() -> Project:
    project = Project()
    project.add(Journey("jn-1", "Claims"))
    project.add(Stage("st-0", "jn-1", None, "Report", department="Claims"))
    project.add(Stage("st-1", "jn-1", None, "Assess", department="Claims"))
    project.add(PainPoint("pp-a", "jn-1", "st-0", "On hold too long", severity=5))
    project.add(PainPoint("pp-b", "jn-1", "st-1", "Form asks twice", severity=4))
    return project


@pytest.fixture
def session(qapp):
    return Session(build_project())


def make_view(qtbot, session):
    from journeymap.ui.roadmap_view import RoadmapView
    view = RoadmapView(session, as_of=DAY)
    qtbot.addWidget(view)
    view.resize(1500, 900)
    view.show()
    return view


def test_create_link_reschedule_and_undo_each_step(qtbot, session):
    from journeymap.ui.painpoints_view import PainPointsView
    pains = PainPointsView(session)
    qtbot.addWidget(pains)
    pains.show()
    qtbot.waitUntil(lambda: pains.model.row_of("pp-a") >= 0, timeout=30_000)
    assert not pains.initiative_button.isEnabled()
    pains.select("pp-a")
    assert pains.initiative_button.isEnabled()
    qtbot.mouseClick(pains.initiative_button, Qt.MouseButton.LeftButton)          # step 1: create
    (init,) = session.project.all("initiatives")
    assert init.pain_points == ["pp-a"] and init.department == "Claims"

    view = make_view(qtbot, session)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.selected_id() == init.id and view.form.heading.text() == "Fix: On hold too long"
    form = view.form
    form.link_choice.setCurrentIndex(form.link_choice.findData("pp-b"))
    qtbot.mouseClick(form.link_button, Qt.MouseButton.LeftButton)                  # step 2: link
    qtbot.waitUntil(lambda: view.model.rows[0]["pain_points"] == ["pp-a", "pp-b"])
    assert [form.pains.item(i).text() for i in range(form.pains.count())] == ["On hold too long",
                                                                            "Form asks twice"]
    due = form.editors["due"]
    due.setFocus()
    due.selectAll()
    qtbot.keyClicks(due, "2027-01-31")
    qtbot.keyClick(due, Qt.Key.Key_Return)                                         # step 3: reschedule
    qtbot.waitUntil(lambda: view.model.rows and view.model.rows[0]["due"] == "2027-01-31")
    assert session.project.get("initiatives", init.id).due == "2027-01-31"
    assert view.model.rows[0]["overdue"] and "overdue" in view.flags.text()      # due before DAY
    due_cell = view.model.index(0, COLUMNS.index("due"))
    assert due_cell.data() == "2027-01-31  overdue"
    assert due_cell.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert session.undo_stack.count() == 3

    session.undo_stack.undo()                                                      # undo the reschedule
    qtbot.waitUntil(lambda: view.model.rows[0]["due"] is None)
    assert not view.model.rows[0]["overdue"] and form.editors["due"].text() == ""
    session.undo_stack.undo()                                                      # undo the link
    qtbot.waitUntil(lambda: view.model.rows[0]["pain_points"] == ["pp-a"])
    assert form.pains.count() == 1
    session.undo_stack.undo()                                                      # undo the creation
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert session.project.all("initiatives") == []
    assert form.heading.text() == "Select an initiative to edit it."


def test_refused_input_is_named_and_changes_nothing(qtbot, session):
    session.project.add(Initiative("in-1", "jn-1", "Call back", owner="Ana", start="2027-03-01",
                                   pain_points=["pp-a"]))
    view = make_view(qtbot, session)
    qtbot.waitUntil(lambda: view.selected_id() == "in-1")
    due = view.form.editors["due"]
    due.setFocus()
    qtbot.keyClicks(due, "2027-02-01")                   # before the start
    qtbot.keyClick(due, Qt.Key.Key_Return)
    assert "due 2027-02-01 is before start 2027-03-01" in view.form.message.text()
    assert session.project.get("initiatives", "in-1").due is None and session.undo_stack.count() == 0
    assert due.text() == ""                              # back to the project's value
    confidence = view.form.editors["confidence"]
    confidence.setFocus()
    qtbot.keyClicks(confidence, "0.8")
    qtbot.keyClick(confidence, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.project.get("initiatives", "in-1").confidence == 0.8)
    assert view.form.message.isHidden() and session.undo_stack.count() == 1
    status = view.form.editors["status"]
    status.setCurrentIndex(status.findData("done"))
    status.activated.emit(status.currentIndex())         # done without a date: today, one undo step
    qtbot.waitUntil(lambda: session.project.get("initiatives", "in-1").status == "done")
    assert session.project.get("initiatives", "in-1").done == dt.date.today().isoformat()
    assert session.undo_stack.count() == 2


def test_sample_draws_charts_whatif_and_results(qtbot, qapp, sample_path, out):
    from journeymap.storage.read import open_project
    session = Session(open_project(sample_path))
    view = make_view(qtbot, session)
    view.resize(1700, 1000)
    qtbot.waitUntil(lambda: view.model.rowCount() == 11)
    overdue = [r["id"] for r in view.model.rows if r["overdue"]]
    assert overdue == ["in-sms-fallback", "in-phone-callback"]           # as of 2027-02-15
    assert view.selected_id() == "in-sms-fallback"                        # the most urgent first
    chart = view.charts["matrix"]
    with qtbot.waitSignal(chart.chart_drawn, timeout=60_000):
        pass
    result = view.whatif.result
    assert result is not None and result.low < result.effect < result.high
    ticked = set(view.whatif.ticked())
    assert "in-claims-fasttrack" in ticked and "in-plain-bill" not in ticked   # open ones ticked
    before = result.effect
    view.whatif.choices.item(0).setCheckState(Qt.CheckState.Unchecked)     # fast-track off
    assert view.whatif.result.effect < before
    assert view.whatif.stages.rowCount() > 0
    assert view.results.toPlainText() == ""                               # drawn when its tab is shown
    view.tabs.setCurrentWidget(view.results)
    assert "Improved: 'Clarity of the bill'" in view.results.toPlainText()
    assert "No detectable change at this n" in view.results.toPlainText()
    out.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(out / "roadmap-sample.png"))


def test_did_it_work_writes_a_top_2_box_as_a_percentage():
    """Found under Xvfb: 'Clarity of the bill  top-2-box  0.408  0.579' beside '42%' elsewhere."""
    from journeymap.ui.roadmap_view import _result_html
    metric = {"item": "Clarity of the bill", "metric": "top-2-box", "before": 0.408, "after": 0.579,
              "n_before": 1305, "n_after": 1312, "test": "two proportions", "p_value": 0.0004, "verdict": "improved"}
    html = _result_html({"title": "Plain-language first bill", "done": "2026-05-29", "stage": "Receives the first bill",
                         "before_periods": ["2026-04"], "after_periods": ["2026-06"], "sentence": "Improved.",
                         "metrics": [metric, dict(metric, metric="mean", before=3.27, after=3.66)]})
    assert "40.8%" in html and "57.9%" in html and ">0.408<" not in html and ">3.27<" in html


def test_what_if_reads_in_dark_colours(qtbot, qapp, sample_path):
    """Found under Xvfb: the what-if's note kept #5F6368 and its changes Qt's darkGreen on the dark window."""
    from PySide6.QtGui import QPalette

    from journeymap.storage.read import open_project
    from journeymap.ui.palette import apply_palette
    from test_dark_mode import contrast
    session = Session(open_project(sample_path))
    try:
        apply_palette(qapp, dark=True)
        view = make_view(qtbot, session)
        qtbot.waitUntil(lambda: view.whatif.result is not None, timeout=60_000)
        base = qapp.palette().color(QPalette.ColorRole.Base)
        assert "#5F6368" not in view.whatif.summary.text()
        table = view.whatif.stages
        colours = [table.item(r, 3).foreground().color() for r in range(table.rowCount())
                   if table.item(r, 3) is not None and table.item(r, 3).text()]
        assert colours and min(contrast(c, base) for c in colours) >= 4.5
    finally:
        apply_palette(qapp, dark=False)


def test_did_it_work_reads_in_dark_colours(qtbot, qapp, sample_path):
    from journeymap.storage.read import open_project
    from journeymap.ui.palette import apply_palette
    session = Session(open_project(sample_path))
    try:
        apply_palette(qapp, dark=True)
        view = make_view(qtbot, session)
        view.tabs.setCurrentWidget(view.results)
        qtbot.waitUntil(lambda: "Clarity of the bill" in view.results.toPlainText(), timeout=60_000)
        html = view.results.toHtml().lower()
        assert "#188038" not in html and "#81c995" in html                # 'improved' reads on dark
    finally:
        apply_palette(qapp, dark=False)
