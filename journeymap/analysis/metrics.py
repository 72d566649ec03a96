"""Survey and operating metrics of a stage: pure functions over numpy and pandas.

Conventions
- Weighted everywhere when weights are given; ``n`` is the raw count of answers, ``n_weighted``
  the sum of their weights. Standard errors use Kish's effective n, (sum w)^2 / sum w^2.
- top-2-box is a share 0..1 of the two best points *after direction*: 4-5 on a 1-5 item where
  higher is better, 1-2 where lower is better (effort). NPS is in points, -100..100.
- ``score`` puts any item on 0..100 with 100 the best end, so items of different scales and
  directions can be compared and rolled up.
- Items roll up to their stage by the *mean of item means* (each item counts once: an item
  answered by more respondents does not outweigh its neighbour, as in a questionnaire's index);
  ``rollup="pooled"`` pools all answers instead. A stage's ``mean`` is given only when its
  items share scale and direction (else NaN; use ``score``); its ``n`` counts respondents who
  answered at least one of its items.
- In grouped tables "" in ``segment`` or ``period`` means all of them (as core.model.MetricValue).
"""
from __future__ import annotations

import itertools
import math
import warnings
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
import pandas as pd

NAN = float("nan")


@dataclass(frozen=True)
class Estimate:
    value: float
    n: int                 # answers used
    n_weighted: float      # sum of their weights (= n without weights)
    se: float = NAN


@dataclass(frozen=True)
class Wald:
    diff: float            # second minus first
    se: float
    z: float
    p: float               # two-sided


# -- single columns ----------------------------------------------------------------------------

def _clean(values, weights) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(values, dtype=float)
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float)
    ok = ~np.isnan(x) & ~np.isnan(w)
    return x[ok], w[ok]


def _n_eff(w: np.ndarray) -> float:
    s2 = float(np.sum(w * w))
    return float(np.sum(w)) ** 2 / s2 if s2 > 0 else 0.0


def mean(values, *, weights=None) -> Estimate:
    """Weighted mean with its standard error."""
    x, w = _clean(values, weights)
    sw = float(w.sum())
    if not len(x) or sw <= 0:
        return Estimate(NAN, len(x), sw)
    m = float(np.dot(w, x) / sw)
    var = float(np.dot(w, (x - m) ** 2) / sw)
    return Estimate(m, len(x), sw, math.sqrt(var / _n_eff(w)))


def best_two(scale: Sequence[float], better: str = "higher") -> tuple[float, float]:
    """The interval of the two best points of a scale, after direction."""
    lo, hi = scale
    return (hi - 1, hi) if better == "higher" else (lo, lo + 1)


def top2box(values, *, scale: Sequence[float], better: str = "higher", weights=None) -> Estimate:
    """Share (0..1) of answers on the two best points of ``scale``."""
    x, w = _clean(values, weights)
    a, b = best_two(scale, better)
    return mean(((x >= a) & (x <= b)).astype(float), weights=w)


def nps_parts(values, *, weights=None) -> tuple[float, float, int, float, float]:
    """(p_promoters, p_detractors, n, n_weighted, n_effective) of 0-10 answers."""
    x, w = _clean(values, weights)
    sw = float(w.sum())
    if not len(x) or sw <= 0:
        return NAN, NAN, len(x), sw, 0.0
    return float(w[x >= 9].sum() / sw), float(w[x <= 6].sum() / sw), len(x), sw, _n_eff(w)


def nps_se(p_plus: float, p_minus: float, n: float) -> float:
    """SE(NPS) = 100 sqrt(((p+ + p-) - (p+ - p-)^2) / n), in NPS points."""
    if not n:
        return NAN
    return 100 * math.sqrt(max((p_plus + p_minus) - (p_plus - p_minus) ** 2, 0.0) / n)


def nps(values, *, weights=None) -> Estimate:
    """NPS = 100 (p+ - p-) on 0-10 answers (promoters 9-10, detractors 0-6)."""
    pp, pm, n, sw, neff = nps_parts(values, weights=weights)
    return Estimate(100 * (pp - pm), n, sw, nps_se(pp, pm, neff))


def ces(values, *, scale: Sequence[float], better: str, weights=None) -> Estimate:
    """Customer effort: the mean on its own scale; read it with ``better`` (original CES 1-5 is
    lower-better, CES 2.0 1-7 higher-better) or compare with ``score()``."""
    return mean(values, weights=weights)


def score(value, *, scale: Sequence[float], better: str = "higher"):
    """A mean on 0..100 with 100 the best end of the scale (works on arrays too)."""
    lo, hi = scale
    s = 100 * (np.asarray(value, dtype=float) - lo) / (hi - lo)
    return 100 - s if better == "lower" else s


def wald(first: Estimate, second: Estimate) -> Wald:
    """Wald test of second minus first (two independent samples, e.g. two periods' NPS)."""
    diff = second.value - first.value
    se = math.sqrt(first.se ** 2 + second.se ** 2)
    z = diff / se if se > 0 else NAN
    return Wald(diff, se, z, math.erfc(abs(z) / math.sqrt(2)) if se > 0 else NAN)


def compare_periods_nps(frame: pd.DataFrame, *, first: str, second: str, column: str = "outcome",
                        period: str = "period", weight: str | None = "weight") -> Wald:
    """NPS of period ``second`` against ``first``, by a Wald test on the difference."""
    def est(p):
        rows = frame.loc[frame[period] == p]
        return nps(rows[column], weights=rows[weight] if weight in rows else None)
    return wald(est(first), est(second))


def gap_to_target(value, *, target, better: str = "higher"):
    """How far ``value`` falls short of ``target`` (>0 short, <=0 on target), honouring direction."""
    v, t = np.asarray(value, dtype=float), np.asarray(target, dtype=float)
    return t - v if better == "higher" else v - t


def on_target(value, *, target, better: str = "higher"):
    return gap_to_target(value, target=target, better=better) <= 0


# -- one pass over a survey frame --------------------------------------------------------------

class _Groups:
    """Codes of the ``by`` columns as one mixed-radix index; per-group sums by np.bincount, then
    every grouping set (all, by segment, by period, both) is a sum over axes of the fine grid."""

    def __init__(self, frame: pd.DataFrame, by: Sequence[str]):
        self.by = [b for b in by if b in frame]
        self.labels, codes = [], []
        for col in self.by:
            c, u = pd.factorize(frame[col], sort=True)
            self.labels.append([str(x) for x in u])
            codes.append(np.where(c < 0, len(u), c))   # NA gets the last slot: in totals only
        self.shape = tuple(len(u) + 1 for u in self.labels)
        self.code = np.ravel_multi_index(codes, self.shape) if codes else np.zeros(len(frame), np.int64)
        self.size = int(np.prod(self.shape)) if self.shape else 1

    def sums(self, weights: np.ndarray) -> np.ndarray:
        return np.bincount(self.code, weights=weights, minlength=self.size).reshape(self.shape or (1,))

    def rollups(self, grid: np.ndarray):
        """(keys dict, flat sums) per grouping set; NA groups are dropped where they are keys."""
        dims = range(len(self.by))
        for k in range(len(self.by) + 1):
            for keep in itertools.combinations(dims, k):
                axes = tuple(d for d in dims if d not in keep)
                sub = grid.sum(axis=axes) if axes else grid
                if not keep:
                    yield {b: "" for b in self.by}, np.atleast_1d(sub).reshape(-1)[:1]
                    continue
                sub = sub[tuple(slice(0, self.shape[d] - 1) for d in keep)]
                idx = np.indices(sub.shape).reshape(len(keep), -1)
                keys = {b: "" for b in self.by}
                for j, d in enumerate(keep):
                    keys[self.by[d]] = np.asarray(self.labels[d], dtype=object)[idx[j]]
                yield keys, sub.reshape(-1)


_STATS = ("cnt", "sw", "swx", "swx2", "swt", "sww")


def _item_sums(g: _Groups, x: np.ndarray, w: np.ndarray, unweighted: bool, top: np.ndarray | None):
    valid = ~np.isnan(x)
    wv = np.where(valid, w, 0.0)
    x0 = np.where(valid, x, 0.0)
    out = {"cnt": g.sums(valid.astype(float))}
    out["sw"] = out["cnt"] if unweighted else g.sums(wv)
    out["swx"] = g.sums(wv * x0)
    out["swx2"] = g.sums(wv * x0 * x0)
    out["sww"] = out["cnt"] if unweighted else g.sums(wv * wv)
    out["swt"] = g.sums(wv * top) if top is not None else np.zeros_like(out["cnt"])
    return out, valid


def _spec(item) -> dict:
    scale = _get(item, "scale")
    return {"key": _get(item, "key") or _get(item, "column"), "stage": _get(item, "stage"),
            "scale": tuple(scale) if scale else None, "better": _get(item, "better") or "higher"}


def _table(g: _Groups, sums: dict, meta: dict) -> pd.DataFrame:
    """Rows of one item or stage across all grouping sets, from its summed statistics."""
    parts = []
    rolled = {s: list(g.rollups(sums[s])) for s in sums}
    for i, (keys, cnt) in enumerate(rolled["cnt"]):
        st = {s: rolled[s][i][1] for s in sums}
        labels = {k: meta[k] for k in ("level", "stage", "item") if k in meta}
        parts.append(pd.DataFrame({**labels, **keys, **_derive(st, meta)}, index=range(len(cnt))))
    return pd.concat(parts, ignore_index=True)


def _derive(st: dict, meta: dict) -> dict:
    nan = np.full(len(st["sw"]), NAN)
    with np.errstate(invalid="ignore", divide="ignore"):
        sw = st["sw"]
        m = st["swx"] / sw
        var = np.maximum(st["swx2"] / sw - m * m, 0)
        out = {"n": st["cnt"].astype(np.int64), "n_weighted": sw, "n_eff": sw * sw / st["sww"], "mean": m,
               "se": np.sqrt(var * st["sww"] / (sw * sw)),        # var / n_eff
               "top2box": st["swt"] / sw if meta["top"] else nan,
               "score": score(m, scale=meta["scale"], better=meta["better"]) if meta["scale"] else nan}
    return out


_META = ("level", "stage", "item", "scale", "better", "top")


def stage_metrics(frame: pd.DataFrame, items: Sequence[Any], *, by: Sequence[str] = ("segment", "period"),
                  weight: str | None = "weight", rollup: str = "mean") -> pd.DataFrame:
    """Item and stage metrics for every grouping of ``by`` (including none) in one pass.

    ``items``: objects or dicts with key (the frame column; else column), stage, scale, better.
    Returns rows with level (item | stage), stage, item ("" on stage rows), the ``by`` columns
    ("" = all), n, n_weighted, mean, se, top2box, score. ``rollup``: mean (of item means) or pooled.
    """
    g = _Groups(frame, by)
    w = frame[weight].to_numpy(dtype=float) if weight and weight in frame else np.ones(len(frame))
    w = np.where(np.isnan(w), 0.0, w)
    unweighted = bool(np.all(w == 1.0))
    item_tables: list[pd.DataFrame] = []
    stages: dict[str, dict[str, Any]] = {}
    for sp in (_spec(i) for i in items):
        x = frame[sp["key"]].to_numpy(dtype=float)
        top = None
        if sp["scale"]:
            a, b = best_two(sp["scale"], sp["better"])
            top = ((x >= a) & (x <= b)).astype(float)
        sums, valid = _item_sums(g, x, w, unweighted, top)
        meta = {"level": "item", "item": sp["key"], "top": top is not None, **sp}
        table = _table(g, sums, {k: meta[k] for k in _META})
        item_tables.append(table)
        st = stages.setdefault(sp["stage"], {"specs": [], "sums": [], "tables": [],
                                             "any": np.zeros(len(x), bool)})
        st["specs"].append(sp), st["sums"].append(sums), st["tables"].append(table)
        st["any"] |= valid
    tables = item_tables + [_stage_rows(g, stage, st, w, unweighted, rollup) for stage, st in stages.items()]
    out = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=["level", "stage", "item"])
    return _drop_empty_groups(out, g.by)


def _drop_empty_groups(out: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """Keep the all-respondents rows even at n = 0 (a stage with no data shows), drop other empty cells."""
    total = np.ones(len(out), dtype=bool)
    for b in by:
        total &= (out[b] == "").to_numpy()
    return out.loc[total | (out["n"] > 0).to_numpy()].reset_index(drop=True)


def _stage_rows(g: _Groups, stage, st: dict, w, unweighted: bool, rollup: str) -> pd.DataFrame:
    specs = st["specs"]
    same = len({(s["scale"], s["better"]) for s in specs}) == 1
    meta = {"level": "stage", "stage": stage, "item": "", "scale": specs[0]["scale"] if same else None,
            "better": specs[0]["better"], "top": all(s["scale"] for s in specs)}
    if rollup == "pooled":
        rows = _table(g, {s: sum(d[s] for d in st["sums"]) for s in _STATS}, meta)
        if not same:   # a pooled mean across scales means nothing; their scores still average
            rows["score"], rows["se"] = _item_mean(st["tables"], "score"), NAN
    else:
        rows = st["tables"][0].assign(level="stage", item="")
        for col in ("mean", "top2box", "score"):
            rows[col] = _item_mean(st["tables"], col)
        rows["se"] = NAN   # the SE of a mean of correlated item means is not the mean of SEs
    if not same:
        rows["mean"] = NAN
    any_cnt = g.sums(st["any"].astype(float))
    any_w = any_cnt if unweighted else g.sums(np.where(st["any"], w, 0.0))
    any_ww = any_cnt if unweighted else g.sums(np.where(st["any"], w * w, 0.0))
    counts = _table(g, {"cnt": any_cnt, "sw": any_w, "swx": any_w, "swx2": any_w, "sww": any_ww,
                        "swt": any_w}, {"scale": None, "better": "higher", "top": False})
    for col in ("n", "n_weighted", "n_eff"):
        rows[col] = counts[col].to_numpy()
    return rows


def _item_mean(tables: list[pd.DataFrame], col: str) -> np.ndarray:
    """Mean across items, row by row (every item table has the same group rows in order)."""
    stack = np.vstack([t[col].to_numpy(dtype=float) for t in tables])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)   # all-NaN groups stay NaN
        return np.nanmean(stack, axis=0)


def outcome_metrics(frame: pd.DataFrame, *, kind: str, scale: Sequence[float] | None = None,
                    column: str = "outcome", by: Sequence[str] = ("segment", "period"),
                    weight: str | None = "weight") -> pd.DataFrame:
    """The outcome per grouping: n, mean (a share 0..1 for binary), top2box (scale), and for an
    NPS outcome nps, nps_se, promoters and detractors (shares)."""
    g = _Groups(frame, by)
    x = frame[column].to_numpy(dtype=float)
    w = frame[weight].to_numpy(dtype=float) if weight and weight in frame else np.ones(len(frame))
    w = np.where(np.isnan(w), 0.0, w)
    top = None
    if kind == "scale" and scale:
        a, b = best_two(scale, "higher")
        top = ((x >= a) & (x <= b)).astype(float)
    sums, valid = _item_sums(g, x, w, False, top)
    meta = {"level": "outcome", "stage": None, "item": column, "scale": scale if kind == "scale" else None,
            "better": "higher", "top": top is not None}
    out = _table(g, sums, meta)
    if kind == "nps":
        wv = np.where(valid, w, 0.0)
        pro = _table(g, {**sums, "swt": g.sums(wv * (x >= 9))}, {**meta, "top": True})["top2box"]
        det = _table(g, {**sums, "swt": g.sums(wv * (x <= 6))}, {**meta, "top": True})["top2box"]
        out["promoters"], out["detractors"] = pro.to_numpy(), det.to_numpy()
        out["nps"] = 100 * (out["promoters"] - out["detractors"])
        out["nps_se"] = [nps_se(p, d, n) for p, d, n in zip(out["promoters"], out["detractors"], out["n_eff"])]
    return _drop_empty_groups(out, g.by)



# -- operating data (survey lag and data quality: analysis.quality) ---------------------------------

def operating_summary(long: pd.DataFrame, *, metrics: Sequence[Any], period: str | None = None,
                      segment: str | None = None) -> pd.DataFrame:
    """Per stage and metric over the chosen period/segment (None: all): value, n, target, gap
    (>0 short of target) and on_target. Long rows come from the operations import; sums and
    counts add up, means combine by n, medians only approximately (n-weighted)."""
    rows = long
    if period is not None:
        rows = rows.loc[rows["period"] == period]
    if segment is not None:
        rows = rows.loc[rows["segment"] == segment]
    specs = {(_get(m, "metric")): m for m in metrics}
    parts = []
    for (stage, metric), grp in rows.groupby(["stage", "metric"], sort=True):
        m = specs.get(metric)
        agg = _get(m, "agg", "mean") if m is not None else "mean"
        v, n = grp["value"].to_numpy(float), grp["n"].to_numpy(float)
        value = {"sum": v.sum(), "count": v.sum(), "min": v.min(), "max": v.max()}.get(
            agg, float(np.dot(v, n) / n.sum()) if n.sum() else NAN)
        target, better = (_get(m, "target"), _get(m, "better", "higher")) if m is not None else (None, "higher")
        gap = float(gap_to_target(value, target=target, better=better)) if target is not None else NAN
        parts.append({"stage": stage, "metric": metric, "value": float(value), "n": int(n.sum()),
                      "unit": _get(m, "unit", "") if m is not None else "", "better": better,
                      "target": target, "gap": gap, "on_target": None if target is None else bool(gap <= 0)})
    return pd.DataFrame(parts, columns=["stage", "metric", "value", "n", "unit", "better", "target", "gap",
                                        "on_target"])


def _get(obj, key: str, default=None):
    return obj.get(key, default) if isinstance(obj, dict) else getattr(obj, key, default)
