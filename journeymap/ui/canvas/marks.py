"""Marks on the cards that come from elsewhere: the current/future diff, metric badges.

Recomputed once per burst of changes (deferred like the lanes).
"""
from __future__ import annotations

from PySide6.QtCore import QTimer

from journeymap.core import diff as diff_mod


class Marks:
    def __init__(self, scene):
        self.scene = scene
        self.diff_against: str | None = None
        self.badge_metric: str | None = None
        self.heatmap_metric: str | None = None
        self.diff: diff_mod.JourneyDiff | None = None
        self._pending = False

    def schedule(self) -> None:
        if (self.diff_against or self.badge_metric) and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        if self._pending:
            self.refresh()

    def refresh(self) -> None:
        self._pending = False
        project, jid = self.scene.project, self.scene.journey_id
        self.diff = None
        other = self.diff_against
        if other and jid and project.find("journeys", other) and project.find("journeys", jid):
            future, current = diff_mod.orient(project, jid, other)
            self.diff = diff_mod.compare(project, future, current)
        for sid, card in self.scene.cards.items():
            status = self.diff.status_of(sid) if self.diff else None
            card.set_diff(status, self.diff.changed.get(sid, ()) if status == "changed" else ())
            card.set_badge(self._badge(sid))

    def _badge(self, stage_id: str) -> str:
        if not self.badge_metric:
            return ""
        project = self.scene.project
        metric = project.find("metrics", self.badge_metric)
        values = [v for v in project.where("metric_values", metric=self.badge_metric, stage=stage_id)
                  if v.segment == "" and v.value is not None]
        if not values or metric is None:
            return ""
        value = max(values, key=lambda v: v.period).value
        text = f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
        return f"{text}{metric.unit}" if metric.unit in ("%", "s") else text
