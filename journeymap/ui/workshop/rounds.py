"""The voting round the workshop runs now: open it, cast dots at the screen or from phones, count
down, close it. Every dot is its own undo step while the round runs; closing folds the whole round
(opening, dots, closing) into one undo step, so Ctrl+Z afterwards takes the round back at once.

Phones are served by journeymap.voting on waitress's threads; accepted taps queue up and cross to
the UI thread through a queued signal, where each batch becomes one core command (voting_batch).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from journeymap.core import voting
from journeymap.core.voting_batch import cast_batch
from journeymap.voting.bridge import allocations, make_box, tap_command
from journeymap.voting.server import VotingServer
from journeymap.ui.undo import core_command

if TYPE_CHECKING:
    from journeymap.ui.session import Session

TICK_MS = 200


class RoundController(QObject):
    round_did_change = Signal()          # opened, closed, a dot cast or taken back, another participant
    seconds_left_did_change = Signal(int)
    time_is_up = Signal()
    refused = Signal(str)                # a dot the rules refused, in words
    _phone_taps_waiting = Signal()       # from the server's threads to the UI thread

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.round_id: str | None = None
        self.participant = ""
        self.server: VotingServer | None = None
        self.phone_host = "0.0.0.0"        # every address: phones on the room's network reach it
        self._start_index = 0
        self._deadline: float | None = None
        self._folding = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._taps: list[tuple[str, str, int]] = []
        self._taps_lock = threading.Lock()
        self._phone_taps_waiting.connect(self._apply_phone_taps, Qt.ConnectionType.QueuedConnection)
        session.project_did_change.connect(self._project_did_change)
        session.project_did_reset.connect(self._forget)

    # -- reading ------------------------------------------------------------------------
    @property
    def round(self):
        return self.session.project.find("voting_rounds", self.round_id) if self.round_id else None

    @property
    def is_open(self) -> bool:
        rnd = self.round
        return rnd is not None and rnd.status == "open"

    def dots_left(self, participant: str | None = None) -> int:
        rnd = self.round
        who = participant if participant is not None else self.participant
        return rnd.dots - voting.dots_used(self.session.project, rnd, who) if rnd and who else 0

    def seconds_left(self) -> int | None:
        return None if self._deadline is None else max(0, int(self._deadline - time.monotonic() + 0.999))

    # -- the round ------------------------------------------------------------------------
    def open(self, *, journey_id: str, **spec) -> None:
        """Open a round (VotingError when the rules refuse its set-up)."""
        command = voting.open_round(self.session.project, journey_id=journey_id, **spec)
        self._start_index = self.session.undo_stack.index()
        self.session.push(command)
        self.round_id = command.entities[0].id
        people = command.entities[0].participants
        self.participant = people[0] if people else ""
        timer_s = command.entities[0].timer_s
        self._deadline = time.monotonic() + timer_s if timer_s else None
        if timer_s:
            self._timer.start()
        self.round_did_change.emit()

    def set_participant(self, name: str) -> None:
        self.participant = name.strip()
        self.round_did_change.emit()

    def cast(self, pain_point: str, delta: int = 1) -> bool:
        """One dot more (or, with -1, less) from the current participant; False when refused."""
        if not self.is_open:
            return False
        if not self.participant:
            self.refused.emit(self.tr("Choose who is voting first."))
            return False
        return self._push_tap(self.participant, pain_point, delta)

    def _push_tap(self, who: str, pain_point: str, delta: int) -> bool:
        if self.round_id is None:   # callers ask is_open first
            return False
        try:
            command = tap_command(self.session.project, self.round_id, who, pain_point, delta)
        except voting.VotingError as exc:
            self.refused.emit(str(exc))
            self._sync_box()
            return False
        self.session.push(command)
        return True

    def close(self) -> None:
        """Close the round and fold all it did into one undo step."""
        rnd = self.round
        if rnd is None or rnd.status != "open":
            return
        self.stop_phones()
        self._timer.stop()
        self._deadline = None
        stack = self.session.undo_stack
        done = [core_command(stack.command(i)) for i in range(self._start_index, stack.index())]
        closing = voting.close_round(self.session.project, round_id=rnd.id)
        self._folding = True
        try:
            stack.setIndex(self._start_index)
            self.session.push(voting.whole_round(done + [closing], name=rnd.name))
        finally:
            self._folding = False
        self.round_did_change.emit()

    def _tick(self) -> None:
        left = self.seconds_left()
        if left is None:
            self._timer.stop()
            return
        self.seconds_left_did_change.emit(left)
        if left <= 0:
            self._timer.stop()
            self.time_is_up.emit()
            self.close()

    # -- phones ----------------------------------------------------------------------------
    def start_phones(self, *, port: int = 0) -> str:
        """Serve the round to phones; returns the URL (with its token) to show as QR and text."""
        if self.server is None:
            box = make_box(self.session.project, self.round, sink=self._from_phone)
            self.server = VotingServer(box, host=self.phone_host, port=port).start()
        return self.server.url

    def stop_phones(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def _from_phone(self, who: str, pain_point: str, delta: int) -> None:
        # On a server thread: queue the tap; wake the UI thread only when the queue was empty, so
        # thirty phones tapping together cost the UI one refresh per batch, not one per dot.
        with self._taps_lock:
            self._taps.append((who, pain_point, delta))
            wake = len(self._taps) == 1
        if wake:
            self._phone_taps_waiting.emit()

    def _apply_phone_taps(self) -> None:
        with self._taps_lock:
            taps, self._taps = self._taps, []
        if not taps or not self.is_open or self.round_id is None:
            return
        command, refused = cast_batch(self.session.project, round_id=self.round_id, taps=taps)
        if command is not None:
            self.session.push(command)
        if refused:
            self.refused.emit(refused[-1][1])
            self._sync_box()

    def _sync_box(self) -> None:
        if self.server is not None and self.round is not None:
            self.server.box.sync(allocations(self.session.project, self.round))

    # -- following the project ---------------------------------------------------------------
    def _project_did_change(self, _changes) -> None:
        if self._folding:
            return
        if self.round_id is None:        # no round shown; the list of rounds may have changed (redo)
            self.round_did_change.emit()
            return
        if self.round is None:      # the opening was undone: no round any more
            self._forget()
            return
        if self.round.status != "open" and self._deadline is not None:
            self._timer.stop()
            self._deadline = None
        self._sync_box()
        self.round_did_change.emit()

    def _forget(self) -> None:
        self.stop_phones()
        self._timer.stop()
        self._deadline = None
        self.round_id = None
        self.round_did_change.emit()

    def show_closed(self, round_id: str | None) -> None:
        """Show a round that is already closed (its tally, results, replay); None: none."""
        self._forget()
        self.round_id = round_id
        self.round_did_change.emit()
