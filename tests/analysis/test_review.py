"""The monthly review: periods, rank changes, moved metrics (with a false discovery rate), flags."""
from __future__ import annotations

import datetime as dt

import pytest

from journeymap.analysis import review as rv
from journeymap.core import model
from journeymap.core.project import Project
from journeymap.samples.insurance import build_sample
from journeymap.storage.read import open_project


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.jmap"
    build_sample(path)
    return path, open_project(path)


def test_pick_periods():
    assert rv.pick_periods(["2026-10", "2026-11", "2026-12"], None) == ("2026-12", "2026-11")
    assert rv.pick_periods(["2026-10", "2026-11"], "2026-10") == ("2026-10", None)
    with pytest.raises(rv.ReviewError, match="no period '2027-01'.*'2026-10', '2026-11'"):
        rv.pick_periods(["2026-10", "2026-11"], "2027-01")
    with pytest.raises(rv.ReviewError, match="no periods"):
        rv.pick_periods([], None)


def test_rank_changes_list_moves_and_newcomers_in_the_window():
    p = Project()
    p.add(model.Journey("jn", "J"))
    for k in range(30):
        p.add(model.PainPoint(f"pp-{k}", "jn", None, f"pain {k}"))
    before = [f"pp-{k}" for k in range(25)]
    after = ["pp-1", "pp-0"] + [f"pp-{k}" for k in range(2, 25)] + ["pp-29"]
    after[22], after[23] = after[23], after[22]                     # a swap below the window: not shown
    rows = rv.rank_changes(p, before, after)
    assert rows == [{"id": "pp-1", "title": "pain 1", "from": 2, "to": 1},
                    {"id": "pp-0", "title": "pain 0", "from": 1, "to": 2}]
    rows = rv.rank_changes(p, before[:3], ["pp-29", *before[:3]])
    assert rows[0] == {"id": "pp-29", "title": "pain 29", "from": None, "to": 1} and len(rows) == 4


def test_moved_controls_the_false_discovery_rate():
    ps = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216]
    rows = [{"p_value": p} for p in ps] + [{"p_value": None}]
    kept = rv.moved(rows)
    # Benjamini-Hochberg by hand: q_k = min_j>=k p_j m / j -> 0.01, 0.04, 0.084, ...
    assert [r["p_value"] for r in kept] == [0.001, 0.008]
    assert [r["q_value"] for r in kept] == [0.01, 0.04]


def test_sample_review_of_december(sample_file):
    path, project = sample_file
    journey = project.default_journey()
    out = rv.review(path, project, journey_id=journey.id, today=dt.date(2027, 1, 15))   # December is over
    assert (out["period"], out["previous_period"], out["as_of"]) == ("2026-12", "2026-11", "2026-12-31")
    assert len(out["new_pain_points"]) == 13                     # the workshop of 10 December
    moved = {(m["stage"], m["item"], m["metric"]): m for m in out["moved_metrics"]}
    complaint = moved[("Complaint is handled", "Handling of my complaint", "mean")]
    assert complaint["verdict"] == "improved" and complaint["n_before"] > 300 and complaint["p_value"] < 0.001
    assert ("Complaint is handled", "First-contact resolution", "First-contact resolution (%)") in moved
    assert all(m["q_value"] < 0.05 for m in out["moved_metrics"])
    assert [r["metric"] for r in out["nps"]] == ["NPS"] and out["nps"][0]["stage"] == "Claim is settled"
    assert {o["id"]: o["days_overdue"] for o in out["overdue"]} == {"in-sms-fallback": 62, "in-phone-callback": 13}
    assert [r["id"] for r in out["recurring_unowned"]] == ["pp-claim-repeat"]


def test_sample_review_of_june_finds_the_bill_and_nothing_else_of_the_survey(sample_file):
    path, project = sample_file
    out = rv.review(path, project, journey_id=project.default_journey().id, period="2026-06",
                    as_of=dt.date(2026, 6, 30))
    survey = {(m["item"], m["metric"]) for m in out["moved_metrics"] if m["test"] != "vs period-to-period variation"}
    assert survey == {("Clarity of the bill", "mean"), ("Clarity of the bill", "top-2-box")}
    assert out["new_pain_points"] == [] and out["overdue"] == []


def test_an_owned_initiative_clears_the_recurring_flag(sample_file, tmp_path):
    from journeymap.core.initiatives import create_from_pain_points, edit_initiative
    from journeymap.storage.write import save
    path, project = sample_file
    project = open_project(path)
    command = create_from_pain_points(project, ["pp-claim-repeat"], owner="Sofia Marin")
    command.do(project)
    new_id = command.entities[0].id
    edit_initiative(project, new_id, due="2027-06-30", status="planned").do(project)
    copy = tmp_path / "copy.jmap"
    import shutil
    shutil.copy(path, copy)
    save(project, copy)
    out = rv.review(copy, open_project(copy), journey_id=project.default_journey().id)
    assert out["recurring_unowned"] == []


def test_next_month_as_its_own_dataset_is_read_beside_the_first(sample_file, tmp_path):
    """The monthly rhythm: January's survey file imported with the saved mapping as a new dataset;
    the review reads both datasets (items matched by their column) and compares January with December."""
    import shutil

    import numpy as np

    from journeymap.importers.project_import import run_import
    from journeymap.samples import insurance_data as data
    from journeymap.analysis.survey_data import load_waves
    path, _project = sample_file
    copy = tmp_path / "next.jmap"
    shutil.copy(path, copy)
    january = data.survey(np.random.default_rng(11), 400, "2027-01-04", "2027-01-29", 6001)
    file = tmp_path / "survey_2027-01.csv"
    file.write_text(january.csv_text, encoding="utf-8")
    run_import(copy, file, "Relationship survey 2026", name="Relationship survey 2027-01")
    project = open_project(copy)
    waves = load_waves(copy, project, journey_id=project.default_journey().id)
    assert waves.period_list()[-2:] == ["2026-12", "2027-01"]
    assert int(waves.rows(["2027-01"]).sum()) == 400 and int(waves.rows(["2026-12"]).sum()) == 450
    out = rv.review(copy, project, journey_id=project.default_journey().id)
    assert (out["period"], out["previous_period"]) == ("2027-01", "2026-12")
    tested = rv.survey_tests(project, waves, "2026-12", "2027-01")
    complaint = next(r for r in tested if r["item"] == "Handling of my complaint" and r["metric"] == "mean")
    assert complaint["n_before"] > 300 and complaint["n_after"] > 250


def test_a_period_that_cannot_be_ranked_is_said(sample_file):
    """Weights that rank nothing (all 0): the review still reports, and says why there are no rank changes."""
    import dataclasses

    from journeymap.analysis.scoring import PARTS
    path, project = sample_file
    project = open_project(path)
    project.info = dataclasses.replace(project.info, rank_weights=dict.fromkeys(PARTS, 0.0))
    out = rv.review(path, project, journey_id=project.default_journey().id)
    assert out["rank_changes"] == [] and out["recurring_unowned"] == [] and out["moved_metrics"]
    assert len(out["notes"]) == 2 and out["notes"][0].startswith("the pain points of 2026-11 could not be ranked:")
