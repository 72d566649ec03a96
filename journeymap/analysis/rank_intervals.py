"""Rank intervals: how far a pain point's rank could move given what is uncertain about its inputs.

Each of R resamples redraws every data part that has a known error, moves the weights, and re-ranks:
- importance: the stage's bootstrap draw (stage_importance: resampled survey blocks), draw r mod B;
- gap: gap + gap_se x z with z ~ N(0, 1), clipped at 0, through the same bounded transform; reach x gap
  follows the redrawn gap;
- weights: each weight in use times an independent factor uniform in [0.8, 1.2] (the +-20% moves).
Reach, value, votes and severity have no sampling error here and stay as they are. A row's interval is
the central ``RANK_CI`` of its R ranks, widened to include its point rank (so "rank 3 (2-5)" always holds
the 3). Seeded: the same inputs give the same intervals.
"""
from __future__ import annotations

import numpy as np

from journeymap.analysis.scoring import GAP_COL, IMP_COL, RXG_COL, STABILITY_STEP, ScoringTable, gap_transform

RESAMPLES = 200
RANK_CI = 0.9  # central 90% of the resampled ranks
RESAMPLE_DECIMALS = 9  # resampled scores equal to 9 decimals tie (broken by id): a faster exact sort key


def rank_bounds(table: ScoringTable, w: np.ndarray, *, point: np.ndarray, resamples: int = RESAMPLES,
                seed: int = 0, ci: float = RANK_CI) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) rank per row in input order, for the weight vector ``w``."""
    n = len(table)
    if n == 0 or resamples <= 0:
        return point.copy(), point.copy()
    ranks = resampled_ranks(table, w, resamples=resamples, seed=seed)
    tail = 100.0 * (1.0 - ci) / 2.0
    low = np.percentile(ranks, tail, axis=1, method="lower").astype(np.int64)
    high = np.percentile(ranks, 100.0 - tail, axis=1, method="higher").astype(np.int64)
    return np.minimum(low, point), np.maximum(high, point)


def resampled_ranks(table: ScoringTable, w: np.ndarray, *, resamples: int, seed: int = 0) -> np.ndarray:
    """n x R ranks, one column per resample (see the module docstring).

    Only the parts that move are redrawn, in place, and only when their weight is above 0: the rest of
    the score is one matrix product. (Memory: a few n x R float arrays, 16 MB each for 10,000 x 200.)
    """
    rng = np.random.default_rng(seed)
    weights = w[None, :] * rng.uniform(1 - STABILITY_STEP, 1 + STABILITY_STEP, (resamples, w.size))
    moving = [j for j in (GAP_COL, RXG_COL, IMP_COL) if w[j] > 0]
    fixed = table.filled.copy()
    fixed[:, moving] = 0.0
    num = fixed @ weights.T  # n x R: the parts that do not move
    if w[GAP_COL] > 0 or w[RXG_COL] > 0:
        gap = _gap_draws(table, rng, resamples)
        if w[RXG_COL] > 0:  # reach x gap follows the redrawn gap (reach and gap themselves are then unused)
            num += gap * (np.nan_to_num(table.parts[:, 0], nan=0.0)[:, None] * weights[:, RXG_COL])
        else:
            gap *= weights[:, GAP_COL]
            num += gap
    if w[IMP_COL] > 0:
        imp = _importance_draws(table, resamples)
        imp *= weights[:, IMP_COL]
        num += imp
    den = table.known @ weights.T
    with np.errstate(invalid="ignore", divide="ignore"):
        np.divide(num, den, out=num)
    num[den <= 0] = np.nan
    num[table.own @ weights.T <= 0] = np.nan    # only borrowed parts: unscored, as in scores_for
    return table.ranks_of(num, decimals=RESAMPLE_DECIMALS)


def _gap_draws(table: ScoringTable, rng: np.random.Generator, r: int) -> np.ndarray:
    """n x R gap parts (0 where unknown: the row has no gap in its denominator either)."""
    gap = np.repeat(table.filled[:, GAP_COL][:, None], r, axis=1)
    se = np.nan_to_num(table.gap_se, nan=0.0)
    rows = np.flatnonzero((se > 0) & ~np.isnan(table.raw[:, 1]))  # draw only the gaps with an error
    if rows.size:
        drawn = table.raw[rows, 1][:, None] + se[rows, None] * rng.standard_normal((rows.size, r))
        gap[rows] = gap_transform(drawn, table.scales.gap_half)
    return gap


def _importance_draws(table: ScoringTable, r: int) -> np.ndarray:
    """n x R importance parts: draw r mod B of the row's stage (its point value where it has none)."""
    draws = table.importance_draws
    if draws is None:
        return np.repeat(table.filled[:, IMP_COL][:, None], r, axis=1)
    return np.ascontiguousarray(draws[np.arange(r) % draws.shape[0]].T)
