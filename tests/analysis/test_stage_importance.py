"""Stage importance: a stage-level Shapley over groups of items, checked against brute force."""
from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from journeymap.analysis.drivers_weights import shapley_exact
from journeymap.analysis.stage_importance import (
    DriverError, analyse_stages, group_r2, group_shapley, group_shapley_sampled, groups_of, item_sum, stage_shares,
)


def survey(n: int, seed: int = 1, items_per_stage=(3, 1, 2, 2)):
    """n rows: correlated items grouped into stages, an outcome driven unevenly by the stages."""
    rng = np.random.default_rng(seed)
    latent = rng.normal(size=(n, len(items_per_stage)))
    latent[:, 1] += 0.5 * latent[:, 0]
    cols, keys = [], []
    for g, count in enumerate(items_per_stage):
        for _ in range(count):
            cols.append(latent[:, g] + rng.normal(scale=0.8, size=n))
            keys.append(f"S{g}")
    x = np.column_stack(cols)
    y = latent @ np.array([0.8, 0.5, 0.3, 0.1][:len(items_per_stage)]) + rng.normal(size=n)
    return x, y, keys


def r2_by_least_squares(x: np.ndarray, y: np.ndarray, cols: list[int]) -> float:
    """R^2 of an ordinary least-squares fit with intercept on the raw rows (no correlation algebra)."""
    if not cols:
        return 0.0
    design = np.column_stack([np.ones(len(y)), x[:, cols]])
    beta, *_ = np.linalg.lstsq(design, y, rcond=None)
    resid = y - design @ beta
    return 1.0 - resid @ resid / ((y - y.mean()) @ (y - y.mean()))


def brute_force_group_shapley(x, y, keys) -> np.ndarray:
    """Average marginal R^2 gain of each stage over every order of the stages, fitted on raw rows."""
    stages, groups = groups_of(keys)
    phi = np.zeros(len(stages))
    orders = list(itertools.permutations(range(len(stages))))
    for order in orders:
        have: list[int] = []
        before = 0.0
        for g in order:
            have = have + groups[g]
            after = r2_by_least_squares(x, y, have)
            phi[g] += after - before
            before = after
    return phi / len(orders)


def corr(x, y):
    c = np.corrcoef(np.column_stack([x, y]), rowvar=False)
    p = x.shape[1]
    return c[:p, :p], c[:p, p]


def test_stage_shapley_equals_brute_force_over_groups():
    x, y, keys = survey(400)
    rxx, rxy = corr(x, y)
    _, groups = groups_of(keys)
    expected = brute_force_group_shapley(x, y, keys)
    got = group_shapley(rxx=rxx, rxy=rxy, groups=groups)
    assert got == pytest.approx(expected, abs=1e-10)
    assert got.sum() == pytest.approx(r2_by_least_squares(x, y, list(range(x.shape[1]))), abs=1e-10)


def test_many_items_take_the_per_subset_path_and_agree_with_brute_force():
    x, y, keys = survey(300, items_per_stage=(6, 5, 4, 3))   # 18 items: past the 2^p item table
    rxx, rxy = corr(x, y)
    _, groups = groups_of(keys)
    assert group_shapley(rxx=rxx, rxy=rxy, groups=groups) == pytest.approx(
        brute_force_group_shapley(x, y, keys), abs=1e-10)


def test_one_item_per_stage_is_item_level_shapley():
    x, y, _ = survey(300, items_per_stage=(1, 1, 1, 1))
    rxx, rxy = corr(x, y)
    groups = [[0], [1], [2], [3]]
    assert group_shapley(rxx=rxx, rxy=rxy, groups=groups) == pytest.approx(shapley_exact(rxx=rxx, rxy=rxy))
    assert group_r2(rxx=rxx, rxy=rxy, groups=groups)[0] == 0.0


def test_asking_more_questions_does_not_buy_importance():
    """Stage A asked 6 near-copies of one question, stage B one question of equal weight: as one player
    each, they split R^2 evenly; both methods divide the same total R^2."""
    rng = np.random.default_rng(3)
    n = 5000
    a, b = rng.normal(size=n), rng.normal(size=n)
    x = np.column_stack([a + rng.normal(scale=0.05, size=n) for _ in range(6)] + [b])
    y = a + b + rng.normal(size=n)
    rxx, rxy = corr(x, y)
    groups = [[0, 1, 2, 3, 4, 5], [6]]
    shares = stage_shares(rxx=rxx, rxy=rxy, groups=groups, method="stage_shapley")
    assert shares == pytest.approx([0.5, 0.5], abs=0.03)
    assert item_sum(rxx=rxx, rxy=rxy, groups=groups).sum() == pytest.approx(
        group_shapley(rxx=rxx, rxy=rxy, groups=groups).sum())


def test_shares_sum_to_one_with_bootstrap_draws_that_widen_as_n_shrinks():
    widths = []
    for n in (4000, 150):
        x, y, keys = survey(n, seed=5)
        result = analyse_stages(x, y, stage_keys=keys, bootstrap=200, seed=0)
        assert result.stages == ("S0", "S1", "S2", "S3")
        assert result.shares.sum() == pytest.approx(1.0)
        assert result.draws.shape == (200, 4)
        assert np.nansum(result.draws, axis=1) == pytest.approx(np.ones(200))
        lo, hi = np.nanpercentile(result.draws, [5, 95], axis=0)
        assert np.all(lo <= result.shares + 1e-9) and np.all(result.shares <= hi + 1e-9)
        widths.append(float(np.mean(hi - lo)))
    assert widths[1] > 2 * widths[0]
    again = analyse_stages(*survey(150, seed=5)[:2], stage_keys=keys, bootstrap=200, seed=0)
    assert np.array_equal(again.draws, result.draws, equal_nan=True)


def test_item_sum_is_kept_as_an_option_and_named():
    x, y, keys = survey(500)
    a = analyse_stages(x, y, stage_keys=keys, method="item_sum", bootstrap=0)
    b = analyse_stages(x, y, stage_keys=keys, method="stage_shapley", bootstrap=0)
    assert a.label.startswith("sum of") and b.label.startswith("stage-level Shapley")
    assert a.shares.sum() == pytest.approx(1.0) and not np.allclose(a.shares, b.shares)
    with pytest.raises(DriverError, match="unknown stage importance method"):
        analyse_stages(x, y, stage_keys=keys, method="votes", bootstrap=0)


def test_too_few_rows_is_refused_with_a_message():
    x, y, keys = survey(6)
    with pytest.raises(DriverError, match="only n = 6"):
        analyse_stages(x, y, stage_keys=keys)
    assert math.isfinite(analyse_stages(*survey(60)[:2], stage_keys=keys, bootstrap=10).r2)


def test_sampled_orders_estimate_the_exact_value_and_many_stages_are_labelled_approximate():
    x, y, keys = survey(800, items_per_stage=(3, 1, 2, 2))
    rxx, rxy = corr(x, y)
    _, groups = groups_of(keys)
    exact = group_shapley(rxx=rxx, rxy=rxy, groups=groups)
    sampled = group_shapley_sampled(rxx=rxx, rxy=rxy, groups=groups, n_orders=4000)
    assert sampled.sum() == pytest.approx(exact.sum(), abs=1e-10)      # every order adds up to R^2
    assert sampled == pytest.approx(exact, abs=0.01)
    rng = np.random.default_rng(4)
    n = 1500
    wide = rng.normal(size=(n, 14)) + rng.normal(size=(n, 1))
    result = analyse_stages(wide, wide @ rng.uniform(0, 1, 14) + rng.normal(size=n) * 2,
                            stage_keys=[f"S{j}" for j in range(14)], bootstrap=4)
    assert not result.exact and "approximate" in result.label and result.shares.sum() == pytest.approx(1.0)
