"""The toolbar that puts data on the map: a metric badge, a heatmap, and the segment and
period filter that every view follows (Session.set_filter)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from journeymap.analysis import map_metrics
from journeymap.analysis.survey_data import survey_datasets
from journeymap.ui.workers import Runner, snapshot
from journeymap.ui.plain_text import tip as plain_tip

if TYPE_CHECKING:
    from journeymap.ui.session import Session

# Changes that add or remove something these lists offer: stored metrics and their values, the
# project's segments, and a survey (a dataset and its items: its metrics are computed from its rows).
OFFERED = ("metrics", "metric_values", "segments", "datasets", "survey_items")
NO_SURVEY: tuple[list, list, list] = ([], [], [])
log = logging.getLogger("journeymap.errors")


class SurveyUnreadable(ValueError):
    """A survey's rows that cannot be read (a damaged file): a plain message, no traceback (the
    worker reports a ValueError as a refusal), naming the dataset."""


def _survey_part(path, project, journey_id):
    """map_metrics.survey_part on a worker; a file whose survey rows cannot be read raises
    SurveyUnreadable naming the dataset (its cause logged by the bar)."""
    try:
        return map_metrics.survey_part(path, project, journey_id)
    except (sqlite3.Error, OSError, KeyError) as exc:
        raise SurveyUnreadable(_culprit(path, project, journey_id, exc)) from None


def _culprit(path, project, journey_id, exc) -> str:
    """'survey dataset 'X' could not be read from FILE (cause)': the first dataset whose rows fail."""
    from journeymap.storage.datasets import read_columns
    bad = []
    for d in survey_datasets(project, journey_id):
        try:
            read_columns(path, d.id, ["period"])
        except (sqlite3.Error, OSError, KeyError):
            bad.append(d.name)
    names = bad or [d.name for d in survey_datasets(project, journey_id)]
    return "{0}\t{1}\t{2}".format(", ".join(repr(n) for n in names), Path(path).name, exc)


class MapDataBar(QToolBar):
    badge_did_change = Signal(object)     # a map_metrics key (MetricDef id or "survey:<name>") or None
    heatmap_did_change = Signal(object)   # the same, for the heatmap

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("map_data_toolbar")
        self.setWindowTitle(self.tr("Data on the map"))
        self.setMovable(False)
        # The survey's metrics come from its rows (seconds on a million): read on a worker thread,
        # the stored metrics shown at once and the survey's added when they arrive.
        self.runner = Runner(self)
        self.runner.job_did_finish.connect(self._survey_did_load)
        self.runner.job_did_fail.connect(self._survey_did_fail)
        self._survey = NO_SURVEY
        self._survey_for: tuple[str | None, str | None] | None = None   # the (path, journey) it was read for
        self._wanted: dict = {}      # combo -> a survey metric chosen before the survey's list arrived
        self._tips = (self.tr("Show this metric's value on each stage card"),
                      self.tr("Colour each stage by this metric against its target"))
        self.badge = self._combo(self.tr("Badge"), self._tips[0])
        self.heatmap = self._combo(self.tr("Heatmap"), self._tips[1])
        self.segment = self._combo(self.tr("Segment"), self.tr("Show one segment's data everywhere"))
        self.period = self._combo(self.tr("Period"), self.tr("Show one period's data everywhere"))
        self.badge.currentIndexChanged.connect(lambda _: self.badge_did_change.emit(self.badge.currentData()))
        self.heatmap.currentIndexChanged.connect(
            lambda _: self.heatmap_did_change.emit(self.heatmap.currentData()))
        # A survey that cannot be read is said here, in plain words, for as long as it lasts.
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B06000; padding-left: 12px")
        self._problem_action = self.addWidget(self.problem)
        self._problem_action.setVisible(False)
        self._said: set = set()          # failures already logged and put on the status bar
        self.segment.currentIndexChanged.connect(self._filter_changed)
        self.period.currentIndexChanged.connect(self._filter_changed)
        session.project_did_reset.connect(self.load)
        session.project_did_change.connect(self._project_did_change)
        session.journey_did_change.connect(lambda _jid: self.load())
        session.path_did_change.connect(lambda _path: self.load())
        # The Data and Drivers views set the same session filter: show theirs here too.
        session.filter_did_change.connect(self._follow_filter)
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
        """Fill the choices from the project (stored metrics now; the journey's survey, whose
        metrics are computed from its rows, on a worker), keeping what was chosen where it still
        exists."""
        session = self.session
        project, path, jid = session.project, session.path, session.journey_id
        if (path, jid) != self._survey_for:
            self._survey, self._survey_for = NO_SURVEY, (path, jid)
        if path and jid and survey_datasets(project, jid):
            self.runner.start(_survey_part, path, snapshot(project), jid)
        else:
            self.runner.cancel()
            self._survey = NO_SURVEY
        self._show()

    def _survey_did_load(self, found) -> None:
        self._survey = found
        for combo, tip in zip((self.badge, self.heatmap), self._tips):
            combo.setToolTip(tip)
        self._problem_action.setVisible(False)
        self._show()

    def _survey_did_fail(self, message: str) -> None:
        self._survey = NO_SURVEY
        self._show()
        names, file, cause = (message.split("\t") + ["", ""])[:3] if "\t" in message else (message, "", "")
        text = self.tr("Survey %1 could not be read: its metrics are not on the map").replace("%1", names)
        tip = self.tr("The rows of survey %1 could not be read from %2 (%3). The file may be damaged: "
                      "import the survey again, or open a backup.").replace("%1", names) \
            .replace("%2", file or self.tr("the project file")).replace("%3", cause)
        self.problem.setText("\u26a0 " + text)
        self.problem.setToolTip(plain_tip(tip))   # names and paths: text, never HTML
        self._problem_action.setVisible(True)
        for combo in (self.badge, self.heatmap):
            combo.setToolTip(plain_tip(tip))
        if message not in self._said:     # said once: a reload after each edit says nothing new
            self._said.add(message)
            log.warning("map toolbar: the rows of survey %s could not be read from %s: %s", names, file, cause)
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(text, 15000)

    def _show(self) -> None:
        project = self.session.project
        survey, survey_segments, survey_periods = self._survey
        metrics = list(survey) + map_metrics.stored_choices(project, taken={m.name for m in survey})
        values = project.all("metric_values")
        # the session's own values too (set in another view): this list never shows another filter
        chosen_periods = {p for p in (self.session.period,) if p is not None}
        chosen_segments = {self.session.segment} - {""}
        periods = sorted({v.period for v in values if v.period} | set(survey_periods) | chosen_periods,
                         reverse=True)
        segments = sorted({v.segment for v in values if v.segment} | {s.name for s in project.all("segments")}
                          | set(survey_segments) | chosen_segments)
        none = self.tr("(none)")
        self._fill(self.badge, [(none, None)] + [(m.name, m.key) for m in metrics])
        self._fill(self.heatmap, [(none, None)] + [(m.name, m.key) for m in metrics])
        # the filter is the session's: shown as soon as its segment or period is in the list
        self._fill(self.segment, [(self.tr("All segments"), "")] + [(s, s) for s in segments],
                   current=self.session.segment or "")
        self._fill(self.period, [(self.tr("Latest / all periods"), None)] + [(p, p) for p in periods],
                   current=self.session.period)

    def _fill(self, combo: QComboBox, items, *, current=...) -> None:
        shown = combo.currentData()
        if current is ...:
            current = self._wanted.pop(combo, None) or shown
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and self.runner.busy and str(current).startswith(map_metrics.SURVEY):
            self._wanted[combo] = current     # chosen again when the survey's list arrives
        if combo.currentData() != shown and combo in (self.badge, self.heatmap):
            combo.currentIndexChanged.emit(combo.currentIndex())

    def _follow_filter(self) -> None:
        for combo, value in ((self.segment, self.session.segment or ""), (self.period, self.session.period)):
            combo.blockSignals(True)
            if value and combo.findData(value) < 0:      # a value another view offers, not yet listed here
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _filter_changed(self, _index=None) -> None:
        self.session.set_filter(segment=self.segment.currentData() or "", period=self.period.currentData())
