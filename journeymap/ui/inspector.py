"""The inspector: the selection's properties, each editable; every edit one undo step.

It is handed the session and follows ``project_did_change``: an edit (here, on the canvas
or undone) refreshes the editors; the inspector never patches itself.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QFormLayout, QLabel, QLayout, QListWidget, QListWidgetItem, QScrollArea,
                               QVBoxLayout, QWidget)

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
from journeymap.core import commands, structure
from journeymap.ui.form_message import MessageLine
from journeymap.ui.inspector_fields import (Editor, TextEditor, add_titled_row, current_value, editable_fields,
                                            editor_name, field_title, keyed_editors, make_editor, new_value)
from journeymap.ui.inspector_metrics import MetricsTable
from journeymap.ui.plain_text import tip

if TYPE_CHECKING:
    from journeymap.ui.session import Session

KIND_TITLES = {
    "journeys": QT_TRANSLATE_NOOP("Inspector", "Journey"), "phases": QT_TRANSLATE_NOOP("Inspector", "Phase"),
    "stages": QT_TRANSLATE_NOOP("Inspector", "Stage"),
    "transitions": QT_TRANSLATE_NOOP("Inspector", "Transition"),
    "pain_points": QT_TRANSLATE_NOOP("Inspector", "Pain point"),
    "segments": QT_TRANSLATE_NOOP("Inspector", "Persona"),
    "datasets": QT_TRANSLATE_NOOP("Inspector", "Dataset"), "lanes": QT_TRANSLATE_NOOP("Inspector", "Lane"),
}


class InspectorPanel(QWidget):
    selection_requested = Signal(list)   # [(kind, id)]: a pain point picked in the list

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.key: tuple[str, str] | None = None    # what the editors edit
        self.selected: list = []
        self.editors: dict[str, Editor] = {}
        self._build()
        session.project_did_change.connect(self._on_change)
        session.project_did_reset.connect(self._on_reset)
        session.journey_did_change.connect(self._on_journey)
        session.filter_did_change.connect(self._show_metrics)
        self.show_selection([])

    def _build(self) -> None:
        # fonts and margins, not style sheets: a label with a style sheet kept the palette it
        # was polished with, so its text went dark on dark (and back) when the theme switched
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPixelSize(15)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setContentsMargins(2, 4, 2, 4)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(2, 0, 2, 6)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = MessageLine("#D55E00")   # keeps its room: a refusal never moves the fields
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)   # the column around it has margins: no room to lose twice
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: a narrow dock
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # the form's height is its minimum: a tall metrics grid below must make the dock
        # scroll, not squeeze the editors onto each other
        self.form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.pains_title = QLabel()
        self.pains_title.setWordWrap(True)
        self.pains = QListWidget()
        self.pains.setMaximumHeight(160)
        self.pains.itemActivated.connect(self._pain_activated)
        self.metrics_title = QLabel()
        self.metrics_title.setWordWrap(True)
        self.metrics = MetricsTable(self.session)
        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (self.heading, self.hint, self.message, self.form_host, self.pains_title, self.pains,
                       self.metrics_title, self.metrics):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form wraps instead
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- showing ---------------------------------------------------------------------
    def show_selection(self, keys: list[tuple[str, str]]) -> None:
        """Show the one selected entity; with nothing selected, the journey on screen."""
        keys = [k for k in keys if self.session.project.find(*k) is not None]
        journey = self.session.journey_id
        key = keys[0] if len(keys) == 1 else None if keys else (("journeys", journey) if journey else None)
        if key == self.key and key is not None and self.editors and len(keys) <= 1:
            # the same entity again (a canvas item re-selected after an edit): refresh the
            # editors in place, so the one that sent the edit keeps its focus and its life
            self.selected = list(keys)
            self._refresh_values({e.field for e in self.editors.values()})
            self._show_lists(self.session.project.get(*key) if key[0] == "stages" else None)
            return
        self.selected = list(keys)
        self._clear_form()
        self.message.clear_message()
        self.message.keep_room(False)     # room for it only above editors of its own (below)
        if len(keys) > 1:
            self.key = None
            self.heading.setText(self.tr("{n} items selected").format(n=len(keys)))
            self.hint.setText(self.tr("Select one item to edit its properties."))
            self._show_lists(None)
            return
        self.key = key
        self.hint.setText("" if keys else self.tr("Nothing selected: these are the journey's properties. "
                                                  "Pick a stage on the map or in the navigator."))
        self.hint.setVisible(not keys)
        if self.key is None:
            self.heading.setText(self.tr("Nothing selected"))
            self._show_lists(None)
            return
        self._show_entity(*self.key)

    def _show_entity(self, kind: str, id: str) -> None:
        if kind == "initiatives":   # checked edits and pain point links: ui/initiative_form.py
            from journeymap.ui.initiative_form import InitiativeForm
            self.heading.setText(self.tr("Initiative"))
            form = InitiativeForm(self.session, follow=True)
            form.show_initiative(id)
            self.form.addRow(form)
            self._show_lists(None)
            return
        entity = self.session.project.get(kind, id)
        self.message.keep_room(True)
        self.heading.setText(QCoreApplication.translate("Inspector", KIND_TITLES.get(kind, kind)))
        rows = [(field_title(f.name), make_editor(kind, f, self.session.project, entity))
                for f in editable_fields(kind)]
        for title, editor in rows + keyed_editors(kind, self.session.project, entity):
            editor.set_value(current_value(entity, editor))
            editor.committed.connect(lambda e=editor, key=(kind, id): self._commit(key, e))
            self.editors[editor_name(editor)] = editor
            add_titled_row(self.form, title, editor)
        self._show_lists(entity if kind == "stages" else None)

    def _clear_form(self) -> None:
        """Take the rows out and delete their widgets later: the editor that sent the edit
        which led here may still be inside its own focus-out or key handler (deleting it now
        crashed the process on Tab)."""
        old, self.editors = self.editors, {}
        for editor in old.values():
            editor.blockSignals(True)   # hiding a focused editor must not commit to anything
        while self.form.rowCount():
            row = self.form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()

    def _show_lists(self, stage) -> None:
        for widget in (self.pains_title, self.pains, self.metrics_title, self.metrics):
            widget.setVisible(stage is not None)
        if stage is None:
            self.metrics.show_stage(None)
            return
        project = self.session.project
        pains = [p for p in project.where("pain_points", stage=stage.id) if p.status != "merged"]
        self.pains_title.setText(self.tr("Pain points ({n})").format(n=len(pains)) if pains
                                 else self.tr("No pain points on this stage."))
        self.pains.clear()
        self.pains.setVisible(bool(pains))
        for pain in pains:
            dots = sum(v.dots for v in project.where("votes", pain_point=pain.id))
            sev = pain.severity if pain.severity is not None else "-"
            item = QListWidgetItem(self.tr("{title}  (severity {sev}, {dots} votes)").format(
                title=pain.title, sev=sev, dots=dots))
            item.setToolTip(tip(pain.description or pain.title))
            item.setData(Qt.ItemDataRole.UserRole, pain.id)
            self.pains.addItem(item)
        self._show_metrics()

    def _show_metrics(self) -> None:
        """The stage's metrics for the session's segment and period (or each one's latest)."""
        stage = self.session.project.find(*self.key) if self.key and self.key[0] == "stages" else None
        self.metrics.show_stage(stage.id if stage is not None else None)
        if stage is None:
            return
        segment, period = self.session.segment, self.session.period
        if self.metrics.count():
            title = (self.tr("Metrics, {period}").format(period=period) if period
                     else self.tr("Metrics, latest period"))
            if segment:
                title = self.tr("{title}, segment {segment}").format(title=title, segment=segment)
        elif segment and self.session.project.where("metric_values", stage=stage.id):
            title = self.tr("No metrics for this stage in segment {segment}.").format(segment=segment)
        else:
            title = self.tr("No metrics for this stage yet.")
        self.metrics_title.setText(title)
        self.metrics.setVisible(bool(self.metrics.count()))

    # -- editing ---------------------------------------------------------------------
    def _commit(self, key: tuple[str, str], editor) -> None:
        """``editor`` (of the entity ``key``) has a value to write: one undo step."""
        kind, id = key
        name = editor.field
        entity = self.session.project.find(kind, id)
        if entity is None or not editor.isEnabled():
            return
        try:
            value = new_value(entity, editor, editor.value())
            problem = self._problem(kind, entity, name, value)
        except ValueError as exc:
            problem = str(exc)
        if problem:
            self.message.say(f"{field_title(name)}: {problem}")
            editor.set_value(current_value(entity, editor))
            return
        self.message.clear_message()
        if getattr(entity, name) == value:
            return
        project = self.session.project
        if (kind, name) == ("stages", "phase"):   # its card moves into that phase's column
            self.session.push(structure.move_stages_to_phase(project, [id], value))
        elif (kind, name) == ("phases", "order"):  # a column moves with its stages
            self.session.push(structure.move_phase(project, id, value))
        elif (kind, name) == ("lanes", "order"):
            self.session.push(structure.move_lane(project, id, value))
        else:
            self.session.push(commands.edit(kind, id, **{name: value}))

    def _problem(self, kind: str, entity, name: str, value) -> str:
        """Why an edit cannot be made (checked before it becomes an undo step)."""
        if name == "name" and not value:
            return self.tr("A name cannot be empty.")
        if kind == "journeys" and name == "name":
            other = self.session.project.journey_by_name(value)
            if other is not None and other.id != entity.id:
                return self.tr("Another journey is called {name!r}: journey names must differ.").format(
                    name=value)
        return ""

    def focus_name(self, back_to=None) -> None:
        """Put the cursor in the Name (or Title) field, its text selected: ready to type.
        With ``back_to``, Return in that field hands the focus back to it (once)."""
        editor = self.editors.get("name") or self.editors.get("title")
        if not isinstance(editor, TextEditor):   # a name and a title are one line of text
            return
        editor.setFocus()
        editor.selectAll()
        # not back to one of our own editors: they are rebuilt when the selection changes
        if back_to is not None and shiboken6.isValid(back_to) and not self.isAncestorOf(back_to):
            def give_back():
                editor.returnPressed.disconnect(give_back)
                if shiboken6.isValid(back_to):     # the map or the navigator, unless closed since
                    back_to.setFocus()
            editor.returnPressed.connect(give_back)

    def _pain_activated(self, item: QListWidgetItem) -> None:
        self.selection_requested.emit([("pain_points", item.data(Qt.ItemDataRole.UserRole))])

    # -- following the project ------------------------------------------------------
    def _on_reset(self) -> None:
        self.show_selection([])

    def _on_journey(self, _id) -> None:
        if not self.selected:
            self.show_selection([])

    def _on_change(self, changes) -> None:
        """One command's changes (core.events.Changes): each part of the form refreshed once."""
        if self.key is None:
            return
        kind, id = self.key
        if id in changes.ids(kind, "removed"):
            self.show_selection([k for k in self.selected if k != (kind, id)])
            return
        fields = [f for c in changes if (c.kind, c.id, c.action) == (kind, id, "updated") for f in c.fields]
        if fields:
            self._refresh_values(tuple(dict.fromkeys(fields)))
        if kind == "stages" and changes.touches("pain_points", "votes"):
            self._show_lists(self.session.project.find(kind, id))
        if kind == "stages" and changes.touches("metric_values", "metrics"):
            self._show_metrics()

    def _refresh_values(self, fields) -> None:
        if self.key is None:   # no entity shown: nothing to refresh
            return
        entity = self.session.project.get(*self.key)
        for editor in self.editors.values():
            if editor.field in fields:
                editor.blockSignals(True)
                editor.set_value(current_value(entity, editor))
                editor.blockSignals(False)

