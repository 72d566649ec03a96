"""How a stage stands against a metric's target: the heatmap's three bands.

A value is *on target*, *near* (short of it by at most ``tolerance`` of the target), or *off*
target; with no target, values are banded by the journey's own spread (best third, middle,
worst third), so a heatmap still shows where a stage stands among the others.
"""
from __future__ import annotations

from dataclasses import dataclass

from journeymap.analysis.everyone import with_totals
from journeymap.core.project import Project

BANDS = ("on", "near", "off")


@dataclass(frozen=True)
class Heat:
    band: str            # on | near | off
    value: float
    target: float | None
    relative: bool       # banded by the spread, not by a target


def latest_values(project: Project, *, metric_id: str, journey_id: str, period: str | None = None,
                  segment: str = "") -> dict[str, float]:
    """Each stage's value for ``period`` (else its latest period), for one segment ("" = all)."""
    stages = {s.id for s in project.stages_of(journey_id)}
    best: dict[str, tuple[str, float]] = {}
    values = with_totals(project) if segment == "" else project.where("metric_values", metric=metric_id)
    for v in values:    # all customers: the total, or the segments' derived one
        if v.metric != metric_id or v.stage not in stages or v.segment != segment or v.value is None:
            continue
        if period and v.period != period:
            continue
        if v.stage not in best or v.period > best[v.stage][0]:
            best[v.stage] = (v.period, float(v.value))
    return {sid: value for sid, (_, value) in best.items()}


def heat(values: dict[str, float], *, target: float | None, better: str = "higher",
         tolerance: float = 0.1) -> dict[str, Heat]:
    if not values:
        return {}
    if target is not None:
        return {sid: Heat(_band_target(v, target, better, tolerance), v, target, False)
                for sid, v in values.items()}
    ordered = sorted(values.values(), reverse=(better == "higher"))
    k = len(ordered)
    cut_good, cut_bad = ordered[max(0, (k - 1) // 3)], ordered[min(k - 1, (2 * k) // 3)]
    out = {}
    for sid, v in values.items():
        good = v >= cut_good if better == "higher" else v <= cut_good
        bad = v <= cut_bad if better == "higher" else v >= cut_bad
        out[sid] = Heat("on" if good else "off" if bad and k > 2 else "near", v, None, True)
    return out


def _band_target(value: float, target: float, better: str, tolerance: float) -> str:
    short = (target - value) if better == "higher" else (value - target)
    if short <= 0:
        return "on"
    return "near" if short <= tolerance * abs(target) else "off"
