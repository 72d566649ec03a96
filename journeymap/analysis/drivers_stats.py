"""Sufficient statistics for key-driver analysis: listwise rows -> weighted cross products -> correlations.

Everything a driver method needs is the correlation matrix of z = [x_1 .. x_p, y], and that follows from
the (weighted) sums of z and of z z' over the rows used. Summing those per block of rows once lets the
bootstrap resample blocks instead of a million raw rows. No Qt, no storage: numpy arrays in and out.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_CHUNK_ROWS = 65_536  # rows per pass when no bootstrap blocks are asked for: bounds the temporary copies
_VAR_TOL = 1e-12  # variance below this (relative to the squared level) counts as constant


class DriverError(ValueError):
    """Input that driver analysis cannot use; the message names the item and says what to do."""


@dataclass(frozen=True)
class CrossProducts:
    """Weighted sums of z = [x_1 .. x_p, y] over listwise rows, taken after subtracting `shift`.

    The shift (roughly the column means) keeps z z' sums small, so that the covariance computed as
    E[zz'] - E[z]E[z]' does not cancel catastrophically. count, w_sum, sums and cross may carry one
    leading axis (blocks, or bootstrap resamples); shift never does.
    """

    count: np.ndarray  # (...,) rows
    w_sum: np.ndarray  # (...,) sum of weights
    sums: np.ndarray  # (..., q) sum of w (z - shift)
    cross: np.ndarray  # (..., q, q) sum of w (z - shift)(z - shift)'
    shift: np.ndarray  # (q,)

    @property
    def n(self) -> int:
        return int(np.sum(self.count))

    def total(self) -> CrossProducts:
        """Sum over the leading (block) axis."""
        return CrossProducts(count=self.count.sum(0), w_sum=self.w_sum.sum(0), sums=self.sums.sum(0),
                             cross=self.cross.sum(0), shift=self.shift)

    def resample(self, counts: np.ndarray) -> CrossProducts:
        """One resample per row of `counts` (resamples x blocks): each block's sums times its count."""
        q = self.shift.shape[0]
        counts = np.asarray(counts, dtype=float)
        return CrossProducts(count=counts @ self.count, w_sum=counts @ self.w_sum, sums=counts @ self.sums,
                             cross=(counts @ self.cross.reshape(-1, q * q)).reshape(-1, q, q), shift=self.shift)

    def means(self) -> np.ndarray:
        return self.sums / self.w_sum[..., None] + self.shift

    def covariance(self) -> np.ndarray:
        """Weighted covariance (divided by the sum of weights: correlations do not care)."""
        m = self.sums / self.w_sum[..., None]
        return self.cross / self.w_sum[..., None, None] - m[..., :, None] * m[..., None, :]

    def constant_columns(self) -> np.ndarray:
        """Boolean (..., q): columns whose variance is zero up to rounding."""
        var = np.diagonal(self.covariance(), axis1=-2, axis2=-1)
        level = np.maximum(1.0, np.abs(self.means()))
        return ~(var > _VAR_TOL * level**2)

    def correlation(self) -> np.ndarray:
        cov = self.covariance()
        sd = np.sqrt(np.clip(np.diagonal(cov, axis1=-2, axis2=-1), 0.0, None))
        with np.errstate(divide="ignore", invalid="ignore"):
            corr = cov / (sd[..., :, None] * sd[..., None, :])
        # exact ones on the diagonal: downstream algebra (sum of Lambda^2 columns = 1) relies on it
        idx = np.arange(corr.shape[-1])
        corr[..., idx, idx] = np.where(sd > 0, 1.0, np.nan)
        return corr


def listwise_rows(*, x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Boolean mask of rows with the outcome and every item present (and a positive weight)."""
    rows = np.isfinite(x).all(axis=1) & np.isfinite(y)
    if weights is not None:
        rows &= np.isfinite(weights) & (weights > 0)
    return rows


def sufficient_stats(*, x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None,
                     rows: np.ndarray | None = None, n_blocks: int | None = None,
                     rng: np.random.Generator | None = None) -> CrossProducts:
    """Cross products of [x, y] over the listwise rows.

    Without n_blocks: totals (no leading axis). With n_blocks: one entry per block, the rows dealt to
    blocks at random by `rng` so that each block is a random sample even when the file is sorted (by
    date, segment or score); contiguous blocks of sorted data would make the block bootstrap too wide.
    """
    if rows is None:
        rows = listwise_rows(x=x, y=y, weights=weights)
    idx = np.flatnonzero(rows)
    if idx.size == 0:
        raise DriverError("no row has the outcome and every item")
    shift = _shift(x=x, y=y, idx=idx[:4096])
    if n_blocks is None:
        parts = [idx[i:i + _CHUNK_ROWS] for i in range(0, idx.size, _CHUNK_ROWS)]
    else:
        if rng is not None:
            idx = rng.permutation(idx)
        parts = np.array_split(idx, min(n_blocks, idx.size))
    stats = [_block(x=x, y=y, weights=weights, idx=part, shift=shift) for part in parts]
    blocks = CrossProducts(count=np.array([s[0] for s in stats], dtype=float),
                           w_sum=np.array([s[1] for s in stats]), sums=np.stack([s[2] for s in stats]),
                           cross=np.stack([s[3] for s in stats]), shift=shift)
    return blocks.total() if n_blocks is None else blocks


def _shift(*, x: np.ndarray, y: np.ndarray, idx: np.ndarray) -> np.ndarray:
    return np.append(x[idx].mean(axis=0), y[idx].mean())


def _block(*, x, y, weights, idx, shift):
    z = np.empty((idx.size, shift.size))
    z[:, :-1] = x[idx]
    z[:, -1] = y[idx]
    z -= shift
    if weights is None:
        return idx.size, float(idx.size), z.sum(axis=0), z.T @ z
    w = weights[idx]
    wz = z * w[:, None]
    return idx.size, float(w.sum()), wz.sum(axis=0), wz.T @ z


def spearman(*, x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Spearman correlation of each column of x with y (rows already listwise): Pearson on mid-ranks.

    With weights a row counts as `weight` tied copies of itself, so integer weights give exactly the
    result of duplicated rows.
    """
    rx = np.column_stack([_midranks(x[:, j], weights) for j in range(x.shape[1])])
    ry = _midranks(y, weights)
    return sufficient_stats(x=rx, y=ry, weights=weights).correlation()[:-1, -1]


def _midranks(v: np.ndarray, w: np.ndarray | None) -> np.ndarray:
    codes, n_codes = _codes(v)
    mass = np.bincount(codes, weights=w, minlength=n_codes)
    # mid-rank of a tie group = weight below it + half its own weight (a constant offset is irrelevant)
    mid = np.cumsum(mass) - mass / 2.0
    return mid[codes]


def _codes(v: np.ndarray) -> tuple[np.ndarray, int]:
    """Order-preserving integer codes; ratings (small integers) skip the sort."""
    lo, hi = v.min(), v.max()
    if hi - lo <= 10 * v.size + 1000 and np.array_equal(v, np.floor(v)):
        return (v - lo).astype(np.intp), int(hi - lo) + 1
    uniq, codes = np.unique(v, return_inverse=True)
    return codes.ravel(), uniq.size
