"""Pain-point candidates suggested by the data, each with its evidence; accepting and merging.

Headless, no Qt. Three sources, in this order in the list:
1. survey items in the "concentrate here" quadrant of the drivers (important, below-average score),
   strongest first (weight % x shortfall from the best end);
2. feedback reasons at the head of the Pareto: the reasons that together make the first 80% of coded
   comments (the reason crossing 80% included), at most ``MAX_REASONS``, each at least 5% of comments;
3. operating metrics furthest off target (MetricValue vs MetricDef.target, honouring ``better``; the
   period's value, else the mean over periods), at most ``MAX_METRICS``, furthest first.
A candidate that duplicates a pain point of the journey (any status: a dismissed one is not suggested
again) is skipped: same stage and the same reason or title (case-insensitive), or a pain point of that
stage already citing the same evidence (kind and ref). ``key`` is stable across runs (``item:<id>``,
``reason:<name>``, ``metric:<metric id>:<stage id>``), so a view can remember dismissed candidates.

``accept`` gives the entities to add as one AddEntities command; ``core.merge.merge_pain_points`` the one undoable
command that merges duplicates into a kept pain point.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from journeymap.analysis.impact_inputs import metric_value, shortfall
from journeymap.i18n import N_, gettext as _
from journeymap.core import model
from journeymap.core.model import MetricDef
from journeymap.core.project import Project

MAX_REASONS = 5
MAX_METRICS = 5
PARETO_HEAD = 0.8
MIN_REASON_SHARE = 0.05


@dataclass(frozen=True)
class Candidate:
    key: str                  # stable: item:<SurveyItem id> | reason:<name> | metric:<MetricDef id>:<Stage id>
    title: str
    stage: str | None         # Stage.id
    source: str = "data"
    reason: str = ""
    why: str = ""             # one sentence saying why it is suggested
    evidence: tuple = ()      # (kind, ref, note, value) per Evidence row to create
    kind: str = ""            # item | reason | metric


def suggest(project: Project, *, journey_id: str, drivers: dict | None, pareto: list[dict] | None = None,
            period: str | None = None) -> list[Candidate]:
    """Candidates from the drivers, the Pareto rows and the operating metrics, duplicates left out."""
    stages = {s.id: s for s in project.stages_of(journey_id)}
    by_name = {s.name: s.id for s in stages.values()}
    found = (_from_items(drivers, stages, by_name) + _from_pareto(pareto, stages, by_name)
             + _from_metrics(project, stages, period))
    existing = project.where("pain_points", journey=journey_id)
    cited = {(pp.stage, e.kind, e.ref) for pp in existing
             for e in project.where("evidence", pain_point=pp.id)}
    out, keys = [], set()
    for cand in found:
        if cand.key in keys or _duplicates(cand, existing, cited):
            continue
        keys.add(cand.key)
        out.append(cand)
    return out


def _stage_id(value, stages, by_name):
    if value in stages:
        return value
    return by_name.get(value)


def _duplicates(cand: Candidate, existing, cited) -> bool:
    fold = str.casefold
    for pp in existing:
        if pp.stage != cand.stage:
            continue
        if (cand.reason and fold(pp.reason or "") == fold(cand.reason)) or fold(pp.title) == fold(cand.title):
            return True
    return any((cand.stage, kind, ref) in cited for kind, ref, _, _ in cand.evidence if ref)


def _from_items(drivers, stages, by_name) -> list[Candidate]:
    if not drivers:
        return []
    outcome = drivers.get("outcome") or _("the outcome")
    rows = [r for r in drivers.get("items", []) if r.get("quadrant") == "concentrate"]
    rows.sort(key=lambda r: -(r["weight_pct"] * (100.0 - r.get("performance", 0.0))))
    out = []
    for r in rows:
        stage = _stage_id(r.get("stage_id") or r.get("stage"), stages, by_name)
        perf, pct = r.get("performance"), r["weight_pct"]
        ci = (_(" (95% CI {low:.0f}-{high:.0f})").format(low=r["ci_low"], high=r["ci_high"])
              if r.get("ci_low") is not None and r.get("ci_high") is not None else "")
        why = _("\u201c{item}\u201d accounts for {pct:.0f}% of what drives {outcome}{ci} but scores {perf:.0f}/100 "
                "with {top2:.0%} top-2-box: important and below the average item.").format(
            item=r["item"], pct=pct, outcome=outcome, ci=ci, perf=perf, top2=r["top2box"])
        evidence = (("item", r.get("item_id") or r["item"],
                     _("driver weight {pct:.1f}% of R\u00b2{ci}").format(pct=pct, ci=ci), pct),
                    ("note", "", _("score {perf:.0f}/100, top-2-box {top2:.0%}, n = {n}").format(
                        perf=perf, top2=r["top2box"], n=r["n"]), r["top2box"]))
        out.append(Candidate(key=f"item:{r.get('item_id') or r['item']}", stage=stage, reason=r["item"],
                             title=_("Low rating: {item}").format(item=r["item"]), why=why, evidence=evidence,
                             kind="item"))
    return out


def _from_pareto(pareto, stages, by_name) -> list[Candidate]:
    out: list[Candidate] = []
    before = 0.0
    for row in pareto or []:
        if before >= PARETO_HEAD or len(out) >= MAX_REASONS:
            break
        before = row.get("cum_share", before)
        if row.get("share", 0.0) < MIN_REASON_SHARE:
            continue
        reason = str(row["reason"])
        why = _("\u201c{reason}\u201d is {share:.0%} of coded comments ({count}); with the reasons above it, "
                "{cum:.0%}: the head of the Pareto.").format(reason=reason, share=row["share"], count=row["count"],
                                                            cum=row["cum_share"])
        evidence = (("reason", reason, _("{count} comments, {share:.0%} of coded").format(
            count=row["count"], share=row["share"]), float(row["count"])),)
        out.append(Candidate(key=f"reason:{reason}", stage=_stage_id(row.get("stage"), stages, by_name),
                             reason=reason, title=reason[:1].upper() + reason[1:], why=why,
                             evidence=evidence, kind="reason"))
    return out


def _from_metrics(project: Project, stages, period) -> list[Candidate]:
    found: list[tuple[float, MetricDef, float, Any, float]] = []
    for m in project.all("metrics"):
        if m.target is None:
            continue
        for sid, stage in stages.items():
            v = metric_value(project, metric_id=m.id, stage_id=sid, period=period)
            off = shortfall(v, target=m.target, better=m.better)
            if v is not None and off and off != float("inf"):
                found.append((off, m, m.target, stage, v))
    found.sort(key=lambda t: -t[0])
    out = []
    for off, m, target, stage, v in found[:MAX_METRICS]:
        below = m.better == "higher"
        values = dict(metric=m.name, stage=stage.name, value=_with_unit(v, m.unit), target=_with_unit(target, m.unit),
                      distance=_distance(v, target, off, m.unit), period=period)
        if period:
            why = (_("{metric} at {stage} is {value} against a target of {target}: {distance} below it in {period}.")
                   if below else _("{metric} at {stage} is {value} against a target of {target}: {distance} above "
                                   "it in {period}.")).format(**values)
        else:
            why = (_("{metric} at {stage} is {value} against a target of {target}: {distance} below it on average "
                     "over the periods.") if below else
                   _("{metric} at {stage} is {value} against a target of {target}: {distance} above it on average "
                     "over the periods.")).format(**values)
        evidence = (("metric", m.id, _("{value} vs target {target}").format(**values), float(v)),)
        out.append(Candidate(key=f"metric:{m.id}:{stage.id}", stage=stage.id, reason=m.name,
                             title=_("{metric} off target at {stage}").format(**values), why=why, evidence=evidence,
                             kind="metric"))
    return out


def _distance(value: float, target: float, off: float, unit: str) -> str:
    """'40% below' where a ratio means something; '37.7 points below' for scores that can go
    negative or are already percentages (NPS, FCR %), where a ratio of them misleads."""
    if unit in ("%", "points", "pts") or target <= 0 or value < 0:
        gap = abs(target - value)
        return _("{gap} points").format(gap=_n(gap))
    return f"{off:.0%}"


# Units that are words of the language, not the project's own text: in Chinese "-17.2 分", not
# "-17.2 points" beside "低于目标 37.2 分". Other units ("EUR", "1-5", a unit the user typed) stay as typed.
UNIT_WORDS = {"points": N_("{n} points"), "pts": N_("{n} points"), "s": N_("{n} s"), "days": N_("{n} days")}


def _with_unit(x: float, unit: str) -> str:
    """A value with its metric's unit: 80%, 480 s, 20 points (a known unit in the language), 7 EUR."""
    if unit == "%":
        return f"{_n(x)}%"
    if unit in UNIT_WORDS:
        return _(UNIT_WORDS[unit]).format(n=_n(x))
    return f"{_n(x)} {unit}" if unit else _n(x)


def _n(x: float) -> str:
    """A number as people read it: 158.98 -> 159, 4.1234 -> 4.12, 37530.2 -> 37,530."""
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.3g}" if abs(x) >= 1 else f"{x:.2g}"


def accept(candidate: Candidate, *, journey_id: str, status: str = "accepted") -> list:
    """The PainPoint (source 'data') and its Evidence rows, to add as one command (commands.add)."""
    if status not in ("accepted", "open"):
        raise ValueError(f"an accepted candidate's status is 'accepted' or 'open', not {status!r}")
    pp = model.PainPoint(id=model.new_id("pp"), journey=journey_id, stage=candidate.stage,
                         title=candidate.title, description=candidate.why, source="data",
                         reason=candidate.reason, status=status, created=_dt.date.today().isoformat())
    evidence = [model.Evidence(id=model.new_id("ev"), pain_point=pp.id, kind=kind, ref=ref or "", note=note,
                               value=None if value is None else float(value))
                for kind, ref, note, value in candidate.evidence]
    return [pp, *evidence]
