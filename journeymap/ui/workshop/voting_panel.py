"""The voting panel: set a round up, then run it (who votes now, dots left, the countdown, the
tally, phone voting with its QR code), and close it. Loads and shows; the RoundController acts."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from journeymap.analysis.votes import dots_by_participant, tally
from journeymap.core import voting
from journeymap.voting.server import qr_svg

if TYPE_CHECKING:
    from journeymap.ui.session import Session

FLASHES = 6


class VotingPanel(QWidget):
    results_requested = Signal()
    replay_requested = Signal()

    def __init__(self, session: Session, controller, *, selected_pain_points, parent=None):
        super().__init__(parent)
        self.session, self.controller = session, controller
        self._selected = selected_pain_points       # () -> [pain point id] selected on the map
        self._flash_left = 0
        self._said_for: tuple | None = None   # the round, its state, the voter and its dots when the message came
        layout = QVBoxLayout(self)
        rounds_row = QHBoxLayout()
        rounds_row.addWidget(QLabel(self.tr("Rounds:")))
        self.rounds = QComboBox()
        self.rounds.activated.connect(self._round_chosen)
        rounds_row.addWidget(self.rounds, 1)
        layout.addLayout(rounds_row)
        layout.addWidget(self._build_setup())
        layout.addWidget(self._build_live())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B3261E;")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(250)
        self._flash_timer.timeout.connect(self._flash_step)
        controller.round_did_change.connect(self.refresh)
        controller.seconds_left_did_change.connect(self._show_countdown)
        controller.time_is_up.connect(self.flash)
        controller.refused.connect(self.say)
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build_setup(self) -> QGroupBox:
        self.setup = QGroupBox(self.tr("New voting round"))
        form = QFormLayout(self.setup)
        self.name = QLineEdit()
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("Which pain points hurt customers most?"))
        self.candidates = QComboBox()
        self.candidates.addItems([self.tr("All open pain points"), self.tr("The selected stickies")])
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Ann, Bo, Cy (or leave empty)"))
        self.dots = QSpinBox()
        self.dots.setRange(1, voting.MAX_DOTS)
        self.dots.setValue(5)
        self.limit = QSpinBox()
        self.limit.setRange(0, voting.MAX_DOTS)
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.timer = QSpinBox()
        self.timer.setRange(0, 3600)
        self.timer.setSingleStep(30)
        self.timer.setSuffix(self.tr(" s"))
        self.timer.setSpecialValueText(self.tr("no timer"))
        self.hide_tally = QCheckBox(self.tr("Hide the tally until the round closes"))
        self.open_button = QPushButton(self.tr("Open round"))
        self.open_button.clicked.connect(self.open_round)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Question"), self.question),
                              (self.tr("Candidates"), self.candidates), (self.tr("Participants"), self.participants),
                              (self.tr("Dots each"), self.dots), (self.tr("Most on one sticky"), self.limit),
                              (self.tr("Timer"), self.timer)):
            form.addRow(label, widget)
        form.addRow(self.hide_tally)
        form.addRow(self.open_button)
        return self.setup

    def _build_live(self) -> QGroupBox:
        self.live = QGroupBox(self.tr("Round"))
        box = QVBoxLayout(self.live)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.who = QComboBox()
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.who.lineEdit()   # the one setEditable(True) made
        if edit is not None:
            edit.setPlaceholderText(self.tr("Who is voting?"))
            edit.editingFinished.connect(lambda: self.controller.set_participant(self.who.currentText()))
        self.who.activated.connect(lambda _: self.controller.set_participant(self.who.currentText()))
        self.left = QLabel()
        self.countdown = QLabel()
        font = QFont(self.countdown.font())
        font.setPointSize(28)
        font.setBold(True)
        self.countdown.setFont(font)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tally = QListWidget()
        self.tally.setMinimumHeight(160)
        self.tally.setWordWrap(True)
        self.tally.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.phones = QPushButton(self.tr("Phone voting"))
        self.phones.setCheckable(True)
        self.phones.toggled.connect(self._toggle_phones)
        self.qr = QSvgWidget()
        self.qr.setFixedSize(220, 220)
        self.url = QLabel()
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close round"))
        self.close_button.clicked.connect(self.controller.close)
        self.results_button = QPushButton(self.tr("Results…"))
        self.results_button.clicked.connect(self.results_requested)
        self.replay_button = QPushButton(self.tr("Replay the votes"))
        self.replay_button.clicked.connect(self.replay_requested)
        self.replay_note = QLabel()
        self.next_voter = QPushButton(self.tr("Next (anonymous)"))
        self.next_voter.setToolTip(self.tr("The next person at the screen votes as Voter N, without a name"))
        self.next_voter.clicked.connect(self._next_anonymous)
        who_row = QHBoxLayout()
        self.who_label = QLabel(self.tr("Voting now:"))
        who_row.addWidget(self.who_label)
        who_row.addWidget(self.who, 1)
        who_row.addWidget(self.next_voter)
        for item in (self.title, who_row, self.left, self.countdown, self.tally, self.phones, self.qr, self.url,
                     self.close_button, self.results_button, self.replay_button, self.replay_note):
            box.addLayout(item) if isinstance(item, QHBoxLayout) else box.addWidget(item)
        return self.live

    # -- acting -------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """A refusal or a problem, in red, until the voting moves on (another voter, a dot that
        lands or is taken back, the round opened or closed): a stale "Ann has 0 of 3 dots left"
        stayed beside Bo's turn and the closed round (QA walk)."""
        self.message.setText(text)
        self._said_for = self._moment()

    def _moment(self) -> tuple:
        rnd = self.controller.round
        if rnd is None:
            return (None,)
        return (rnd.id, rnd.status, self.controller.participant,
                sum(dots for _pid, dots in tally(self.session.project, rnd)))

    def open_round(self) -> None:
        journey = self.session.journey
        if journey is None:
            self.say(self.tr("Open a journey first."))
            return
        number = voting.next_number(self.session.project, journey.id)
        candidates = self._selected() if self.candidates.currentIndex() == 1 else []
        if self.candidates.currentIndex() == 1 and not candidates:
            self.say(self.tr("Select the stickies to vote on first (Ctrl+click on the map)."))
            return
        people = [p for p in (x.strip() for x in self.participants.text().split(",")) if p]
        try:
            self.controller.open(journey_id=journey.id, name=self.name.text().strip() or f"Round {number}",
                                 question=self.question.text(), dots=self.dots.value(),
                                 max_per_item=self.limit.value() or None, candidates=candidates,
                                 participants=people, timer_s=self.timer.value() or None,
                                 hide_tally=self.hide_tally.isChecked())
        except voting.VotingError as exc:
            self.say(str(exc))
            return
        self.message.clear()
        self.name.clear()

    def _next_anonymous(self) -> None:
        rnd = self.controller.round
        taken = set(dots_by_participant(self.session.project, rnd)) if rnd is not None else set()
        n = 1
        while self.tr("Voter %1").replace("%1", str(n)) in taken:
            n += 1
        self.controller.set_participant(self.tr("Voter %1").replace("%1", str(n)))

    def _toggle_phones(self, on: bool) -> None:
        if on and self.controller.is_open:
            url = self.controller.start_phones()
            self.qr.load(QByteArray(qr_svg(url).encode()))
            self.url.setText(url)
        else:
            self.controller.stop_phones()
        self._show_phones()

    def _show_phones(self) -> None:
        serving = self.controller.server is not None
        if self.phones.isChecked() != serving:
            self.phones.blockSignals(True)
            self.phones.setChecked(serving)
            self.phones.blockSignals(False)
        self.qr.setVisible(serving)
        self.url.setVisible(serving)

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.message.text() and self._moment() != self._said_for:   # the voting moved on
            self.message.clear()
        rnd = self.controller.round
        is_open = self.controller.is_open
        self.setup.setVisible(not is_open)
        self.live.setVisible(rnd is not None)
        self.close_button.setVisible(is_open)
        for widget in (self.who_label, self.who, self.next_voter):   # nobody votes in a closed round
            widget.setVisible(is_open)
        self.phones.setVisible(is_open)
        self.results_button.setVisible(rnd is not None and not is_open)
        self.replay_button.setVisible(rnd is not None and not is_open)
        self._show_phones()
        self._fill_rounds(rnd)
        if rnd is None:
            return
        state = self.tr("open") if is_open else self.tr("closed")
        self.title.setText(f"{rnd.name} ({state})" + (f"\n{rnd.question}" if rnd.question else ""))
        self._fill_who(rnd)
        who = self.controller.participant
        self.left.setText(self.tr("%1 has %2 of %3 dots left").replace("%1", who).replace(
            "%2", str(self.controller.dots_left())).replace("%3", str(rnd.dots)) if who and is_open else "")
        self._fill_tally(rnd)
        if self.controller.seconds_left() is None and not self._flash_left:
            self.countdown.setText("")

    def _fill_rounds(self, shown) -> None:
        """Every round of the journey, to look back at (its tally, results, replay)."""
        journey = self.session.journey
        rounds = voting.rounds_of(self.session.project, journey.id) if journey is not None else []
        self.rounds.blockSignals(True)
        self.rounds.clear()
        self.rounds.addItem(self.tr("(a new round)"), None)
        for r in rounds:
            state = self.tr("open") if r.status == "open" else self.tr("closed")
            self.rounds.addItem(f"{r.number}. {r.name} ({state})", r.id)
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(shown.id)) if shown is not None else 0)
        self.rounds.blockSignals(False)

    def _round_chosen(self, index: int) -> None:
        round_id = self.rounds.itemData(index)
        if self.controller.is_open and round_id != self.controller.round_id:
            self.say(self.tr("Close the open round first."))
            self.refresh()
        elif round_id is None:
            self.controller.show_closed(None)
        elif round_id != self.controller.round_id:
            self.controller.show_closed(round_id)

    def _fill_who(self, rnd) -> None:
        people = list(dots_by_participant(self.session.project, rnd))
        if [self.who.itemText(i) for i in range(self.who.count())] != people:
            self.who.blockSignals(True)
            self.who.clear()
            self.who.addItems(people)
            self.who.blockSignals(False)
        if self.who.currentText() != self.controller.participant:
            self.who.setEditText(self.controller.participant)

    def _fill_tally(self, rnd) -> None:
        self.tally.clear()
        if rnd.status == "open" and rnd.hide_tally:
            self.tally.addItem(self.tr("The tally is hidden until the round closes."))
            return
        titles = {p.id: p.title for p in self.session.project.all("pain_points")}
        for pid, dots in tally(self.session.project, rnd):
            self.tally.addItem(f"{dots:>3}  {titles.get(pid, pid)}")

    def _show_countdown(self, seconds: int) -> None:
        self.countdown.setText(f"{seconds // 60}:{seconds % 60:02d}")

    def flash(self) -> None:
        """The time is up: the countdown blinks and the machine beeps."""
        QApplication.beep()
        self.countdown.setText(self.tr("Time!"))
        self._flash_left = FLASHES
        self._flash_timer.start()

    def _flash_step(self) -> None:
        self._flash_left -= 1
        on = self._flash_left % 2 == 1
        self.countdown.setStyleSheet("background: #D55E00; color: white;" if on else "")
        if self._flash_left <= 0:
            self._flash_timer.stop()
            self.countdown.setStyleSheet("")
