"""A stage's importance for the ranking: its share of R^2, by a method that does not reward asking more.

Summing a stage's item weights gives a stage with 8 survey questions more importance than one with 2,
only because it was asked about more. The default here is a **stage-level Shapley value**: the stage's
items enter the regression together, as one player, and the stage gets its average marginal gain in
R^2 over all orders of the stages. Like item-level Shapley it needs only the correlation matrix: the R^2
of any set of items S is r_S' R_SS^-1 r_S. With G stages that is 2^G subsets, whatever the number of
items. Up to ``EXACT_GROUPS_MAX`` stages it is exact; beyond, it is estimated from random orders of the
stages (each paired with its reverse) and labelled approximate. ``item_sum`` (the sum of the stage's
items' relative weights) is kept as an option.

Both are given as shares of R^2 (0..1, summing to 1 over the stages) with bootstrap draws from the same
per-block cross products as the drivers (drivers_stats), so the rank intervals can carry them. No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import factorial

import numpy as np

from journeymap.analysis.drivers_stats import DriverError, listwise_rows, sufficient_stats
from journeymap.analysis.drivers_weights import SINGULAR_TOL, driver_weights, subset_r2
from journeymap.i18n import N_
from journeymap.i18n import gettext as _

METHODS = ("stage_shapley", "item_sum")
LABELS = {"stage_shapley": N_("stage-level Shapley (each stage's items as one player)"),
          "item_sum": N_("sum of the stage's item weights (relative weights)")}
DEFAULT_METHOD = "stage_shapley"
ITEM_TABLE_MAX = 16  # up to this many items, the 2^p item-subset table is cheaper than per-subset solves
EXACT_GROUPS_MAX = 12  # 2^12 subsets of stages; beyond, sampled orders
SAMPLED_ORDERS = 1000
DRAW_ORDERS = 200  # per bootstrap draw: their sampling noise only widens the intervals a little
BOOTSTRAP = 200


@dataclass(frozen=True)
class StageImportance:
    method: str
    stages: tuple  # stage keys (Stage.id, else the stage's name), in order of first item
    shares: np.ndarray  # (G,) share of R^2 per stage, sums to 1
    draws: np.ndarray  # (B, G) bootstrap shares; rows of NaN for degenerate resamples
    r2: float
    n: int
    exact: bool = True  # False: the stage-level Shapley was estimated from sampled orders

    @property
    def label(self) -> str:
        return _(LABELS[self.method]) + ("" if self.exact else _(" (approximate: {n} sampled orders)").format(
            n=SAMPLED_ORDERS))

    def by_stage(self) -> dict:
        return dict(zip(self.stages, self.shares.tolist()))

    def draws_by_stage(self) -> dict:
        return {s: self.draws[:, g] for g, s in enumerate(self.stages)}


def groups_of(keys: list) -> tuple[tuple, list[list[int]]]:
    """(distinct keys in order of first appearance, item indices per key)."""
    order = list(dict.fromkeys(keys))
    return tuple(order), [[j for j, k in enumerate(keys) if k == g] for g in order]


def group_r2(*, rxx: np.ndarray, rxy: np.ndarray, groups: list[list[int]]) -> np.ndarray:
    """R^2 of the union of the groups in each bit mask over groups: shape (..., 2^G)."""
    p, g_count = rxy.shape[-1], len(groups)
    item_mask = np.zeros(1 << g_count, dtype=np.int64)
    for g, items in enumerate(groups):
        bit = sum(1 << j for j in items)
        has = (np.arange(1 << g_count) >> g) & 1 == 1
        item_mask[has] |= bit
    if p <= ITEM_TABLE_MAX:
        return subset_r2(rxx=rxx, rxy=rxy)[..., item_mask]
    out = np.zeros(rxy.shape[:-1] + (1 << g_count,))
    for m in range(1, 1 << g_count):
        idx = [j for j in range(p) if item_mask[m] >> j & 1]
        sub, r = rxx[..., idx, :][..., :, idx], rxy[..., idx]
        out[..., m] = np.sum(r * np.linalg.solve(sub, r[..., None])[..., 0], axis=-1)
    return out


def group_shapley(*, rxx: np.ndarray, rxy: np.ndarray, groups: list[list[int]]) -> np.ndarray:
    """Shapley value of R^2 with one player per group; (..., G), summing to the full R^2."""
    g_count = len(groups)
    table = group_r2(rxx=rxx, rxy=rxy, groups=groups)
    masks = np.arange(1 << g_count, dtype=np.int64)
    size = np.bitwise_count(masks)
    w_size = np.array([factorial(s) * factorial(g_count - s - 1) / factorial(g_count) for s in range(g_count)])
    phi = np.empty(table.shape[:-1] + (g_count,))
    for g in range(g_count):
        without = masks[(masks >> g) & 1 == 0]
        phi[..., g] = (table[..., without | (1 << g)] - table[..., without]) @ w_size[size[without]]
    return phi


def group_shapley_sampled(*, rxx: np.ndarray, rxy: np.ndarray, groups: list[list[int]],
                          n_orders: int = SAMPLED_ORDERS, seed: int = 0) -> np.ndarray:
    """Shapley over groups estimated from random orders of the groups (antithetic pairs); sums to R^2.

    Each order sweeps the groups' items into the augmented correlation matrix one group at a time; the
    group's gain is the drop of the (y, y) entry (1 - R^2) while its items enter.
    """
    if rxy.ndim > 1:
        flat = [group_shapley_sampled(rxx=a, rxy=b, groups=groups, n_orders=n_orders, seed=seed)
                for a, b in zip(rxx.reshape(-1, *rxx.shape[-2:]), rxy.reshape(-1, rxy.shape[-1]))]
        return np.array(flat).reshape(rxy.shape[:-1] + (len(groups),))
    p, g_count = rxy.size, len(groups)
    rng = np.random.default_rng(seed)
    half = rng.permuted(np.tile(np.arange(g_count), (max(1, n_orders // 2), 1)), axis=1)
    orders = np.concatenate([half, half[:, ::-1]])
    aug = np.ones((p + 1, p + 1))
    aug[:p, :p], aug[:p, p], aug[p, :p] = rxx, rxy, rxy
    a = np.repeat(aug[None], len(orders), axis=0)
    phi = np.zeros(g_count)
    before = np.zeros(len(orders))
    for t in range(g_count):
        for g in range(g_count):
            rows = np.flatnonzero(orders[:, t] == g)
            for j in groups[g]:
                col = a[rows, :, j]
                a[rows] -= col[:, :, None] * col[:, None, :] / col[:, j][:, None, None]
            after = 1.0 - a[rows, p, p]
            phi[g] += np.sum(after - before[rows])
            before[rows] = after
    return phi / len(orders)


def item_sum(*, rxx: np.ndarray, rxy: np.ndarray, groups: list[list[int]]) -> np.ndarray:
    """Sum of each group's items' relative weights (R^2 units): the old rule, kept as an option."""
    w = driver_weights(rxx=rxx, rxy=rxy, method="relweight")
    return np.stack([w[..., items].sum(axis=-1) for items in groups], axis=-1)


def stage_shares(*, rxx: np.ndarray, rxy: np.ndarray, groups: list[list[int]], method: str,
                 n_orders: int = SAMPLED_ORDERS) -> np.ndarray:
    """Share of R^2 per group (..., G): each method's values divided by their sum."""
    if method not in METHODS:
        raise DriverError(f"unknown stage importance method {method!r}: use one of {', '.join(METHODS)}")
    if method == "item_sum":
        values = item_sum(rxx=rxx, rxy=rxy, groups=groups)
    elif len(groups) > EXACT_GROUPS_MAX:
        values = group_shapley_sampled(rxx=rxx, rxy=rxy, groups=groups, n_orders=n_orders)
    else:
        values = group_shapley(rxx=rxx, rxy=rxy, groups=groups)
    with np.errstate(divide="ignore", invalid="ignore"):
        return values / values.sum(axis=-1, keepdims=True)


def analyse_stages(x: np.ndarray, y: np.ndarray, *, stage_keys: list, weights: np.ndarray | None = None,
                   method: str = DEFAULT_METHOD, bootstrap: int = BOOTSTRAP, seed: int = 0,
                   n_blocks: int = 500) -> StageImportance:
    """Stage importance (shares of R^2) of the columns of x grouped by ``stage_keys``, with draws."""
    stages, groups = groups_of(list(stage_keys))
    rows = listwise_rows(x=x, y=y, weights=weights)
    if rows.sum() < x.shape[1] + 2:
        raise DriverError(f"only n = {int(rows.sum())} complete rows for {x.shape[1]} items")
    rng = np.random.default_rng(seed)
    blocks = sufficient_stats(x=x, y=y, weights=weights, rows=rows, n_blocks=n_blocks, rng=rng)
    corr = blocks.total().correlation()
    p = x.shape[1]
    if not np.isfinite(corr).all() or np.linalg.eigvalsh(corr[:p, :p])[0] < SINGULAR_TOL:
        raise DriverError("the items are constant or collinear: stage importance cannot be computed")
    rxx, rxy = corr[:p, :p], corr[:p, p]
    shares = stage_shares(rxx=rxx, rxy=rxy, groups=groups, method=method)
    r2 = float(np.sum(rxy * np.linalg.solve(rxx, rxy)))
    draws = np.full((max(bootstrap, 0), len(stages)), np.nan)
    if bootstrap > 0:
        n_b = blocks.count.shape[0]
        counts = rng.multinomial(n_b, np.full(n_b, 1.0 / n_b), size=bootstrap)
        for start in range(0, bootstrap, 50):  # batches bound the memory of the subset tables
            draws[start:start + 50] = _resampled_shares(blocks.resample(counts[start:start + 50]), p=p,
                                                        groups=groups, method=method)
    exact = method != "stage_shapley" or len(stages) <= EXACT_GROUPS_MAX
    return StageImportance(method=method, stages=stages, shares=shares, draws=draws, r2=r2, n=int(rows.sum()),
                           exact=exact)


def _resampled_shares(stats, *, p: int, groups, method: str) -> np.ndarray:
    corr = stats.correlation()
    ok = np.isfinite(corr).all(axis=(-2, -1))
    corr[~ok] = np.eye(p + 1)  # stand-in so the batch computes; blanked below
    rxx, rxy = corr[:, :p, :p], corr[:, :p, p]
    ok &= np.linalg.eigvalsh(rxx)[:, 0] > SINGULAR_TOL
    rxx[~ok] = np.eye(p)
    rxy[~ok] = 0.5
    out = stage_shares(rxx=rxx, rxy=rxy, groups=groups, method=method, n_orders=DRAW_ORDERS)
    out[~ok] = np.nan
    return out


def journey_importance(path, project, *, journey_id: str, period: str | None = None,
                       method: str = DEFAULT_METHOD, bootstrap: int = BOOTSTRAP, seed: int = 0) -> StageImportance:
    """Stage importance on the journey's newest survey (the period's rows when given), keyed by Stage.id.

    Raises SurveyDataError / DriverError like driver_run.run_drivers when it cannot run.
    """
    from journeymap.analysis.survey_data import load_survey

    data = load_survey(path, project, journey_id=journey_id, period=period)
    keys = [sid or spec.stage for sid, spec in zip(data.stage_ids or [None] * len(data.items), data.items)]
    return analyse_stages(data.x, data.y, stage_keys=keys, weights=data.weights, method=method,
                          bootstrap=bootstrap, seed=seed)
