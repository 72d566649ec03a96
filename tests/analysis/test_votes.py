"""Round tallies, rounds known only from their votes, and the ranking before and after a round."""
from __future__ import annotations

import pytest

from journeymap.analysis import votes
from journeymap.core import model as m
from journeymap.core import voting
from journeymap.core.project import Project


def project_with_round() -> tuple[Project, m.VotingRound]:
    p = Project()
    p.add(m.Journey("jn", "Claims"))
    p.add(m.Stage("st", "jn", None, "Calls"))
    for i, sev in enumerate((5, 3, 1)):
        p.add(m.PainPoint(f"pp-{i}", "jn", "st", f"Pain {i}", severity=sev))
    p.add(m.Vote("old", "pp-0", "Zed", 1, 1))          # an earlier round without an entity
    voting.open_round(p, journey_id="jn", name="Top pains", question="Which hurts most?", dots=3).do(p)
    rnd = voting.open_round_of(p, "jn")
    for who, pp, dots in (("Ann", "pp-2", 3), ("Bo", "pp-2", 2), ("Bo", "pp-1", 1), ("Cy", "pp-1", 1)):
        voting.cast_vote(p, round_id=rnd.id, participant=who, pain_point=pp, dots=dots).do(p)
    return p, p.get("voting_rounds", rnd.id)


def test_tally_lists_every_candidate_most_dots_first():
    p, rnd = project_with_round()
    assert votes.tally(p, rnd) == [("pp-2", 5), ("pp-1", 2), ("pp-0", 0)]
    assert votes.dots_by_participant(p, rnd) == {"Ann": 3, "Bo": 3, "Cy": 1}


def test_journey_rounds_include_rounds_known_from_votes():
    p, rnd = project_with_round()
    rounds = votes.journey_rounds(p, "jn")
    assert [(r.number, r.name, r.dots_per_participant, r.status) for r in rounds] == [
        (1, "Round 1", None, "closed"), (2, "Top pains", 3, "open")]
    assert rounds[0].tally == [("pp-0", 1)] and rounds[0].participants == ["Zed"]
    assert rounds[1].participants == ["Ann", "Bo", "Cy"] and rounds[1].question == "Which hurts most?"


def test_the_round_moves_the_ranking_and_the_view_leaves_the_project_alone():
    p, rnd = project_with_round()
    n_votes = len(p.all("votes"))
    weights = {"votes": 3.0, "severity": 1.0}
    before, after = votes.before_after(p, rnd, drivers=None, weights=weights)
    # before: only Zed's dot (pp-0 has all votes cast); severity 5, 3, 1 -> 1, 0.5, 0
    assert [r[1] for r in before] == ["pp-0", "pp-1", "pp-2"]
    # after: votes 1, 2, 5 of 8 dots, fair share 8/3 a pain point, votes part x / (x + 8/3) (docs/ranking.md);
    # score = (3 x votes part + severity part) / 4
    scores = {r[1]: r[3] for r in after}
    part = {k: x / (x + 8 / 3) for k, x in (("pp-0", 1), ("pp-1", 2), ("pp-2", 5))}
    assert scores == pytest.approx({"pp-0": (3 * part["pp-0"] + 1) / 4, "pp-1": (3 * part["pp-1"] + 0.5) / 4,
                                    "pp-2": (3 * part["pp-2"]) / 4})
    assert [r[1] for r in after] == ["pp-2", "pp-0", "pp-1"]
    assert len(p.all("votes")) == n_votes
