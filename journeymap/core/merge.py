"""Merge duplicate pain points into one survivor, losing nothing. No Qt.

The survivor keeps its own values; each field it lacks (None or empty) it takes from the items merged
into it. Where several of those hold a number, the largest is taken: duplicates describe the same
problem met by the same customers, so a sum would count them twice (a share affected above 1, a value
at risk counted again), and an average would water down the one measurement that saw the problem
fully; the largest is the estimate that keeps the problem from being under-ranked, and the merged items
stay in the file (status ``merged``) with their own figures for anyone who disagrees. A gap brings its
own sampling error along (the two belong to one measurement).

Without a named survivor, the item with the most data (filled fields and evidence) survives, then the
one with the most dots; the pain points view used to keep the highest-ranked, which was an empty
workshop sticky whose merge wiped the measured item's figures from the ranking (QA walk).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import names
from .commands import Command, Macro, RemoveEntities, UpdateEntity
from .model import PainPoint
from .project import Project
from .voting import VotingError

NUMBERS = ("severity", "share_affected", "gap", "value_at_risk", "value_per_customer")
TEXTS = ("stage", "reason")     # the first merged item (most data first) that has one gives it
PAIRED = {"gap": "gap_se"}      # taken together with the number, from the same item


@dataclass
class MergeCommand(Macro):
    """The merge as one undo step; ``keep`` survives and ``taken`` says what it took over:
    field -> (value, id of the pain point it came from)."""
    keep: str = ""
    taken: dict = field(default_factory=dict)


def merge_pain_points(project: Project, ids: list[str], *, keep: str | None = None) -> MergeCommand:
    """Fold the pain points ``ids`` into one: ``keep`` if named, else the one with the most data.
    Votes (a participant's dots on several in one round add up), evidence, earlier merges, initiatives'
    links and round candidates move to the survivor; the others are marked merged."""
    items = _checked(project, ids, keep)
    survivor = project.get("pain_points", keep) if keep else max(items, key=lambda p: _richness(project, p))
    others = sorted((p for p in items if p.id != survivor.id), key=lambda p: _richness(project, p), reverse=True)
    taken = _fill(survivor, others)
    notes = [f"Merged: {p.title}" + (f" ({p.description})" if p.description else "") for p in others]
    changes: dict[str, object] = {"description": "\n".join([survivor.description, *notes]).strip()}
    changes.update({fname: value for fname, (value, _) in taken.items()})
    drops = [p.id for p in others]
    steps = _move_votes(project, survivor.id, drops) + _repoint(project, survivor.id, drops)
    steps.append(UpdateEntity("pain_points", survivor.id, changes))
    steps += [UpdateEntity("pain_points", d, {"status": "merged", "merged_into": survivor.id}) for d in drops]
    label = (names.tr("Merge '{other}' into '{title}'").format(other=names.short(others[0].title),
                                                               title=names.short(survivor.title))
             if len(others) == 1 else
             names.tr("Merge {n} pain points into '{title}'").format(n=len(others),
                                                                     title=names.short(survivor.title)))
    return MergeCommand(steps, label=label, keep=survivor.id, taken=taken)


def _checked(project: Project, ids: list[str], keep: str | None) -> list[PainPoint]:
    unique = list(dict.fromkeys(ids))
    if len(unique) < 2:
        raise VotingError("choose at least two pain points to merge")
    if keep is not None and keep not in unique:
        raise VotingError("the pain point that stays must be one of the pain points merged")
    items = [project.get("pain_points", i) for i in unique]
    if len({p.journey for p in items}) > 1:
        raise VotingError("only pain points of the same journey can be merged")
    if any(p.status == "merged" for p in items):
        raise VotingError("a pain point already merged cannot be merged again")
    return items


def _richness(project: Project, pain: PainPoint) -> tuple[int, int]:
    """(filled fields + evidence items, dots): the survivor is the item whose loss would cost most."""
    filled = sum(getattr(pain, f) not in (None, "") for f in (*NUMBERS, *TEXTS))
    evidence = len(project.where("evidence", pain_point=pain.id))
    return filled + evidence, sum(v.dots for v in project.where("votes", pain_point=pain.id))


def _fill(survivor: PainPoint, others: list[PainPoint]) -> dict[str, tuple[object, str]]:
    """What the survivor lacks and the others hold: field -> (value, from id)."""
    taken: dict[str, tuple[object, str]] = {}
    for fname in NUMBERS:
        present = [p for p in others if getattr(p, fname) is not None]
        if getattr(survivor, fname) is None and present:
            source = max(present, key=lambda p: getattr(p, fname))   # the largest: see the module's note
            taken[fname] = (getattr(source, fname), source.id)
            paired = PAIRED.get(fname)
            if paired and getattr(survivor, paired) is None and getattr(source, paired) is not None:
                taken[paired] = (getattr(source, paired), source.id)
    for fname in TEXTS:
        texts = [(getattr(p, fname), p.id) for p in others if getattr(p, fname)]
        if not getattr(survivor, fname) and texts:
            taken[fname] = texts[0]
    dated = sorted((p.created, p.id) for p in others if p.created)
    if not survivor.created and dated:   # the problem was first noted on the earliest date
        taken["created"] = dated[0]
    return taken


def _move_votes(project: Project, keep: str, drops: list[str]) -> list[Command]:
    """Votes on ``drops`` move to ``keep``; one participant's dots in one round end on one vote."""
    holder = {(v.participant, v.round): v for v in project.where("votes", pain_point=keep)}
    dots = {v.id: v.dots for v in holder.values()}
    steps: list[Command] = []
    for drop in drops:
        for vote in project.where("votes", pain_point=drop):
            same = holder.get((vote.participant, vote.round))
            if same is None:
                holder[(vote.participant, vote.round)] = vote
                dots[vote.id] = vote.dots
                steps.append(UpdateEntity("votes", vote.id, {"pain_point": keep}))
            else:
                dots[same.id] += vote.dots
                steps.append(RemoveEntities("votes", [vote.id]))
    steps += [UpdateEntity("votes", v.id, {"dots": dots[v.id]}) for v in holder.values() if dots[v.id] != v.dots]
    return steps


def _repoint(project: Project, keep: str, drops: list[str]) -> list[Command]:
    """Evidence, earlier merges, initiatives and round candidates that named a dropped item name ``keep``."""
    gone = set(drops)
    steps: list[Command] = [UpdateEntity("evidence", e.id, {"pain_point": keep})
                            for e in project.all("evidence") if e.pain_point in gone]
    steps += [UpdateEntity("pain_points", p.id, {"merged_into": keep})
              for p in project.all("pain_points") if p.merged_into in gone]
    for kind, fname in (("initiatives", "pain_points"), ("voting_rounds", "candidates")):
        for entity in project.all(kind):
            listed = getattr(entity, fname)
            if gone & set(listed):
                steps.append(UpdateEntity(kind, entity.id,
                                          {fname: list(dict.fromkeys(keep if i in gone else i for i in listed))}))
    return steps
