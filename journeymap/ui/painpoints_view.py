"""The Pain points view: the journey's pain points ranked by impact, with the formula in words.

Left: the formula with the current weights, the ranked table (every row shows its rank interval,
its weighted parts as a stacked bar, its rank by the data alone and by the room alone, and is
tinted where the two disagree), Merge for duplicates, and the selected pain point's evidence.
Right: the weight sliders with each part's spread and influence and a Balance button (a live
re-rank while dragging, one undo step on release) and the candidates suggested from the data,
each accepted or dismissed with one click.
Every edit is a core command pushed through the session; the view follows the notifications.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QSplitter,
    QStyledItemDelegate, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from journeymap.analysis.scoring import PARTS
from journeymap.core.model import PAIN_STATUSES
from journeymap.ui.candidates_panel import CandidatesPanel
from journeymap.ui.click_to_edit import ClickToEditTable
from journeymap.ui.flow_layout import SideSplitter, flow_of
from journeymap.ui.models.painpoints_cells import word
from journeymap.ui.models.painpoints_model import COLUMNS, ID_ROLE, PainPointsModel
from journeymap.ui.weights_panel import PartsBarDelegate, WeightsPanel, part_title
from journeymap.ui.workers import Runner, snapshot

if TYPE_CHECKING:
    from journeymap.ui.session import Session


def _journey_analysis(path, project, **kwargs):
    """(drivers or None, stage importance or None, why not): both off the UI thread."""
    from journeymap.analysis.ranking import RESAMPLES, journey_drivers, journey_importance
    drivers, why = journey_drivers(path, project, **kwargs)
    importance, why_imp = journey_importance(path, project, bootstrap=RESAMPLES, **kwargs)
    return drivers, importance, why or why_imp


class _ChoiceDelegate(QStyledItemDelegate):
    """Status as a list to pick from; severity as 1..5."""

    def createEditor(self, parent, option, index):
        column = COLUMNS[index.column()]
        if column == "status":
            box = QComboBox(parent)
            for status in PAIN_STATUSES:
                box.addItem(word(status), status)
            return box
        if column == "severity":
            spin = QSpinBox(parent)
            spin.setRange(1, 5)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value else 3)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class PainPointsView(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = PainPointsModel(session, self)
        self.weights = WeightsPanel(session)
        self.candidates = CandidatesPanel(session)
        self.runner = Runner(self)
        self._drivers_stale = True
        self._made: str | None = None      # the initiative this view just made, while it exists
        self._build()
        self.weights.weights_did_change.connect(self._on_weights)
        self.model.ranking_did_change.connect(self._on_ranked)
        self.model.ranking_did_fail.connect(self._on_rank_failed)
        self.runner.job_did_finish.connect(self._on_drivers)
        self.runner.job_did_fail.connect(lambda message: self._on_drivers((None, None, message)))
        session.project_did_change.connect(self._on_change)
        session.project_did_reset.connect(self._drivers_changed)
        session.journey_did_change.connect(lambda _id: self._drivers_changed())
        session.path_did_change.connect(lambda _path: self._drivers_changed())
        self._show_formula(self.weights.weights())

    def _build(self) -> None:
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setStyleSheet("font-size: 14px; padding: 2px;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # muted, light or dark
        self.table = ClickToEditTable()   # a click on the selected cell edits it (Qt's trigger, safely)
        self.table.setModel(self.model)            # the model sorts itself (fast live re-rank)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("rank"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegateForColumn(COLUMNS.index("parts"), PartsBarDelegate(self.table))
        choice = _ChoiceDelegate(self.table)
        for column in ("status", "severity"):
            self.table.setItemDelegateForColumn(COLUMNS.index(column), choice)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(30)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)   # not to contents: live re-rank
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMNS.index("title"), 300)   # the title is what people read first
        header.resizeSection(COLUMNS.index("stage"), 180)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(COLUMNS.index("parts"), QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COLUMNS.index("parts"), 130)
        header.setSectionResizeMode(COLUMNS.index("flags"), QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMNS.index("flags"), 120)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.installEventFilter(self)       # leaving the table re-sorts rows held after an edit
        self.merge_button = QPushButton(self.tr("Merge selected"))
        self.merge_button.setToolTip(self.tr("Merge duplicates into the one with the most data; it takes over "
                                             "what it lacks (undoable)"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.initiative_button = QPushButton(self.tr("New initiative from selected"))
        self.initiative_button.setToolTip(self.tr("One initiative addressing the selected pain points "
                                                  "(edit it in the Roadmap view; undoable)"))
        self.initiative_button.setEnabled(False)
        self.initiative_button.clicked.connect(self.initiative_from_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B3261E;")
        self.held = QLabel(self.tr("Order kept while you edit (ranks are current); it re-sorts when you "
                                   "leave the table."))
        self.held.setForegroundRole(QPalette.ColorRole.PlaceholderText)   # muted, light or dark
        self.held.setWordWrap(True)   # unwrapped, it widened the window's minimum by its 500 px
        self.held.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.held)
        # the buttons go one under the other when narrow: side by side they held the view 330 px wide
        bar.addWidget(flow_of(self.merge_button, self.initiative_button, align_right=True))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(self.table)
        left_split.addWidget(self.detail)
        left_split.setStretchFactor(0, 3)
        left_split.setStretchFactor(1, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.formula)
        left_layout.addWidget(self.note)
        left_layout.addWidget(left_split, 1)
        left_layout.addLayout(bar)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.weights)
        right_layout.addWidget(self.candidates, 1)
        QVBoxLayout(self).addWidget(SideSplitter(left, right, main_room=380))   # the weights unwrapped at 1366

    # -- refreshing ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the drivers the ranking uses (off the UI thread) and re-rank."""
        self._drivers_stale = False
        self.model.reload()
        self.candidates.refresh()
        self._fit_columns()
        path, journey = self.session.path, self.session.journey_id
        surveys = [d for d in self.session.project.all("datasets") if d.kind == "survey" and d.journey == journey]
        if path and journey and surveys:
            self.runner.start(_journey_analysis, path, snapshot(self.session.project), journey_id=journey,
                              period=self.model.period)
        else:
            self.runner.cancel()
            self._on_drivers((None, None, self.tr("no survey data") if path or not surveys
                              else self.tr("the project is not saved yet")))

    def _fit_columns(self) -> None:
        for column in ("rank", "interval", "stage", "score", "data_rank", "judgment_rank", "stability", "votes",
                       "severity", "source", "status"):
            self.table.resizeColumnToContents(COLUMNS.index(column))
        stage = COLUMNS.index("stage")
        self.table.setColumnWidth(stage, min(self.table.columnWidth(stage), 150))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._drivers_stale:
            self.refresh()

    def _drivers_changed(self) -> None:
        self._drivers_stale = True
        if self.isVisible():
            self.refresh()

    def _on_change(self, changes) -> None:
        if self._made and self.session.project.find("initiatives", self._made) is None:
            self._made = None                    # undone: the note about it goes too
            self._say("")
        if changes.touches("datasets", "survey_items") or "rank_importance_method" in changes.fields("info"):
            self._drivers_changed()

    def _on_drivers(self, found) -> None:
        drivers, importance, why = found if isinstance(found, tuple) else (None, None, str(found))
        if importance is not None:
            self.note.setText(self.tr("Importance: the stage's share of R² by {0} (n = {1:,}).").format(
                importance.label, importance.n))
        else:
            self.note.setText(self.tr(
                "Importance is not known ({0}): it is left out of every score and flagged.").format(why))
        self.model.set_drivers(drivers, importance)
        self.candidates.set_drivers(drivers)

    def _on_ranked(self) -> None:
        self.weights.set_table(self.model.table)
        self.held.setVisible(self.model.order_held)
        self._show_detail()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusOut and self.model.order_held:
            QTimer.singleShot(0, self._release_order)   # after the editor has committed its value
        return super().eventFilter(watched, event)

    def _release_order(self) -> None:
        if self.table.state() != QTableView.State.EditingState and not self.table.hasFocus():
            self.model.release_order()
            self.held.setVisible(False)

    def _on_weights(self, weights: dict) -> None:
        self.model.set_weights(weights)
        self._show_formula(weights)

    def _on_rank_failed(self, message: str) -> None:
        self._say(self.tr("The ranking could not be computed: {0}").format(message), error=True)

    def _show_formula(self, weights: dict) -> None:
        terms = " + ".join(f"{weights[p]:g}·{escape(part_title(p).lower())}" for p in PARTS if weights.get(p))
        self.formula.setText(self.tr(
            "<b>score</b> = Σ w<sub>i</sub>·part<sub>i</sub> / Σ w<sub>i</sub> over the parts present"
            " &nbsp;=&nbsp; ({0}) / Σ w. &nbsp;<span style='color:#5F6368'>Each part is on a fixed 0..1 "
            "scale (share of the journey's customers, share of R², a reference value…), so a score does not "
            "move when other pain points come or go; a missing part is left out and flagged, never counted "
            "as 0. Range = 90% rank interval; Data / Room = rank by the data alone / by the room's judgment "
            "alone; tinted rows are where they disagree.</span>").format(terms).replace("#5F6368", _muted()))
        self._formula_weights = weights

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_formula_weights", None) is not None:
            self._show_formula(self._formula_weights)      # View > Dark colours: the muted span follows

    # -- selection, detail, merge ---------------------------------------------------------
    def selected_ids(self) -> list:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select(self, pid) -> None:
        row = self.model.row_of(pid)
        if row >= 0:
            self.table.selectRow(row)

    def _on_selection(self, *_args) -> None:
        self.merge_button.setEnabled(len(self.selected_ids()) >= 2)
        self.initiative_button.setEnabled(bool(self.selected_ids()))
        self._show_detail()

    def initiative_from_selected(self) -> None:
        from journeymap.core.initiatives import InitiativeError, create_from_pain_points
        if not self.selected_ids():
            return
        try:
            command = create_from_pain_points(self.session.project, self.selected_ids())
        except InitiativeError as error:
            self._say(str(error), error=True)
            return
        self.session.push(command)
        made = command.entities[0]
        self._made = made.id
        # the initiative is edited elsewhere: say so, or the button looks as if it did nothing
        self._say(self.tr("Made the initiative “{0}”: give it an owner and a due date in the Roadmap view.")
                  .format(made.title))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #B3261E;" if error else "color: #1E6B3A;")
        self.message.setText(text)

    def merge_selected(self) -> None:
        from journeymap.core import merge, names
        from journeymap.core.voting import VotingError
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        # the core keeps the one with the most data, then dots (an empty sticky ranked first must not
        # wipe a measured item's figures); a full tie goes to the first given: the highest-ranked
        ranked = [pid for pid in self.model.ranked_ids() if pid in ids] + [pid for pid in ids]
        project = self.session.project
        try:
            command = merge.merge_pain_points(project, list(dict.fromkeys(ranked)))
        except VotingError as error:
            self._say(str(error), error=True)
            return
        others = [project.get("pain_points", pid).title for pid in ids if pid != command.keep]
        kept = project.get("pain_points", command.keep).title
        self.session.push(command)
        said = "”, “".join(others)
        taken = [f for f in command.taken if f != "created"]    # the date is bookkeeping, not a finding
        if taken:
            self._say(self.tr("Merged “{0}” into “{1}”; it took over {2} from them. Ctrl+Z undoes it; edit the "
                              "title to keep another wording.").format(said, kept, names.fields(taken)))
        else:
            self._say(self.tr("Merged “{0}” into “{1}”, which kept all its own values. Ctrl+Z undoes it; edit the "
                              "title to keep another wording.").format(said, kept))

    def _show_detail(self) -> None:
        ids = self.selected_ids()
        pain = self.session.project.find("pain_points", ids[0]) if ids else None
        if pain is None:
            self.detail.setHtml(self.tr("<p style='color:#5F6368'>Select a pain point to see its evidence "
                                        "and how its score is made up.</p>"))
            return
        self.detail.setHtml(self._detail_html(pain))

    def _source(self, row, part: str) -> str:
        return self.tr("data") if row.sources.get(part) == "data" else self.tr("judgment")

    def _detail_html(self, pain) -> str:
        project, row = self.session.project, self.model.ranked(pain.id)
        stage = project.find("stages", pain.stage)
        facts = [(self.tr("Stage"), stage.name if stage else "–"), (self.tr("Source"), word(pain.source)),
                 (self.tr("Reason"), pain.reason or "–"), (self.tr("Severity"), pain.severity or "–"),
                 (self.tr("Status"), word(pain.status))]
        html = [f"<h3>{escape(pain.title)}</h3>"]
        if pain.description:
            html.append(f"<p>{escape(pain.description)}</p>")
        html.append("<p>" + " &nbsp;·&nbsp; ".join(f"<b>{escape(k)}</b> {escape(str(v))}" for k, v in facts)
                    + "</p>")
        if row is not None and row.score is not None:
            parts = " + ".join(f"{escape(part_title(p).lower())} {v:.3f} ({escape(self._source(row, p))})"
                               for p, v in row.components.items())
            html.append(self.tr("<p><b>Score {0:.3f}</b> (rank {1}) = {2}</p>").format(
                row.score, escape(row.rank_text()), parts))
            html.append(self.tr("<p>By the data alone: rank {0}; by the room alone: rank {1}.{2}</p>").format(
                row.data_rank or "–", row.judgment_rank or "–",
                " <b>" + escape(self.model._discuss(row.disagreement)) + "</b>" if row.disagreement else ""))
        notes = self.model.notes(pain.id)
        if notes:
            html.append("<p style='color:#5F6368'>" + "<br>".join(
                f"{escape(part_title(p))}: {escape(str(n))}" for p, n in notes.items()) + "</p>")
        evidence = project.where("evidence", pain_point=pain.id)
        html.append(self.tr("<p><b>Evidence</b></p>"))
        if not evidence:
            html.append(self.tr("<p style='color:#5F6368'>No evidence linked yet.</p>"))
        items = []
        for e in evidence:
            value = "" if e.value is None else f" = {e.value:g}"
            text = f"{escape(word(e.kind))}: {escape(e.ref)}{escape(value)}"
            if e.note:
                text += f" <span style='color:#5F6368'>— {escape(e.note)}</span>"
            items.append(f"<li>{text}</li>")
        if items:
            html.append("<ul>" + "".join(items) + "</ul>")
        return "".join(html)


def _muted() -> str:
    """Muted text inside rich text (a stylesheet colour does not follow a palette switch)."""
    from PySide6.QtWidgets import QApplication
    return "#9AA0A6" if QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128 else "#5F6368"
