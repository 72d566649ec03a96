"""The results screen: the ranking before and after a round side by side (what the room changed),
and one click to a handout PDF or an A0 poster of the map."""
from __future__ import annotations

from typing import TYPE_CHECKING

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton,
                               QVBoxLayout)

from journeymap.analysis.votes import before_after, journey_rounds
from journeymap.ui.workshop import pdf

if TYPE_CHECKING:
    from journeymap.ui.session import Session


def moves(before: list, after: list) -> list[str]:
    """Each row of ``after`` in words: rank, title, and how far it moved (up, down, new)."""
    was = {pid: rank for rank, pid, _, _ in before}
    lines = []
    for rank, pid, title, _ in after:
        old = was.get(pid)
        move = "new" if old is None else ("=" if old == rank else (f"\u2191{old - rank}" if old > rank
                                                                     else f"\u2193{rank - old}"))
        lines.append(f"{rank:>2}. {title}   {move}")
    return lines


class ResultsDialog(QDialog):
    def __init__(self, session: Session, round_id: str, *, scene, drivers: dict | None = None, parent=None):
        super().__init__(parent)
        self.session, self.scene = session, scene
        self.round = session.project.get("voting_rounds", round_id)
        self.setWindowTitle(self.tr("Results of %1").replace("%1", self.round.name))
        self.resize(1000, 640)
        self.before, self.after = before_after(session.project, self.round, drivers=drivers)
        self.before_list, self.after_list = QListWidget(), QListWidget()
        self.before_list.addItems([f"{r:>2}. {t}" for r, _, t, _ in self.before])
        self.after_list.addItems(moves(self.before, self.after))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Before the round")), 0, 0)
        grid.addWidget(QLabel(self.tr("After the round")), 0, 1)
        grid.addWidget(self.before_list, 1, 0)
        grid.addWidget(self.after_list, 1, 1)
        self.handout_button = QPushButton(self.tr("Handout PDF…"))
        self.poster_button = QPushButton(self.tr("A0 poster PDF…"))
        self.handout_button.clicked.connect(lambda: self._save("handout"))
        self.poster_button.clicked.connect(lambda: self._save("poster"))
        self.saved = QLabel()
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.handout_button)
        buttons.addWidget(self.poster_button)
        buttons.addWidget(self.saved, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)   # Qt's own words: translated with qtbase
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        question = QLabel(self.round.question)
        question.setWordWrap(True)
        layout.addWidget(question)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)

    def _save(self, what: str) -> None:
        """One click: the PDF goes beside the project file (home without one), never over another."""
        try:
            self.write(what, str(self.default_path(what)))
        except OSError as exc:
            self.saved.setText(self.tr("Could not save: %1").replace("%1", str(exc)))

    def default_path(self, what: str) -> Path:
        folder = Path(self.session.path).parent if self.session.path else Path.home()
        journey = self.session.project.get("journeys", self.round.journey).name
        stem = f"{journey} - {self.round.name} - {'handout' if what == 'handout' else 'poster A0'}"
        stem = "".join(ch if ch not in '<>:"/\\|?*' else "_" for ch in stem)
        path, n = folder / f"{stem}.pdf", 2
        while path.exists():
            path, n = folder / f"{stem} ({n}).pdf", n + 1
        return path

    def write(self, what: str, path: str) -> None:
        """Write the handout or the poster to ``path`` (the buttons ask where first)."""
        journey = self.session.project.get("journeys", self.round.journey)
        if not os.access(Path(path).parent, os.W_OK):
            raise OSError(f"the folder {Path(path).parent} cannot be written")
        if what == "poster":
            pdf.write_poster(self.scene, path, title=journey.name)
        else:
            pdf.write_handout(self.scene, path, title=journey.name, subtitle=self._subtitle(),
                              ranked=self._ranked_rows(), rounds=self._round_rows())
        if not Path(path).is_file():
            raise OSError(f"{path} was not written")
        self.saved.setText(self.tr("Saved %1").replace("%1", path))

    def _subtitle(self) -> str:
        return f"{self.round.name}" + (f": {self.round.question}" if self.round.question else "")

    def _ranked_rows(self) -> list:
        dots: dict[str, int] = {}
        for v in self.session.project.all("votes"):
            dots[v.pain_point] = dots.get(v.pain_point, 0) + v.dots
        return [(rank, title, score, dots.get(pid, 0)) for rank, pid, title, score in self.after]

    def _round_rows(self) -> list:
        titles = {p.id: p.title for p in self.session.project.all("pain_points")}
        return [(r.name, r.question, [(titles.get(pid, pid), n) for pid, n in r.tally if n])
                for r in journey_rounds(self.session.project, self.round.journey)]
