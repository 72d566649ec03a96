"""Key-driver analysis: how much each survey item drives the overall outcome, as shares of R^2.

Headless (numpy/scipy only). The caller turns the outcome into numbers first: binary -> 0/1 (a linear
probability model), scale -> its value, nps -> the 0-10 answer. Methods: Johnson's relative weights (the
default), Shapley/LMG (exact up to 20 items; sampled beyond, labelled approximate, its intervals widened
by the sampling error) and, as a naive reference, squared correlations scaled to R^2. Bootstrap
intervals come from per-block cross products (drivers_bootstrap).

Honest numbers: R^2 is kept within [0, 1] (rounding put an exact fit at 1.0000000000000009); an analysis
with fewer than MIN_ROWS_PER_ITEM rows per item is flagged; every mean states its scale, and a stage
whose items differ in scale or direction has only its 0-100 score; an item whose interval straddles
the importance cut line has an uncertain quadrant (``quadrant_certain`` False).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from statistics import NormalDist

import numpy as np

from journeymap.analysis.drivers_bootstrap import percentile_interval, resample_weight_pct
from journeymap.i18n import N_
from journeymap.i18n import gettext as _
from journeymap.analysis.drivers_stats import CrossProducts, DriverError, listwise_rows, spearman, sufficient_stats
from journeymap.analysis.drivers_weights import (
    EXACT_SHAPLEY_MAX, METHODS, check_collinearity, driver_weights, r_squared, shapley_sampled_se,
)

__all__ = ["DriverError", "DriverResult", "ItemRow", "ItemSpec", "StageRow", "analyse", "ipa_quadrants",
           "item_stats", "method_label", "performance_score", "stage_rollup"]

QUADRANTS = ("concentrate", "keep_up", "low_priority", "possible_overkill")
MIN_ROWS_PER_ITEM = 10      # a common rule of thumb for regression; below it weights swing from sample to sample
SAMPLED_ORDERS = 4000       # orders of entry for an approximate (sampled) Shapley point estimate
METHOD_LABELS = {"relweight": N_("relative weights (Johnson)"), "shapley": N_("Shapley (LMG)"),
                 "corr": N_("squared correlations (naive)")}


def method_label(method: str, *, exact: bool = True) -> str:
    """What every display calls the method; a sampled Shapley says it is approximate."""
    label = _(METHOD_LABELS.get(method, method))
    return label if exact else _("{label}, approximate (sampled orders)").format(label=label)


@dataclass(frozen=True)
class ItemSpec:
    """One survey item: its name, the stage it belongs to, its scale and which end of it is better."""

    name: str
    stage: str
    scale_min: float
    scale_max: float
    better: str = "higher"

    def __post_init__(self) -> None:
        if self.better not in ("higher", "lower"):
            raise DriverError(f"item {self.name!r}: better must be 'higher' or 'lower', not {self.better!r}")
        if not self.scale_max > self.scale_min:
            raise DriverError(f"item {self.name!r}: scale [{self.scale_min}, {self.scale_max}] is empty")


@dataclass(frozen=True)
class ItemStats:
    """Descriptives of one item over the rows that answered it (not only the listwise rows)."""

    mean: float  # on the item's own scale
    performance: float  # mean rescaled to 0-100, 100 = best end whatever the direction
    top2box: float  # share (0..1) of answers on the two best points
    n: int
    performance_se: float = 0.0  # standard error of `performance` (weighted: with the effective n)


@dataclass(frozen=True)
class ItemRow:
    item: str
    stage: str
    r: float  # Pearson with the outcome, listwise rows
    spearman: float
    weight: float  # share of R^2 in R^2 units: the items' weights sum to r2
    weight_pct: float  # 100 * weight / r2: they sum to 100
    ci_low: float | None  # bootstrap percentile interval on weight_pct (None without bootstrap)
    ci_high: float | None
    mean: float  # on the item's scale
    performance: float  # the mean on 0-100, 100 = the better end
    top2box: float
    n: int
    quadrant: str
    quadrant_certain: bool | None = None  # False: the interval straddles the importance cut line
    scale: tuple[float, float] = (1.0, 5.0)
    better: str = "higher"
    sampling_se: float | None = None  # Monte Carlo SE of weight_pct when Shapley was sampled
    performance_se: float = 0.0  # standard error of `performance` (0-100 points)


@dataclass(frozen=True)
class StageRow:
    stage: str
    weight_pct: float  # sum of its items' weight_pct
    mean: float | None  # mean of its items' means, on `scale`; None when the items differ in scale or direction
    score: float  # mean performance (0-100, 100 = better end) of its items: comparable across stages
    top2box: float  # mean of its items' top-2-box shares
    scale: tuple[float, float] | None = None
    better: str | None = None


@dataclass(frozen=True)
class DriverResult:
    method: str
    n: int  # listwise rows used
    r2: float
    items: tuple[ItemRow, ...]
    stages: tuple[StageRow, ...]
    exact: bool = True  # False when Shapley was estimated from sampled orders (more than 20 items)
    bootstrap: int = 0
    ci: float = 0.95
    flags: tuple[str, ...] = field(default=())  # what makes these numbers less than trustworthy, in words
    small_sample: bool = False

    def to_dict(self) -> dict:
        """The `drivers` JSON of the command line (cli.md) without journey/dataset/outcome: caller adds them."""
        return {"method": self.method, "method_label": method_label(self.method, exact=self.exact),
                "exact": self.exact, "approximate": not self.exact, "n": self.n, "r2": self.r2,
                "small_sample": self.small_sample, "flags": list(self.flags),
                "items": [_plain(asdict(row)) for row in self.items],
                "stages": [_plain(asdict(row)) for row in self.stages]}


def _plain(row: dict) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in row.items()}


def analyse(x: np.ndarray, y: np.ndarray, *, items: list[ItemSpec], method: str = "relweight",
            weights: np.ndarray | None = None, bootstrap: int = 200, seed: int = 0, ci: float = 0.95,
            n_blocks: int = 500) -> DriverResult:
    """Key drivers of y among the columns of x (NaN = missing), on the listwise rows.

    bootstrap: number of resamples (0 = no interval), over `n_blocks` random blocks of rows (with fewer
    rows than blocks, every row is a block: the ordinary bootstrap). Same seed, same result.
    """
    x, y, weights = _check_input(x, y, items=items, method=method, weights=weights, ci=ci)
    names = [spec.name for spec in items]
    rows = _usable_rows(x, y, names=names, weights=weights)
    rng = np.random.default_rng(seed)
    blocks = None
    if bootstrap > 0:
        blocks = sufficient_stats(x=x, y=y, weights=weights, rows=rows, n_blocks=n_blocks, rng=rng)
        stats = blocks.total()
    else:
        stats = sufficient_stats(x=x, y=y, weights=weights, rows=rows)
    rxx, rxy = _correlations(stats, names=names)
    r2 = float(np.clip(r_squared(rxx=rxx, rxy=rxy), 0.0, 1.0))
    exact = method != "shapley" or len(items) <= EXACT_SHAPLEY_MAX
    se_pct = None
    if exact:
        weight = driver_weights(rxx=rxx, rxy=rxy, method=method, seed=seed)
    else:
        weight, se = shapley_sampled_se(rxx=rxx, rxy=rxy, n_permutations=SAMPLED_ORDERS, seed=seed)
        se_pct = 100.0 * se / r2 if r2 > 0 else np.zeros_like(se)
    pct = 100.0 * weight / r2 if r2 > 0 else np.zeros_like(weight)
    low = high = np.full(len(items), np.nan)
    if blocks is not None:
        draws = resample_weight_pct(blocks=blocks, method=method, n_resamples=bootstrap, rng=rng, seed=seed)
        low, high = percentile_interval(draws, ci=ci)
        if se_pct is not None:   # the point estimate's own sampling error widens its interval
            z = NormalDist().inv_cdf(0.5 + ci / 2.0)
            low, high = np.maximum(low - z * se_pct, 0.0), high + z * se_pct
    w_rows = None if weights is None else weights[rows]
    rho = spearman(x=x[rows], y=y[rows], weights=w_rows)
    desc = item_stats(x, items=items, weights=weights)
    quadrant = ipa_quadrants(importance=pct, performance=np.array([d.performance for d in desc]))
    sure = quadrant_certainty(importance=pct, low=low, high=high,
                              performance=np.array([d.performance for d in desc]),
                              performance_se=np.array([d.performance_se for d in desc]),
                              z=NormalDist().inv_cdf(0.5 + ci / 2.0))
    rows_out = tuple(
        ItemRow(item=s.name, stage=s.stage, r=float(rxy[j]), spearman=float(rho[j]), weight=float(weight[j]),
                weight_pct=float(pct[j]), ci_low=_opt(low[j]), ci_high=_opt(high[j]), mean=d.mean,
                performance=d.performance, top2box=d.top2box, n=d.n, quadrant=quadrant[j],
                quadrant_certain=sure[j], scale=(s.scale_min, s.scale_max), better=s.better,
                sampling_se=None if se_pct is None else float(se_pct[j]), performance_se=d.performance_se)
        for j, (s, d) in enumerate(zip(items, desc)))
    n = int(rows.sum())
    flags = _flags(n=n, p=len(items), exact=exact)
    return DriverResult(method=method, n=n, r2=r2, items=rows_out, stages=stage_rollup(rows_out),
                        exact=exact, bootstrap=bootstrap, ci=ci, flags=flags,
                        small_sample=n < MIN_ROWS_PER_ITEM * len(items))


def _flags(*, n: int, p: int, exact: bool) -> tuple[str, ...]:
    out = []
    if n < MIN_ROWS_PER_ITEM * p:
        out.append(f"small sample: n = {n} is under {MIN_ROWS_PER_ITEM} per item ({p} items need "
                   f"{MIN_ROWS_PER_ITEM * p}); weights, intervals and quadrants are unreliable")
    if not exact:
        out.append(f"approximate: Shapley estimated from {SAMPLED_ORDERS} sampled orders (more than "
                   f"{EXACT_SHAPLEY_MAX} items); intervals widened by the sampling error")
    return tuple(out)


def quadrant_certainty(*, importance: np.ndarray, low: np.ndarray, high: np.ndarray,
                       performance: np.ndarray | None = None, performance_se: np.ndarray | None = None,
                       z: float = 1.96) -> list[bool | None]:
    """Per item: False when its importance interval straddles the importance cut line (the mean
    importance) or its performance, +- z standard errors, straddles the performance cut line: its
    quadrant could be another one. None without an importance interval."""
    cut = float(np.mean(importance))
    p = len(importance)
    perf = np.zeros(p) if performance is None else np.asarray(performance, float)
    se = np.zeros(p) if performance_se is None else np.asarray(performance_se, float)
    near = np.abs(perf - perf.mean()) < z * se
    return [None if not (np.isfinite(lo) and np.isfinite(hi)) else not (lo < cut < hi or near[j])
            for j, (lo, hi) in enumerate(zip(low, high))]


def item_stats(x: np.ndarray, *, items: list[ItemSpec], weights: np.ndarray | None = None) -> list[ItemStats]:
    """Mean, 0-100 performance, top-2-box and n of each column, over the rows that answered it.

    Top-2-box counts the two best points after direction, assuming whole-number scale points: [1, 5]
    better=higher -> 4 and 5; better=lower -> 1 and 2.
    """
    out = []
    for j, spec in enumerate(items):
        col = x[:, j]
        ok = np.isfinite(col) if weights is None else np.isfinite(col) & np.isfinite(weights) & (weights > 0)
        v = col[ok]
        w = np.ones(v.size) if weights is None else weights[ok]
        if v.size == 0:
            raise DriverError(f"item {spec.name!r} has no answers (every value is missing)")
        best = v >= spec.scale_max - 1 if spec.better == "higher" else v <= spec.scale_min + 1
        mean = float(np.average(v, weights=w))
        n_eff = float(w.sum() ** 2 / np.sum(w * w))
        se = float(np.sqrt(np.average((v - mean) ** 2, weights=w) / max(n_eff - 1.0, 1.0)))
        out.append(ItemStats(mean=mean, performance=performance_score(mean=mean, spec=spec),
                             top2box=float(np.average(best, weights=w)), n=int(v.size),
                             performance_se=100.0 * se / (spec.scale_max - spec.scale_min)))
    return out


def performance_score(*, mean: float, spec: ItemSpec) -> float:
    """Mean rescaled to 0-100 with 100 at the better end, so items on different scales compare."""
    share = (mean - spec.scale_min) / (spec.scale_max - spec.scale_min)
    return 100.0 * (share if spec.better == "higher" else 1.0 - share)


def ipa_quadrants(*, importance: np.ndarray, performance: np.ndarray) -> list[str]:
    """Martilla & James quadrants with the cut lines at the means of importance and of performance."""
    importance, performance = np.asarray(importance, float), np.asarray(performance, float)
    high_imp = importance >= importance.mean()
    high_perf = performance >= performance.mean()
    names = {(True, False): "concentrate", (True, True): "keep_up",
             (False, False): "low_priority", (False, True): "possible_overkill"}
    return [names[(bool(i), bool(p))] for i, p in zip(high_imp, high_perf)]


def stage_rollup(rows: tuple[ItemRow, ...]) -> tuple[StageRow, ...]:
    """One row per stage in order of first appearance: summed importance, the mean of its items' means
    on their common scale (None when they differ in scale or direction), and the 0-100 score."""
    order = list(dict.fromkeys(row.stage for row in rows))
    out = []
    for stage in order:
        mine = [row for row in rows if row.stage == stage]
        same = len({(tuple(r.scale), r.better) for r in mine}) == 1
        out.append(StageRow(stage=stage, weight_pct=float(sum(r.weight_pct for r in mine)),
                            mean=float(np.mean([r.mean for r in mine])) if same else None,
                            score=float(np.mean([r.performance for r in mine])),
                            top2box=float(np.mean([r.top2box for r in mine])),
                            scale=(mine[0].scale[0], mine[0].scale[1]) if same else None, better=mine[0].better if same else None))
    return tuple(out)


def _check_input(x, y, *, items, method, weights, ci):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 2 or x.shape[1] != len(items):
        raise DriverError(f"x must be rows x {len(items)} items, got shape {x.shape}")
    if y.shape != (x.shape[0],):
        raise DriverError(f"the outcome has {y.size} values for {x.shape[0]} rows")
    names = [spec.name for spec in items]
    if len(set(names)) != len(names):
        raise DriverError(f"item names must be unique: {names}")
    if method not in METHODS:
        raise DriverError(f"unknown driver method {method!r}: use one of {', '.join(METHODS)}")
    if not 0.0 < ci < 1.0:
        raise DriverError(f"ci must be between 0 and 1, got {ci}")
    if weights is not None:
        weights = np.asarray(weights, dtype=float)
        if weights.shape != y.shape:
            raise DriverError(f"{weights.size} weights for {y.size} rows")
        if np.any(weights < 0):
            raise DriverError("survey weights must not be negative")
    return x, y, weights


def _usable_rows(x, y, *, names, weights) -> np.ndarray:
    answered = np.isfinite(x).sum(axis=0)
    for j in np.flatnonzero(answered == 0):
        raise DriverError(f"item {names[j]!r} has no answers (every value is missing): leave it out")
    if not np.isfinite(y).any():
        raise DriverError("the outcome has no answers (every value is missing)")
    if weights is not None and not (np.isfinite(weights) & (weights > 0)).any():
        raise DriverError("every survey weight is zero or missing, so no respondent counts: check the "
                          "survey's weight column (or import it without one)")
    rows = listwise_rows(x=x, y=y, weights=weights)
    n, need = int(rows.sum()), len(names) + 2
    if n < need:
        raise DriverError(f"only n = {n} rows have the outcome and all {len(names)} items; at least {need} are "
                          f"needed{_why_few(x, y, weights, names, answered)}")
    return rows


def _why_few(x, y, weights, names, answered) -> str:
    """What removed rows: weights, a missing outcome, the item missing most often (only what applies)."""
    why = []
    if weights is not None and (unweighted := int((~(np.isfinite(weights) & (weights > 0))).sum())):
        why.append(f"{unweighted} rows have a zero or missing survey weight")
    if missing_y := int((~np.isfinite(y)).sum()):
        why.append(f"the outcome is missing in {missing_y} rows")
    if answered.min() < len(y):
        why.append(f"item {names[int(np.argmin(answered))]!r} is missing most often: answered in "
                   f"{answered.min()} rows")
    return f" ({'; '.join(why)})" if why else f" (the survey has {len(y)} rows)"


def _correlations(stats: CrossProducts, *, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    constant = stats.constant_columns()
    means = stats.means()
    for j in np.flatnonzero(constant[:-1]):
        raise DriverError(f"item {names[j]!r} is constant (every used answer is {means[j]:g}): "
                          "it cannot explain anything; leave it out")
    if constant[-1]:
        raise DriverError(f"the outcome is constant (every used value is {means[-1]:g}): nothing to explain")
    corr = stats.correlation()
    p = len(names)
    rxx, rxy = corr[:p, :p], corr[:p, p]
    check_collinearity(rxx=rxx, names=names)
    return rxx, rxy


def _opt(value: float) -> float | None:
    return float(value) if np.isfinite(value) else None
