"""The raw parts of each pain point's impact score, from the project (scoring.PainPointInput).

Headless, no Qt, no file access: the drivers (driver_run.run_drivers' dict) are passed in. Which pain
points: a journey's pain points with status ``open`` or ``accepted`` (not candidate, dismissed, merged
or resolved). Each part is ``None`` when it cannot be known; scoring then leaves it out and flags the
row (``missing:<part>``): never a zero.

- **reach** = customers passing the stage per period x PainPoint.share_affected. Customers passing the
  stage come from the stage's volume metric, the first with values for the stage of: a MetricDef with
  unit "customers" ("Customers at the stage"), one whose name contains "volume" ("Contact volume"), one
  whose unit is contacts, calls, visits or claims. With ``period``, that
  period's value; without, the mean over the periods it has (a value for "" = all periods is used only
  when there are no per-period values). Values for segment "" are used; without them, the segments'
  values are summed. Unknown share_affected or no volume -> reach None.
- **gap** = PainPoint.gap where set. Otherwise from the data, in this order: (1) the stage's worst survey
  item in the drivers, as its shortfall from the best end, (100 - performance) / 100 (performance is the
  item's mean on 0-100, 100 = best end, so a lower-is-better item is handled); (2) the stage's operating
  metric furthest off its target, as the relative distance |value - target| / |target| on the wrong side
  (MetricDef.better honoured; on or past target counts 0). Else None. Every gap from the data is a share
  (0..1, occasionally more for a metric far off target), like a set gap of 0..1; scoring divides each
  gap by the largest, so only their ratios matter.
- **importance** = the stage's ``weight_pct`` in the drivers (its items' share of R^2, 0-100); None
  without drivers or when the stage has no survey item.
- **value** = PainPoint.value_at_risk where set; else reach x value per customer, when segments carry
  ``value_per_customer``: the journey's persona segment's value if it has one, else the mean over the
  segments with a value, weighted by their ``share`` (a plain mean when none has a share). The value per
  customer is yearly, so this is "the yearly revenue of the customers affected in one period". Else None.
- **votes** = the sum of the pain point's dots (Vote.dots); None for every pain point when no vote has
  been cast in the journey (no workshop yet: not known, rather than zero for all).
- **severity** = PainPoint.severity (1..5), None when not set.

``explain_inputs`` returns the same inputs with a note per part saying where each value came from.
"""
from __future__ import annotations

from collections import defaultdict

from journeymap.analysis.scoring import PainPointInput

RANKED_STATUSES = ("open", "accepted")
VOLUME_UNITS = ("customers", "contacts", "calls", "visits", "claims")


def build_inputs(project, *, journey_id: str, drivers: dict | None,
                 period: str | None = None) -> list[PainPointInput]:
    """One PainPointInput per open or accepted pain point of the journey (see the module docstring)."""
    return [inp for inp, _ in explain_inputs(project, journey_id=journey_id, drivers=drivers, period=period)]


def explain_inputs(project, *, journey_id: str, drivers: dict | None,
                   period: str | None = None) -> list[tuple[PainPointInput, dict]]:
    """(input, {part: where it came from}) per ranked pain point, in the project's order."""
    ctx = _Context(project, journey_id=journey_id, drivers=drivers, period=period)
    return [ctx.explain(pp) for pp in project.where("pain_points", journey=journey_id)
            if pp.status in RANKED_STATUSES]


def metric_value(project, *, metric_id: str, stage_id: str, period: str | None = None,
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


def volume_metrics(project) -> list:
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


def value_per_customer(project, journey_id: str) -> float | None:
    journey = project.find("journeys", journey_id)
    persona = project.find("segments", journey.persona) if journey is not None else None
    if persona is not None and persona.value_per_customer is not None:
        return float(persona.value_per_customer)
    valued = [s for s in project.all("segments") if s.value_per_customer is not None]
    if not valued:
        return None
    shares = [s.share for s in valued]
    if all(x is not None for x in shares) and sum(shares) > 0:
        return sum(s.value_per_customer * s.share for s in valued) / sum(shares)
    return sum(s.value_per_customer for s in valued) / len(valued)


def _index(project) -> dict:
    index: dict[tuple, list] = defaultdict(list)
    for v in project.all("metric_values"):
        index[(v.metric, v.stage)].append(v)
    return index


class _Context:
    """What every pain point of one journey shares: metric index, drivers by stage, votes, value."""

    def __init__(self, project, *, journey_id: str, drivers: dict | None, period: str | None):
        self.project, self.period = project, period
        self.index = _index(project)
        self.volumes = volume_metrics(project)
        self.targets = [m for m in project.all("metrics") if m.target is not None]
        self.stage_name = {s.id: s.name for s in project.stages_of(journey_id)}
        self.importance, self.worst_item = {}, {}
        for row in (drivers or {}).get("stages", []):
            self.importance[self._stage_key(row)] = row.get("weight_pct")
        for row in (drivers or {}).get("items", []):
            key = self._stage_key(row)
            perf = row.get("performance")
            if perf is not None and (key not in self.worst_item or perf < self.worst_item[key][0]):
                self.worst_item[key] = (perf, row.get("item"))
        ids = {pp.id for pp in project.where("pain_points", journey=journey_id)}
        self.dots: dict[str, float] = defaultdict(float)
        for vote in project.all("votes"):
            if vote.pain_point in ids:
                self.dots[vote.pain_point] += vote.dots
        self.any_votes = bool(self.dots)
        self.vpc = value_per_customer(project, journey_id)

    def _stage_key(self, row: dict):
        if row.get("stage_id"):
            return row["stage_id"]
        for sid, name in self.stage_name.items():
            if name == row.get("stage"):
                return sid
        return ("name", row.get("stage"))

    def volume(self, stage_id) -> tuple[float | None, str]:
        for m in self.volumes:
            v = metric_value(self.project, metric_id=m.id, stage_id=stage_id, period=self.period,
                             index=self.index, agg="sum")
            if v is not None:
                return v, m.name
        return None, ""

    def data_gap(self, stage_id) -> tuple[float | None, str]:
        if stage_id in self.worst_item:
            perf, item = self.worst_item[stage_id]
            return max(0.0, (100.0 - perf) / 100.0), f"worst survey item {item!r}: {perf:.0f}/100"
        best = None
        for m in self.targets:
            v = metric_value(self.project, metric_id=m.id, stage_id=stage_id, period=self.period, index=self.index)
            off = shortfall(v, target=m.target, better=m.better)
            if off is not None and off != float("inf") and (best is None or off > best[0]):
                best = (off, f"{m.name} {v:g} vs target {m.target:g}")
        return best if best is not None else (None, "")

    def explain(self, pp) -> tuple[PainPointInput, dict]:
        notes = {}
        volume, vname = self.volume(pp.stage) if pp.stage else (None, "")
        reach = None
        if volume is not None and pp.share_affected is not None:
            reach = volume * pp.share_affected
            notes["reach"] = f"{vname} {volume:g} x share affected {pp.share_affected:g}"
        if pp.gap is not None:
            gap, notes["gap"] = pp.gap, "set on the pain point"
        else:
            gap, note = self.data_gap(pp.stage) if pp.stage else (None, "")
            if gap is not None:
                notes["gap"] = note
        importance = self.importance.get(pp.stage)
        if importance is not None:
            notes["importance"] = "stage's driver weight (% of R\u00b2)"
        value = pp.value_at_risk
        if value is not None:
            notes["value"] = "value at risk set on the pain point"
        elif reach is not None and self.vpc is not None:
            value = reach * self.vpc
            notes["value"] = f"reach x value per customer {self.vpc:g}"
        votes = self.dots.get(pp.id, 0.0) if self.any_votes else None
        if votes is not None:
            notes["votes"] = "dots cast"
        if pp.severity is not None:
            notes["severity"] = "set by the owners"
        inp = PainPointInput(id=pp.id, title=pp.title, stage=self.stage_name.get(pp.stage, ""), reach=reach,
                             gap=gap, importance=importance, value=value, votes=votes,
                             severity=pp.severity)
        return inp, notes
