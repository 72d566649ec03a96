"""The toolbar that puts data on the map: a metric badge, a heatmap, and the segment and
period filter that every view follows (Session.set_filter)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from journeymap.analysis import map_metrics

# Changes that add or remove something these lists offer: stored metrics and their values, the
# project's segments, and a survey (a dataset and its items: its metrics are computed from its rows).
OFFERED = ("metrics", "metric_values", "segments", "datasets", "survey_items")


class MapDataBar(QToolBar):
    badge_did_change = Signal(object)     # a map_metrics key (MetricDef id or "survey:<name>") or None
    heatmap_did_change = Signal(object)   # the same, for the heatmap

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("map_data_toolbar")
        self.setWindowTitle(self.tr("Data on the map"))
        self.setMovable(False)
        self.badge = self._combo(self.tr("Badge"), self.tr("Show this metric's value on each stage card"))
        self.heatmap = self._combo(self.tr("Heatmap"),
                                   self.tr("Colour each stage by this metric against its target"))
        self.segment = self._combo(self.tr("Segment"), self.tr("Show one segment's data everywhere"))
        self.period = self._combo(self.tr("Period"), self.tr("Show one period's data everywhere"))
        self.badge.currentIndexChanged.connect(lambda _: self.badge_did_change.emit(self.badge.currentData()))
        self.heatmap.currentIndexChanged.connect(
            lambda _: self.heatmap_did_change.emit(self.heatmap.currentData()))
        self.segment.currentIndexChanged.connect(self._filter_changed)
        self.period.currentIndexChanged.connect(self._filter_changed)
        session.project_did_reset.connect(self.load)
        session.project_did_change.connect(self._project_did_change)
        session.journey_did_change.connect(lambda _jid: self.load())
        session.path_did_change.connect(lambda _path: self.load())
        self.load()

    def _combo(self, label: str, tip: str) -> QComboBox:
        self.addWidget(QLabel(f"  {label} "))
        combo = QComboBox()
        combo.setToolTip(tip)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addWidget(combo)
        return combo

    def _project_did_change(self, changes) -> None:
        # One core.events.Changes per command (or a single Change from a sender that does not batch).
        singles = getattr(changes, "changes", (changes,))
        if any(c.kind in OFFERED and (c.action != "updated" or c.kind == "survey_items") for c in singles):
            self.load()

    def load(self) -> None:
        """Fill the choices from the project (stored metrics and the journey's survey, whose
        metrics are computed from its rows), keeping what was chosen where it still exists."""
        session = self.session
        project, path, jid = session.project, session.path, session.journey_id
        metrics = map_metrics.choices(path, project, jid)
        values = project.all("metric_values")
        periods = sorted({v.period for v in values if v.period}
                         | set(map_metrics.survey_periods(path, project, jid)), reverse=True)
        segments = sorted({v.segment for v in values if v.segment} | {s.name for s in project.all("segments")}
                          | set(map_metrics.survey_segments(path, project, jid)))
        none = self.tr("(none)")
        self._fill(self.badge, [(none, None)] + [(m.name, m.key) for m in metrics])
        self._fill(self.heatmap, [(none, None)] + [(m.name, m.key) for m in metrics])
        self._fill(self.segment, [(self.tr("All segments"), "")] + [(s, s) for s in segments])
        self._fill(self.period, [(self.tr("Latest / all periods"), None)] + [(p, p) for p in periods])

    def _fill(self, combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if combo.currentData() != current and combo in (self.badge, self.heatmap):
            combo.currentIndexChanged.emit(combo.currentIndex())

    def _filter_changed(self, _index=None) -> None:
        self.session.set_filter(segment=self.segment.currentData() or "", period=self.period.currentData())
