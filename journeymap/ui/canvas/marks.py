"""Marks on the cards that come from elsewhere: the current/future diff, metric badges, heatmap.

Recomputed once per burst of changes (deferred like the lanes).
"""
from __future__ import annotations

from PySide6.QtCore import QTimer

from journeymap.analysis import map_metrics, targets
from journeymap.core import diff as diff_mod


class Marks:
    def __init__(self, scene):
        self.scene = scene
        self.diff_against: str | None = None
        self.badge_metric: str | None = None
        self.heatmap_metric: str | None = None    # map_metrics keys: a MetricDef id or "survey:<name>"
        self.heatmap_info: map_metrics.MapMetric | None = None   # what the legend names
        self.diff: diff_mod.JourneyDiff | None = None
        self.heat: dict[str, targets.Heat] = {}
        self.period: str | None = None     # the session's filter; None = each stage's latest
        self.segment: str = ""
        self._pending = False
        self._refresh_token = object()
        self.refreshed: list = []  # callbacks after each refresh (the view's legend)

    def schedule(self) -> None:
        if self.active() and not self._pending:
            self._pending = True
            # the scene as context: no refresh after it is gone (a closed compare canvas; the
            # refresh called into the deleted view; found by the GUI monkey)
            QTimer.singleShot(0, self.scene, self.flush)

    def active(self) -> bool:
        return bool(self.diff_against or self.badge_metric or self.heatmap_metric)

    def flush(self) -> None:
        if self._pending:
            self.refresh()

    def refresh(self) -> None:
        self._pending = False
        self._refresh_token = object()
        project, jid = self.scene.project, self.scene.journey_id
        self.diff = None
        other = self.diff_against
        if other and jid and project.find("journeys", other) and project.find("journeys", jid):
            future, current = diff_mod.orient(project, jid, other)
            self.diff = diff_mod.compare(project, future, current)
        self.heat = self._heat()
        for sid, card in self.scene.cards.items():
            status = self.diff.status_of(sid) if self.diff else None
            card.set_diff(status, self.diff.changed.get(sid, ()) if status == "changed" and self.diff else ())
            card.set_badge(self._badge(sid))
            card.set_heat(self.heat[sid].band if sid in self.heat else None)
        for callback in self.refreshed:
            callback()

    def _path(self):
        return self.scene.session.path

    def _heat(self) -> dict[str, targets.Heat]:
        project, jid = self.scene.project, self.scene.journey_id
        metric = self.heatmap_info = map_metrics.describe(self._path(), project, jid, self.heatmap_metric)
        if metric is None or jid is None:
            return {}
        values = map_metrics.stage_values(self._path(), project, key=metric.key, journey_id=jid,
                                          period=self.period, segment=self.segment)
        return targets.heat(values, target=metric.target, better=metric.better)

    def _badge(self, stage_id: str) -> str:
        if not self.badge_metric:
            return ""
        project = self.scene.project
        metric = map_metrics.describe(self._path(), project, self.scene.journey_id, self.badge_metric)
        if metric is None:
            return ""
        values = self._badge_values(metric.key)
        if stage_id not in values:
            return ""
        value = values[stage_id]
        text = f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
        return f"{text}{metric.unit}" if metric.unit in ("%", "s") else text

    def _badge_values(self, metric_id: str) -> dict[str, float]:
        # One pass over the metric's values per refresh, not one per card.
        key = (metric_id, self.period, self.segment, self.scene.journey_id, id(self._refresh_token))
        if getattr(self, "_badge_key", None) != key:
            self._badge_key = key
            self._badge_cache = map_metrics.stage_values(
                self._path(), self.scene.project, key=metric_id, journey_id=self.scene.journey_id,
                period=self.period, segment=self.segment)
        return self._badge_cache
