"""The Workshop view: the map for capturing and voting, with the voting panel beside it and a strip
of the facilitator's buttons (present, results). One RoundController serves the view, the
presentation window and the phone server alike."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
from journeymap.ui.views import READABLE_ZOOM, make_canvas

from .badges import show_round
from .capture import Capture
from .gestures import StickyGestures
from .rounds import RoundController
from .voting_panel import VotingPanel

if TYPE_CHECKING:
    from journeymap.ui.session import Session

    from .presentation import PresentationWindow
    from .replay import Replay
    from .results import ResultsDialog

HINT = QT_TRANSLATE_NOOP("WorkshopView", "Tab: stage after the selected one \u00b7 Enter: pain point under it "
                         "\u00b7 type, Enter to keep \u00b7 Esc: take it back \u00b7 drag a sticky onto its "
                         "duplicate to merge \u00b7 F5: present")


class WorkshopView(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.controller = RoundController(session, self)
        self.canvas = make_canvas(session)
        self.capture = Capture(self.canvas, session, self)
        self.panel = VotingPanel(session, self.controller, selected_pain_points=self.selected_pain_points)
        self.gestures = StickyGestures(self.canvas, session, self.controller, on_refused=self.panel.say)
        self.presentation: PresentationWindow | None = None
        self.results: ResultsDialog | None = None
        self._fitted = False
        self.present_button = QPushButton(self.tr("Present (F5)"))
        self.present_button.clicked.connect(self.present)
        # F5 is the main window's Present, from every view (a second F5 here would make the key ambiguous)
        hint = QLabel(QCoreApplication.translate("WorkshopView", HINT))
        hint.setStyleSheet("color: #59626D;")
        hint.setWordWrap(True)
        strip = QHBoxLayout()
        strip.addWidget(self.present_button)
        strip.addWidget(hint, 1)
        side = QScrollArea()
        side.setWidgetResizable(True)
        side.setWidget(self.panel)
        side.setMinimumWidth(300)
        side.setMaximumWidth(420)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.addLayout(strip)
        layout.addWidget(splitter, 1)
        self.controller.round_did_change.connect(self.show_tally)
        # and again once the map has followed the change: the controller hears of it before the canvas
        # does, so a sticky an undo brings back (a merge undone) had no item yet to carry its badge
        self.canvas.items_did_change.connect(self.show_tally)
        self.panel.results_requested.connect(self.show_results)
        self.panel.replay_requested.connect(self.replay)
        self.replaying: Replay | None = None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:     # the whole journey in sight the first time the view shows
            self._fitted = True
            QTimer.singleShot(0, self.show_readable)

    def show_readable(self) -> None:
        """The whole journey if its text stays readable so; else fitted to its height, from its start
        (the room reads the cards; the facilitator scrolls along)."""
        canvas = self.canvas
        canvas.fit_all()
        rect = canvas.scene().map_rect()
        if canvas.zoom_level() < READABLE_ZOOM and rect.height() > 0:
            room = canvas.viewport().height() - canvas.horizontalScrollBar().sizeHint().height()
            target = min(room * 0.95 / rect.height(), 1.0)
            if target > canvas.zoom_level():
                canvas.zoom_by(target / canvas.zoom_level())
                canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().minimum())

    def selected_pain_points(self) -> list[str]:
        return [i for kind, i in self.canvas.selection() if kind == "pain_points"]

    def show_tally(self) -> None:
        show_round(self.canvas, self.session.project, self.controller.round)

    def replay(self):
        """The shown round's votes landing again on the stickies, in the order they were cast."""
        from .badges import draw_badges
        from .replay import Replay

        rnd = self.controller.round
        if rnd is None:
            return None
        self.replaying = Replay(self.session.project, rnd, self)

        def show(dots: dict, note: str) -> None:
            for canvas in filter(None, (self.canvas, self.presentation and self.presentation.canvas)):
                draw_badges(canvas, dots)
            self.panel.replay_note.setText(note)
        self.replaying.step_did_change.connect(show)
        self.replaying.finished.connect(self.show_tally)
        self.replaying.start()
        return self.replaying

    def present(self, *, presenter: bool | None = None):
        """The map full screen, phase by phase (Esc returns)."""
        from .presentation import PresentationWindow

        if self.presentation is None:
            self.presentation = PresentationWindow(self.session, self.controller, presenter=presenter)
            self.presentation.closed.connect(self._presentation_closed)
            self.canvas.selection_did_change.connect(self.presentation.follow)
            self.presentation.start()
            self.presentation.follow(self.canvas.selection())
        return self.presentation

    def _presentation_closed(self) -> None:
        if self.presentation is None:   # closed once already
            return
        self.canvas.selection_did_change.disconnect(self.presentation.follow)
        self.presentation.deleteLater()
        self.presentation = None
        self.canvas.setFocus()

    def show_results(self, *, drivers: dict | None = None, modal: bool = True):
        """The ranking before and after the round shown, with the PDF buttons."""
        from .results import ResultsDialog

        rnd = self.controller.round
        if rnd is None:
            return None
        if drivers is None and self.session.path:
            from journeymap.analysis.ranking import journey_drivers
            drivers, _ = journey_drivers(self.session.path, self.session.project, journey_id=rnd.journey)
        self.results = ResultsDialog(self.session, rnd.id, scene=self.canvas.scene(), drivers=drivers, parent=self)
        if modal:
            self.results.exec()
        else:
            self.results.show()
        return self.results

    def closeEvent(self, event) -> None:
        self.controller.stop_phones()
        super().closeEvent(event)
