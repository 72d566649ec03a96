"""Presentation mode: the map full screen for a projector, one phase at a time.

The map is the canvas itself (a CanvasView of its own), with no chrome around it: a white
background, a black title bar with the phase's name in large type, and the round's countdown and
question. It opens on the phase of the stage selected in the workshop, and follows the selection there
(a stage added while people talk brings its phase up on the projector). Keys: Right / Page Down / Space the next phase, Left / Page Up the previous, Home the
whole journey, Esc back to the app. Clicking stickies votes as in the workshop view. Where a second
screen exists, a presenter window on it shows the notes, the countdown and the tally.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from journeymap.analysis.votes import tally
from journeymap.ui.views import make_canvas

from .badges import show_round
from .gestures import StickyGestures

if TYPE_CHECKING:
    from journeymap.ui.session import Session

NEXT = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
SHOWN_LANES = ("customer_action", "stages", "pain_points")   # what a phase step frames
MAX_ZOOM = 2.2


class Spotlight(QWidget):
    """Veils the map outside the phase shown, so the room looks where the facilitator talks.
    A see-through child of the canvas's viewport: it draws, and lets every click through."""

    def __init__(self, canvas):
        super().__init__(canvas.viewport())
        self.canvas = canvas
        self.span: tuple[float, float] | None = None   # scene x from, to; None: nothing veiled
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        canvas.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False

    def paintEvent(self, event) -> None:
        if self.span is None:
            return
        left = self.canvas.mapFromScene(self.span[0], 0).x()
        right = self.canvas.mapFromScene(self.span[1], 0).x()
        painter = QPainter(self)
        veil = QColor(255, 255, 255, 170)
        painter.fillRect(0, 0, max(0, left), self.height(), veil)
        painter.fillRect(right, 0, max(0, self.width() - right), self.height(), veil)


def _bar_label(size: int, *, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: white; font-size: {size}px; font-weight: {'bold' if bold else 'normal'};")
    return label


class PresentationWindow(QWidget):
    closed = Signal()

    def __init__(self, session: Session, controller, *, presenter: bool | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.controller = session, controller
        self.setWindowTitle(self.tr("JourneyMap presentation"))
        self.setStyleSheet("PresentationWindow { background: black; }")
        # The first phase, large enough to read from the back of the room; Home shows the whole journey
        # (-1), which on a projector is an overview, not something to read (QA 14).
        self.phase_index = 0
        self.canvas = make_canvas(session)
        self.canvas.scene().light_only = True      # dark text on white: what a projector shows best
        self.canvas.scene().rebuild()
        self.canvas.setBackgroundBrush(QBrush(QColor("white")))
        self.canvas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.canvas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.canvas.setFrameShape(self.canvas.Shape.NoFrame)
        self.canvas.installEventFilter(self)
        self.gestures = StickyGestures(self.canvas, session, controller)
        self.spotlight = Spotlight(self.canvas)
        self.phase = _bar_label(40, bold=True)
        self.question = _bar_label(24)
        self.clock = _bar_label(40, bold=True)
        bar = QWidget()
        bar.setStyleSheet("background: black;")
        row = QHBoxLayout(bar)
        row.setContentsMargins(28, 10, 28, 10)
        row.addWidget(self.phase)
        row.addWidget(self.question, 1)
        row.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.canvas, 1)
        controller.round_did_change.connect(self.refresh)
        self.canvas.items_did_change.connect(self.refresh)   # after its map has followed (a sticky back)
        controller.seconds_left_did_change.connect(self._show_clock)
        many = len(QGuiApplication.screens()) > 1
        self.presenter = PresenterWindow(session, controller, self) if (presenter if presenter is not None
                                                                          else many) else None
        self.refresh()

    # -- showing ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Full screen on the projector (the last screen), presenter notes on the first."""
        screens = QGuiApplication.screens()
        screen = screens[-1]
        self.setScreen(screen)
        self.setGeometry(screen.geometry())     # full size even where no window manager obliges
        self.showFullScreen()
        if self.presenter is not None:
            if len(screens) > 1:
                self.presenter.move(screens[0].availableGeometry().topLeft())
            self.presenter.show()
        self.canvas.setFocus()
        self.show_phase(self.phase_index)

    def phases(self) -> list[tuple[str, str, float, float]]:
        """(id, name, left, width) of each phase column on the map."""
        scene = self.canvas.scene()
        scene.flush()
        return list(scene.lanes.geometry.columns)

    def show_phase(self, index: int) -> None:
        """Frame phase ``index`` (its stages and pain points), or the whole journey for -1."""
        scene = self.canvas.scene()
        columns = self.phases()
        self.phase_index = max(-1, min(index, len(columns) - 1))
        journey = self.session.journey
        if self.phase_index < 0 or not columns:
            self.canvas.fit_all()
            self.spotlight.span = None
            self.phase.setText(journey.name if journey else "")
        else:
            _, name, left, width = columns[self.phase_index]
            lanes = scene.lanes.geometry.lanes
            top = scene.lanes.geometry.top
            bottom = max(lanes[lane][0] + lanes[lane][1] for lane in SHOWN_LANES if lane in lanes)
            self.canvas.fitInView(QRectF(left - 20, top, width + 40, bottom - top + 20),
                                  Qt.AspectRatioMode.KeepAspectRatio)
            if self.canvas.zoom_level() > MAX_ZOOM:
                self.canvas.zoom_by(MAX_ZOOM / self.canvas.zoom_level())
            self.canvas.centerOn(left + width / 2, (top + bottom) / 2)
            self.spotlight.span = (left, left + width)
            self.phase.setText(self.tr("%1 of %2: %3").replace("%1", str(self.phase_index + 1)).replace(
                "%2", str(len(columns))).replace("%3", name))
        self.spotlight.setGeometry(self.canvas.viewport().rect())
        self.spotlight.raise_()
        self.spotlight.update()
        if self.presenter is not None:
            self.presenter.show_notes(self.phase_index, columns)

    def follow(self, selection: list) -> None:
        """Show the phase of the stage selected on the facilitator's map (the room follows)."""
        stage = next((self.session.project.find("stages", i) for kind, i in selection if kind == "stages"), None)
        if stage is None or stage.phase is None:
            return
        index = next((k for k, column in enumerate(self.phases()) if column[0] == stage.phase), None)
        if index is not None and index != self.phase_index:
            self.show_phase(index)

    def refresh(self) -> None:
        rnd = self.controller.round
        show_round(self.canvas, self.session.project, rnd)
        open_now = rnd is not None and rnd.status == "open"
        self.question.setText((rnd.question or rnd.name) if open_now else "")
        if self.controller.seconds_left() is None:
            self.clock.setText("")

    def _show_clock(self, seconds: int) -> None:
        self.clock.setText(f"{seconds // 60}:{seconds % 60:02d}")

    # -- keys ------------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._key(event.key()):
            return True
        return False

    def keyPressEvent(self, event) -> None:
        if not self._key(event.key()):
            super().keyPressEvent(event)

    def _key(self, key) -> bool:
        if key in NEXT:
            self.show_phase(self.phase_index + 1)
        elif key in PREVIOUS:
            self.show_phase(self.phase_index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_phase(-1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            return False
        return True

    def closeEvent(self, event) -> None:
        if self.presenter is not None:
            self.presenter.close()
        self.controller.round_did_change.disconnect(self.refresh)
        self.canvas.items_did_change.disconnect(self.refresh)
        self.controller.seconds_left_did_change.disconnect(self._show_clock)
        super().closeEvent(event)
        self.closed.emit()


class PresenterWindow(QWidget):
    """The facilitator's screen: the phase's stages as notes, the countdown, the tally."""

    def __init__(self, session: Session, controller, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.controller = session, controller
        self.setWindowTitle(self.tr("JourneyMap presenter"))
        self.resize(900, 700)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 26px; font-weight: bold;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("font-size: 18px;")
        self.clock = QLabel()
        self.clock.setStyleSheet("font-size: 48px; font-weight: bold;")
        self.tally = QListWidget()
        self.tally.setStyleSheet("font-size: 18px;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notes)
        layout.addWidget(self.clock)
        layout.addWidget(self.tally, 1)
        controller.round_did_change.connect(self.refresh)
        controller.seconds_left_did_change.connect(lambda s: self.clock.setText(f"{s // 60}:{s % 60:02d}"))
        self.refresh()

    def show_notes(self, index: int, columns) -> None:
        project = self.session.project
        if index < 0 or index >= len(columns):
            self.heading.setText(self.tr("The whole journey"))
            self.notes.setText(self.tr("Right arrow: the first phase. Esc ends the presentation."))
            return
        phase_id, name = columns[index][0], columns[index][1]
        phase = project.find("phases", phase_id)
        stages = sorted((s for s in project.stages_of(self.session.journey_id or "") if s.phase == phase_id),
                        key=lambda s: s.x)
        lines = [phase.description] if phase is not None and phase.description else []
        for s in stages:
            pains = [p.title for p in project.where("pain_points", stage=s.id) if p.status in ("open", "accepted")]
            lines.append(f"\u2022 {s.name}" + (f": {'; '.join(pains)}" if pains else ""))
        self.heading.setText(name)
        self.notes.setText("\n".join(lines))

    def refresh(self) -> None:
        rnd = self.controller.round
        self.tally.clear()
        if rnd is None:
            return
        titles = {p.id: p.title for p in self.session.project.all("pain_points")}
        for pid, dots in tally(self.session.project, rnd):
            self.tally.addItem(f"{dots:>3}  {titles.get(pid, pid)}")
