"""Tallies of workshop voting rounds, and the ranking before and after a round. No Qt.

A journey's rounds are its VotingRound entities plus any round number its votes carry without one
(the sample's two rounds were recorded before rounds were entities): those are named "Round N".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.core.model import VotingRound
from journeymap.core.project import Project
from journeymap.core.voting import candidates_of, rounds_of, votes_of


@dataclass
class RoundTally:
    name: str
    number: int
    question: str
    dots_per_participant: int | None      # None for a round known only from its votes
    participants: list[str]
    status: str
    tally: list[tuple[str, int]] = field(default_factory=list)   # (pain point id, dots), most first
    id: str | None = None


def tally(project: Project, rnd: VotingRound) -> list[tuple[str, int]]:
    """(pain point id, dots) for every candidate of ``rnd`` and every sticky voted on, most dots first
    (ties in the project's order)."""
    return _sorted_totals(project, candidates_of(project, rnd), votes_of(project, rnd))


def _sorted_totals(project: Project, ids: list[str], votes) -> list[tuple[str, int]]:
    totals = dict.fromkeys(ids, 0)
    for v in votes:
        totals[v.pain_point] = totals.get(v.pain_point, 0) + v.dots
    order = {pid: i for i, pid in enumerate(project.tables["pain_points"])}
    return sorted(totals.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order))))


def dots_by_participant(project: Project, rnd: VotingRound) -> dict[str, int]:
    used = dict.fromkeys(rnd.participants, 0)
    for v in votes_of(project, rnd):
        used[v.participant] = used.get(v.participant, 0) + v.dots
    return used


def journey_rounds(project: Project, journey_id: str) -> list[RoundTally]:
    """Every round of the journey in number order, each with its tally."""
    out = {r.number: RoundTally(r.name, r.number, r.question, r.dots, list(r.participants), r.status,
                                tally(project, r), r.id) for r in rounds_of(project, journey_id)}
    ids = {p.id for p in project.where("pain_points", journey=journey_id)}
    loose: dict[int, list] = {}
    for v in project.all("votes"):
        if v.pain_point in ids and v.round not in out:
            loose.setdefault(v.round, []).append(v)
    for number, votes in loose.items():
        people = list(dict.fromkeys(v.participant for v in votes))
        out[number] = RoundTally(f"Round {number}", number, "", None, people, "closed",
                                 _sorted_totals(project, [], votes))
    return [out[n] for n in sorted(out)]


def without_rounds_from(project: Project, journey_id: str, number: int) -> Project:
    """A read-only view of ``project`` without the journey's votes of round ``number`` and later:
    the ranking as it stood before that round. Entities are shared, tables are copies."""
    ids = {p.id for p in project.where("pain_points", journey=journey_id)}
    view = Project(project.info)
    for kind, table in project.tables.items():
        view.tables[kind] = dict(table)
    view.tables["votes"] = {v.id: v for v in project.all("votes")
                            if not (v.pain_point in ids and v.round >= number)}
    return view   # belongs to no file: it is never saved


def ranked_ids(project: Project, journey_id: str, *, drivers: dict | None, weights: dict | None = None):
    """[(rank, pain point id, title, score)] of the journey, the ranking's own order."""
    from journeymap.analysis.impact_inputs import build_inputs, journey_scales
    from journeymap.analysis.ranking import project_weights
    from journeymap.analysis.scoring import rank

    inputs = build_inputs(project, journey_id=journey_id, drivers=drivers)
    if not inputs:
        return []
    scales, _ = journey_scales(project, journey_id=journey_id)   # fixed scales (docs/ranking.md)
    result = rank(inputs, weights=project_weights(project, weights), scales=scales, stability=False)
    return [(row.rank, row.id, row.title, row.score) for row in (result.row(i) for i in range(len(result)))]


def before_after(project: Project, rnd: VotingRound, *, drivers: dict | None, weights: dict | None = None):
    """(ranking before ``rnd``, ranking with it): what the room changed."""
    before = ranked_ids(without_rounds_from(project, rnd.journey, rnd.number), rnd.journey,
                        drivers=drivers, weights=weights)
    after = ranked_ids(without_rounds_from(project, rnd.journey, rnd.number + 1), rnd.journey,
                       drivers=drivers, weights=weights)
    return before, after
