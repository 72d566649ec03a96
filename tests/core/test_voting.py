"""Voting commands: rounds, dots within the rules, undo, and merging duplicate pain points.

Commands are applied and undone directly (command.do / command.undo), as the app's undo stack does."""
from __future__ import annotations

import pytest

from journeymap.core import model as m
from journeymap.core import voting
from journeymap.core.project import Project


def small_project() -> Project:
    project = Project()
    project.add(m.Journey("jn", "Claims"))
    project.add(m.Stage("st", "jn", None, "Calls"))
    for i in range(4):
        project.add(m.PainPoint(f"pp-{i}", "jn", "st", f"Pain {i}"))
    project.update("pain_points", "pp-3", status="dismissed")
    return project


def opened(project: Project, **kw) -> m.VotingRound:
    voting.open_round(project, journey_id="jn", name=kw.pop("name", "R1"), **kw).do(project)
    return voting.open_round_of(project, "jn")


def vote(project: Project, rnd: m.VotingRound, who: str, pain_point: str, **kw):
    """Cast one vote; returns the applied command (to undo)."""
    command = voting.cast_vote(project, round_id=rnd.id, participant=who, pain_point=pain_point, **kw)
    command.do(project)
    return command


def test_a_round_takes_dots_within_its_rules_and_joins_new_participants():
    p = small_project()
    rnd = opened(p, dots=3, max_per_item=2)
    assert rnd.number == 1 and voting.candidates_of(p, rnd) == ["pp-0", "pp-1", "pp-2"]
    vote(p, rnd, "Ann", "pp-0")
    vote(p, rnd, "Ann", "pp-0")
    with pytest.raises(voting.VotingError, match="at most 2 dots on one sticky"):
        voting.cast_vote(p, round_id=rnd.id, participant="Ann", pain_point="pp-0")
    vote(p, rnd, "Ann", "pp-1")
    with pytest.raises(voting.VotingError, match="0 of 3 dots left"):
        voting.cast_vote(p, round_id=rnd.id, participant="Ann", pain_point="pp-2")
    with pytest.raises(voting.VotingError, match="not a candidate"):
        voting.cast_vote(p, round_id=rnd.id, participant="Bo", pain_point="pp-3")
    votes = p.all("votes")
    assert [(v.pain_point, v.participant, v.round, v.dots) for v in votes] == [
        ("pp-0", "Ann", 1, 2), ("pp-1", "Ann", 1, 1)]
    assert p.get("voting_rounds", rnd.id).participants == ["Ann"]


def test_undo_takes_back_one_vote_and_retract_removes_an_emptied_vote():
    p = small_project()
    rnd = opened(p, participants=["Ann"])
    vote(p, rnd, "Ann", "pp-1", dots=2)
    third = vote(p, rnd, "Ann", "pp-1")
    assert p.all("votes")[0].dots == 3
    third.undo(p)
    assert p.all("votes")[0].dots == 2
    voting.retract_vote(p, round_id=rnd.id, participant="Ann", pain_point="pp-1", dots=2).do(p)
    assert p.all("votes") == []
    with pytest.raises(voting.VotingError, match="no dot"):
        voting.retract_vote(p, round_id=rnd.id, participant="Ann", pain_point="pp-1")


def test_a_closed_round_takes_no_votes_and_only_one_round_is_open():
    p = small_project()
    rnd = opened(p)
    with pytest.raises(voting.VotingError, match="still open"):
        voting.open_round(p, journey_id="jn", name="R2")
    voting.close_round(p, round_id=rnd.id).do(p)
    with pytest.raises(voting.VotingError, match="closed"):
        voting.cast_vote(p, round_id=rnd.id, participant="Ann", pain_point="pp-0")
    with pytest.raises(voting.VotingError, match="exists already"):
        voting.open_round(p, journey_id="jn", name="R1")
    rnd2 = opened(p, name="R2")
    assert rnd2.number == 2


def test_a_whole_round_is_one_undo_step():
    project = small_project()
    before = list(project)
    steps = []
    for make in (lambda: voting.open_round(project, journey_id="jn", name="R1", dots=2),):
        steps.append(make())
        steps[-1].do(project)
    rid = voting.open_round_of(project, "jn").id
    for who, pp in (("Ann", "pp-0"), ("Bo", "pp-0"), ("Bo", "pp-2")):
        steps.append(voting.cast_vote(project, round_id=rid, participant=who, pain_point=pp))
        steps[-1].do(project)
    steps.append(voting.close_round(project, round_id=rid))
    steps[-1].do(project)
    after = list(project)
    for s in reversed(steps):
        s.undo(project)
    whole = voting.whole_round(steps, name="R1")
    whole.do(project)
    assert list(project) == after and whole.label == "Voting round 'R1'"
    whole.undo(project)
    assert list(project) == before


def test_bad_rounds_are_refused_with_a_reason():
    p = small_project()
    with pytest.raises(voting.VotingError, match="from 1 to"):
        voting.open_round(p, journey_id="jn", name="R", dots=0)
    with pytest.raises(voting.VotingError, match="limit per sticky"):
        voting.open_round(p, journey_id="jn", name="R", dots=3, max_per_item=4)
    with pytest.raises(voting.VotingError, match="not pain points"):
        voting.open_round(p, journey_id="jn", name="R", candidates=["pp-x"])
    with pytest.raises(voting.VotingError, match="at most 60"):
        voting.open_round(p, journey_id="jn", name="R", participants=["x" * 61])


def test_round_numbers_follow_votes_recorded_without_a_round():
    p = small_project()
    p.add(m.Vote("vt-old", "pp-0", "Ann", round=4, dots=1))
    assert voting.next_number(p, "jn") == 5


def test_merging_combines_votes_and_evidence_in_one_undo_step():
    p = small_project()
    p.add(m.Vote("v1", "pp-0", "Ann", 1, 2))
    p.add(m.Vote("v2", "pp-1", "Ann", 1, 1))
    p.add(m.Vote("v3", "pp-1", "Bo", 1, 3))
    p.add(m.Evidence("ev", "pp-1", "note", note="heard twice"))
    p.add(m.Initiative("in", "jn", "Fix", pain_points=["pp-1", "pp-0"]))
    p.update("pain_points", "pp-1", severity=4)
    before = list(p)
    merge = voting.merge_pain_points(p, keep="pp-0", drop="pp-1")
    merge.do(p)
    assert merge.label == "Merge 'Pain 1' into 'Pain 0'"
    dots = {(v.pain_point, v.participant): v.dots for v in p.all("votes")}
    assert dots == {("pp-0", "Ann"): 3, ("pp-0", "Bo"): 3}
    assert p.get("evidence", "ev").pain_point == "pp-0"
    assert p.get("initiatives", "in").pain_points == ["pp-0"]
    dropped, kept = p.get("pain_points", "pp-1"), p.get("pain_points", "pp-0")
    assert (dropped.status, dropped.merged_into) == ("merged", "pp-0")
    assert kept.severity == 4 and "Merged: Pain 1" in kept.description
    with pytest.raises(voting.VotingError, match="already merged"):
        voting.merge_pain_points(p, keep="pp-0", drop="pp-1")
    merge.undo(p)
    assert list(p) == before


def test_a_batch_of_taps_follows_the_same_rules_as_single_votes():
    from journeymap.core.voting_batch import cast_batch

    p = small_project()
    rnd = opened(p, dots=2, max_per_item=2)
    taps = [("Ann", "pp-0", 1), ("Ann", "pp-0", 1), ("Ann", "pp-0", 1), ("Bo", "pp-3", 1), ("Bo", "pp-1", 1),
            ("Bo", "pp-1", -1), ("Bo", "pp-1", -1), ("Cy", "pp-2", 1), ("Cy", "pp-2", 1)]
    command, refused = cast_batch(p, round_id=rnd.id, taps=taps)
    assert [(t, why) for t, why in refused] == [
        (("Ann", "pp-0", 1), "Ann has 0 of 2 dots left"), (("Bo", "pp-3", 1), "'pp-3' is not a candidate of round 'R1'"),
        (("Bo", "pp-1", -1), "Bo has no dot on 'pp-1' to take back")]
    command.do(p)
    assert command.label == "6 dots from phones"
    assert sorted((v.participant, v.pain_point, v.dots) for v in p.all("votes")) == [
        ("Ann", "pp-0", 2), ("Cy", "pp-2", 2)]
    assert p.get("voting_rounds", rnd.id).participants == ["Ann", "Bo", "Cy"]
    command.undo(p)
    assert p.all("votes") == [] and p.get("voting_rounds", rnd.id).participants == []
