"""The stage inspector's metrics: value and n for the session's period, a sparkline across periods."""
import pytest

from journeymap.core import commands
from journeymap.core.model import MetricDef, MetricValue
from journeymap.samples.templates import build
from journeymap.ui.inspector import InspectorPanel
from journeymap.ui.session import Session
from journeymap.ui.sparkline import BAD, GOOD, NEUTRAL, Sparkline

SERIES = (("2026-10", 82.0, 410), ("2026-08", 75.0, 1200), ("2026-11", 64.5, 388), ("2026-09", 79.0, None))


@pytest.fixture
def session(qapp):
    session = Session(build("insurance"))
    stage = session.project.stages_of(session.journey_id)[0]
    session.project.add(MetricDef("me-fcr", "First-contact resolution", unit="%", better="higher", target=70.0))
    for i, (period, value, n) in enumerate(SERIES):
        session.project.add(MetricValue(f"mv-{i}", "me-fcr", stage.id, period=period, value=value, n=n))
    session.project.add(MetricValue("mv-seg", "me-fcr", stage.id, period="2026-11", segment="Young",
                                    value=12.0, n=5))
    return session


@pytest.fixture
def inspector(qtbot, session):
    widget = InspectorPanel(session)
    qtbot.addWidget(widget)
    widget.resize(360, 1200)
    widget.show()
    return widget


def first_stage(session):
    return session.project.stages_of(session.journey_id)[0]


def row(inspector):
    assert inspector.metrics.count() == 1
    return inspector.metrics.item(0)


def test_a_row_shows_the_latest_value_its_n_and_a_sparkline(inspector, session):
    inspector.show_selection([("stages", first_stage(session).id)])
    r = row(inspector)
    assert r.name.text() == "First-contact resolution"
    assert r.value.text() == "64.5%" and r.n.text() == "n = 388"
    assert inspector.metrics_title.text() == "Metrics, latest period"
    assert r.sparkline.points == [("2026-08", 75.0), ("2026-09", 79.0), ("2026-10", 82.0), ("2026-11", 64.5)]
    assert r.sparkline.target == 70.0 and r.sparkline.color() == BAD      # 64.5 < 70, higher is better
    tip = r.toolTip()
    assert "2026-08: 75.0 (n = 1,200)" in tip and "2026-09: 79.0 (n = -)" in tip
    assert tip.index("2026-08") < tip.index("2026-11")


def test_the_session_period_and_segment_choose_the_value(inspector, session):
    inspector.show_selection([("stages", first_stage(session).id)])
    session.set_filter(period="2026-09")
    r = row(inspector)
    assert r.value.text() == "79.0%" and r.n.text() == "n = -"
    assert "2026-09" in inspector.metrics_title.text()
    assert len(r.sparkline.points) == 4 and r.sparkline.marked == 1
    session.set_filter(period="2025-01")                  # no value that month
    assert row(inspector).value.text() == "-" and row(inspector).n.text() == "n = -"
    session.set_filter(segment="Young")
    r = row(inspector)
    assert r.value.text() == "12.0%" and r.n.text() == "n = 5" and len(r.sparkline.points) == 1
    session.set_filter()
    assert row(inspector).value.text() == "64.5%"


def test_an_edit_of_a_value_or_the_metric_updates_the_row(inspector, session):
    inspector.show_selection([("stages", first_stage(session).id)])
    session.push(commands.edit("metric_values", "mv-2", value=91.25, n=2500))
    r = row(inspector)
    assert r.value.text() == "91.2%" and r.n.text() == "n = 2,500"
    assert r.sparkline.points[-1] == ("2026-11", 91.25) and r.sparkline.color() == GOOD
    session.push(commands.edit("metrics", "me-fcr", target=None))
    assert row(inspector).sparkline.color() == NEUTRAL
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert row(inspector).value.text() == "64.5%" and row(inspector).sparkline.color() == BAD


def test_a_stage_without_metrics_says_so(inspector, session):
    other = session.project.stages_of(session.journey_id)[1]
    inspector.show_selection([("stages", other.id)])
    assert inspector.metrics.count() == 0 and inspector.metrics.isHidden()
    assert inspector.metrics_title.text() == "No metrics for this stage yet."


def test_the_sparkline_paints_nothing_without_data(qtbot):
    spark = Sparkline()
    qtbot.addWidget(spark)
    assert (spark.sizeHint().width(), spark.sizeHint().height()) == (120, 28)
    spark.resize(spark.sizeHint())
    blank = spark.grab().toImage()
    spark.set_data([("2026-01", 3.0), ("2026-02", None), ("2026-03", 2.0)], target=2.5, better="lower")
    assert len(spark.points) == 2 and spark.color() == GOOD
    assert spark.grab().toImage() != blank
    spark.set_data([])
    assert spark.grab().toImage() == blank


def test_units_read_naturally():
    from journeymap.ui.inspector_metrics import unit_suffix
    assert [unit_suffix(u) for u in ("%", "s", "1-7", "0-10", "", "contacts")] == \
        ["%", " s", " (1-7)", " (0-10)", "", " contacts"]
