"""Rank intervals: resampled data parts and +-20% weight moves around the point rank."""
from __future__ import annotations

import numpy as np

from test_stage_importance import survey

from journeymap.analysis.scoring import PainPointInput, Scales, prepare, rank
from journeymap.analysis.stage_importance import analyse_stages

SCALES = Scales(customers=10_000, value=500, fair_votes=3)
WEIGHTS = {"reach": 1, "gap": 1, "importance": 1, "severity": 1}


def rows_for(shares: dict, *, gap_se: float | None = None) -> list[PainPointInput]:
    """Two pain points per stage with the stage's importance; similar reach, gap and severity."""
    out = []
    for k, (stage, share) in enumerate(shares.items()):
        for j in range(2):
            out.append(PainPointInput(id=f"{stage}-{j}", title=f"{stage} {j}", stage=stage, stage_id=stage,
                                      reach=2_000 + 150 * j + 40 * k, gap=0.30 + 0.01 * j, gap_se=gap_se,
                                      importance=float(share), severity=3))
    return out


def widths(result) -> np.ndarray:
    return np.array([r.rank_high - r.rank_low for r in result.rows])


def test_intervals_contain_the_point_rank_and_repeat_with_the_seed():
    x, y, keys = survey(300)
    imp = analyse_stages(x, y, stage_keys=keys, bootstrap=200)
    rows = rows_for(imp.by_stage(), gap_se=0.03)
    table = prepare(rows, scales=SCALES, importance_draws=imp.draws_by_stage())
    first = table.rank(weights=WEIGHTS, intervals=200)
    for row in first.rows:
        assert row.rank_low <= row.rank <= row.rank_high
        assert row.rank_text() == f"{row.rank} ({row.rank_low}-{row.rank_high})"
    again = table.rank(weights=WEIGHTS, intervals=200)
    assert [(r.rank_low, r.rank_high) for r in again.rows] == [(r.rank_low, r.rank_high) for r in first.rows]


def test_intervals_widen_as_the_survey_shrinks():
    mean_width = {}
    for n in (5000, 120):
        x, y, keys = survey(n, seed=11)
        imp = analyse_stages(x, y, stage_keys=keys, bootstrap=200)
        rows = rows_for(imp.by_stage(), gap_se=0.5 / np.sqrt(n))
        result = rank(rows, weights=WEIGHTS, scales=SCALES, intervals=200, importance_draws=imp.draws_by_stage())
        mean_width[n] = widths(result).mean()
    assert mean_width[120] > mean_width[5000]


def test_a_dominant_row_keeps_a_point_interval_and_gap_error_widens_close_calls():
    rows = [PainPointInput(id="big", title="big", stage="S", reach=9_000, gap=0.9, severity=5),
            PainPointInput(id="a", title="a", stage="S", reach=2_000, gap=0.30, severity=3),
            PainPointInput(id="b", title="b", stage="S", reach=2_000, gap=0.31, severity=3)]
    sure = {r.id: r for r in rank(rows, weights=WEIGHTS, scales=SCALES, intervals=200).rows}
    assert (sure["big"].rank_low, sure["big"].rank_high) == (1, 1)
    assert (sure["b"].rank_low, sure["b"].rank_high) == (2, 2)     # weight moves alone cannot swap them
    noisy = [rows[0]] + [PainPointInput(**{**r.__dict__, "gap_se": 0.05}) for r in rows[1:]]
    unsure = {r.id: r for r in rank(noisy, weights=WEIGHTS, scales=SCALES, intervals=200).rows}
    assert (unsure["a"].rank_low, unsure["a"].rank_high) == (2, 3)
    assert (unsure["big"].rank_low, unsure["big"].rank_high) == (1, 1)


def test_weight_moves_alone_give_an_interval_to_rows_that_cross_within_twenty_percent():
    rows = [PainPointInput(id="A", title="A", stage="S", reach=10_000, severity=1),
            PainPointInput(id="B", title="B", stage="S", reach=4_000, severity=5)]
    result = {r.id: r for r in rank(rows, weights={"reach": 1.6, "severity": 1}, scales=SCALES,
                                    intervals=200).rows}
    assert (result["A"].rank_low, result["A"].rank_high) == (1, 2)   # crossover at 5/3: within +-20%
    far = {r.id: r for r in rank(rows, weights={"reach": 1, "severity": 1}, scales=SCALES, intervals=200).rows}
    assert (far["A"].rank_low, far["A"].rank_high) == (2, 2)
