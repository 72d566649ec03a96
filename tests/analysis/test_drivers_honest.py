"""Numbers that must not mislead (issue 8): exact Shapley well past 15 items and an honest label
beyond, one unit per label for stages, small samples flagged, R^2 within [0, 1], weights and
outcomes whose problems are named, and IPA quadrants marked uncertain where the interval
straddles the importance cut line (issue 12)."""
import json
from math import factorial

import numpy as np
import pytest

from journeymap.analysis.drivers import DriverError, ItemSpec, analyse, method_label
from journeymap.analysis.drivers_weights import shapley_exact


def latent_survey(*, n, p, seed):
    rng = np.random.default_rng(seed)
    common = rng.standard_normal((n, 1))
    x = np.clip(np.round(3 + 0.8 * common + rng.standard_normal((n, p))), 1, 5)
    y = x @ rng.uniform(0.05, 0.6, p) + 2.5 * rng.standard_normal(n)
    return x, y


def specs(p, **kw):
    return [ItemSpec(name=f"item {j}", stage=f"Stage {j // 3}", scale_min=1, scale_max=5, **kw) for j in range(p)]


def shapley_by_solves(x, y):
    """Independent: R^2 of every subset by its own linear solve (no sweeps), then the Shapley formula."""
    c = np.corrcoef(np.column_stack([x, y]), rowvar=False)
    p = x.shape[1]
    r2 = np.zeros(1 << p)
    masks = np.arange(1, 1 << p)
    sizes = np.array([bin(m).count("1") for m in masks])
    for k in range(1, p + 1):
        group = masks[sizes == k]
        idx = np.array([[j for j in range(p) if m >> j & 1] for m in group])
        rxx = c[idx[:, :, None], idx[:, None, :]]
        rxy = c[idx, p]
        r2[group] = np.einsum("si,si->s", rxy, np.linalg.solve(rxx, rxy[..., None])[..., 0])
    phi = np.zeros(p)
    all_sizes = np.array([bin(m).count("1") for m in range(1 << p)])
    for j in range(p):
        without = np.array([m for m in range(1 << p) if not m >> j & 1])
        w = np.array([factorial(s) * factorial(p - s - 1) / factorial(p) for s in all_sizes[without]])
        phi[j] = (r2[without | (1 << j)] - r2[without]) @ w
    return phi


def test_shapley_is_exact_past_15_items():
    x, y = latent_survey(n=3000, p=16, seed=1)
    result = analyse(x, y, items=specs(16), method="shapley", bootstrap=0)
    assert result.exact
    np.testing.assert_allclose([r.weight for r in result.items], shapley_by_solves(x, y), atol=1e-10)
    assert method_label("shapley", exact=True) == "Shapley (LMG)"


def test_twenty_items_exact_with_intervals_around_the_point():
    x, y = latent_survey(n=4000, p=20, seed=2)
    result = analyse(x, y, items=specs(20), method="shapley", bootstrap=40)
    assert result.exact and not result.to_dict()["approximate"]
    for row in result.items:
        assert row.ci_low <= row.weight_pct <= row.ci_high


def test_beyond_20_items_says_approximate_and_the_interval_covers_the_exact_value():
    x, y = latent_survey(n=4000, p=21, seed=3)
    result = analyse(x, y, items=specs(21), method="shapley", bootstrap=30)
    data = result.to_dict()
    assert not result.exact and data["approximate"]
    assert "approximate" in method_label("shapley", exact=False)
    assert data["method_label"] == method_label("shapley", exact=False)
    c = np.corrcoef(np.column_stack([x, y]), rowvar=False)
    exact = 100 * shapley_exact(rxx=c[:21, :21], rxy=c[:21, 21]) / result.r2
    for row, truth in zip(data["items"], exact):
        assert row["sampling_se"] > 0
        assert row["ci_low"] <= truth <= row["ci_high"], (row["item"], row["ci_low"], truth, row["ci_high"])


def test_stage_mean_is_on_a_stated_scale_and_mixed_stages_have_only_a_score():
    rng = np.random.default_rng(4)
    n = 800
    x = np.column_stack([rng.integers(1, 6, n), rng.integers(1, 6, n), rng.integers(1, 6, n),
                         rng.integers(1, 8, n)]).astype(float)
    y = x @ [0.3, 0.2, 0.4, -0.3] + rng.standard_normal(n)
    items = [ItemSpec("a", "Same", 1, 5), ItemSpec("b", "Same", 1, 5),
             ItemSpec("c", "Mixed", 1, 5), ItemSpec("effort", "Mixed", 1, 7, better="lower")]
    data = json.loads(json.dumps(analyse(x, y, items=items, bootstrap=0).to_dict(), allow_nan=False))
    same, mixed = data["stages"]
    assert same["scale"] == [1, 5] and same["mean"] == pytest.approx(np.mean([x[:, 0].mean(), x[:, 1].mean()]))
    assert 0 <= same["score"] <= 100 and same["score"] == pytest.approx(100 * (same["mean"] - 1) / 4)
    assert mixed["scale"] is None and mixed["mean"] is None and 0 <= mixed["score"] <= 100
    assert data["items"][3]["scale"] == [1, 7] and data["items"][3]["better"] == "lower"


def test_small_samples_are_flagged_and_r2_is_clamped():
    x, y = latent_survey(n=6, p=4, seed=5)
    y = x @ [1.0, 0.5, 0.2, 0.1]                      # an exact fit: R^2 = 1 up to rounding
    result = analyse(x, y, items=specs(4), bootstrap=20)
    data = result.to_dict()
    assert 0.0 <= data["r2"] <= 1.0
    assert data["small_sample"] and any("10 per item" in f and "n = 6" in f for f in data["flags"])
    big = analyse(*latent_survey(n=400, p=4, seed=6), items=specs(4), bootstrap=0).to_dict()
    assert not big["small_sample"] and big["flags"] == []


def test_all_zero_weights_are_named_as_the_cause():
    x, y = latent_survey(n=200, p=4, seed=7)
    with pytest.raises(DriverError, match="weight") as err:
        analyse(x, y, items=specs(4), weights=np.zeros(200), bootstrap=0)
    assert "missing most often" not in str(err.value)


def test_too_few_rows_without_missing_values_blames_no_item():
    x, y = latent_survey(n=5, p=4, seed=8)
    with pytest.raises(DriverError) as err:
        analyse(x, y, items=specs(4), bootstrap=0)
    assert "only n = 5 rows" in str(err.value) and "missing most often" not in str(err.value)


def test_quadrant_is_uncertain_where_the_interval_straddles_the_cut_line():
    x, y = latent_survey(n=300, p=6, seed=9)
    result = analyse(x, y, items=specs(6), bootstrap=100)
    cut = 100 / 6
    items = result.to_dict()["items"]
    perf_cut = np.mean([r["performance"] for r in items])
    for row in items:
        straddles = row["ci_low"] < cut < row["ci_high"]
        near = abs(row["performance"] - perf_cut) < 1.96 * row["performance_se"]
        assert row["quadrant_certain"] is (not (straddles or near))
    assert any(not r["quadrant_certain"] for r in result.to_dict()["items"])
    no_ci = analyse(x, y, items=specs(6), bootstrap=0).to_dict()
    assert all(r["quadrant_certain"] is None for r in no_ci["items"])


def test_performance_near_its_cut_line_is_uncertain_too():
    """A point whose performance interval straddles the performance cut line could fall in the
    quadrant above or below it: uncertain even when its importance is clear."""
    from journeymap.analysis.drivers import quadrant_certainty
    sure = quadrant_certainty(importance=np.array([40.0, 30.0, 20.0, 10.0]),
                              low=np.array([35.0, 27.0, 15.0, 5.0]), high=np.array([45.0, 33.0, 22.0, 14.0]),
                              performance=np.array([50.0, 70.0, 60.5, 60.0]),
                              performance_se=np.array([1.0, 1.0, 1.0, 0.05]))
    assert sure == [True, True, False, True]      # cut lines 25 and 60.125: item 3 is 0.375 from it (SE 1), item 4 0.125 (SE 0.05)
    x = np.array([[1.0, 2.0], [2.0, 3.0], [3.0, 3.0], [4.0, 5.0], [5.0, 4.0]])
    stats = __import__("journeymap.analysis.drivers", fromlist=["item_stats"]).item_stats(
        x, items=[ItemSpec("a", "S", 1, 5), ItemSpec("b", "S", 1, 5)])
    assert stats[0].performance_se == pytest.approx(100 * np.std(x[:, 0], ddof=1) / np.sqrt(5) / 4)
