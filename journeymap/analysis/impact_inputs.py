"""The raw parts of each pain point's impact score, and the journey's references (scoring.Scales).

Headless, no Qt, no file access: the drivers (driver_run.run_drivers' dict) and the stage importance
(stage_importance.StageImportance) are passed in. Which pain points: a journey's pain points with status
``open`` or ``accepted`` (``left_out`` lists the others and why). Each part is ``None`` when it cannot be
known; scoring then leaves it out and flags the row (``missing:<part>``): never a zero.

- **reach** = customers passing the stage per period x PainPoint.share_affected. Customers passing the
  stage come from the stage's volume metric, the first with values for the stage of: a MetricDef with
  unit "customers" ("Customers at the stage"), one whose name contains "volume" ("Contact volume"), one
  whose unit is contacts, calls, visits or claims. With ``period``, that period's value; without, the
  mean over the periods it has. All customers' values are used: segment "", or for a period stored only
  per segment their total derived by analysis.everyone. Unknown share_affected or no volume -> reach None.
- **gap** (a share of the scale) = PainPoint.gap where set: source *judgment* when typed in, *data* when
  it carries a measured PainPoint.gap_se. Otherwise from the data (source data): (1) the stage's worst
  survey item, (100 - performance) / 100, with sampling error sqrt(g (1 - g) / n) (the largest a 0..1
  variable with mean g can have); (2) the stage's operating metric furthest off its target, relative
  distance on the wrong side (no sampling error). Else None.
- **importance** = the stage's share of R^2 (0..1): from the stage importance when given (stage-level
  Shapley by default), else the drivers' sum of item weights (``weight_pct`` / 100).
- **value** = value at risk per affected customer, kept apart from reach: PainPoint.value_per_customer
  (judgment); else PainPoint.value_at_risk / reach (judgment: the total set on the pain point, divided
  back by the customers it counts); else the journey's segment value per customer (data): the persona
  segment's, else the share-weighted mean of the segments'. That last one is the journey's, not the pain
  point's (PainPointInput.borrowed): it complements the row's own parts and never scores a row alone.
- **votes** = the pain point's dots; None for every pain point when no vote has been cast in the journey.
- **severity** = PainPoint.severity (1..5), None when not set.

References (``journey_scales``), none of which depends on which pain points are ranked:
- customers: Journey.customers, else the busiest stage's volume in the period (customers at the stage);
- value: ProjectInfo.rank_value_reference, else Journey.revenue / Journey.customers, else the segments'
  value per customer (the same number a row without its own value gets: it scores 0.5);
- fair_votes: all dots cast in the journey / the pain points on the ballot (every pain point of the
  journey that is not a candidate or dismissed, resolved and merged ones included, so resolving one
  changes no other row's votes part).
"""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from journeymap.analysis.everyone import with_totals
from journeymap.analysis.scoring import PainPointInput, Scales
from journeymap.core.project import Project

RANKED_STATUSES = ("open", "accepted")
BALLOT_EXCLUDED = ("candidate", "dismissed")  # not on a workshop's ballot
VOLUME_UNITS = ("customers", "contacts", "calls", "visits", "claims")


def build_inputs(project: Project, *, journey_id: str, drivers: dict | None, period: str | None = None,
                 importance=None) -> list[PainPointInput]:
    """One PainPointInput per open or accepted pain point of the journey (see the module docstring)."""
    return [inp for inp, _ in explain_inputs(project, journey_id=journey_id, drivers=drivers, period=period,
                                             importance=importance)]


def explain_inputs(project: Project, *, journey_id: str, drivers: dict | None, period: str | None = None,
                   importance=None) -> list[tuple[PainPointInput, dict]]:
    """(input, {part: where it came from}) per ranked pain point, in the project's order."""
    ctx = _Context(project, journey_id=journey_id, drivers=drivers, period=period, importance=importance)
    return [ctx.explain(pp) for pp in project.where("pain_points", journey=journey_id)
            if pp.status in RANKED_STATUSES]


def left_out(project: Project, *, journey_id: str) -> list[dict]:
    """The journey's pain points that are not ranked, each with its status as the reason."""
    return [{"id": pp.id, "title": pp.title, "status": pp.status}
            for pp in project.where("pain_points", journey=journey_id) if pp.status not in RANKED_STATUSES]


def journey_scales(project: Project, *, journey_id: str, period: str | None = None) -> tuple[Scales, dict]:
    """(the journey's references, {reference: where it came from}); see the module docstring."""
    journey = project.find("journeys", journey_id)
    notes: dict = {}
    customers = journey.customers if journey is not None and journey.customers else None
    if customers:
        notes["customers"] = "customers per period set on the journey"
    else:
        busiest = _busiest_stage(project, journey_id, period)
        if busiest is not None:
            customers, notes["customers"] = busiest
    value = getattr(project.info, "rank_value_reference", None) or None
    if value:
        notes["value"] = "value reference set in the project"
    elif journey is not None and journey.revenue and journey.customers:
        value = journey.revenue / journey.customers
        notes["value"] = f"journey revenue {_num(journey.revenue)} / customers {_num(journey.customers)} per period"
    else:
        value = value_per_customer(project, journey_id)
        if value:
            notes["value"] = "segments' value per customer"
    fair = _fair_votes(project, journey_id)
    if fair:
        notes["fair_votes"] = "dots cast / pain points on the ballot"
    return Scales(customers=customers or None, value=value or None, fair_votes=fair), notes


def _busiest_stage(project: Project, journey_id: str, period: str | None) -> tuple[float, str] | None:
    index = _index(project)
    for m in volume_metrics(project):
        values = [metric_value(project, metric_id=m.id, stage_id=s.id, period=period, index=index, agg="sum")
                  for s in project.stages_of(journey_id)]
        positive = [v for v in values if v is not None and v > 0]
        if positive:
            return max(positive), f"the busiest stage's {m.name.lower()}"
    return None


def _fair_votes(project: Project, journey_id: str) -> float | None:
    ballot = {pp.id for pp in project.where("pain_points", journey=journey_id) if pp.status not in BALLOT_EXCLUDED}
    dots = sum(v.dots for v in project.all("votes") if v.pain_point in ballot)
    return dots / len(ballot) if ballot and dots > 0 else None


def _num(v: float) -> str:
    """A figure in a note as a reader takes it in: averages over periods are not exact (35,897 not 35897.2,
    76.5 not 76.5331); small shares keep three figures (0.12)."""
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    if abs(v) >= 10:
        return f"{v:.1f}".rstrip("0").rstrip(".")
    return f"{v:.3g}"


def metric_value(project: Project, *, metric_id: str, stage_id: str, period: str | None = None,
                 index: dict | None = None, agg: str = "mean") -> float | None:
    """A metric's value for a stage: the period's value, or the mean over its periods (see docstring)."""
    values = (index or _index(project)).get((metric_id, stage_id), [])
    values = [v for v in values if v.value is not None]
    if not values:
        return None
    overall = [v for v in values if v.segment == ""]
    by_period: dict[str, list[float]] = defaultdict(list)
    for v in overall or values:
        by_period[v.period].append(float(v.value))
    combine = (lambda xs: sum(xs)) if (agg == "sum" and not overall) else (lambda xs: sum(xs) / len(xs))
    per = {p: combine(xs) for p, xs in by_period.items()}
    if period is not None:
        if period in per:
            return per[period]
        return per.get("")
    periodic = [x for p, x in per.items() if p != ""]
    if periodic:
        return sum(periodic) / len(periodic)
    return per.get("")


def shortfall(value: float | None, *, target: float | None, better: str = "higher") -> float | None:
    """Relative distance on the wrong side of the target (0 when on or past it); None if unknown."""
    if value is None or target is None:
        return None
    off = (target - value) if better == "higher" else (value - target)
    if off <= 0:
        return 0.0
    return off / abs(target) if target != 0 else float("inf")


def volume_metrics(project: Project) -> list:
    """MetricDefs that count people passing a stage, best guess first: unit "customers", then a name with
    "volume" (contact volume), then another count unit (contacts, calls, visits, claims)."""
    def rank(m):
        unit, name = m.unit.casefold(), m.name.casefold()
        if unit == "customers":
            return 0
        if "volume" in name:
            return 1 if ("contact" in name or "customer" in name) else 2
        return 3 if unit in VOLUME_UNITS else None
    ranked = [(rank(m), i, m) for i, m in enumerate(project.all("metrics"))]
    return [m for r, _, m in sorted((t for t in ranked if t[0] is not None), key=lambda t: t[:2])]


def value_per_customer(project: Project, journey_id: str) -> float | None:
    journey = project.find("journeys", journey_id)
    persona = project.find("segments", journey.persona) if journey is not None else None
    if persona is not None and persona.value_per_customer is not None:
        return float(persona.value_per_customer)
    valued = [(v, s.share) for s in project.all("segments") if (v := s.value_per_customer) is not None]
    if not valued:
        return None
    weighted = [(v, share) for v, share in valued if share is not None]
    if len(weighted) == len(valued) and sum(share for _, share in weighted) > 0:
        return sum(v * share for v, share in weighted) / sum(share for _, share in weighted)
    return sum(v for v, _ in valued) / len(valued)


def _index(project: Project) -> dict:
    index: dict[tuple, list] = defaultdict(list)
    for v in with_totals(project):     # a period stored only per segment has its derived total too
        index[(v.metric, v.stage)].append(v)
    return index


class _Context:
    """What every pain point of one journey shares: metric index, importance by stage, votes, value."""

    def __init__(self, project: Project, *, journey_id: str, drivers: dict | None, period: str | None, importance=None):
        self.project, self.period = project, period
        self.index = _index(project)
        self.volumes = volume_metrics(project)
        self.targets = [m for m in project.all("metrics") if m.target is not None]
        self.stage_name = {s.id: s.name for s in project.stages_of(journey_id)}
        self.importance: dict[str | None, float] = {}
        self.worst_item: dict[str | None, tuple[float, Any, Any]] = {}
        self.importance_note = "stage's share of R\u00b2: sum of its items' weights"
        for row in (drivers or {}).get("stages", []):
            if row.get("weight_pct") is not None:
                self.importance[self._stage_key(row)] = row["weight_pct"] / 100.0
        if importance is not None:
            from journeymap.analysis.stage_importance import LABELS
            self.importance = {self._stage_key({"stage_id": k, "stage": k}): v
                               for k, v in importance.by_stage().items()}
            self.importance_note = f"stage's share of R\u00b2: {LABELS[importance.method]}"
        for row in (drivers or {}).get("items", []):
            key = self._stage_key(row)
            perf = row.get("performance")
            if perf is not None and (key not in self.worst_item or perf < self.worst_item[key][0]):
                self.worst_item[key] = (perf, row.get("item"), row.get("n"))
        ids = {pp.id for pp in project.where("pain_points", journey=journey_id)}
        self.dots: dict[str, float] = defaultdict(float)
        for vote in project.all("votes"):
            if vote.pain_point in ids:
                self.dots[vote.pain_point] += vote.dots
        self.any_votes = bool(self.dots)
        self.vpc = value_per_customer(project, journey_id)
        self._volume_of: dict = {}    # stage id -> (volume, metric name): pain points share stages

    def _stage_key(self, row: dict):
        if row.get("stage_id") in self.stage_name:
            return row["stage_id"]
        for sid, name in self.stage_name.items():
            if name == row.get("stage"):
                return sid
        return row.get("stage_id") or ("name", row.get("stage"))

    def volume(self, stage_id) -> tuple[float | None, str]:
        if stage_id not in self._volume_of:     # 10,000 pain points on 20 stages: 20 look-ups, not 10,000
            self._volume_of[stage_id] = self._look_up_volume(stage_id)
        return self._volume_of[stage_id]

    def _look_up_volume(self, stage_id) -> tuple[float | None, str]:
        for m in self.volumes:
            v = metric_value(self.project, metric_id=m.id, stage_id=stage_id, period=self.period,
                             index=self.index, agg="sum")
            if v is not None:
                return v, m.name
        return None, ""

    def data_gap(self, stage_id) -> tuple[float | None, float | None, str]:
        """(gap, its sampling error or None, note) from the stage's survey items, else its metrics."""
        if stage_id in self.worst_item:
            perf, item, n = self.worst_item[stage_id]
            gap = min(1.0, max(0.0, (100.0 - perf) / 100.0))
            se = math.sqrt(gap * (1.0 - gap) / n) if n else None
            return gap, se, f"worst survey item {item!r}: {perf:.0f}/100"
        best = None
        for m in self.targets:
            v = metric_value(self.project, metric_id=m.id, stage_id=stage_id, period=self.period, index=self.index)
            off = shortfall(v, target=m.target, better=m.better)
            if (off is not None and v is not None and m.target is not None and off != float("inf")
                    and (best is None or off > best[0])):
                best = (off, None, f"{m.name} {_num(v)} vs target {_num(m.target)}")
        return best if best is not None else (None, None, "")

    def explain(self, pp) -> tuple[PainPointInput, dict]:
        notes = {}
        volume, vname = self.volume(pp.stage) if pp.stage else (None, "")
        reach = None
        if volume is not None and pp.share_affected is not None:
            reach = volume * pp.share_affected
            notes["reach"] = f"{vname} {_num(volume)} x share affected {_num(pp.share_affected)}"
        gap, gap_se, gap_source = self._gap(pp, notes)
        importance = self.importance.get(pp.stage)
        if importance is not None:
            notes["importance"] = self.importance_note
            if not 0.0 <= importance <= 1.0:   # rounding past 1, or a suppressor stage's negative share
                notes["importance"] += f" ({importance:.3g} counted as {min(1.0, max(0.0, importance)):g})"
                importance = min(1.0, max(0.0, importance))
        value, value_source = self._value(pp, reach, notes)
        lent = value is not None and value_source == "data"   # _value's one data source: the segments' value
        votes = self.dots.get(pp.id, 0.0) if self.any_votes else None
        if votes is not None:
            notes["votes"] = "dots cast"
        if pp.severity is not None:
            notes["severity"] = "set by the owners"
        inp = PainPointInput(id=pp.id, title=pp.title, stage=self.stage_name.get(pp.stage, ""), reach=reach,
                             gap=gap, importance=importance, value=value, votes=votes, severity=pp.severity,
                             gap_se=gap_se, gap_source=gap_source, value_source=value_source,
                             stage_id=pp.stage or "", borrowed=("value",) if lent else ())
        return inp, notes

    def _gap(self, pp, notes: dict) -> tuple[float | None, float | None, str]:
        if pp.gap is not None:
            measured = pp.gap_se is not None
            notes["gap"] = "measured, set on the pain point" if measured else "set on the pain point"
            return pp.gap, pp.gap_se, "data" if measured else "judgment"
        gap, se, note = self.data_gap(pp.stage) if pp.stage else (None, None, "")
        if gap is not None:
            notes["gap"] = note
        return gap, se, "data"

    def _value(self, pp, reach, notes: dict) -> tuple[float | None, str]:
        if pp.value_per_customer is not None:
            notes["value"] = "value per affected customer set on the pain point"
            return pp.value_per_customer, "judgment"
        if pp.value_at_risk is not None and reach:
            notes["value"] = f"value at risk {_num(pp.value_at_risk)} / reach {_num(reach)}"
            return pp.value_at_risk / reach, "judgment"
        if self.vpc is not None:
            notes["value"] = f"segments' value per customer {_num(self.vpc)}"
            return self.vpc, "data"
        return None, "data"
