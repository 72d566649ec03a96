"""What if: tick initiatives on and off, see the projected outcome and the future-state stage scores.

The projection is analysis.projection.what_if: the outcome moves by b x (item change) summed over the
ticked initiatives (b the items' unstandardised regression coefficients, the interval from their full
covariance); a stage's score moves by its items' changes on 0..100. Operating-metric initiatives count
only through their stated link, listed as assumptions. Ticking is a what-if, not an edit: no undo step.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QHeaderView, QLabel, QListWidget, QListWidgetItem, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from journeymap.analysis.projection import what_if
from journeymap.core.initiatives import normal_status

if TYPE_CHECKING:
    from journeymap.ui.session import Session


class WhatIfPanel(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.coefs = None
        self.why = ""
        self.outcome: float | None = None
        self.scores: dict = {}
        self.period: str | None = None
        self.result = None
        self.choices = QListWidget()
        self.choices.itemChanged.connect(lambda _item: self.recompute())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.assumptions = QLabel()
        self.assumptions.setWordWrap(True)
        self.assumptions.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # muted, light or dark
        self.stages = QTableWidget(0, 4)
        self.stages.setHorizontalHeaderLabels([self.tr("Stage (future state)"), self.tr("Now"), self.tr("What if"),
                                               self.tr("Change")])
        self.stages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):      # the numbers take what they need; the stage's name the rest
            self.stages.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.stages.setWordWrap(True)
        self.stages.verticalHeader().hide()
        self.stages.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel(self.tr("<b>What if these deliver</b>")))
        layout.addWidget(self.choices, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.stages, 3)
        layout.addWidget(self.assumptions)

    def set_basis(self, coefs, why: str, outcome, scores: dict, period) -> None:
        self.coefs, self.why, self.outcome, self.scores, self.period = coefs, why, outcome, scores, period

    def fill(self, initiatives: list) -> None:
        """One tick box per initiative; open ones ticked at first, a known tick kept."""
        known = {self.choices.item(i).data(Qt.ItemDataRole.UserRole): self.choices.item(i).checkState()
                 for i in range(self.choices.count())}
        self.choices.blockSignals(True)
        self.choices.clear()
        for init in initiatives:
            item = QListWidgetItem(init.title)
            item.setData(Qt.ItemDataRole.UserRole, init.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            open_ = normal_status(init.status) in ("idea", "planned", "in_progress")
            item.setCheckState(known.get(init.id, Qt.CheckState.Checked if open_ else Qt.CheckState.Unchecked))
            self.choices.addItem(item)
        self.choices.blockSignals(False)
        self.recompute()

    def ticked(self) -> list[str]:
        return [self.choices.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.choices.count())
                if self.choices.item(i).checkState() == Qt.CheckState.Checked]

    def recompute(self) -> None:
        project = self.session.project
        chosen = [project.get("initiatives", k) for k in self.ticked() if project.find("initiatives", k)]
        if self.coefs is None:
            self.result = None
            self.summary.setText(self.tr("No projection: {why}").format(why=self.why or self.tr("no survey")))
            self.stages.setRowCount(0)
            self.assumptions.clear()
            return
        self.result = what_if(project, chosen, self.coefs)
        r = self.result
        now = "-" if self.outcome is None else f"{self.outcome:.2f}"
        then = "-" if self.outcome is None else f"{self.outcome + r.effect:.2f}"
        self.summary.setText(self.tr(
            "<b>{outcome}</b>: {now} \u2192 <b>{then}</b> ({effect:+.3f}, 95% CI {low:+.3f} to {high:+.3f})"
            "<br><span style='color:#5F6368'>{n} of {total} initiatives ticked; coefficients from {ds} "
            "(n = {nobs:,}); now = {period}</span>").format(
            outcome=self.coefs.outcome, now=now, then=then, effect=r.effect, low=r.low, high=r.high,
            n=len(chosen), total=self.choices.count(), ds=self.coefs.dataset, nobs=self.coefs.n,
            period=self.period or "-").replace("#5F6368", _tones()[2]))
        self._fill_stages(r.stage_changes)
        notes = list(r.assumptions) + [self.tr("not projected: {s}").format(s=s) for s in r.skipped]
        self.assumptions.setText("<br>".join(notes))

    def _fill_stages(self, changes: dict) -> None:
        project = self.session.project
        future = {s.derived_from: s for s in project.all("stages") if s.derived_from}
        ids = [s for s in self.scores if s in changes] + [s for s in self.scores if s not in changes]
        self.stages.setRowCount(len(ids))
        for row, sid in enumerate(ids):
            stage = project.find("stages", sid)
            name = future[sid].name if sid in future else (stage.name if stage is not None else sid)
            now, delta = self.scores[sid], changes.get(sid, 0.0)
            cells = [name, f"{now:.0f}", f"{min(100.0, now + delta):.0f}", f"{delta:+.1f}" if delta else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col and delta:
                    item.setForeground(QColor(_tones()[0] if delta > 0 else _tones()[1]))
                self.stages.setItem(row, col, item)


def _tones() -> tuple[str, str, str]:
    """(better, worse, muted) for the palette in use: Qt's darkGreen/darkRed and a fixed grey vanish on dark."""
    from PySide6.QtWidgets import QApplication
    if QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128:
        return "#81C995", "#F28B82", "#9AA0A6"
    return "#137333", "#A50E0E", "#5F6368"
