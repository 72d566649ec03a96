"""Many dots at once, as one command: the taps that arrived from phones while the app was busy.

Thirty phones tapping together would otherwise be thirty refreshes of every view, one per dot; a
batch is checked tap by tap against a running ledger of the round (the same rules, in the same words,
as ``voting.cast_vote``) and applied as one Macro, so the views refresh once. Taps the rules refuse
are handed back with the reason. No Qt.
"""
from __future__ import annotations

from . import names
from .commands import AddEntities, Command, Macro, RemoveEntities, UpdateEntity
from .model import Vote, VotingRound, new_id
from .project import Project
from .voting import (VotingError, _live_round, candidates_of, now_iso, participant_name, take_back_text, vote_text,
                     votes_of)


class _Ledger:
    """The round's dots as they stand after the taps taken so far."""

    def __init__(self, project: Project, rnd: VotingRound) -> None:
        self.rnd = rnd
        self.candidates = set(candidates_of(project, rnd))
        self.people = list(rnd.participants)
        self.used: dict[str, int] = {}
        self.votes: dict[tuple[str, str], list] = {}      # (who, pain point) -> [vote id, dots]
        for v in votes_of(project, rnd):
            self.used[v.participant] = self.used.get(v.participant, 0) + v.dots
            self.votes[(v.participant, v.pain_point)] = [v.id, v.dots]

    def tap(self, participant: str, pain_point: str, delta: int, when: str) -> list[Command]:
        who = participant_name(participant)
        if pain_point not in self.candidates:
            raise VotingError(f"{pain_point!r} is not a candidate of round {self.rnd.name!r}")
        entry = self.votes.get((who, pain_point))
        if delta < 0:
            return self._take_back(who, pain_point, entry)
        used = self.used.get(who, 0)
        if used + 1 > self.rnd.dots:
            raise VotingError(f"{who} has {self.rnd.dots - used} of {self.rnd.dots} dots left")
        if self.rnd.max_per_item is not None and (entry[1] if entry else 0) + 1 > self.rnd.max_per_item:
            raise VotingError(f"at most {self.rnd.max_per_item} dots on one sticky in round {self.rnd.name!r}")
        steps: list[Command] = []
        if who not in self.people:
            self.people.append(who)
            steps.append(UpdateEntity("voting_rounds", self.rnd.id, {"participants": list(self.people)}))
        self.used[who] = used + 1
        if entry is None:
            vote = Vote(new_id("vt"), pain_point, who, self.rnd.number, 1, when)
            self.votes[(who, pain_point)] = [vote.id, 1]
            return steps + [AddEntities([vote])]
        entry[1] += 1
        return steps + [UpdateEntity("votes", entry[0], {"dots": entry[1], "cast_at": when})]

    def _take_back(self, who: str, pain_point: str, entry: list | None) -> list[Command]:
        if entry is None:
            raise VotingError(f"{who} has no dot on {pain_point!r} to take back")
        entry[1] -= 1
        self.used[who] -= 1
        if entry[1] > 0:
            return [UpdateEntity("votes", entry[0], {"dots": entry[1]})]
        del self.votes[(who, pain_point)]
        return [RemoveEntities("votes", [entry[0]])]


def cast_batch(project: Project, *, round_id: str,
               taps: list[tuple[str, str, int]]) -> tuple[Command | None, list[tuple[tuple[str, str, int], str]]]:
    """(one command for the taps the rules allow, or None; [(tap, reason)] for the others).

    A tap is (participant, pain point id, +1 or -1), taken in order."""
    rnd = _live_round(project, round_id)
    ledger = _Ledger(project, rnd)
    when = now_iso()
    steps: list[Command] = []
    refused: list[tuple[tuple, str]] = []
    done: list[tuple[str, str, int]] = []
    for tap in taps:
        try:
            steps += ledger.tap(*tap, when)
            done.append(tap)
        except VotingError as exc:
            refused.append((tap, str(exc)))
    if not steps:
        return None, refused
    return Macro(steps, label=_batch_text(project, done)), refused


def _batch_text(project: Project, done: list[tuple[str, str, int]]) -> str:
    """One tap reads as a vote from the desk ("Ann: 1 dot on 'Nobody calls back'"); a burst counts them."""
    if len(done) > 1:
        return names.tr("{n} dots from phones").format(n=len(done))
    who, pain_point, delta = done[0]
    if delta > 0:
        return vote_text(project, participant_name(who), pain_point, 1)
    return take_back_text(project, participant_name(who), pain_point, 1)
