"""Replaying a round: its votes land on the stickies again in the order they were cast, one every
``STEP_MS``, so the room sees how the judgment formed (who went first, what swung it)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from journeymap.core.voting import votes_of
from journeymap.core.project import Project

STEP_MS = 300


class Replay(QObject):
    step_did_change = Signal(dict, str)   # the tally so far; who gave the last dots, on what
    finished = Signal()

    def __init__(self, project: Project, rnd, parent=None):
        super().__init__(parent)
        titles = {p.id: p.title for p in project.all("pain_points")}
        order = {vid: i for i, vid in enumerate(project.tables["votes"])}
        self.votes = sorted(votes_of(project, rnd), key=lambda v: (v.cast_at, order[v.id]))
        self.titles = titles
        self.position = 0
        self.tally: dict[str, int] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self.step)

    def start(self) -> None:
        self.position, self.tally = 0, {}
        self.step_did_change.emit({}, "")
        self.timer.start()

    def step(self) -> None:
        if self.position >= len(self.votes):
            self.timer.stop()
            self.finished.emit()
            return
        vote = self.votes[self.position]
        self.position += 1
        self.tally[vote.pain_point] = self.tally.get(vote.pain_point, 0) + vote.dots
        self.step_did_change.emit(dict(self.tally), f"{vote.participant}: {vote.dots} \u2192 "
                                                    f"{self.titles.get(vote.pain_point, '')}")
