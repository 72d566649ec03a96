"""Projected impact of initiatives on the survey's outcome (docs/domain.md, "Projecting").

Driver weights are unsigned shares of R^2, not slopes, so they never project anything here. The
expected change of the outcome is b x (change of the item), with b the item's *unstandardised*
regression coefficient from the survey (weighted least squares when the survey has weights, all
items together, listwise rows), and its 95% interval from the coefficients' covariance: for several
initiatives at once the interval of the sum uses the full covariance (items are correlated).

How an initiative states its change:
- ``uplift_target = "item:<id>"``: ``expected_uplift`` is the improvement in the item's own points,
  towards its better end (0.3 on an effort item where lower is better is an answer 0.3 lower).
- ``uplift_target = "metric:<id>"``: ``expected_uplift`` is the metric's change in its own unit, signed
  as it moves (-30 s of wait), and reaches the outcome only through the link the user states,
  ``link_item`` moving ``link_slope`` points per unit of the metric: an assumption, always shown.
No Qt.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy import stats

from journeymap import i18n
from journeymap.i18n import gettext as _
from journeymap.core.project import Project

CI = 0.95


@dataclass(frozen=True)
class Coefficients:
    """b per item column (unstandardised, outcome points per item point) and their covariance."""
    columns: tuple[str, ...]          # SurveyItem.column, one per coefficient (intercept not included)
    b: np.ndarray
    cov: np.ndarray
    n: int
    dof: int
    outcome: str = ""
    dataset: str = ""
    labels: dict = field(default_factory=dict)   # column -> label

    def index(self, column: str) -> int | None:
        return self.columns.index(column) if column in self.columns else None

    def interval(self, delta: np.ndarray) -> tuple[float, float, float]:
        """(effect, low, high) of the outcome change b . delta, with its CI."""
        effect = float(self.b @ delta)
        se = math.sqrt(max(float(delta @ self.cov @ delta), 0.0))
        t = float(stats.t.ppf(0.5 + CI / 2, self.dof)) if self.dof > 0 else float("nan")
        return effect, effect - t * se, effect + t * se


def fit(x: np.ndarray, y: np.ndarray, *, columns, weights: np.ndarray | None = None, outcome: str = "",
        dataset: str = "", labels: dict | None = None) -> Coefficients:
    """Least squares of y on the items with an intercept, over rows where everything is present."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    ok = ~np.isnan(y) & ~np.isnan(x).any(axis=1)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, float)
    ok &= ~np.isnan(w) & (w > 0)
    X = np.column_stack([np.ones(ok.sum()), x[ok]])
    yy, ww = y[ok], w[ok]
    n, k = X.shape
    if n <= k:
        raise ValueError(f"{n} complete rows cannot estimate {k - 1} coefficients")
    xtwx = X.T @ (X * ww[:, None])
    inv = np.linalg.pinv(xtwx)
    beta = inv @ (X.T @ (ww * yy))
    resid = yy - X @ beta
    sigma2 = float(ww @ resid ** 2) / (n - k)
    cov = sigma2 * inv
    return Coefficients(tuple(columns), beta[1:], cov[1:, 1:], int(n), int(n - k), outcome, dataset,
                        dict(labels or {}))


def survey_coefficients(path, project, *, journey_id: str, dataset_id: str | None = None):
    """(Coefficients, "") from the journey's newest survey, or (None, why not)."""
    from journeymap.analysis.survey_data import SurveyDataError, load_survey

    try:
        data = load_survey(path, project, journey_id=journey_id, dataset_id=dataset_id)
    except SurveyDataError as exc:
        return None, str(exc)
    items = [project.get("survey_items", i) for i in data.item_ids]
    try:
        coefs = fit(data.x, data.y, columns=[it.column for it in items], weights=data.weights,
                    outcome=data.outcome, dataset=data.dataset.name,
                    labels={it.column: it.label or it.column for it in items})
    except ValueError as exc:
        return None, _("survey {name!r}: {error}").format(name=data.dataset.name, error=exc)
    return coefs, ""


@dataclass(frozen=True)
class ItemChange:
    """What an initiative moves: ``delta`` answer points (signed) on the item ``column``."""
    column: str
    item_id: str
    stage: str | None
    delta: float
    assumption: str = ""


def item_change(project: Project, init) -> tuple[ItemChange | None, str]:
    """The initiative's stated change on a survey item, or (None, why it has none)."""
    target = init.uplift_target or ""
    if init.expected_uplift is None or not target:
        return None, _("no expected uplift on a survey item or metric")
    kind, _sep, ref = target.partition(":")   # not "_": that is gettext here
    if kind == "item":
        item = project.find("survey_items", ref)
        if item is None:
            return None, _("no survey item {ref!r}").format(ref=ref)
        sign = 1.0 if item.better == "higher" else -1.0
        return ItemChange(item.column, item.id, item.stage, sign * float(init.expected_uplift)), ""
    metric = project.find("metrics", ref)
    if metric is None:
        return None, _("no metric {ref!r}").format(ref=ref)
    item = project.find("survey_items", init.link_item)
    if item is None or init.link_slope is None:
        return None, _("{metric} reaches the outcome only through a stated link to a survey item: "
                       "set link item and link slope").format(metric=metric.name)
    delta = float(init.expected_uplift) * float(init.link_slope)
    unit = f" {metric.unit}" if metric.unit else ""
    assumption = _("assumption: {uplift:+g}{unit} of {metric} moves '{item}' by {delta:+.2f} "
                   "({slope:+g} per {per})").format(uplift=init.expected_uplift, unit=unit, metric=metric.name,
                                                   item=item.label or item.column, delta=delta,
                                                   slope=init.link_slope, per=metric.unit or _("unit"))
    return ItemChange(item.column, item.id, item.stage, delta, assumption), ""


@dataclass(frozen=True)
class Projection:
    effect: float | None              # outcome points
    low: float | None
    high: float | None
    item: str = ""
    delta: float | None = None        # item points
    b: float | None = None
    assumption: str = ""
    note: str = ""

    def to_dict(self) -> dict:
        r = lambda v: None if v is None or not math.isfinite(v) else round(v, 4)  # noqa: E731
        return {"effect": r(self.effect), "ci_low": r(self.low), "ci_high": r(self.high), "item": self.item,
                "item_change": r(self.delta), "b": r(self.b), "assumption": self.assumption or None,
                "note": self.note or None}


def project_initiative(project: Project, init, coefs: Coefficients | None, why: str = "") -> Projection:
    change, missing = item_change(project, init)
    if change is None:
        return Projection(None, None, None, note=missing)
    if coefs is None:
        return Projection(None, None, None, change.column, change.delta, assumption=change.assumption,
                          note=why or _("no survey to estimate the item's coefficient"))
    j = coefs.index(change.column)
    if j is None:
        return Projection(None, None, None, change.column, change.delta, assumption=change.assumption,
                          note=_("item {item!r} is not in survey {survey!r}").format(item=change.column,
                                                                                      survey=coefs.dataset))
    delta = np.zeros(len(coefs.columns))
    delta[j] = change.delta
    effect, low, high = coefs.interval(delta)
    return Projection(effect, low, high, change.column, change.delta, float(coefs.b[j]), change.assumption)


@dataclass(frozen=True)
class WhatIf:
    effect: float
    low: float
    high: float
    stage_changes: dict               # stage id -> summed item change on the 0..100 score
    assumptions: tuple[str, ...]
    skipped: tuple[str, ...]          # initiative titles with nothing to project, and why


def what_if(project: Project, initiatives, coefs: Coefficients | None) -> WhatIf:
    """The outcome change if ``initiatives`` all deliver (CI from the full covariance), and each
    stage's score change (item change over its scale range x 100, summed over the stage's items)."""
    n = len(coefs.columns) if coefs is not None else 0
    delta = np.zeros(n)
    stages: dict = {}
    assumptions, skipped = [], []
    for init in initiatives:
        change, why = item_change(project, init)
        j = coefs.index(change.column) if (change and coefs) else None
        if change is None or j is None:
            skipped.append(i18n.labelled(init.title, why or _("item not in the survey")))   # "：" in Chinese
            continue
        delta[j] += change.delta
        item = project.get("survey_items", change.item_id)
        points = 100 * change.delta / (item.scale_max - item.scale_min)
        stages[change.stage] = stages.get(change.stage, 0.0) + (points if item.better == "higher" else -points)
        if change.assumption:
            assumptions.append(change.assumption)
    effect, low, high = coefs.interval(delta) if coefs is not None else (0.0, 0.0, 0.0)
    return WhatIf(effect, low, high, stages, tuple(assumptions), tuple(skipped))


def baseline(waves, period: str | None = None) -> tuple[float | None, dict, str | None]:
    """(outcome mean, {stage id: score 0..100}, period) of ``period`` (default: the newest) from
    analysis.waves: a stage's score is the mean of its items' mean answers put on 0..100 (100 = best)."""
    if waves is None or not waves.period_list():
        return None, {}, None
    period = period or waves.period_list()[-1]
    rows = waves.rows([period])
    w = waves.weights[rows]
    y = waves.outcome[rows]
    ok = np.isfinite(y)
    outcome = float(np.average(y[ok], weights=w[ok])) if ok.any() else None
    per_stage: dict = {}
    for info in waves.items.values():
        x = waves.answers[info.column][rows]
        fine = np.isfinite(x)
        if info.stage is None or not fine.any():
            continue
        lo, hi = info.scale
        mean = float(np.average(x[fine], weights=w[fine]))
        score = 100 * (mean - lo) / (hi - lo)
        per_stage.setdefault(info.stage, []).append(score if info.better == "higher" else 100 - score)
    return outcome, {k: float(np.mean(v)) for k, v in per_stage.items()}, period
