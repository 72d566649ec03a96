"""Pain points suggested from the data, one card each with Accept and Dismiss (Pain points view, right).

Candidates come from analysis.candidates (drivers' "concentrate here" items, the head of the feedback
Pareto, metrics off target); accepting adds the pain point with its evidence, dismissing keeps it as a
dismissed pain point so the data does not suggest it again. Both are one undoable command.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from journeymap.ui.refresh import Refresher
from journeymap.core.project import Project

if TYPE_CHECKING:
    from journeymap.ui.session import Session


def _glue():
    from journeymap.analysis import candidates   # the analysis glue
    return candidates


def feedback_pareto(project: Project, journey_id: str) -> list:
    """The Pareto of the journey's coded feedback reasons (analysis.reasons), for the suggestions."""
    rows = [f for f in project.where("feedback", journey=journey_id) if f.reason]
    if not rows:
        return []
    import pandas as pd
    from journeymap.analysis.reasons import pareto
    frame = pd.DataFrame({"reason": [f.reason for f in rows], "score": [f.score for f in rows],
                          "stage": [f.stage for f in rows], "source": [f.source for f in rows]})
    return pareto(frame)



class CandidatesPanel(QWidget):
    """Suggestions from the data, one card each with Accept and Dismiss."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.drivers: dict | None = None
        self.candidates: list = []
        self.cards: dict = {}              # candidate key -> (accept button, dismiss button)
        self._pareto: list | None = None   # the feedback reasons' Pareto, until the feedback changes
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self._box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # muted, light or dark
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Suggested from the data</b>"))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self._later = Refresher(self, self.refresh)   # once per command, and only while on screen
        session.project_did_change.connect(self._on_change)
        session.project_did_reset.connect(self._forget)
        session.journey_did_change.connect(lambda _id: self._forget())

    def set_drivers(self, drivers: dict | None) -> None:
        self.drivers = drivers
        self.refresh()

    def refresh(self) -> None:
        journey = self.session.journey_id
        try:
            if self._pareto is None and journey is not None:
                self._pareto = feedback_pareto(self.session.project, journey)
            self.candidates = [] if journey is None else list(_glue().suggest(
                self.session.project, journey_id=journey, drivers=self.drivers, pareto=self._pareto))
            message = "" if self.candidates else self.tr("No suggestions: nothing in the data stands out "
                                                         "that is not on the list already.")
        except ValueError as exc:
            self.candidates, message = [], str(exc)
        self.status.setText(message)
        self._show()

    def _show(self) -> None:
        while self._box.count():
            item = self._box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = {}
        for candidate in self.candidates:
            self._box.addWidget(self._card(candidate))
        self._box.addStretch(1)

    def _card(self, candidate) -> QWidget:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"<b>{escape(str(candidate.title), quote=False)}</b>")
        stage = self.session.project.find("stages", candidate.stage)
        where = stage.name if stage else (candidate.stage or "")
        why = QLabel(f"{where} · {candidate.why}" if where else str(candidate.why))
        why.setTextFormat(Qt.TextFormat.PlainText)
        for label in (title, why):
            label.setWordWrap(True)
        why.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # muted, light or dark
        accept, dismiss = QPushButton(self.tr("Accept")), QPushButton(self.tr("Dismiss"))
        accept.setToolTip(self.tr("Add it to the pain points (undoable)"))
        dismiss.setToolTip(self.tr("Do not suggest it again (undoable)"))
        accept.clicked.connect(lambda: self.accept(candidate))
        dismiss.clicked.connect(lambda: self.dismiss(candidate))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(dismiss)
        buttons.addWidget(accept)
        layout = QVBoxLayout(card)
        layout.addWidget(title)
        layout.addWidget(why)
        layout.addLayout(buttons)
        self.cards[candidate.key] = (accept, dismiss)
        return card

    def accept(self, candidate) -> None:
        from journeymap.core import commands
        entities = _glue().accept(candidate, journey_id=self.session.journey_id)
        self.session.push(commands.add(*entities, label=self.tr("Accept suggested pain point")))

    def dismiss(self, candidate) -> None:
        """Kept as a dismissed pain point (with its evidence): the data will not suggest it again."""
        from journeymap.core import commands
        from journeymap.core.model import replace
        pain, *evidence = _glue().accept(candidate, journey_id=self.session.journey_id)
        self.session.push(commands.add(replace(pain, status="dismissed"), *evidence,
                                       label=self.tr("Dismiss suggested pain point")))

    def _on_change(self, changes) -> None:
        if changes.touches("feedback", "stages", ignore_fields=("x", "y")):
            self._pareto = None
        if changes.touches("pain_points", "evidence", "stages", "metric_values", "metrics", "feedback",
                           ignore_fields=("x", "y")):
            self._later.start()

    def _forget(self) -> None:
        self._pareto = None
        self._later.start()
