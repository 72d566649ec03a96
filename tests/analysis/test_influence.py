"""Each part's spread and influence beside its weight; Balance gives the parts equal influence."""
from __future__ import annotations

import numpy as np
import pytest

from journeymap.analysis.influence import about_equal, balanced_weights, dominant, influence, spreads
from journeymap.analysis.scoring import DEFAULT_WEIGHTS, PainPointInput, Scales, prepare

SCALES = Scales(customers=10_000, value=500, fair_votes=4)


def made_up_list(n: int = 40, seed: int = 2) -> list[PainPointInput]:
    rng = np.random.default_rng(seed)
    return [PainPointInput(id=i, title=f"p{i}", stage="S", reach=float(rng.uniform(0, 3_000)),
                           gap=float(rng.uniform(0.1, 0.4)), importance=float(rng.uniform(0.05, 0.15)),
                           value=float(rng.lognormal(6, 1)), votes=float(rng.poisson(1)),
                           severity=float(rng.integers(1, 6))) for i in range(n)]


def test_spread_is_the_standard_deviation_of_each_part():
    table = prepare(made_up_list(), scales=SCALES)
    sd = spreads(table)
    assert sd["severity"] == pytest.approx(np.nanstd(table.parts[:, 6]))
    assert prepare(made_up_list(1), scales=SCALES) and spreads(prepare(made_up_list(1), scales=SCALES))["reach"] is None


def test_equal_weights_do_not_give_equal_influence_and_the_largest_is_named():
    table = prepare(made_up_list(), scales=SCALES)
    shares = {i.part: i.share for i in influence(table, DEFAULT_WEIGHTS)}
    assert sum(shares.values()) == pytest.approx(1.0) and shares["reach_x_gap"] == 0.0
    assert max(shares.values()) > 2 * min(v for v in shares.values() if v > 0)
    top = dominant(influence(table, DEFAULT_WEIGHTS))
    assert top.share == max(shares.values())


def test_balance_gives_every_part_in_use_equal_influence_and_leaves_unused_parts_alone():
    table = prepare(made_up_list(), scales=SCALES)
    weights = dict(DEFAULT_WEIGHTS, votes=0.0)
    balanced = balanced_weights(table, weights, top=3.0)
    assert balanced["votes"] == 0.0 and balanced["reach_x_gap"] == 0.0
    assert max(balanced.values()) == pytest.approx(3.0)
    shares = [i.share for i in influence(table, balanced) if i.weight > 0]
    assert shares == pytest.approx([1 / 5] * 5)
    assert about_equal(influence(table, balanced)) and not about_equal(influence(table, weights))
    # after balancing, each part alone moves the score by about as much: sd(w_j part_j) equal
    sd = spreads(table)
    moved = [balanced[p] * sd[p] for p in ("reach", "gap", "importance", "value", "severity")]
    assert np.ptp(moved) == pytest.approx(0.0, abs=1e-12)
