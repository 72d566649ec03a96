"""Did it work? A done initiative's stage metrics before and after its done date, each with a test.

Tests (two-sided, ALPHA = 0.05), on the raw answers of the periods compared:
- a mean: Welch's t-test (unequal variances);
- top-2-box: the two-proportion z-test with the pooled proportion;
- NPS (0-10 items): the Wald test on the difference, SE(NPS) from analysis.metrics.nps_se;
- an operating metric: Welch's t-test over its per-period values (n = periods).
Survey tests are unweighted: they ask whether the answers changed, and their n is the answers'.
Periods: up to ``window`` periods before the done date's period and up to ``window`` after it (the
period it went live in belongs to neither). No Qt.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import stats

from journeymap.analysis import metrics
from journeymap.analysis.everyone import with_totals
from journeymap.i18n import gettext as _
from journeymap.core.project import Project

ALPHA = 0.05
WINDOW = 3


@dataclass(frozen=True)
class Test:
    before: float
    after: float
    n_before: int
    n_after: int
    p: float
    test: str


def welch(a, b) -> Test:
    a, b = _finite(a), _finite(b)
    if len(a) < 2 or len(b) < 2:
        return Test(_mean(a), _mean(b), len(a), len(b), math.nan, "welch")
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    se = math.sqrt(va + vb)
    if se == 0:
        return Test(a.mean(), b.mean(), len(a), len(b), 1.0 if a.mean() == b.mean() else 0.0, "welch")
    t = (b.mean() - a.mean()) / se
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    return Test(float(a.mean()), float(b.mean()), len(a), len(b), float(2 * stats.t.sf(abs(t), df)), "welch")


def two_proportions(k1: float, n1: int, k2: float, n2: int) -> Test:
    if not n1 or not n2:
        return Test(math.nan, math.nan, n1, n2, math.nan, "two proportions")
    p1, p2, pooled = k1 / n1, k2 / n2, (k1 + k2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    p = (1.0 if p1 == p2 else 0.0) if se == 0 else math.erfc(abs(p2 - p1) / se / math.sqrt(2))
    return Test(p1, p2, n1, n2, p, "two proportions")


def nps_wald(a, b) -> Test:
    a, b = _finite(a), _finite(b)
    first, second = metrics.nps(a), metrics.nps(b)
    return Test(first.value, second.value, len(a), len(b), metrics.wald(first, second).p, "wald")


def verdict(test: Test, better: str = "higher") -> str:
    """improved | worsened | no change (not significant at ALPHA, or untestable)."""
    if not math.isfinite(test.p) or test.p >= ALPHA:
        return "no change"
    up = test.after > test.before
    return "improved" if up == (better == "higher") else "worsened"


def item_tests(x_before, x_after, *, label: str, scale, better: str) -> list[dict]:
    """The tests of one survey item: its mean, and top-2-box (or NPS on a 0-10 item)."""
    a, b = _finite(x_before), _finite(x_after)
    rows = [_row(label, "mean", welch(a, b), better)]
    if scale[1] - scale[0] == 10:
        rows.append(_row(label, "NPS", nps_wald(a, b), "higher"))
    else:
        lo, hi = metrics.best_two(scale, better)
        top = lambda x: float(((x >= lo) & (x <= hi)).sum())  # noqa: E731
        rows.append(_row(label, "top-2-box", two_proportions(top(a), len(a), top(b), len(b)), "higher"))
    return rows


def _row(label: str, metric: str, test: Test, better: str) -> dict:
    r = lambda v: None if v is None or not math.isfinite(v) else round(float(v), 4)  # noqa: E731
    return {"item": label, "metric": metric, "before": r(test.before), "after": r(test.after),
            "n_before": test.n_before, "n_after": test.n_after, "p_value": r(test.p), "test": test.test,
            "verdict": verdict(test, better), "better": better}


def split_periods(periods: list[str], done: str, window: int = WINDOW) -> tuple[list[str], list[str]]:
    month = done[:7]
    before = [p for p in periods if p[:7] < month][-window:]
    after = [p for p in periods if p[:7] > month][:window]
    return before, after


def operating_series(project: Project) -> dict:
    """{(metric id, stage id): {period: value}} of the operating metrics (all segments): read once,
    for any number of initiatives."""
    ops = {m.id for m in project.all("metrics") if m.kind == "operating"}
    series: dict = {}
    for v in with_totals(project):    # all customers: the total, or the segments' derived one
        if v.metric in ops and v.segment == "" and v.period and v.value is not None:
            series.setdefault((v.metric, v.stage), {})[v.period] = float(v.value)
    return series


def before_after(path, project, init, *, waves=None, window: int = WINDOW, series: dict | None = None) -> dict:
    """The ``before/after`` of a done initiative: its stage's items and operating metrics, tested."""
    from journeymap.analysis.survey_data import load_waves

    out = {"id": init.id, "title": init.title, "done": init.done, "stage": None, "before_periods": [],
           "after_periods": [], "metrics": [], "sentence": ""}
    if not init.done:
        out["sentence"] = _("Not done yet: nothing to compare.")
        return out
    stage_id = _stage_of(project, init)
    stage = project.find("stages", stage_id)
    out["stage"] = stage.name if stage is not None else None
    waves = waves if waves is not None else load_waves(path, project, journey_id=init.journey)
    periods = sorted(set(waves.period_list()) if waves is not None else set())
    before, after = split_periods(periods, init.done, window)
    out.update(before_periods=before, after_periods=after)
    if waves is not None and before and after:
        a, b = waves.rows(before), waves.rows(after)
        for info in waves.items.values():
            if info.stage == stage_id:
                x = waves.answers[info.column]
                out["metrics"] += item_tests(x[a], x[b], label=info.column, scale=info.scale, better=info.better)
    out["metrics"] += operating_tests(project, stage_id, init.done, window,
                                      operating_series(project) if series is None else series)
    out["sentence"] = sentence(out, _primary_label(project, init))
    return out


def operating_tests(project: Project, stage_id, done: str, window: int, series: dict) -> list[dict]:
    rows = []
    for m in project.all("metrics"):
        values = series.get((m.id, stage_id))
        if m.kind != "operating" or not values:
            continue
        before, after = split_periods(sorted(values), done, window)
        if len(before) >= 2 and len(after) >= 2:
            test = welch([values[p] for p in before], [values[p] for p in after])
            rows.append(_row(m.name, f"per period ({m.unit})" if m.unit else "per period", test, m.better))
    return rows


def sentence(result: dict, primary: str | None) -> str:
    rows = result["metrics"]
    if not result["before_periods"] or not result["after_periods"]:
        return _("No survey periods on both sides of the done date yet: nothing to compare.")
    main = next((r for r in rows if r["item"] == primary and r["metric"] == "mean"), None) or \
        next((r for r in rows if r["metric"] == "mean"), None)
    if main is None:
        return _("No metrics of this stage in the periods around the done date.")
    word = {"improved": _("Improved"), "worsened": _("Worsened"), "no change": _("No detectable change at this n")}
    p = "p < 0.001" if main["p_value"] is not None and main["p_value"] < 0.001 else f"p = {main['p_value']:.3f}"
    return _("{verdict}: '{item}' mean {before:.2f} -> {after:.2f} (n = {n_before:,} before, {n_after:,} after; "
             "Welch {p}).").format(verdict=word[main["verdict"]], item=main["item"], before=main["before"],
                                   after=main["after"], n_before=main["n_before"], n_after=main["n_after"], p=p)


def _stage_of(project: Project, init):
    if init.uplift_stage:
        return init.uplift_stage
    kind, _sep, ref = (init.uplift_target or "").partition(":")
    item = project.find("survey_items", ref if kind == "item" else init.link_item)
    if item is not None and item.stage:
        return item.stage
    pains = [project.find("pain_points", p) for p in init.pain_points]
    return next((p.stage for p in pains if p is not None and p.stage), None)


def _primary_label(project: Project, init) -> str | None:
    kind, _sep, ref = (init.uplift_target or "").partition(":")
    item = project.find("survey_items", ref if kind == "item" else init.link_item)
    return item.column if item is not None else None


def _finite(x) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return x[np.isfinite(x)]


def _mean(x: np.ndarray) -> float:
    return float(x.mean()) if len(x) else math.nan
