"""Bootstrap confidence intervals for driver weights, resampling per-block sufficient statistics.

A resample of rows is a multinomial count per row; with rows dealt at random into B blocks, resampling
whole blocks approximates it (the blocks are iid random samples of rows) while costing a (B x q^2) matrix
product per resample instead of a pass over the raw data.
"""
from __future__ import annotations

import numpy as np

from journeymap.analysis.drivers_stats import CrossProducts
from journeymap.analysis.drivers_weights import SINGULAR_TOL, driver_weights

_BATCH = 50  # resamples per vectorised call: bounds memory of exact Shapley's subset tables


def resample_weight_pct(*, blocks: CrossProducts, method: str, n_resamples: int,
                        rng: np.random.Generator, seed: int = 0) -> np.ndarray:
    """(n_resamples, p) weight_pct per resample; NaN rows for resamples that came out degenerate.

    With few blocks a resample can leave an item constant or the items collinear; such a resample has
    no weights and is dropped from the interval instead of failing the whole analysis.
    """
    n_blocks = blocks.count.shape[0]
    counts = rng.multinomial(n_blocks, np.full(n_blocks, 1.0 / n_blocks), size=n_resamples)
    out = np.full((n_resamples, blocks.shift.size - 1), np.nan)
    for start in range(0, n_resamples, _BATCH):
        part = blocks.resample(counts[start:start + _BATCH])
        # each batch (and each resample in it) draws its own Shapley orders when they are sampled
        out[start:start + _BATCH] = _weight_pct(part, method=method, seed=(seed, start))
    return out


def percentile_interval(samples: np.ndarray, *, ci: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval per column, ignoring degenerate (NaN) resamples; NaN if none is left."""
    tail = 100.0 * (1.0 - ci) / 2.0
    if not np.isfinite(samples).any():
        nan = np.full(samples.shape[1], np.nan)
        return nan, nan.copy()
    low, high = np.nanpercentile(samples, [tail, 100.0 - tail], axis=0)
    return low, high


def _weight_pct(stats: CrossProducts, *, method: str, seed) -> np.ndarray:
    corr = stats.correlation()
    ok = np.isfinite(corr).all(axis=(-2, -1)) & ~stats.constant_columns().any(axis=-1)
    p = corr.shape[-1] - 1
    # stand-in identity for bad resamples keeps the batch computable; their rows are blanked below
    corr[~ok] = np.eye(p + 1)
    rxx, rxy = corr[:, :p, :p], corr[:, :p, p]
    ok &= np.linalg.eigvalsh(rxx)[:, 0] > SINGULAR_TOL
    rxx[~ok] = np.eye(p)
    rxy[~ok] = 0.5
    w = driver_weights(rxx=rxx, rxy=rxy, method=method, seed=seed, resample=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = 100.0 * w / w.sum(axis=-1, keepdims=True)
    pct[~ok] = np.nan
    return pct
