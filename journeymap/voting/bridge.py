"""Between a project's voting round and the ballot box: what the box offers, and the dots as the
project holds them. ``HeadlessRound`` runs a round with no UI (``journeymap votes --serve``). No Qt.
"""
from __future__ import annotations

import threading
from typing import Callable

from journeymap.core import voting
from journeymap.core.commands import Command
from journeymap.core.model import VotingRound
from journeymap.core.project import Project

from .box import BallotBox, Candidate


def make_box(project: Project, rnd: VotingRound, *, sink: Callable[[str, str, int], None] | None = None,
             token: str | None = None) -> BallotBox:
    """A ballot box offering ``rnd``'s candidates by title only, with its dots and limit."""
    titles = {p.id: p.title for p in project.all("pain_points")}
    candidates = [Candidate(pid, titles[pid]) for pid in voting.candidates_of(project, rnd)]
    box = BallotBox(name=rnd.name, question=rnd.question, candidates=candidates, dots=rnd.dots,
                    max_per_item=rnd.max_per_item, sink=sink, token=token)
    box.sync(allocations(project, rnd))
    return box


def allocations(project: Project, rnd: VotingRound) -> dict[str, dict[str, int]]:
    """participant -> pain point -> dots, in ``rnd``."""
    out: dict[str, dict[str, int]] = {}
    for v in voting.votes_of(project, rnd):
        mine = out.setdefault(v.participant, {})
        mine[v.pain_point] = mine.get(v.pain_point, 0) + v.dots
    return out


def tap_command(project: Project, round_id: str, participant: str, pain_point: str, delta: int) -> Command:
    """The core command for one tap (raises VotingError when the project refuses it)."""
    if delta > 0:
        return voting.cast_vote(project, round_id=round_id, participant=participant, pain_point=pain_point,
                                dots=delta)
    return voting.retract_vote(project, round_id=round_id, participant=participant, pain_point=pain_point,
                               dots=-delta)


class HeadlessRound:
    """A round run without the app: taps are applied to the project at once (under the box's lock),
    and ``finish()`` closes the round and returns everything it did as one command."""

    def __init__(self, project: Project, rnd_command: Command | None, round_name: str, journey_id: str):
        self.project = project
        self.commands: list[Command] = []
        self.lock = threading.Lock()
        if rnd_command is not None:
            self._apply(rnd_command)
        self.round = voting.round_named(project, journey_id, round_name)
        self.box = make_box(project, self.round, sink=self._sink)

    def _apply(self, command: Command) -> None:
        command.do(self.project)
        self.commands.append(command)

    def _sink(self, participant: str, pain_point: str, delta: int) -> None:
        with self.lock:
            self._apply(tap_command(self.project, self.round.id, participant, pain_point, delta))

    def finish(self) -> Command:
        """Close the round; the whole round (opening included, when this run opened it) as one step."""
        self.box.close()
        with self.lock:
            self._apply(voting.close_round(self.project, round_id=self.round.id))
            done = list(self.commands)
            for command in reversed(done):   # hand back a command that has not been applied
                command.undo(self.project)
        return voting.whole_round(done, name=self.round.name)
