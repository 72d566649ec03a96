"""Impact inputs from the project: reach, gap, importance, value, votes, severity, the journey's
references; and rank_journey (fixed scales: resolving one pain point leaves the others' scores as they were)."""
from __future__ import annotations

import pytest

from test_survey_data import JOURNEY, add_pain_points, build, make_project

from journeymap.analysis.impact_inputs import (
    build_inputs, explain_inputs, journey_scales, left_out, metric_value, shortfall,
)
from journeymap.analysis.ranking import journey_importance, rank_journey
from journeymap.analysis.scoring import DEFAULT_WEIGHTS
from journeymap.core import model

DRIVERS = {"stages": [{"stage": "Repair", "stage_id": "st-2", "weight_pct": 50.0},
                      {"stage": "Report claim", "stage_id": "st-0", "weight_pct": 20.0},
                      {"stage": "Assessment", "weight_pct": 30.0}],     # matched by name
           "items": [{"item": "Repair quality", "stage": "Repair", "stage_id": "st-2", "performance": 40.0, "n": 200},
                     {"item": "Ease", "stage": "Report claim", "stage_id": "st-0", "performance": 70.0},
                     {"item": "Speed", "stage": "Report claim", "stage_id": "st-0", "performance": 60.0}]}


@pytest.fixture
def project():
    p = build(with_survey=False)
    add_pain_points(p)
    return p


def by_id(inputs):
    return {i.id: i for i in inputs}


def test_which_pain_points_and_stage_names(project):
    inputs = build_inputs(project, journey_id=JOURNEY, drivers=None)
    assert [i.id for i in inputs] == ["pp-1", "pp-2", "pp-3", "pp-4"]   # the dismissed one is left out
    assert by_id(inputs)["pp-1"].stage == "Repair" and by_id(inputs)["pp-1"].title == "Repairs take too long"


def test_reach_is_volume_per_period_times_share(project):
    inp = by_id(build_inputs(project, journey_id=JOURNEY, drivers=None))
    assert inp["pp-1"].reach == pytest.approx(5000 * 0.5)      # mean of 4500 and 5500
    assert inp["pp-4"].reach == pytest.approx(8000 * 0.1)
    assert inp["pp-3"].reach is None                           # share affected unknown: missing, not 0
    inp = by_id(build_inputs(project, journey_id=JOURNEY, drivers=None, period="2026-10"))
    assert inp["pp-1"].reach == pytest.approx(5500 * 0.5)


def test_gap_set_then_survey_then_targets(project):
    inp = by_id(build_inputs(project, journey_id=JOURNEY, drivers=DRIVERS))
    assert inp["pp-2"].gap == 0.3 and inp["pp-2"].gap_source == "judgment"   # typed on the pain point
    assert inp["pp-1"].gap == pytest.approx(0.6)               # worst item of Repair: 40/100
    assert inp["pp-1"].gap_source == "data" and inp["pp-1"].gap_se == pytest.approx((0.6 * 0.4 / 200) ** 0.5)
    project.update("pain_points", "pp-2", gap_se=0.02)       # a measured gap counts as data
    measured = by_id(build_inputs(project, journey_id=JOURNEY, drivers=DRIVERS))["pp-2"]
    assert measured.gap_source == "data" and measured.gap_se == 0.02
    assert inp["pp-3"].gap == pytest.approx(0.2)               # no item: days to payout 6 vs target 5 (lower)
    inp = by_id(build_inputs(project, journey_id=JOURNEY, drivers=None))
    assert inp["pp-1"].gap == pytest.approx((80 - 50) / 80)    # FCR 50 vs target 80
    assert inp["pp-4"].gap == pytest.approx((80 - 79) / 80)


def test_importance_value_votes_severity(project):
    inp = by_id(build_inputs(project, journey_id=JOURNEY, drivers=DRIVERS))
    assert inp["pp-1"].importance == 0.5 and inp["pp-4"].importance == 0.3   # shares of R^2
    assert inp["pp-3"].importance is None                      # Payout has no item in these drivers
    assert all(i.importance is None for i in build_inputs(project, journey_id=JOURNEY, drivers=None))
    assert inp["pp-3"].value == pytest.approx(400 * 0.6 + 1500 * 0.4)   # no reach: the segments' value
    assert inp["pp-1"].value == pytest.approx(400 * 0.6 + 1500 * 0.4)   # per customer, not x reach
    assert inp["pp-1"].value_source == "data"
    project.update("pain_points", "pp-4", value_at_risk=40_000.0)
    assert by_id(build_inputs(project, journey_id=JOURNEY, drivers=None))["pp-4"].value == pytest.approx(40_000 / 800)
    project.update("pain_points", "pp-4", value_per_customer=75.0)
    typed = by_id(build_inputs(project, journey_id=JOURNEY, drivers=None))["pp-4"]
    assert typed.value == 75.0 and typed.value_source == "judgment"
    assert inp["pp-1"].votes == 7 and inp["pp-4"].votes == 0 and inp["pp-4"].severity == 5
    for vote in list(project.all("votes")):
        project.remove("votes", vote.id)
    assert all(i.votes is None for i in build_inputs(project, journey_id=JOURNEY, drivers=None))


def test_persona_value_and_notes(project):
    project.update("journeys", JOURNEY, persona="sg-bus")
    inp, notes = explain_inputs(project, journey_id=JOURNEY, drivers=DRIVERS)[0]
    assert inp.value == pytest.approx(1500)
    assert "Contact volume" in notes["reach"] and "Repair quality" in notes["gap"]


def test_helpers():
    assert shortfall(70, target=80) == pytest.approx(0.125)
    assert shortfall(90, target=80) == 0.0
    assert shortfall(6, target=5, better="lower") == pytest.approx(0.2)
    assert shortfall(None, target=5) is None
    p = build(with_survey=False)
    p.add(model.MetricValue("mv-seg1", "me-vol", "st-buy", "2026-10", segment="A", value=10))
    p.add(model.MetricValue("mv-seg2", "me-vol", "st-buy", "2026-10", segment="B", value=30))
    assert metric_value(p, metric_id="me-vol", stage_id="st-buy", agg="sum") == 40
    # a period stored only per segment: all customers is their contacts added (analysis.everyone), whatever agg
    assert metric_value(p, metric_id="me-vol", stage_id="st-buy") == 40
    assert metric_value(p, metric_id="me-fcr", stage_id="st-buy") is None


def test_rank_journey_runs_drivers_and_flags_missing(tmp_path):
    path, project, _ = make_project(tmp_path, n=600)
    result, inputs = rank_journey(path, project, journey_id=JOURNEY)
    assert len(result) == 4 and all(i.importance is not None for i in inputs)
    for row in result.rows:
        assert row.score == pytest.approx(sum(row.components.values()))
    assert dict(result.weights) == dict(DEFAULT_WEIGHTS)
    # unsaved project: no drivers, importance flagged as missing on every row, nothing sunk to zero
    result, inputs = rank_journey(None, project, journey_id=JOURNEY)
    assert all("missing:importance" in row.flags for row in result.rows)
    assert all(row.score is not None and row.score > 0 for row in result.rows)


def test_rank_journey_weights_from_project(project):
    project.set_info(rank_weights={"votes": 1.0})
    result, _ = rank_journey(None, project, journey_id=JOURNEY)
    assert result.weights["votes"] == 1.0 and result.weights["reach"] == 0.0
    assert result.rows[0].id == "pp-1"                       # 7 of the 10 dots
    assert result.rows[0].parts["votes"] == pytest.approx(7 / (7 + 10 / 4))   # fair share: 10 dots, 4 on the ballot
    result, _ = rank_journey(None, project, journey_id=JOURNEY, weights={"severity": 1})
    assert result.rows[0].id == "pp-4"                       # severity 5


def test_customers_metric_preferred_over_contact_volume(project):
    project.add(model.MetricDef("me-cust", "Customers at the stage", unit="customers"))
    project.add(model.MetricValue("mv-c", "me-cust", "st-2", "2026-10", value=1000.0))
    inp, notes = explain_inputs(project, journey_id=JOURNEY, drivers=None)[0]
    assert inp.reach == pytest.approx(500.0) and "Customers at the stage" in notes["reach"]
    assert by_id(build_inputs(project, journey_id=JOURNEY, drivers=None))["pp-4"].reach == pytest.approx(800)


def test_references_do_not_depend_on_which_pain_points_are_ranked(project):
    scales, notes = journey_scales(project, journey_id=JOURNEY)
    busiest = max(metric_value(project, metric_id="me-vol", stage_id=s.id, agg="sum") or 0
                  for s in project.stages_of(JOURNEY))
    assert scales.customers == pytest.approx(busiest) and "busiest" in notes["customers"]
    assert scales.value == pytest.approx(400 * 0.6 + 1500 * 0.4)
    assert scales.fair_votes == pytest.approx(10 / 4)        # the dismissed one was never on the ballot
    project.update("journeys", JOURNEY, customers=20_000.0, revenue=1_000_000.0)
    scales, _ = journey_scales(project, journey_id=JOURNEY)
    assert (scales.customers, scales.value) == (20_000.0, 50.0)
    project.set_info(rank_value_reference=80.0)
    assert journey_scales(project, journey_id=JOURNEY)[0].value == 80.0


def test_resolving_a_pain_point_leaves_every_other_score_unchanged(project):
    before = {r.id: r.score for r in rank_journey(None, project, journey_id=JOURNEY, drivers=DRIVERS)[0].rows}
    project.update("pain_points", "pp-1", status="resolved")
    result, _ = rank_journey(None, project, journey_id=JOURNEY, drivers=DRIVERS)
    assert "pp-1" not in {r.id for r in result.rows}
    for row in result.rows:
        assert row.score == before[row.id]
    assert [d["id"] for d in left_out(project, journey_id=JOURNEY)] == ["pp-1", "pp-x"]
    assert left_out(project, journey_id=JOURNEY)[0]["status"] == "resolved"


def test_rank_journey_uses_stage_shapley_with_intervals(tmp_path):
    path, project, _ = make_project(tmp_path, n=600)
    importance, why = journey_importance(path, project, journey_id=JOURNEY, bootstrap=50)
    assert why == "" and importance.method == "stage_shapley"
    result, inputs = rank_journey(path, project, journey_id=JOURNEY, intervals=50)
    shares = importance.by_stage()
    for inp in inputs:
        if inp.importance is not None:
            assert inp.importance == pytest.approx(shares[inp.stage_id])
    for row in result.rows:
        assert row.rank_low <= row.rank <= row.rank_high
    project.set_info(rank_importance_method="item_sum")
    other, _ = journey_importance(path, project, journey_id=JOURNEY, bootstrap=0)
    assert other.method == "item_sum"


def test_an_importance_share_outside_0_to_1_is_clipped_and_said(project):
    drivers = {"stages": [{"stage": "Repair", "stage_id": "st-2", "weight_pct": 100.0000001},
                          {"stage": "Assessment", "stage_id": "st-1", "weight_pct": -2.0}], "items": []}
    explained = {inp.id: (inp, notes) for inp, notes in explain_inputs(project, journey_id=JOURNEY, drivers=drivers)}
    assert explained["pp-1"][0].importance == 1.0 and "counted as 1" in explained["pp-1"][1]["importance"]
    assert explained["pp-4"][0].importance == 0.0 and "counted as 0" in explained["pp-4"][1]["importance"]
    result, _ = rank_journey(None, project, journey_id=JOURNEY, drivers=drivers)
    assert len(result) == 4


def test_notes_write_averages_as_people_read_them(project):
    """Found in the app: 'Customers at the stage 35897.2 x share affected 0.12', 'Wait time 76.5331 vs target 60'."""
    project.add(model.MetricDef("me-cust", "Customers at the stage", unit="customers"))
    project.add(model.MetricValue("mv-c1", "me-cust", "st-2", "2026-09", value=35897.0))
    project.add(model.MetricValue("mv-c2", "me-cust", "st-2", "2026-10", value=35897.4))
    for per, v in (("2026-09", 76.53312), ("2026-10", 76.53308)):
        project.update("metric_values", f"mv-f2{per}", value=v)
    notes = {inp.id: n for inp, n in explain_inputs(project, journey_id=JOURNEY, drivers=None)}["pp-1"]
    assert "Customers at the stage 35,897 x share affected 0.5" in notes["reach"]
    assert "First-contact resolution 76.5 vs target 80" in notes["gap"]
