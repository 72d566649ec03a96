"""Pain-point candidates from the data; accepting and merging them, undoably."""
from __future__ import annotations

import pytest

from test_survey_data import JOURNEY, add_pain_points, build, make_project

from journeymap.analysis.candidates import Candidate, accept, suggest
from journeymap.core.merge import merge_pain_points
from journeymap.core.errors import ProjectError
from journeymap.core.voting import VotingError
from journeymap.analysis.driver_run import run_drivers
from journeymap.core import commands, model

PARETO = [{"reason": "slow repair", "count": 50, "share": 0.5, "cum_share": 0.5, "stage": "st-2"},
          {"reason": "lost documents", "count": 30, "share": 0.3, "cum_share": 0.8, "stage": "Assessment"},
          {"reason": "rude staff", "count": 15, "share": 0.15, "cum_share": 0.95, "stage": None},
          {"reason": "other", "count": 5, "share": 0.05, "cum_share": 1.0, "stage": None}]


def snapshot(project):
    return project.info, {k: list(t.items()) for k, t in project.tables.items()}


@pytest.fixture
def project():
    return build(with_survey=False)


def test_metric_far_off_target(project):
    found = suggest(project, journey_id=JOURNEY, drivers=None)
    assert found and all(c.source == "data" and c.kind == "metric" for c in found)
    first = found[0]                             # FCR 50 vs 80 at Repair: 37.5% below, the furthest
    assert first.key == "metric:me-fcr:st-2" and first.stage == "st-2"
    assert "50" in first.why and "80" in first.why and "below" in first.why
    assert first.evidence == (("metric", "me-fcr", "50% vs target 80%", 50.0),)
    keys = [c.key for c in found]
    assert "metric:me-wait:st-3" in keys         # lower is better: 6 days vs 5
    assert "metric:me-fcr:st-3" not in keys      # 81 >= 80: on target


def test_concentrate_item(tmp_path):
    path, project, _ = make_project(tmp_path, n=800, pain_points=False)
    drivers = run_drivers(path, project, journey_id=JOURNEY, bootstrap=0)
    conc = [r for r in drivers["items"] if r["quadrant"] == "concentrate"]
    assert conc
    found = [c for c in suggest(project, journey_id=JOURNEY, drivers=drivers) if c.kind == "item"]
    assert {c.key for c in found} == {f"item:{r['item_id']}" for r in conc}
    c = found[0]
    assert c.stage == conc[0]["stage_id"] and c.evidence[0][0] == "item" and "% of what drives" in c.why


def test_pareto_head(project):
    found = [c for c in suggest(project, journey_id=JOURNEY, drivers=None, pareto=PARETO) if c.kind == "reason"]
    assert [c.reason for c in found] == ["slow repair", "lost documents"]      # the first 80%
    assert found[0].stage == "st-2" and found[1].stage == "st-1"               # by id or by name
    assert found[0].evidence[0][:2] == ("reason", "slow repair")


def test_duplicates_skipped(project):
    project.add(model.PainPoint("pp-a", JOURNEY, "st-2", "Slow repair", reason="slow repair"))
    project.add(model.PainPoint("pp-b", JOURNEY, "st-3", "Payout is slow"))
    project.add(model.Evidence("ev-b", "pp-b", "metric", "me-wait"))
    keys = [c.key for c in suggest(project, journey_id=JOURNEY, drivers=None, pareto=PARETO)]
    assert "reason:slow repair" not in keys and "metric:me-wait:st-3" not in keys
    assert "reason:lost documents" in keys and "metric:me-fcr:st-2" in keys


def test_accept_is_one_undoable_command(project):
    cand = suggest(project, journey_id=JOURNEY, drivers=None)[0]
    before = snapshot(project)
    entities = accept(cand, journey_id=JOURNEY)
    pp, evidence = entities[0], entities[1:]
    assert isinstance(pp, model.PainPoint) and pp.source == "data" and pp.status == "accepted"
    assert pp.stage == cand.stage and pp.title == cand.title and pp.description == cand.why
    assert [(e.kind, e.ref, e.pain_point) for e in evidence] == [("metric", "me-fcr", pp.id)]
    step = commands.add(*entities, label="Accept candidate")
    step.do(project)
    assert project.find("pain_points", pp.id) is not None
    assert cand.key not in [c.key for c in suggest(project, journey_id=JOURNEY, drivers=None)]
    step.undo(project)
    assert snapshot(project) == before
    assert accept(cand, journey_id=JOURNEY, status="open")[0].status == "open"
    with pytest.raises(ValueError):
        accept(cand, journey_id=JOURNEY, status="dismissed")


def test_merge_moves_votes_and_evidence_and_undoes(project):
    add_pain_points(project)
    project.add(model.Evidence("ev-1", "pp-2", "note", note="seen in calls"))
    project.add(model.Initiative("in-1", JOURNEY, "Fix it", pain_points=["pp-2", "pp-1"]))
    before = snapshot(project)
    step = merge_pain_points(project, ["pp-1", "pp-2", "pp-3"], keep="pp-1")
    step.do(project)
    for mid in ("pp-2", "pp-3"):
        pp = project.get("pain_points", mid)
        assert pp.status == "merged" and pp.merged_into == "pp-1"
    assert {v.pain_point for v in project.all("votes")} == {"pp-1"}
    assert project.get("evidence", "ev-1").pain_point == "pp-1"
    assert project.get("initiatives", "in-1").pain_points == ["pp-1"]
    step.undo(project)
    assert snapshot(project) == before
    step.do(project)
    assert project.get("pain_points", "pp-2").status == "merged"


def test_merge_refuses_bad_input(project):
    add_pain_points(project)
    with pytest.raises(VotingError, match="at least two"):
        merge_pain_points(project, ["pp-1", "pp-1"], keep="pp-1")
    with pytest.raises(VotingError):
        merge_pain_points(project, [], keep="pp-1")
    with pytest.raises(ProjectError, match="pp-nope"):
        merge_pain_points(project, ["pp-1", "pp-nope"], keep="pp-1")


def test_candidate_is_frozen():
    c = Candidate(key="k", title="t", stage=None)
    with pytest.raises(Exception):
        c.title = "x"
