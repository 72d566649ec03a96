"""Key-driver analysis checked against independent computations (lstsq, statsmodels, scipy, brute force)."""
import itertools
import json
import math

import numpy as np
import pytest
import statsmodels.api as sm
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats

from journeymap.analysis.drivers import DriverError, ItemSpec, analyse, ipa_quadrants, item_stats
from journeymap.analysis.drivers_stats import sufficient_stats
from journeymap.analysis.drivers_weights import (
    SINGULAR_TOL, check_collinearity, relative_weights, shapley_exact, shapley_sampled, subset_r2,
)

NAMES = ["Online booking", "Check-in", "Boarding", "Seat comfort", "Claim effort"]


def survey(*, n=2000, p=5, seed=7, missing=0.03, outcome="nps"):
    """Ratings 1-5 driven by two latent factors (so items correlate), an outcome built from them, holes."""
    rng = np.random.default_rng(seed)
    factors = rng.standard_normal((n, 2))
    loadings = rng.uniform(0.4, 0.9, (2, p))
    latent = factors @ loadings + rng.standard_normal((n, p))
    x = np.clip(np.round(3 + latent), 1, 5)
    signal = latent @ np.linspace(0.2, 1.0, p)
    if outcome == "binary":
        y = (signal + rng.standard_normal(n) > 0).astype(float)
    else:
        y = np.clip(np.round(6 + signal + 1.5 * rng.standard_normal(n)), 0, 10)
    x[rng.random((n, p)) < missing] = np.nan
    y[rng.random(n) < missing / 2] = np.nan
    return x, y


def specs(p=5):
    names = NAMES if p == len(NAMES) else [f"item {j}" for j in range(p)]
    return [ItemSpec(name=names[j], stage=f"Stage {j // 2}", scale_min=1, scale_max=5) for j in range(p)]


def complete(x, y):
    keep = np.isfinite(x).all(axis=1) & np.isfinite(y)
    return x[keep], y[keep]


def weights_of(result):
    return np.array([row.weight for row in result.items])


def ols_r2(x, y):
    design = np.column_stack([np.ones(len(y)), x])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    resid = y - design @ coef
    return 1.0 - resid @ resid / np.sum((y - y.mean()) ** 2)


def corr_parts(x, y):
    corr = np.corrcoef(np.column_stack([x, y]), rowvar=False)
    return corr[:-1, :-1], corr[:-1, -1]


# --- R^2 and the decompositions against independent computations -------------------------------------

@pytest.mark.parametrize("method", ["relweight", "shapley", "corr"])
@pytest.mark.parametrize("outcome", ["nps", "binary"])
def test_weights_sum_to_ols_r2_on_the_same_rows(method, outcome):
    x, y = survey(outcome=outcome)
    result = analyse(x, y, items=specs(), method=method, bootstrap=0)
    xc, yc = complete(x, y)
    assert result.n == len(yc)
    assert result.r2 == pytest.approx(ols_r2(xc, yc), abs=1e-10)
    assert result.r2 == pytest.approx(sm.OLS(yc, sm.add_constant(xc)).fit().rsquared, abs=1e-10)
    assert weights_of(result).sum() == pytest.approx(result.r2, abs=1e-10)
    assert sum(row.weight_pct for row in result.items) == pytest.approx(100.0)


def johnson_by_orthogonalisation(x, y):
    """Johnson (2000) as published: the orthonormal Z* closest to the standardised items (via SVD of the
    data), beta = regression of y on Z*, Lambda = regression of the items on Z*."""
    z = (x - x.mean(0)) / (x.std(0) * math.sqrt(len(y)))
    zy = (y - y.mean()) / (y.std() * math.sqrt(len(y)))
    p_, delta, qt = np.linalg.svd(z, full_matrices=False)
    z_star = p_ @ qt
    beta = z_star.T @ zy
    lam = z_star.T @ z
    return (lam**2).T @ beta**2


def test_relative_weights_match_johnsons_orthogonalisation():
    x, y = survey(seed=11)
    result = analyse(x, y, items=specs(), bootstrap=0)
    expected = johnson_by_orthogonalisation(*complete(x, y))
    np.testing.assert_allclose(weights_of(result), expected, atol=1e-10)


def brute_force_shapley(x, y):
    """Refit every subset on the raw rows, then average marginal gains over all p! orders."""
    p = x.shape[1]
    r2 = {frozenset(s): (ols_r2(x[:, list(s)], y) if s else 0.0)
          for k in range(p + 1) for s in itertools.combinations(range(p), k)}
    phi = np.zeros(p)
    orders = list(itertools.permutations(range(p)))
    for order in orders:
        for t, j in enumerate(order):
            phi[j] += r2[frozenset(order[:t + 1])] - r2[frozenset(order[:t])]
    return phi / len(orders)


def test_shapley_exact_matches_brute_force_refits():
    x, y = survey(seed=3)
    result = analyse(x, y, items=specs(), method="shapley", bootstrap=0)
    np.testing.assert_allclose(weights_of(result), brute_force_shapley(*complete(x, y)), atol=1e-10)


def test_subset_r2_matches_refits_for_every_subset():
    xc, yc = complete(*survey(p=6, seed=5))
    rxx, rxy = corr_parts(xc, yc)
    table = subset_r2(rxx=rxx, rxy=rxy)
    for mask in range(1, 64):
        cols = [j for j in range(6) if mask >> j & 1]
        assert table[mask] == pytest.approx(ols_r2(xc[:, cols], yc), abs=1e-10)


def test_sampled_shapley_approximates_exact():
    rxx, rxy = corr_parts(*complete(*survey(p=9, seed=2)))
    exact = shapley_exact(rxx=rxx, rxy=rxy)
    sampled = shapley_sampled(rxx=rxx, rxy=rxy, n_permutations=4000, seed=1)
    assert sampled.sum() == pytest.approx(exact.sum(), abs=1e-10)
    np.testing.assert_allclose(sampled / exact.sum(), exact / exact.sum(), atol=0.01)


def test_17_items_exact_shapley_with_sampled_resamples():
    x, y = survey(p=17, n=3000, seed=4)
    result = analyse(x, y, items=specs(17), method="shapley", bootstrap=20)
    assert result.exact       # exact to 20 items now (issue 8); only the resamples are sampled
    assert weights_of(result).sum() == pytest.approx(ols_r2(*complete(x, y)), abs=1e-10)
    assert all(row.ci_low <= row.ci_high for row in result.items)


def test_batched_weights_equal_one_at_a_time():
    mats = [corr_parts(*complete(*survey(p=4, seed=s))) for s in range(3)]
    rxx, rxy = np.stack([m[0] for m in mats]), np.stack([m[1] for m in mats])
    for fn in (relative_weights, shapley_exact):
        batched = fn(rxx=rxx, rxy=rxy)
        for k, (a, b) in enumerate(mats):
            np.testing.assert_allclose(batched[k], fn(rxx=a, rxy=b), atol=1e-12)


@pytest.mark.parametrize("method", ["relweight", "shapley", "corr"])
def test_orthogonal_items_split_r2_by_hand(method):
    # x1, x2 and the noise are orthogonal +-1 patterns: R^2 = (1 + 4) / (1 + 4 + 1), shares 1/6 and 4/6
    x1 = np.array([1, -1, 1, -1] * 2, float)
    x2 = np.array([1, 1, -1, -1] * 2, float)
    y = x1 + 2 * x2 + np.array([1, -1, -1, 1] * 2)
    items = [ItemSpec("a", "S", -1, 1), ItemSpec("b", "S", -1, 1)]
    result = analyse(np.column_stack([x1, x2]), y, items=items, method=method, bootstrap=0)
    assert result.r2 == pytest.approx(5 / 6)
    np.testing.assert_allclose(weights_of(result), [1 / 6, 4 / 6])
    assert [row.weight_pct for row in result.items] == pytest.approx([20.0, 80.0])


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), p=st.integers(2, 7), n=st.integers(12, 80))
def test_decompositions_are_non_negative_and_sum_to_r2(seed, p, n):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, p)) @ rng.standard_normal((p, p))
    y = x @ rng.standard_normal(p) + rng.standard_normal(n) * rng.uniform(0.1, 3)
    rxx, rxy = corr_parts(x, y)
    # A random mixing matrix is now and then (nearly) singular: analyse() refuses such items
    # (check_collinearity) before any weight is computed, so the property holds for the rest.
    assume(np.linalg.eigvalsh(rxx)[0] >= SINGULAR_TOL)
    r2 = ols_r2(x, y)
    for fn in (relative_weights, shapley_exact):
        w = fn(rxx=rxx, rxy=rxy)
        assert np.all(w >= -1e-9)
        assert w.sum() == pytest.approx(r2, abs=1e-8)


# --- correlations, weights, listwise rows ---------------------------------------------------------------

def test_pearson_and_spearman_match_numpy_and_scipy():
    x, y = survey(seed=9)
    result = analyse(x, y, items=specs(), bootstrap=0)
    xc, yc = complete(x, y)
    for j, row in enumerate(result.items):
        assert row.r == pytest.approx(np.corrcoef(xc[:, j], yc)[0, 1], abs=1e-12)
        assert row.spearman == pytest.approx(stats.spearmanr(xc[:, j], yc).statistic, abs=1e-12)


def test_integer_weights_equal_duplicated_rows():
    x, y = survey(n=600, seed=21)
    w = np.random.default_rng(0).integers(1, 4, len(y)).astype(float)
    for method in ("relweight", "shapley"):
        weighted = analyse(x, y, items=specs(), method=method, weights=w, bootstrap=0)
        copies = analyse(np.repeat(x, w.astype(int), axis=0), np.repeat(y, w.astype(int)), items=specs(),
                         method=method, bootstrap=0)
        assert weighted.r2 == pytest.approx(copies.r2, abs=1e-12)
        for a, b in zip(weighted.items, copies.items):
            for key in ("weight", "r", "spearman", "mean", "top2box", "performance"):
                assert getattr(a, key) == pytest.approx(getattr(b, key), abs=1e-12), key
            assert a.quadrant == b.quadrant


def test_weighted_r2_matches_statsmodels_wls():
    x, y = survey(n=800, seed=8)
    w = np.random.default_rng(1).uniform(0.2, 3.0, len(y))
    result = analyse(x, y, items=specs(), weights=w, bootstrap=0)
    keep = np.isfinite(x).all(axis=1) & np.isfinite(y)
    wls = sm.WLS(y[keep], sm.add_constant(x[keep]), weights=w[keep]).fit()
    assert result.r2 == pytest.approx(wls.rsquared, abs=1e-10)


def test_listwise_n_and_item_n_with_missing_values():
    x, y = survey(n=50, missing=0.0)
    x[[0, 5, 7], 1] = np.nan
    x[7, 3] = np.nan
    y[[5, 9]] = np.nan
    result = analyse(x, y, items=specs(), bootstrap=0)
    assert result.n == 50 - 4  # rows 0, 5, 7, 9
    assert [row.n for row in result.items] == [50, 47, 50, 49, 50]


def test_cross_products_survive_a_large_offset():
    # ratings stored as e.g. 1_000_001..1_000_005 must not lose the correlation to cancellation
    xc, yc = complete(*survey(seed=6))
    corr = sufficient_stats(x=xc + 1e6, y=yc + 1e6).correlation()
    np.testing.assert_allclose(corr, np.corrcoef(np.column_stack([xc, yc]), rowvar=False), atol=1e-9)


# --- bootstrap ------------------------------------------------------------------------------------------

def test_bootstrap_is_reproducible_and_covers_the_estimate():
    x, y = survey(n=3000, seed=12)
    first = analyse(x, y, items=specs(), bootstrap=200, seed=42, n_blocks=300)
    again = analyse(x, y, items=specs(), bootstrap=200, seed=42, n_blocks=300)
    other = analyse(x, y, items=specs(), bootstrap=200, seed=43, n_blocks=300)
    assert first == again
    assert [r.ci_low for r in first.items] != [r.ci_low for r in other.items]
    for row in first.items:
        assert row.ci_low < row.weight_pct < row.ci_high


def test_block_bootstrap_width_matches_row_bootstrap_even_on_sorted_rows():
    x, y = survey(n=3000, seed=13)
    order = np.argsort(np.nan_to_num(y))  # a file sorted by the outcome: contiguous blocks would be biased
    by_row = analyse(x, y, items=specs(), bootstrap=300, n_blocks=10**6)
    by_block = analyse(x[order], y[order], items=specs(), bootstrap=300, n_blocks=200)
    for a, b in zip(by_row.items, by_block.items):
        ratio = (b.ci_high - b.ci_low) / (a.ci_high - a.ci_low)
        assert 0.6 < ratio < 1.6


def test_without_bootstrap_intervals_are_none():
    x, y = survey(n=200)
    result = analyse(x, y, items=specs(), bootstrap=0)
    assert all(row.ci_low is None and row.ci_high is None for row in result.items)


# --- bad input ------------------------------------------------------------------------------------------

def bad(x, y, match):
    with pytest.raises(DriverError, match=match):
        analyse(x, y, items=specs(), bootstrap=0)


def test_constant_item_is_named():
    x, y = survey(n=300)
    x[:, 2] = 3.0
    bad(x, y, "item 'Boarding' is constant")


def test_perfectly_collinear_pair_names_both_items():
    x, y = survey(n=300)
    x[:, 3] = 2 * x[:, 1] + 1
    bad(x, y, "'Check-in' and 'Seat comfort' are perfectly correlated")


def test_collinear_set_names_the_items_involved():
    x, y = survey(n=300, missing=0.0)
    x[:, 4] = x[:, 0] + x[:, 2]
    with pytest.raises(DriverError, match="collinear") as info:
        analyse(x, y, items=specs(), bootstrap=0)
    message = str(info.value)
    assert all(repr(NAMES[j]) in message for j in (0, 2, 4))
    assert repr(NAMES[1]) not in message and repr(NAMES[3]) not in message


def test_all_missing_item_is_named():
    x, y = survey(n=300)
    x[:, 1] = np.nan
    bad(x, y, "item 'Check-in' has no answers")


def test_too_few_rows_says_n():
    x, y = survey(n=6, missing=0.0)
    x[[0, 1], 4] = np.nan
    bad(x, y, r"only n = 4 rows .* at least 7 .*'Claim effort'")


def test_constant_outcome():
    x, y = survey(n=300)
    bad(x, np.full_like(y, 7.0), "outcome is constant")


def test_errors_are_value_errors():
    assert issubclass(DriverError, ValueError)
    with pytest.raises(ValueError):
        analyse(*survey(n=100), items=specs(), method="magic")


# --- performance, quadrants, stages, JSON -------------------------------------------------------------

def test_quadrants_on_a_constructed_case():
    got = ipa_quadrants(importance=[40, 30, 20, 10], performance=[20, 80, 30, 90])  # cut lines 25 and 55
    assert got == ["concentrate", "keep_up", "low_priority", "possible_overkill"]


def test_top2box_and_performance_follow_direction():
    x = np.array([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [1, 1]], float)
    items = [ItemSpec("satisfaction", "S", 1, 5), ItemSpec("effort", "S", 1, 5, better="lower")]
    higher, lower = item_stats(x, items=items)
    assert higher.top2box == pytest.approx(2 / 6)  # 4 and 5
    assert lower.top2box == pytest.approx(3 / 6)  # 1, 2 and 1
    assert higher.mean == lower.mean == pytest.approx(16 / 6)
    assert higher.performance == pytest.approx(100 * (16 / 6 - 1) / 4)
    assert lower.performance == pytest.approx(100 - higher.performance)


def test_stages_roll_up_and_json_shape():
    x, y = survey()
    result = analyse(x, y, items=specs(), bootstrap=50)
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    assert set(data) == {"method", "method_label", "exact", "approximate", "n", "r2", "small_sample", "flags",
                         "items", "stages"}
    assert set(data["items"][0]) == {"item", "stage", "r", "spearman", "weight", "weight_pct", "ci_low", "ci_high",
                                     "mean", "performance", "top2box", "n", "quadrant", "quadrant_certain",
                                     "scale", "better", "sampling_se", "performance_se"}
    assert set(data["stages"][0]) == {"stage", "weight_pct", "mean", "score", "top2box", "scale", "better"}
    assert [s["stage"] for s in data["stages"]] == ["Stage 0", "Stage 1", "Stage 2"]
    assert data["stages"][0]["weight_pct"] == pytest.approx(sum(i["weight_pct"] for i in data["items"][:2]))
    assert sum(s["weight_pct"] for s in data["stages"]) == pytest.approx(100.0)
    assert {i["quadrant"] for i in data["items"]} <= {"concentrate", "keep_up", "low_priority", "possible_overkill"}


def test_nearly_singular_items_are_refused_before_weights_are_computed():
    """The case hypothesis found (seed 1730, p 4, n 22): the smallest eigenvalue of rxx is 7e-12, where
    relative weights clip it and no longer sum to R^2; analyse() must refuse it, naming the items."""
    rng = np.random.default_rng(1730)
    x = rng.standard_normal((22, 4)) @ rng.standard_normal((4, 4))
    y = x @ rng.standard_normal(4) + rng.standard_normal(22) * rng.uniform(0.1, 3)
    rxx = corr_parts(x, y)[0]
    assert np.linalg.eigvalsh(rxx)[0] < SINGULAR_TOL
    with pytest.raises(DriverError, match="Item"):
        check_collinearity(rxx=rxx, names=[f"Item {k}" for k in range(4)])
