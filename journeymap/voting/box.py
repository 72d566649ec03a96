"""The ballot box behind the phone page: what a round offers, each phone's dots, and the rules.

It holds its own copy of the round (candidate ids and titles, dots, limit) so the HTTP threads never
read the project while its owner edits it. An accepted tap is handed to ``sink(participant,
pain_point, delta)`` inside the box's lock: the app queues it to the UI thread, the command line
applies it to the project at once. A sink that refuses (raises VotingError) refuses the tap.
No Qt.
"""
from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass, field
from typing import Callable

from journeymap.core.voting import VotingError, participant_name

TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"   # no 0/o, 1/l: readable off a projector
TOKEN_LENGTH = 12                                       # 60 bits: unguessable at any rate we allow
MAX_PARTICIPANTS = 500


def new_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


@dataclass(frozen=True)
class Candidate:
    id: str
    title: str


@dataclass
class Tap:
    ok: bool
    message: str
    mine: dict[str, int] = field(default_factory=dict)   # pain point id -> this participant's dots
    left: int = 0


class BallotBox:
    def __init__(self, *, name: str, question: str, candidates: list[Candidate], dots: int,
                 max_per_item: int | None = None, sink: Callable[[str, str, int], None] | None = None,
                 token: str | None = None):
        self.name, self.question = name, question
        self.candidates = list(candidates)
        self.dots, self.max_per_item = dots, max_per_item
        self.token = token or new_token()
        self._ids = {c.id for c in self.candidates}
        self._sink = sink
        self._lock = threading.Lock()
        self._open = True
        self._mine: dict[str, dict[str, int]] = {}
        self.changed = threading.Event()   # set after every accepted tap (benchmarks wait on it)

    def token_ok(self, token: str) -> bool:
        return hmac.compare_digest(token.encode("utf-8", "replace"), self.token.encode())

    @property
    def is_open(self) -> bool:
        return self._open

    def close(self) -> None:
        with self._lock:
            self._open = False

    def sync(self, allocations: dict[str, dict[str, int]]) -> None:
        """Take the dots as the project holds them (votes cast at the screen, undo)."""
        with self._lock:
            self._mine = {who: {pp: n for pp, n in mine.items() if n > 0} for who, mine in allocations.items()}

    def mine(self, participant: str) -> Tap:
        with self._lock:
            return self._state(participant, True, "")

    def tally(self) -> dict[str, int]:
        with self._lock:
            totals = dict.fromkeys(self._ids, 0)
            for mine in self._mine.values():
                for pp, n in mine.items():
                    totals[pp] = totals.get(pp, 0) + n
            return totals

    def tap(self, participant: str, pain_point: str, delta: int) -> Tap:
        """One dot more (+1) or less (-1) from ``participant`` on ``pain_point``."""
        try:
            who = participant_name(participant)
        except VotingError as exc:
            return Tap(False, str(exc))
        with self._lock:
            problem = self._problem(who, pain_point, delta)
            if not problem and self._sink is not None:
                try:
                    self._sink(who, pain_point, delta)
                except VotingError as exc:
                    problem = str(exc)
            if problem:
                return self._state(who, False, problem)
            mine = self._mine.setdefault(who, {})
            mine[pain_point] = mine.get(pain_point, 0) + delta
            if mine[pain_point] <= 0:
                del mine[pain_point]
            self.changed.set()
            return self._state(who, True, "")

    def _problem(self, who: str, pain_point: str, delta: int) -> str:
        if not self._open:
            return "This round is closed."
        if pain_point not in self._ids:
            return "That is not a choice in this round."
        if delta not in (1, -1):
            return "One dot at a time."
        mine = self._mine.get(who, {})
        if who not in self._mine and len(self._mine) >= MAX_PARTICIPANTS:
            return "This round has as many participants as it can take."
        if delta < 0:
            return "" if mine.get(pain_point, 0) > 0 else "You have no dot there to take back."
        if sum(mine.values()) >= self.dots:
            return f"You have used all {self.dots} dots."
        if self.max_per_item is not None and mine.get(pain_point, 0) >= self.max_per_item:
            return f"At most {self.max_per_item} dots on one choice."
        return ""

    def _state(self, who: str, ok: bool, message: str) -> Tap:
        mine = dict(self._mine.get(who, {}))
        return Tap(ok, message, mine, self.dots - sum(mine.values()))
