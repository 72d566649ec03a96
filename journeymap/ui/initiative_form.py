"""The selected initiative's fields, each edit one undo step through core.initiatives (checked there).

Dates are typed as ISO (2027-03-31); a value the core refuses is named in red and the field goes back
to the project's value. The pain points it addresses are listed with Unlink, and any other pain point
of the journey can be linked from the list below them. The form owns no data: ``show_initiative``
reads the project, and the Roadmap view calls it again after every change summary.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
from journeymap.core import initiatives as ini
from journeymap.ui.form_message import MessageLine, OneLineLabel
from journeymap.ui.inspector_fields import add_titled_row, narrow

if TYPE_CHECKING:
    from journeymap.ui.session import Session

TEXT_FIELDS = ("title", "owner", "department", "start", "due", "done", "effort", "cost", "reach", "confidence",
               "expected_uplift", "link_slope", "notes")
T = lambda text: QT_TRANSLATE_NOOP("InitiativeForm", text)  # noqa: E731 - marks for lupdate
LABELS = {"title": T("Title"), "owner": T("Owner"), "department": T("Department"), "status": T("Status"),
          "start": T("Start (YYYY-MM-DD)"), "due": T("Due (YYYY-MM-DD)"), "done": T("Done on (YYYY-MM-DD)"),
          "effort": T("Effort (person-months)"), "cost": T("Cost"), "reach": T("Reach (customers a period)"),
          "impact": T("RICE impact"), "confidence": T("Confidence (0 to 1)"), "uplift_target": T("Uplift on"),
          "expected_uplift": T("Expected uplift"), "link_item": T("Stated link: moves survey item"),
          "link_slope": T("Item points per unit (assumed)"), "notes": T("Notes")}
IMPACTS = ((T("-"), None), (T("3 massive"), 3.0), (T("2 high"), 2.0), (T("1 medium"), 1.0), (T("0.5 low"), 0.5),
           (T("0.25 minimal"), 0.25))
STATUS_WORDS = {"idea": T("idea"), "planned": T("planned"), "in_progress": T("in progress"), "done": T("done"),
                "dropped": T("dropped")}
NUMBERS = {"effort", "cost", "reach", "confidence", "expected_uplift", "link_slope"}


class InitiativeForm(QWidget):
    edit_did_fail = Signal(str)

    def __init__(self, session: Session, parent=None, *, follow: bool = False):
        """``follow``: re-read the project after each change summary (the inspector's copy; the Roadmap
        view refreshes its own)."""
        super().__init__(parent)
        self.session = session
        self.initiative_id: str | None = None
        self.editors: dict[str, QComboBox | QLineEdit] = {}
        self._build()
        self.show_initiative(None)
        if follow:
            session.project_did_change.connect(self._follow)

    def _follow(self, changes) -> None:
        if changes.touches("initiatives", "pain_points") and self.initiative_id is not None:
            self.show_initiative(self.initiative_id)

    def _build(self) -> None:
        # neither the title above the fields nor a refusal may move them (ui/form_message.py)
        self.heading = OneLineLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.message = MessageLine("#C5221F")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # labels above: a narrow panel
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("title", "status", "owner", "department", "start", "due", "done", "effort", "cost", "reach",
                     "impact", "confidence", "uplift_target", "expected_uplift", "link_item", "link_slope", "notes"):
            editor = self._make(name)
            self.editors[name] = editor
            add_titled_row(form, self.tr(LABELS[name]), editor)
        self.pains = QListWidget()
        self.pains.setMaximumHeight(110)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.link_choice = narrow(QComboBox())
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.clicked.connect(self.link_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(form)
        addresses = QLabel(self.tr("<b>Pain points it addresses</b>"))
        addresses.setWordWrap(True)
        layout.addWidget(addresses)
        layout.addWidget(self.pains)
        layout.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.link_choice)   # the list, then its button: side by side they were wider
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignRight)   # than a narrow dock
        layout.addStretch(1)

    def _make(self, name: str) -> QComboBox | QLineEdit:
        if name in ("status", "impact", "uplift_target", "link_item"):
            box = narrow(QComboBox())
            box.setObjectName(name)
            box.activated.connect(lambda _i, n=name: self._commit(n))
            return box
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.editingFinished.connect(lambda n=name: self._commit(n))
        return edit

    # -- showing --------------------------------------------------------------------------
    def show_initiative(self, initiative_id: str | None) -> None:
        project = self.session.project
        init = project.find("initiatives", initiative_id) if initiative_id else None
        if init is None or init.id != self.initiative_id:
            self.message.clear_message()    # a refusal is about the initiative it was made on
        self.initiative_id = init.id if init is not None else None
        for widget in (*self.editors.values(), self.pains, self.unlink_button, self.link_choice, self.link_button):
            widget.setEnabled(init is not None)
        if init is None:
            self.heading.set_full_text(self.tr("Select an initiative to edit it."))
            return
        self.heading.set_full_text(init.title)
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            if isinstance(editor, QLineEdit):
                value = getattr(init, name)
                editor.setText("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))
                editor.setCursorPosition(0)
            else:
                self._fill_choice(name, editor, init)
            editor.blockSignals(False)
        self._fill_pains(init)

    def _fill_choice(self, name: str, box: QComboBox, init) -> None:
        box.clear()
        for text, value in self._choices(name):
            box.addItem(text, value)
        current = ini.normal_status(init.status) if name == "status" else getattr(init, name)
        box.setCurrentIndex(max(0, box.findData(current)))

    def _choices(self, name: str) -> Sequence[tuple[str, object]]:
        project = self.session.project
        if name == "status":
            return [(self.tr(STATUS_WORDS[s]), s) for s in ini.STATUSES]
        if name == "impact":
            return [(self.tr(t), v) for t, v in IMPACTS]
        items = self._journey_items()
        if name == "link_item":
            return [("-", None)] + [(self.tr("item: {c}").format(c=it.column), it.id) for it in items]
        metrics = [m for m in project.all("metrics") if m.kind == "operating"]
        return ([("-", "")] + [(self.tr("item: {c}").format(c=it.column), f"item:{it.id}") for it in items]
                + [(self.tr("metric: {m} (needs a stated link)").format(m=m.name), f"metric:{m.id}") for m in metrics])

    def _journey_items(self) -> list:
        project = self.session.project
        datasets = {d.id for d in project.all("datasets") if d.journey == self.session.journey_id}
        seen, items = set(), []
        for it in project.all("survey_items"):
            if it.dataset in datasets and it.column not in seen:
                seen.add(it.column)
                items.append(it)
        return items

    def _fill_pains(self, init) -> None:
        project = self.session.project
        self.pains.clear()
        for pid in init.pain_points:
            pain = project.find("pain_points", pid)
            item = QListWidgetItem(pain.title if pain is not None else pid)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.pains.addItem(item)
        self.link_choice.clear()
        for pain in project.where("pain_points", journey=init.journey):
            if pain.id not in init.pain_points and pain.status != "merged":
                self.link_choice.addItem(pain.title, pain.id)
        self.link_button.setEnabled(self.link_choice.count() > 0)
        self.unlink_button.setEnabled(self.pains.count() > 0)

    # -- editing --------------------------------------------------------------------------
    def _value(self, name: str):
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        text = editor.text().strip()
        if name in NUMBERS:
            return text.replace(",", "") or None
        return text or (None if name in ("start", "due", "done") else "")

    def _commit(self, name: str) -> None:
        init = self.session.project.find("initiatives", self.initiative_id) if self.initiative_id else None
        if init is None:
            return
        value = self._value(name)
        current = ini.normal_status(init.status) if name == "status" else getattr(init, name)
        if value == current or (name in NUMBERS and value is not None and current is not None
                                and _same_number(value, current)):
            return
        changes = {name: value}
        if name == "uplift_target" and str(value).startswith("item:"):
            item = self.session.project.find("survey_items", value[5:])
            if item is not None and item.stage:
                changes["uplift_stage"] = item.stage      # the stage whose before/after it answers to
        if name == "status" and value == "done" and not init.done:
            changes["done"] = _today()       # done without a date: today, changeable in the field below
        self.push(lambda: ini.edit_initiative(self.session.project, init.id, **changes))

    def push(self, make_command) -> bool:
        """Build the command (the core checks the input) and push it; a refusal is shown, not raised."""
        try:
            command = make_command()
        except ini.InitiativeError as exc:
            self.message.say(str(exc))
            self.edit_did_fail.emit(str(exc))
            self.show_initiative(self.initiative_id)
            return False
        self.message.clear_message()
        self.session.push(command)
        return True

    def link_chosen(self) -> None:
        pid = self.link_choice.currentData()
        if self.initiative_id and pid:
            self.push(lambda: ini.link_pain_point(self.session.project, self.initiative_id, pid))

    def unlink_selected(self) -> None:
        item = self.pains.currentItem() or (self.pains.item(0) if self.pains.count() == 1 else None)
        if self.initiative_id and item is not None:
            pid = item.data(Qt.ItemDataRole.UserRole)
            self.push(lambda: ini.unlink_pain_point(self.session.project, self.initiative_id, pid))


def _same_number(a, b) -> bool:
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return False


def _today() -> str:
    import datetime as dt
    return dt.date.today().isoformat()
