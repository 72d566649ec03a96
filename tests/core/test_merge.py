"""Merging duplicate pain points keeps every measured value (QA: merging 'Customers tell their story several
times' into an empty workshop sticky lost its severity, share affected, gap and value at risk)."""
from __future__ import annotations

import copy

import pytest

from journeymap.core import merge, voting
from journeymap.core import model as m
from journeymap.core.project import Project

EMPTY, RICH = "pp-sticky", "pp-story"


def qa_project() -> Project:
    """The QA walk's pair: an empty workshop sticky with dots, and a measured pain point with evidence."""
    project = Project()
    project.add(m.Journey("jn", "Claims"))
    project.add(m.Stage("st", "jn", None, "Calls"))
    project.add(m.PainPoint(EMPTY, "jn", None, "Nobody calls back"))
    project.add(m.PainPoint(RICH, "jn", "st", "Customers tell their story several times", source="data",
                            reason="repeat contact", severity=4, share_affected=0.107, gap=0.304, gap_se=0.02,
                            value_at_risk=144000.0, created="2026-10-01"))
    project.add(m.Evidence("ev", RICH, "metric", ref="me-fcr", value=0.61))
    project.add(m.Vote("v1", EMPTY, "Ann", 1, 2))
    project.add(m.Vote("v2", RICH, "Ann", 1, 1))
    project.add(m.Vote("v3", RICH, "Bo", 1, 1))
    return project


def snapshot(project: Project) -> list:
    return copy.deepcopy(list(project))


def test_without_a_named_survivor_the_item_with_the_most_data_survives_unchanged():
    p = qa_project()
    before = snapshot(p)
    command = merge.merge_pain_points(p, [EMPTY, RICH])
    assert command.keep == RICH
    command.do(p)
    kept, gone = p.get("pain_points", RICH), p.get("pain_points", EMPTY)
    assert (kept.severity, kept.share_affected, kept.gap, kept.value_at_risk) == (4, 0.107, 0.304, 144000.0)
    assert (gone.status, gone.merged_into) == ("merged", RICH)
    assert "Merged: Nobody calls back" in kept.description
    assert {(v.pain_point, v.participant): v.dots for v in p.all("votes")} == {(RICH, "Ann"): 3, (RICH, "Bo"): 1}
    assert command.label == "Merge 'Nobody calls back' into 'Customers tell their story several times'"
    command.undo(p)
    assert snapshot(p) == before


def test_a_named_survivor_takes_every_field_it_lacks_and_undo_restores_all():
    p = qa_project()
    before = snapshot(p)
    command = merge.merge_pain_points(p, [EMPTY, RICH], keep=EMPTY)
    command.do(p)
    kept = p.get("pain_points", EMPTY)
    assert kept.title == "Nobody calls back"
    assert (kept.stage, kept.reason, kept.severity, kept.share_affected, kept.gap, kept.gap_se,
            kept.value_at_risk, kept.created) == ("st", "repeat contact", 4, 0.107, 0.304, 0.02, 144000.0,
                                                  "2026-10-01")
    assert p.get("evidence", "ev").pain_point == EMPTY
    assert set(command.taken) >= {"severity", "share_affected", "gap", "value_at_risk"}
    assert command.taken["severity"] == (4, RICH)
    command.undo(p)
    assert snapshot(p) == before


def test_numbers_on_several_duplicates_take_the_largest_and_the_survivor_keeps_its_own():
    p = qa_project()
    p.add(m.PainPoint("pp-3", "jn", "st", "Told the story again", severity=5, share_affected=0.05,
                      value_at_risk=200000.0, gap=0.1))
    p.update("pain_points", EMPTY, severity=2)
    command = merge.merge_pain_points(p, [EMPTY, RICH, "pp-3"], keep=EMPTY)
    command.do(p)
    kept = p.get("pain_points", EMPTY)
    assert kept.severity == 2                       # its own judgment stays
    assert kept.share_affected == 0.107             # the largest, not 0.157: the same customers twice
    assert kept.value_at_risk == 200000.0
    assert (kept.gap, kept.gap_se) == (0.304, 0.02)  # a gap keeps its own sampling error
    assert command.label == "Merge 2 pain points into 'Nobody calls back'"
    assert {p.get("pain_points", i).merged_into for i in (RICH, "pp-3")} == {EMPTY}


def test_the_workshop_drag_merge_follows_the_same_rule():
    p = qa_project()
    before = snapshot(p)
    command = voting.merge_pain_points(p, keep=EMPTY, drop=RICH)
    command.do(p)
    kept = p.get("pain_points", EMPTY)
    assert (kept.severity, kept.share_affected, kept.gap, kept.value_at_risk) == (4, 0.107, 0.304, 144000.0)
    command.undo(p)
    assert snapshot(p) == before


def test_refusals_change_nothing():
    p = qa_project()
    with pytest.raises(voting.VotingError, match="at least two"):
        merge.merge_pain_points(p, [EMPTY])
    with pytest.raises(voting.VotingError, match="one of the pain points merged"):
        merge.merge_pain_points(p, [EMPTY, RICH], keep="pp-other")
    merge.merge_pain_points(p, [EMPTY, RICH]).do(p)
    with pytest.raises(voting.VotingError, match="already merged"):
        merge.merge_pain_points(p, [EMPTY, RICH])
