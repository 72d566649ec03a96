"""A pain point with no data of its own never outranks measured pain (QA step52/53: a new workshop sticky
ranked #1, range 1-1, once the Votes weight was 0; its only part was the journey's value per customer)."""
from __future__ import annotations

import pytest

from test_survey_data import JOURNEY, add_pain_points, build

from journeymap.analysis.ranking import rank_journey
from journeymap.analysis.scoring import DEFAULT_WEIGHTS, PainPointInput, Scales, rank
from journeymap.core import model

NO_VOTES = {**DEFAULT_WEIGHTS, "votes": 0.0}


@pytest.fixture
def project():
    p = build(with_survey=False)
    add_pain_points(p)
    return p


def ranked(project, weights):
    result, _ = rank_journey(None, project, journey_id=JOURNEY, weights=weights, drivers={}, importance=False)
    return {row.id: row for row in result.rows}


def test_a_new_sticky_with_no_data_is_unscored_and_ranks_last(project):
    before = ranked(project, NO_VOTES)
    project.add(model.PainPoint("pp-new", JOURNEY, None, "New pain point"))
    rows = ranked(project, NO_VOTES)
    new = rows["pp-new"]
    assert new.score is None and "unscored" in new.flags
    assert new.rank == len(rows)
    assert {i: r.score for i, r in rows.items() if i != "pp-new"} == {i: r.score for i, r in before.items()}
    # with votes weighted, its 0 dots are the room's judgment of it: scored, and low
    voted = ranked(project, DEFAULT_WEIGHTS)["pp-new"]
    assert voted.score is not None and voted.components["votes"] == 0.0


def test_a_borrowed_part_complements_own_parts_but_never_scores_alone():
    scales = Scales(value=100.0)
    rows = [PainPointInput("own", "Measured", "S", severity=2.0, value=100.0, borrowed=("value",)),
            PainPointInput("bare", "Sticky", "S", value=100.0, borrowed=("value",)),
            PainPointInput("typed", "Typed value", "S", value=100.0)]
    result = rank(rows, weights={"value": 1.0, "severity": 1.0}, scales=scales)
    by_id = {r.id: r for r in result.rows}
    assert by_id["own"].score == pytest.approx((0.25 + 0.5) / 2)
    assert by_id["typed"].score == pytest.approx(0.5)
    assert by_id["bare"].score is None and by_id["bare"].rank == 3
    data_rank, _ = result.table.side_ranks({"value": 1.0, "severity": 1.0})
    assert data_rank.tolist()[1] == 0           # nor in the data-only ranking
