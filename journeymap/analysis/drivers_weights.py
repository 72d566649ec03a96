"""Splitting R^2 among correlated items, from the correlation matrix alone.

rxx is the p x p correlation matrix of the items, rxy their correlations with the outcome. Every function
accepts leading batch axes ((..., p, p) and (..., p)) so that bootstrap resamples go through in one call.
"""
from __future__ import annotations

from collections.abc import Sequence
from math import factorial

import numpy as np

from journeymap.analysis.drivers_stats import DriverError

METHODS = ("relweight", "shapley", "corr")
# Exact Shapley needs R^2 of all 2^p subsets: 2^20 (a million) from a 20 x 20 matrix takes about half a
# second, so the point estimate is exact to 20 items and sampled (and labelled approximate) beyond.
# Bootstrap resamples need it hundreds of times: exact to 15 items, beyond that each resample draws its
# own random orders, so the interval carries the sampling error instead of hiding it.
EXACT_SHAPLEY_MAX = 20
EXACT_RESAMPLE_MAX = 15
RESAMPLE_ORDERS = 500   # orders per bootstrap resample past EXACT_RESAMPLE_MAX
SINGULAR_TOL = 1e-9  # smallest eigenvalue of rxx below this = (nearly) collinear items


def r_squared(*, rxx: np.ndarray, rxy: np.ndarray) -> np.ndarray:
    """R^2 of the least-squares fit of the outcome on all items: rxy' rxx^-1 rxy."""
    beta = np.linalg.solve(rxx, rxy[..., None])[..., 0]
    return np.sum(beta * rxy, axis=-1)


def relative_weights(*, rxx: np.ndarray, rxy: np.ndarray) -> np.ndarray:
    """Johnson's (2000) relative weights; they sum to R^2.

    Lambda = rxx^(1/2), the symmetric root V diag(sqrt(e)) V' (not Cholesky: the orthogonal stand-ins for
    the items must be the ones closest to them), beta* = Lambda^-1 rxy, RW_j = sum_k Lambda_jk^2 beta*_k^2.
    """
    e, v = np.linalg.eigh(rxx)
    root = np.sqrt(np.clip(e, SINGULAR_TOL, None))
    vt = np.swapaxes(v, -1, -2)
    lam = (v * root[..., None, :]) @ vt
    beta = ((v / root[..., None, :]) @ (vt @ rxy[..., None]))[..., 0]
    return (lam**2 @ beta[..., None] ** 2)[..., 0]


def correlation_shares(*, rxx: np.ndarray, rxy: np.ndarray) -> np.ndarray:
    """Naive reference, not a decomposition: R^2 split in proportion to the squared correlations.

    It ignores that correlated items share variance, which is why relative weights and Shapley exist;
    shown so a user can see how far the naive reading is off.
    """
    r2 = r_squared(rxx=rxx, rxy=rxy)
    sq = rxy**2
    return sq / np.sum(sq, axis=-1, keepdims=True) * r2[..., None]


def subset_r2(*, rxx: np.ndarray, rxy: np.ndarray) -> np.ndarray:
    """R^2 of every subset of items, indexed by bit mask (bit j = item j): shape (..., 2^p).

    No refits and no per-subset inverse: each subset is its parent (the subset without its largest item)
    plus one Schur-complement (sweep) step on the augmented matrix [[rxx, rxy], [rxy', 1]], whose (y, y)
    entry then is 1 - R^2. A subset whose largest item is l only needs the rows/columns after l (and y),
    so the matrices shrink as the subsets grow: about sum_j 2^j (p-j)^2 flops instead of 2^p p^3.
    """
    p = rxy.shape[-1]
    lead = rxy.shape[:-1]
    aug = _augment(rxx, rxy).reshape(-1, p + 1, p + 1)
    out = np.zeros((aug.shape[0], 1 << p))
    # by_last[l + 1]: subsets whose largest item is l, as (masks, Schur complements over items l+1.. and y)
    by_last: list[list] = [[] for _ in range(p + 1)]
    by_last[0].append((np.zeros(1, dtype=np.int64), aug[:, None]))
    for last in range(-1, p - 1):
        parts, by_last[last + 1] = by_last[last + 1], []  # done: its matrices can go
        masks = np.concatenate([m for m, _ in parts])
        mats = np.concatenate([a for _, a in parts], axis=1)  # (batch, subsets, d, d)
        for j in range(last + 1, p):
            k = j - last - 1
            col = mats[..., k + 1:, k]
            child = mats[..., k + 1:, k + 1:] - col[..., :, None] * col[..., None, :] / mats[..., k, k, None, None]
            child_masks = masks | (1 << j)
            out[:, child_masks] = 1.0 - child[..., -1, -1]
            by_last[j + 1].append((child_masks, child))
    return out.reshape(*lead, 1 << p)


def shapley_exact(*, rxx: np.ndarray, rxy: np.ndarray) -> np.ndarray:
    """Shapley / LMG value of R^2 for each item, from all 2^p subsets; they sum to R^2."""
    p = rxy.shape[-1]
    table = subset_r2(rxx=rxx, rxy=rxy)
    masks = np.arange(1 << p, dtype=np.int64)
    size = np.bitwise_count(masks)
    # weight of joining coalition S (item not in S): |S|! (p - |S| - 1)! / p!
    w_size = np.array([factorial(s) * factorial(p - s - 1) / factorial(p) for s in range(p)])
    phi = np.empty(table.shape[:-1] + (p,))
    for j in range(p):
        without = masks[(masks >> j) & 1 == 0]
        phi[..., j] = (table[..., without | (1 << j)] - table[..., without]) @ w_size[size[without]]
    return phi


def shapley_sampled(*, rxx: np.ndarray, rxy: np.ndarray, n_permutations: int = 2000,
                    seed: int | Sequence[int] = 0) -> np.ndarray:
    """Shapley values estimated from random orders of entry (seeded); they sum to R^2 exactly.

    Each order is paired with its reverse (antithetic sampling): an item entering early in one enters late
    in the other, which cancels much of the sampling noise at no extra cost. In a batch, each matrix
    draws its own orders: one shared set would shift every bootstrap resample the same way.
    """
    p = rxy.shape[-1]
    if rxy.ndim == 1:
        return shapley_sampled_se(rxx=rxx, rxy=rxy, n_permutations=n_permutations, seed=seed)[0]
    flat = [shapley_sampled_se(rxx=a[:p, :p], rxy=a[:p, p], n_permutations=n_permutations, seed=[*np.ravel(seed).tolist(), k])[0]
            for k, a in enumerate(_augment(rxx, rxy).reshape(-1, p + 1, p + 1))]
    return np.array(flat).reshape(rxy.shape)


def shapley_sampled_se(*, rxx: np.ndarray, rxy: np.ndarray, n_permutations: int = 2000,
                       seed: int | Sequence[int] = 0) -> tuple[np.ndarray, np.ndarray]:
    """(estimate, its Monte Carlo standard error) of each item's Shapley value, from antithetic pairs
    of random orders: the pairs are independent, so the SE is their spread over sqrt(pairs)."""
    p = rxy.shape[-1]
    rng = np.random.default_rng(seed)
    pairs = max(2, n_permutations // 2)
    half = rng.permuted(np.tile(np.arange(p), (pairs, 1)), axis=1)
    gains = _order_gains(_augment(rxx, rxy), np.concatenate([half, half[:, ::-1]]))
    per_pair = (gains[:pairs] + gains[pairs:]) / 2.0
    return per_pair.mean(axis=0), per_pair.std(axis=0, ddof=1) / np.sqrt(pairs)


def _order_gains(aug: np.ndarray, perms: np.ndarray) -> np.ndarray:
    """(orders, p): each item's gain in R^2 when it enters, per order of entry."""
    m, p = perms.shape
    a = np.repeat(aug[None], m, axis=0)
    rows = np.arange(m)
    gains = np.zeros((m, p))
    before = np.zeros(m)
    for t in range(p):
        j = perms[:, t]
        col = a[rows, :, j]
        a -= col[:, :, None] * col[:, None, :] / col[rows, j][:, None, None]
        after = 1.0 - a[:, p, p]
        gains[rows, j] = after - before
        before = after
    return gains


def shapley(*, rxx: np.ndarray, rxy: np.ndarray, seed: int | Sequence[int] = 0, exact_max: int = EXACT_SHAPLEY_MAX,
            n_permutations: int = 2000) -> np.ndarray:
    """Exact up to ``exact_max`` items, sampled beyond."""
    if rxy.shape[-1] <= exact_max:
        return shapley_exact(rxx=rxx, rxy=rxy)
    return shapley_sampled(rxx=rxx, rxy=rxy, seed=seed, n_permutations=n_permutations)


def driver_weights(*, rxx: np.ndarray, rxy: np.ndarray, method: str, seed=0, resample: bool = False) -> np.ndarray:
    """Each item's share of R^2 in R^2 units, by `method` (one of METHODS). ``resample``: a batch of
    bootstrap resamples (Shapley exact only to EXACT_RESAMPLE_MAX items there)."""
    if method == "relweight":
        return relative_weights(rxx=rxx, rxy=rxy)
    if method == "shapley":
        if resample:
            return shapley(rxx=rxx, rxy=rxy, seed=seed, exact_max=EXACT_RESAMPLE_MAX,
                           n_permutations=RESAMPLE_ORDERS)
        return shapley(rxx=rxx, rxy=rxy, seed=seed)
    if method == "corr":
        return correlation_shares(rxx=rxx, rxy=rxy)
    raise DriverError(f"unknown driver method {method!r}: use one of {', '.join(METHODS)}")


def check_collinearity(*, rxx: np.ndarray, names: list[str]) -> None:
    """Raise DriverError naming the items when some are (nearly) linear combinations of others."""
    p = len(names)
    upper = np.triu(np.abs(rxx), 1)
    i, j = np.unravel_index(np.argmax(upper), upper.shape) if p > 1 else (0, 0)
    # a pair first: the commonest case (an item mapped twice, or a recode of another) gets the plainest message
    if p > 1 and upper[i, j] > 1.0 - SINGULAR_TOL:
        raise DriverError(f"items {names[i]!r} and {names[j]!r} are perfectly correlated (r = {rxx[i, j]:+.4f}): "
                          "they carry the same information; drop or merge one of them")
    e, v = np.linalg.eigh(rxx)
    if e[0] < SINGULAR_TOL:
        load = np.abs(v[:, 0])
        involved = ", ".join(repr(names[k]) for k in np.flatnonzero(load > 0.1 * load.max()))
        raise DriverError(f"items {involved} are collinear: one is (nearly) a linear combination of the others "
                          f"(smallest eigenvalue of their correlation matrix {e[0]:.1e}); drop or merge one of them")


def _augment(rxx: np.ndarray, rxy: np.ndarray) -> np.ndarray:
    p = rxy.shape[-1]
    aug = np.ones(rxy.shape[:-1] + (p + 1, p + 1))
    aug[..., :p, :p] = rxx
    aug[..., :p, p] = rxy
    aug[..., p, :p] = rxy
    return aug
