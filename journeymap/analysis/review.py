"""The monthly review: what moved between a period and the one before it.

- new pain points: created within the period;
- rank changes: the ranking of the period against the previous one's (importance from the whole
  survey, so a change of rank is the period's data, not a month's driver noise), rows in the top
  RANK_WINDOW of either;
- moved metrics: survey items (mean by Welch, top-2-box by two proportions, NPS by Wald) and the
  outcome, and operating metrics against their own period-to-period variation, that pass a false
  discovery rate of ALPHA over all the review's tests (``moved``);
- initiatives overdue (analysis.roadmap.judged_on: today, or the period's end once it is over; or ``as_of``)
  and due within the period;
- recurring, unowned pain points (analysis.roadmap.recurring_unowned);
- NPS of every 0-10 question (the outcome when it is NPS, and 0-10 items), moved or not.
No Qt.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
from scipy import stats

from journeymap.analysis import before_after as ba
from journeymap.analysis import roadmap as rm
from journeymap.analysis.everyone import with_totals

RANK_WINDOW = 20
MIN_HISTORY = 4   # earlier period-to-period changes an operating metric needs to be tested


class ReviewError(ValueError):
    """A period the journey has no data for (the message lists those it has)."""


def known_periods(project, journey_id: str, waves) -> list[str]:
    stages = {s.id for s in project.stages_of(journey_id)}
    periods = {v.period for v in project.all("metric_values") if v.stage in stages and v.period}
    if waves is not None:
        periods.update(waves.period_list())
    return sorted(periods)


def pick_periods(periods: list[str], period: str | None) -> tuple[str, str | None]:
    if not periods:
        raise ReviewError("the journey has no periods with data: import survey or operating data first.")
    if period is None:
        period = periods[-1]
    if period not in periods:
        listed = ", ".join(repr(p) for p in periods)
        raise ReviewError(f"no period {period!r} in the journey's data (periods with data: {listed}).")
    i = periods.index(period)
    return period, periods[i - 1] if i > 0 else None


def review(path, project, *, journey_id: str, period: str | None = None, as_of: dt.date | None = None,
           top_n: int = rm.TOP_N, today: dt.date | None = None) -> dict:
    """The ``journeymap review --json`` document (shared/docs/cli.md keys, and more). ``today``: the
    calendar's day (tests fix it); overdue is judged on ``as_of`` or rm.judged_on(period, today)."""
    from journeymap.analysis.survey_data import load_waves

    waves = load_waves(path, project, journey_id=journey_id)
    period, previous = pick_periods(known_periods(project, journey_id, waves), period)
    as_of = as_of or rm.judged_on(period, today=today)
    journey = project.get("journeys", journey_id)
    notes: list[str] = []
    ranks = _rankings(path, project, journey_id, [p for p in (previous, period) if p], notes)
    out = {"journey": journey.name, "journey_id": journey.id, "period": period, "previous_period": previous,
           "as_of": as_of.isoformat(),
           "new_pain_points": new_pain_points(project, journey_id, period),
           "rank_changes": rank_changes(project, ranks[0], ranks[-1]) if previous else [],
           "moved_metrics": [], "nps": [],
           "overdue": [_init(i, as_of) for i in project.where("initiatives", journey=journey_id)
                       if rm.is_overdue(i, as_of)],
           "due": [_init(i, as_of) for i in project.where("initiatives", journey=journey_id) if rm.due_in(i, period)],
           "recurring_unowned": rm.recurring_unowned(project, ranks, top_n=top_n) if previous else [],
           "notes": notes}
    if previous:
        tested = survey_tests(project, waves, previous, period) + operating_tests(project, journey_id, previous,
                                                                                   period)
        out["moved_metrics"] = moved(tested)
        out["nps"] = [r for r in tested if r["metric"] == "NPS"]
    return out


def moved(tested: list[dict]) -> list[dict]:
    """The tests whose change is beyond noise: Benjamini-Hochberg q < ALPHA over all the review's tests
    (a review runs a hundred or more; at p < 0.05 alone five of them would "move" by chance)."""
    rows = [r for r in tested if r["p_value"] is not None]
    rows.sort(key=lambda r: r["p_value"])
    m, q = len(rows), 1.0
    for k in range(m, 0, -1):                     # q_k = min over j >= k of p_j m / j
        q = min(q, rows[k - 1]["p_value"] * m / k)
        rows[k - 1]["q_value"] = round(q, 4)
    return [r for r in rows if r["q_value"] < ba.ALPHA]


def new_pain_points(project, journey_id: str, period: str) -> list[dict]:
    return [{"id": p.id, "title": p.title, "stage": _stage_name(project, p.stage), "created": p.created}
            for p in project.where("pain_points", journey=journey_id) if rm.in_period(p.created[:10], period)]


def _rankings(path, project, journey_id: str, periods: list[str], notes: list[str]) -> list[list[str]]:
    """Pain point ids in rank order, per period: the period's volumes and metrics, with drivers and
    stage importance from the whole survey (computed once) and no stability runs (only the order counts).
    A period that cannot be ranked gets no order, and ``notes`` says why (no rank changes then)."""
    from journeymap.analysis.impact_inputs import build_inputs, journey_scales
    from journeymap.analysis.ranking import journey_drivers, journey_importance, project_weights
    from journeymap.analysis.scoring import ScoringError, prepare

    drivers, _why = journey_drivers(path, project, journey_id=journey_id)
    importance, _why = journey_importance(path, project, journey_id=journey_id, bootstrap=0)
    weights = project_weights(project)
    out: list[list[str]] = []
    for p in periods:
        try:
            inputs = build_inputs(project, journey_id=journey_id, drivers=drivers or {}, period=p,
                                  importance=importance or None)
            scales, _notes = journey_scales(project, journey_id=journey_id, period=p)
            result = prepare(inputs, scales=scales).rank(weights=weights, stability=False)
        except ScoringError as exc:
            notes.append(f"the pain points of {p} could not be ranked: {exc}")
            out.append([])
            continue
        out.append([result.table.inputs[i].id for i in result.order.tolist()])
    return out


def rank_changes(project, before: list[str], after: list[str]) -> list[dict]:
    was = {pid: k + 1 for k, pid in enumerate(before)}
    now = {pid: k + 1 for k, pid in enumerate(after)}
    rows = []
    for pid, to in now.items():
        frm = was.get(pid)
        if frm == to or min(to, frm or to) > RANK_WINDOW:
            continue
        pain = project.get("pain_points", pid)
        rows.append({"id": pid, "title": pain.title, "from": frm, "to": to})
    return sorted(rows, key=lambda r: r["to"])


def survey_tests(project, waves, previous: str, period: str) -> list[dict]:
    if waves is None:
        return []
    a, b = waves.rows([previous]), waves.rows([period])
    rows = []
    for info in waves.items.values():
        x = waves.answers[info.column]
        for r in ba.item_tests(x[a], x[b], label=info.column, scale=info.scale, better=info.better):
            rows.append({"stage": _stage_name(project, info.stage), "stage_id": info.stage, **r,
                         "question": info.label})
    y = waves.outcome
    if np.isfinite(y[a]).any() and np.isfinite(y[b]).any():
        label = f"Overall: {waves.outcome_label}"
        if waves.outcome_type == "nps":
            tests = [ba._row(label, "NPS", ba.nps_wald(y[a], y[b]), "higher")]
        elif waves.outcome_type == "binary":
            tests = [ba._row(label, "share positive", ba.welch(y[a], y[b]), "higher")]
        else:
            tests = [ba._row(label, "mean", ba.welch(y[a], y[b]), "higher")]
        rows += [{"stage": None, "stage_id": None, **t} for t in tests]
    return rows


def operating_tests(project, journey_id: str, previous: str, period: str) -> list[dict]:
    """Each operating metric's change against its own period-to-period variation.

    Operating figures are not samples of independent answers (a month's FCR over 30,000 contacts
    moves by more than binomial noise), so the change is set against the spread of the earlier
    period-to-period changes: z = change / sd(earlier changes), p two-sided. Needs MIN_HISTORY
    earlier changes."""
    stages = {s.id: s.name for s in project.stages_of(journey_id)}
    ops = {m.id: m for m in project.all("metrics") if m.kind == "operating"}
    series: dict = {}
    for v in with_totals(project):    # all customers: the total, or the segments' derived one
        if v.metric in ops and v.stage in stages and v.segment == "" and v.period and v.value is not None:
            series.setdefault((v.metric, v.stage), {})[v.period] = float(v.value)
    rows = []
    for (mid, sid), values in series.items():
        if previous not in values or period not in values:
            continue
        history = [values[p] for p in sorted(values) if p <= previous]
        steps = np.diff(history)
        if len(steps) < MIN_HISTORY or not np.std(steps, ddof=1) > 0:
            continue
        z = (values[period] - values[previous]) / float(np.std(steps, ddof=1))
        p = float(2 * stats.t.sf(abs(z), len(steps) - 1))
        test = ba.Test(values[previous], values[period], len(steps), len(steps), p, "vs period-to-period variation")
        metric = ops[mid]
        rows.append({"stage": stages[sid], "stage_id": sid,
                     **ba._row(metric.name, metric.name + (f" ({metric.unit})" if metric.unit else ""), test,
                               metric.better)})
    return rows


def _init(init, as_of: dt.date) -> dict:
    due = rm.parse_date(init.due)
    return {"id": init.id, "title": init.title, "owner": init.owner, "department": init.department,
            "status": rm.normal_status(init.status), "due": init.due,
            "days_overdue": (as_of - due).days if due is not None and due < as_of else 0}


def _stage_name(project, stage_id) -> str | None:
    stage = project.find("stages", stage_id)
    return stage.name if stage is not None else None
