"""Key-driver analysis against its targets (issue 5). Run: python benchmarks/bench_drivers.py

(a) relative weights + 200 bootstrap resamples on 1,000,000 rows x 15 items: the whole analyse() call
    (listwise rows, per-block cross products, correlations, Spearman, item stats, bootstrap), target < 10 s;
(b) exact Shapley for 14 items from the correlation matrix (no refits), target < 5 s.
"""
from __future__ import annotations

import time

import numpy as np

from journeymap.analysis.drivers import ItemSpec, analyse
from journeymap.analysis.drivers_weights import shapley_exact


def survey(*, n: int, p: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """1-5 ratings on three correlated latent factors, an NPS outcome driven unequally, 2% holes."""
    rng = np.random.default_rng(seed)
    latent = rng.standard_normal((n, 3)) @ rng.uniform(0.3, 0.9, (3, p)) + rng.standard_normal((n, p))
    x = np.clip(np.round(3 + latent), 1, 5)
    y = np.clip(np.round(6 + latent @ np.linspace(0.05, 0.5, p) + 1.5 * rng.standard_normal(n)), 0, 10)
    x[rng.random((n, p)) < 0.02 / p] = np.nan
    return x, y


def report(label: str, seconds: float, target: float) -> None:
    print(f"{label}: {seconds:.3f} s (target < {target:g} s) {'OK' if seconds < target else 'TOO SLOW'}")


def main() -> None:
    x, y = survey(n=1_000_000, p=15)
    items = [ItemSpec(f"item {j}", f"stage {j // 3}", 1, 5) for j in range(15)]
    start = time.perf_counter()
    result = analyse(x, y, items=items, method="relweight", bootstrap=200, seed=0)
    report("relweight+200 bootstrap, 1M x 15", time.perf_counter() - start, 10)
    print(f"  n = {result.n}, R^2 = {result.r2:.4f}")

    rows = np.isfinite(x).all(axis=1)
    corr = np.corrcoef(np.column_stack([x[rows], y[rows]]), rowvar=False)
    rxx, rxy = corr[:14, :14], corr[:14, -1]
    start = time.perf_counter()
    shapley_exact(rxx=rxx, rxy=rxy)
    report("exact Shapley, 14 items", time.perf_counter() - start, 5)

    start = time.perf_counter()
    analyse(x, y, items=items, method="shapley", bootstrap=200, seed=0)
    print(f"(for reference) exact Shapley+200 bootstrap, 1M x 15: {time.perf_counter() - start:.2f} s")

    # issue 8: exact Shapley to 20 items; beyond, sampled and labelled approximate
    x, y = survey(n=25_976, p=25, seed=1)
    for p, target in ((20, 2.0),):
        rows = np.isfinite(x[:, :p]).all(axis=1)
        corr = np.corrcoef(np.column_stack([x[rows, :p], y[rows]]), rowvar=False)
        start = time.perf_counter()
        shapley_exact(rxx=corr[:p, :p], rxy=corr[:p, -1])
        report(f"exact Shapley, {p} items (2^{p} subsets)", time.perf_counter() - start, target)
    for p, target in ((20, 20.0), (25, 30.0)):
        items = [ItemSpec(f"item {j}", f"stage {j // 3}", 1, 5) for j in range(p)]
        start = time.perf_counter()
        result = analyse(x[:, :p], y, items=items, method="shapley", bootstrap=200, seed=0)
        report(f"Shapley+200 bootstrap, 25,976 x {p} ({'exact' if result.exact else 'approximate'})",
               time.perf_counter() - start, target)


if __name__ == "__main__":
    main()
