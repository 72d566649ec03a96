"""The roadmap: initiatives with RICE, overdue flags, projected impact; recurring unowned pain points.

RICE = reach x impact x confidence / effort (product management's usual form), each part kept so a
table can show it; a part missing leaves the score missing (never a zero). Reach is customers a
period, impact the RICE scale (0.25 minimal .. 3 massive), confidence 0..1, effort person-months.

Overdue: not done or dropped, with a due date before ``as_of``; ``as_of`` is ``judged_on``'s day unless the
caller names one (``--as-of``): today, or the end of a reviewed period that is already over. Recurring,
unowned: a pain point in the top N of the ranking in each of the last K periods, with no live initiative
that has an owner and a deadline. No Qt.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from journeymap.core.initiatives import CLOSED, normal_status, parse_date
from journeymap.core.project import Project

TOP_N = 5
RECURRING_PERIODS = 2
ROADMAP_KEYS = ("id", "title", "status", "owner", "department", "start", "due", "done", "effort", "rice",
                "pain_points", "projected_impact")


@dataclass(frozen=True)
class Rice:
    reach: float | None
    impact: float | None
    confidence: float | None
    effort: float | None

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(k for k in ("reach", "impact", "confidence", "effort") if getattr(self, k) is None)

    @property
    def score(self) -> float | None:
        reach, impact, confidence, effort = self.reach, self.impact, self.confidence, self.effort
        if reach is None or impact is None or confidence is None or not effort:  # self.missing, or no effort
            return None
        return reach * impact * confidence / effort

    def to_dict(self) -> dict:
        score = self.score
        return {"score": None if score is None else round(score, 3), "reach": self.reach, "impact": self.impact,
                "confidence": self.confidence, "effort": self.effort, "missing": list(self.missing)}


def rice(init) -> Rice:
    return Rice(init.reach, init.impact, init.confidence, init.effort)


def is_overdue(init, as_of: dt.date) -> bool:
    due = parse_date(init.due)
    return normal_status(init.status) not in CLOSED and due is not None and due < as_of


def judged_on(period: str | None = None, *, today: dt.date | None = None) -> dt.date:
    """The day overdue is judged on, the one rule of the Review and Roadmap views, ``review``, ``roadmap`` and
    the deck: today; for the review of a period, the period's last day once it is over, else still today
    (never a day to come: an initiative due next week is not late yet)."""
    today = today or dt.date.today()
    return today if not period else min(today, period_end(period))


def due_in(init, period: str) -> bool:
    """Open and due within ``period`` ("2027-03" or "2027-Q1")."""
    due = parse_date(init.due)
    return normal_status(init.status) not in CLOSED and due is not None and in_period(due, period)


def in_period(date: dt.date | str | None, period: str) -> bool:
    date = parse_date(date) if not isinstance(date, dt.date) else date
    if date is None or not period:
        return False
    if "-Q" in period:
        year, q = period.split("-Q")
        return date.year == int(year) and (date.month - 1) // 3 + 1 == int(q)
    return date.isoformat()[:len(period)] == period


def period_end(period: str) -> dt.date:
    """The last day of a month ("2026-12") or quarter ("2026-Q4")."""
    if "-Q" in period:
        y, q = period.split("-Q")
        year, month = int(y), int(q) * 3
    else:
        year, month = int(period[:4]), int(period[5:7])
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def owned(init) -> bool:
    """Live (not dropped) with an owner and a deadline."""
    return normal_status(init.status) != "dropped" and bool(init.owner.strip()) and bool(init.due)


def recurring_unowned(project: Project, ranked_periods: list[list[str]], *, top_n: int = TOP_N,
                      periods: int = RECURRING_PERIODS) -> list[dict]:
    """Pain points in the top ``top_n`` of each of the last ``periods`` rankings (ids in rank order,
    oldest period first) that no owned initiative addresses, with why."""
    if len(ranked_periods) < periods:
        return []
    recent = [ranks[:top_n] for ranks in ranked_periods[-periods:]]
    always = set(recent[0]).intersection(*recent[1:])
    by_pain: dict[str, list] = {}
    for init in project.all("initiatives"):
        for pid in init.pain_points:
            by_pain.setdefault(pid, []).append(init)
    out = []
    for pid in recent[-1]:
        if pid not in always:
            continue
        inits = by_pain.get(pid, [])
        if any(owned(i) for i in inits):
            continue
        live = [i for i in inits if normal_status(i.status) != "dropped"]
        why = ("no initiative" if not live else "no owner" if not any(i.owner.strip() for i in live)
               else "no deadline")
        pain = project.get("pain_points", pid)
        out.append({"id": pid, "title": pain.title, "rank": recent[-1].index(pid) + 1, "periods": periods,
                    "why": why})
    return out


def initiative_row(project: Project, init, *, as_of: dt.date, projection=None) -> dict:
    """One row of ``journeymap roadmap`` (shared/docs/cli.md keys, and more)."""
    r = rice(init)
    stage = project.find("stages", init.uplift_stage)
    return {
        "id": init.id, "title": init.title, "status": normal_status(init.status), "owner": init.owner,
        "department": init.department, "start": init.start, "due": init.due, "done": init.done,
        "effort": init.effort, "rice": r.score if r.score is None else round(r.score, 3),
        "pain_points": list(init.pain_points), "projected_impact": None if projection is None
        else projection.to_dict(),
        "rice_parts": r.to_dict(), "cost": init.cost, "confidence": init.confidence,
        "expected_uplift": init.expected_uplift, "uplift_target": init.uplift_target or None,
        "stage": stage.name if stage is not None else None, "overdue": is_overdue(init, as_of),
    }


def roadmap(path, project, *, journey_id: str, as_of: dt.date | None = None, coefficients=None) -> dict:
    """The journey's initiatives with RICE, flags and projections (``journeymap roadmap --json``).
    ``coefficients``: (Coefficients or None, why) already estimated (a view keeps them between edits)."""
    from journeymap.analysis.projection import project_initiative, survey_coefficients

    as_of = as_of or judged_on()
    inits = project.where("initiatives", journey=journey_id)
    if coefficients is None:
        coefficients = (survey_coefficients(path, project, journey_id=journey_id) if path is not None
                        else (None, "the project is not saved"))
    coefs, why = coefficients
    if coefs is None and any(i.uplift_target for i in inits):
        why = why or "no survey"
    rows = [initiative_row(project, i, as_of=as_of, projection=project_initiative(project, i, coefs, why))
            for i in inits]
    journey = project.get("journeys", journey_id)
    return {"journey": journey.name, "journey_id": journey.id, "as_of": as_of.isoformat(),
            "outcome": None if coefs is None else coefs.outcome,
            "coefficients_from": None if coefs is None else {"dataset": coefs.dataset, "n": coefs.n},
            "initiatives": rows}


def quick_win(rows: list[dict]) -> set[str]:
    """Ids of the quick wins: impact x confidence above the median, effort below it (both known)."""
    known = [r for r in rows if r.get("effort") and r["rice_parts"]["impact"] is not None
             and r["rice_parts"]["confidence"] is not None]
    if len(known) < 2:
        return set()
    value = {r["id"]: r["rice_parts"]["impact"] * r["rice_parts"]["confidence"] for r in known}
    mid_v = median(list(value.values()))
    mid_e = median([r["effort"] for r in known])
    return {r["id"] for r in known if value[r["id"]] >= mid_v and r["effort"] <= mid_e}


def median(xs: list[float]) -> float:
    xs = sorted(x for x in xs if x is not None and math.isfinite(x))
    k = len(xs) // 2
    return xs[k] if len(xs) % 2 else (xs[k - 1] + xs[k]) / 2
