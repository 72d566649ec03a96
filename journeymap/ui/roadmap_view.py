"""The Roadmap view: the journey's initiatives, the impact-effort matrix, the timeline, whether the
done ones worked, the selected initiative's fields and a what-if panel.

Left: the initiatives table (overdue rows red and bold, the due date saying so) over tabs with the two
charts (charts/roadmap.py, the figures the export uses) and the before/after of done initiatives.
Right: the selected initiative's form (every edit one undo step through core.initiatives) and What if.
The view owns no data: it rebuilds from the project on each change summary that concerns it. The
survey's coefficients and answers are read once per file (they change only with an import).
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QSplitter, QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from journeymap.analysis import before_after, projection
from journeymap.analysis.roadmap import roadmap
from journeymap.ui.did_it_work import result_html as _result_html
from journeymap.ui.flow_layout import SideSplitter, flow_of
from journeymap.ui.initiative_form import InitiativeForm
from journeymap.ui.refresh import Refresher
from journeymap.ui.review_view import themed
from journeymap.ui.roadmap_model import ID_ROLE, InitiativesModel
from journeymap.ui.whatif_panel import WhatIfPanel

if TYPE_CHECKING:
    from journeymap.ui.session import Session

if TYPE_CHECKING:
    from journeymap.analysis.waves import Waves

RESIZE_ROWS = 60      # column widths from the first rows: a thousand initiatives would take a second
KINDS = ("initiatives", "pain_points", "survey_items", "datasets", "journeys", "stages")


class RoadmapView(QWidget):
    selection_did_change = Signal(list)    # [("initiatives", id)]: the main window shows it in the inspector

    def __init__(self, session: Session, parent=None, *, as_of: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self.as_of = as_of                 # None: today
        self.data: dict | None = None
        self._results_done = False
        self._announced: str | None = None     # the initiative last told to the window
        self._basis_key: tuple | None = None   # (path, journey) the coefficients and answers were read for
        self._coefs: tuple[Any, str] = (None, "")   # (coefficients or None, why none)
        self._waves: Waves | None = None
        self.charts: dict = {}             # name -> ChartView, made when the chart tabs are built
        self.figures: dict = {}
        self._build()
        self._later = Refresher(self, self.refresh)   # once per command, and only while on screen
        session.project_did_change.connect(self._on_change)
        session.project_did_reset.connect(self._reset)
        session.journey_did_change.connect(lambda _id: self._reset())
        session.path_did_change.connect(lambda _p: self._reset())
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.flags = QLabel()
        self.flags.setStyleSheet("color: #C5221F; font-weight: 600;")
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("Timeline by department"), "department")
        self.group_by.addItem(self.tr("Timeline by quarter"), "quarter")
        self.group_by.currentIndexChanged.connect(lambda _i: self._draw_charts())
        self.new_period_button = QPushButton(self.tr("New period\u2026"))
        self.new_period_button.setToolTip(self.tr("Import next month's files with the mappings saved in the "
                                                  "project, in one step"))
        self.new_period_button.clicked.connect(self.new_period)
        # the heading on the left, the timeline box and New period at the right, under the heading when
        # narrow: on one line they held the view 703 px wide (the heading wrapped onto three lines instead)
        self.flags.setWordWrap(True)
        title, controls = QWidget(), QWidget()
        row = QHBoxLayout(title)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading)
        row.addSpacing(16)
        row.addWidget(self.flags, 1)
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.group_by)
        row.addWidget(self.new_period_button)
        bar = flow_of(title, controls, ends=True)
        self.model = InitiativesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.tabs = QTabWidget()
        self.results = QTextBrowser()
        self.chart_hosts = {name: QWidget() for name in ("matrix", "timeline")}
        self._chart_layouts = {name: QVBoxLayout(host) for name, host in self.chart_hosts.items()}
        for layout in self._chart_layouts.values():
            layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.chart_hosts["matrix"], self.tr("Impact and effort"))
        self.tabs.addTab(self.chart_hosts["timeline"], self.tr("Timeline"))
        self.tabs.addTab(self.results, self.tr("Did it work?"))
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.tabs)
        left.setSizes([300, 520])
        self.form = InitiativeForm(self.session)
        self.whatif = WhatIfPanel(self.session)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        self.side = QTabWidget()
        self.form_tab = form_scroll
        self.side.addTab(form_scroll, self.tr("Initiative"))
        whatif_scroll = QScrollArea()   # narrow, its wrapped sentences are taller than the tab: they scroll
        whatif_scroll.setWidgetResizable(True)
        whatif_scroll.setWidget(self.whatif)
        self.side.addTab(whatif_scroll, self.tr("What if"))
        split = SideSplitter(left, self.side, main_room=340, share=0.28)   # What if readable at 1024 px
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    # -- data ----------------------------------------------------------------------------------
    def _basis(self):
        """The survey's coefficients and answers, read once per file and journey."""
        from journeymap.analysis.survey_data import load_waves
        key = (self.session.path, self.session.journey_id)
        if key != self._basis_key:
            self._basis_key = key
            path, journey = key
            if path is None or journey is None:
                self._coefs, self._waves = (None, self.tr("the project is not saved yet")), None
            else:
                self._coefs = projection.survey_coefficients(path, self.session.project, journey_id=journey)
                self._waves = load_waves(path, self.session.project, journey_id=journey)
            outcome, scores, period = projection.baseline(self._waves)
            self.whatif.set_basis(self._coefs[0], self._coefs[1], outcome, scores, period)
        return self._coefs, self._waves

    def refresh(self) -> None:
        journey = self.session.journey
        if journey is None:
            self.data = None
            self.heading.setText(self.tr("No journey"))
            self.model.set_rows([])
            return
        coefs, _ = self._basis()
        chosen = self.selected_id()
        self.data = roadmap(self.session.path, self.session.project, journey_id=journey.id,
                            as_of=self.as_of, coefficients=coefs)
        rows = self.data["initiatives"]
        self.model.set_rows(rows)
        self.heading.setText(self.tr("Roadmap: {journey}").format(journey=journey.name))
        overdue = sum(r["overdue"] for r in rows)
        self.flags.setText(self.tr("{n} overdue").format(n=overdue) if overdue else "")
        self.table.resizeColumnsToContents()     # reads RESIZE_ROWS rows at most (header precision)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 360))
        if not (chosen and self.model.row_of(chosen) >= 0):     # first show: the most urgent one
            chosen = next((r["id"] for r in rows if r["overdue"]), rows[0]["id"] if rows else None)
        self.select(chosen)
        self.whatif.fill(self.session.project.where("initiatives", journey=journey.id))
        self.figures.clear()
        self._results_done = False
        self._show_tab()

    def _on_change(self, changes) -> None:
        if changes.touches(*KINDS, ignore_fields=("x", "y")):
            if changes.touches("datasets", "survey_items"):
                self._basis_key = None
            self._later.start()

    def _reset(self) -> None:
        self._basis_key = None
        self._later.start()

    # -- selection -------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, initiative_id: str | None) -> None:
        row = self.model.row_of(initiative_id) if initiative_id else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self.form.show_initiative(initiative_id if row >= 0 else None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # the window follows the initiative picked here once it is listening (after this view is shown)
        QTimer.singleShot(0, self, self._announce)     # with self as context: dropped if the view goes

    def _announce(self, *, changed_only: bool = False) -> None:
        if self.property("followed") and self.side.indexOf(self.form_tab) >= 0:
            # in the main window the inspector edits the initiative: one form on screen, not two
            self.side.removeTab(self.side.indexOf(self.form_tab))
        chosen = self.selected_id()
        if changed_only and chosen == self._announced:    # a refresh re-selecting the same row: no news
            return
        self._announced = chosen
        self.selection_did_change.emit([("initiatives", chosen)] if chosen else [])

    def _on_selection(self, *_args) -> None:
        self.form.show_initiative(self.selected_id())
        self._announce(changed_only=True)

    # -- charts and results ----------------------------------------------------------------------
    def _show_tab(self) -> None:
        """Draw only what is on screen: a chart, or the before/after results."""
        if self.tabs.currentWidget() is self.results:
            if not self._results_done:
                self._show_results()
                self._results_done = True
        else:
            self._draw_charts()

    def _draw_charts(self) -> None:
        """Draw the chart on the tab shown (a web view is made the first time it is needed)."""
        name = {0: "matrix", 1: "timeline"}.get(self.tabs.currentIndex())
        if name is None or self.data is None:
            return
        from journeymap.charts.roadmap import compact, impact_effort_chart, timeline_chart
        source = self.session.project.info.title
        by = self.group_by.currentData()
        key = (name, by)
        if key not in self.figures:
            from journeymap import i18n
            lang = i18n.language()      # the app's language, like the view around the chart
            self.figures[key] = compact(impact_effort_chart(self.data, source=source, labels="key", lang=lang)
                                        if name == "matrix" else timeline_chart(self.data, source=source, by=by,
                                                                                lang=lang))
        if name not in self.charts:
            from journeymap.ui.chart_view import ChartView
            self.charts[name] = ChartView(self.chart_hosts[name])
            self._chart_layouts[name].addWidget(self.charts[name])
        self.charts[name].show_figure(self.figures[key])

    def _show_results(self) -> None:
        _, waves = self._basis()
        done = [i for i in self.session.project.where("initiatives", journey=self.session.journey_id)
                if i.status == "done"]
        if not done:
            self.results.setHtml(self.tr("<p>No initiative is done yet: once one is, its stage's metrics before "
                                         "and after its done date show here, with a test.</p>"))
            return
        parts, series = [], before_after.operating_series(self.session.project)
        for init in done:
            result = before_after.before_after(self.session.path, self.session.project, init, waves=waves,
                                               series=series)
            parts.append(_result_html(result))
        self.results.setHtml(themed("".join(parts)))

    # -- the monthly rhythm ----------------------------------------------------------------------
    def new_period(self) -> None:
        from journeymap.ui.new_period import NewPeriodDialog
        NewPeriodDialog(self.session, self).exec()
