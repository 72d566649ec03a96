"""Editors for one entity field each: a value in, a ``committed`` signal out.

Which editor a field gets follows its dataclass annotation (str, float | None, ...), with
choices and references from the model's vocabularies. Ids and positions are not shown;
of the structured fields, a stage's lane texts and its emotion per persona get one editor
per key (``editor.key``). Every editor commits on Return and on leaving it (Tab, a click
elsewhere) and goes back to the model's value on Escape.
"""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Any, Sequence, TypeAlias

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
from journeymap.core import model, structure
from journeymap.core.project import Project

CHOICES = {
    ("stages", "channel"): ("",) + model.CHANNELS, ("stages", "role"): model.ROLES,
    ("journeys", "state"): model.STATES, ("transitions", "kind"): model.TRANSITION_KINDS,
    ("pain_points", "source"): model.PAIN_SOURCES, ("pain_points", "status"): model.PAIN_STATUSES,
    ("initiatives", "status"): model.INITIATIVE_STATUSES, ("metrics", "better"): model.BETTER,
    ("metrics", "kind"): model.METRIC_KINDS, ("feedback", "source"): model.FEEDBACK_SOURCES,
    ("survey_items", "better"): model.BETTER, ("datasets", "kind"): model.DATASET_KINDS,
    ("journeys", "period"): ("month", "quarter"),     # as imports count volumes (importers.mapping.PERIODS)
}
C = lambda text: QT_TRANSLATE_NOOP("Inspector", text)  # noqa: E731 - marks for lupdate
# What a reader sees for each stored code of CHOICES (the code itself is what is saved).
CHOICE_WORDS = {
    "phone": C("phone"), "web": C("web"), "app": C("app"), "branch": C("branch"), "agent": C("agent"),
    "chat": C("chat"), "mail": C("mail"), "email": C("email"), "other": C("other"), "entry": C("entry"),
    "step": C("step"), "terminal": C("terminal"), "current": C("current"), "future": C("future"),
    "normal": C("normal"), "loop": C("loop"), "handoff": C("handoff"), "drop-out": C("drop-out"),
    "customer": C("customer"), "employee": C("employee"), "workshop": C("workshop"), "data": C("data"),
    "open": C("open"), "candidate": C("candidate"), "accepted": C("accepted"), "dismissed": C("dismissed"),
    "merged": C("merged"), "resolved": C("resolved"), "idea": C("idea"), "planned": C("planned"),
    "in_progress": C("in progress"), "done": C("done"), "dropped": C("dropped"), "higher": C("higher"),
    "lower": C("lower"), "satisfaction": C("satisfaction"), "operating": C("operating"),
    "financial": C("financial"), "survey": C("survey"), "operations": C("operations"), "feedback": C("feedback"),
    "month": C("month"), "quarter": C("quarter"),
}
REFERENCES = {("stages", "phase"): "phases", ("journeys", "persona"): "segments",
              ("pain_points", "stage"): "stages", ("transitions", "source"): "stages",
              ("transitions", "target"): "stages"}
HIDDEN = {"id", "journey", "x", "y", "derived_from", "merged_into", "dataset", "pain_point",
          "source_id", "sha256", "position", "kind_id"}
READ_ONLY = {("datasets", "kind"), ("datasets", "rows"), ("datasets", "file_name"),
             ("datasets", "imported_at"), ("datasets", "encoding"), ("journeys", "state"),
             ("pain_points", "created")}
INT32 = (-2**31, 2**31 - 1)     # SQLite and Qt take C ints: 1e15 raised OverflowError
FLOAT_LIMIT = (-1e15, 1e15)
POSITIONS = {"phases": "phases", "lanes": "lanes"}   # kinds whose ``order`` is a place among their journey's
LONG = {"description", "thinking", "customer_action", "backstage", "opportunities", "note"}

TITLES = {  # the fields' titles, for the translation tools
    "name": QT_TRANSLATE_NOOP("Inspector", "Name"), "title": QT_TRANSLATE_NOOP("Inspector", "Title"),
    "description": QT_TRANSLATE_NOOP("Inspector", "Description"),
    "phase": QT_TRANSLATE_NOOP("Inspector", "Phase"), "role": QT_TRANSLATE_NOOP("Inspector", "Role"),
    "channel": QT_TRANSLATE_NOOP("Inspector", "Channel"),
    "department": QT_TRANSLATE_NOOP("Inspector", "Owner (department)"),
    "customer_action": QT_TRANSLATE_NOOP("Inspector", "Customer action"),
    "thinking": QT_TRANSLATE_NOOP("Inspector", "Thinking"),
    "emotion": QT_TRANSLATE_NOOP("Inspector", "Emotion (-3 to +3)"),
    "backstage": QT_TRANSLATE_NOOP("Inspector", "Backstage"),
    "opportunities": QT_TRANSLATE_NOOP("Inspector", "Opportunities"),
    "state": QT_TRANSLATE_NOOP("Inspector", "State"), "persona": QT_TRANSLATE_NOOP("Inspector", "Persona"),
    "period": QT_TRANSLATE_NOOP("Inspector", "Period"), "label": QT_TRANSLATE_NOOP("Inspector", "Label"),
    "share": QT_TRANSLATE_NOOP("Inspector", "Share (0 to 1)"), "kind": QT_TRANSLATE_NOOP("Inspector", "Kind"),
    "source": QT_TRANSLATE_NOOP("Inspector", "Source"), "target": QT_TRANSLATE_NOOP("Inspector", "Target"),
    "reason": QT_TRANSLATE_NOOP("Inspector", "Reason"),
    "severity": QT_TRANSLATE_NOOP("Inspector", "Severity (1 to 5)"),
    "status": QT_TRANSLATE_NOOP("Inspector", "Status"), "stage": QT_TRANSLATE_NOOP("Inspector", "Stage"),
    "share_affected": QT_TRANSLATE_NOOP("Inspector", "Share affected (0 to 1)"),
    "gap": QT_TRANSLATE_NOOP("Inspector", "Gap"),
    "value_at_risk": QT_TRANSLATE_NOOP("Inspector", "Value at risk"),
    "order": QT_TRANSLATE_NOOP("Inspector", "Order"), "rows": QT_TRANSLATE_NOOP("Inspector", "Rows"),
    "customers": QT_TRANSLATE_NOOP("Inspector", "Customers per period"),
    "revenue": QT_TRANSLATE_NOOP("Inspector", "Revenue per period"),
    "value_per_customer": QT_TRANSLATE_NOOP("Inspector", "Value per customer"),
    "gap_se": QT_TRANSLATE_NOOP("Inspector", "Gap error (SE)"),
    "created": QT_TRANSLATE_NOOP("Inspector", "Created"),
    "note": QT_TRANSLATE_NOOP("Inspector", "Note"),
}


def field_title(name: str) -> str:
    text = TITLES.get(name, name.replace("_", " ").capitalize())
    return QCoreApplication.translate("Inspector", text)


def editable_fields(kind: str) -> list[dataclasses.Field]:
    cls = model.ENTITY_TYPES[kind]
    return [f for f in dataclasses.fields(cls) if f.name not in HIDDEN
            and not str(f.type).startswith(("dict", "list"))]


def make_editor(kind: str, f: dataclasses.Field, project, entity) -> Editor:
    """The editor for field ``f`` of ``entity``."""
    annotation = str(f.type)
    optional = "None" in annotation
    editor: Editor
    if (kind, f.name) in CHOICES:
        editor = ChoiceEditor([(QCoreApplication.translate("Inspector", CHOICE_WORDS.get(c, c)) if c else "-", c)
                               for c in CHOICES[(kind, f.name)]])
    elif (kind, f.name) in REFERENCES:
        editor = ChoiceEditor(_reference_choices(project, REFERENCES[(kind, f.name)], entity, optional))
    elif annotation.startswith(("float", "int")):
        editor = NumberEditor(integer=annotation.startswith("int"), optional=optional,
                              bounds=field_bounds(kind, f.name, project, entity))
    elif f.name in LONG:
        editor = LongTextEditor()
    else:
        editor = TextEditor(optional=optional)
    editor.field, editor.key = f.name, None
    editor.setEnabled((kind, f.name) not in READ_ONLY)
    return editor


def keyed_editors(kind: str, project, entity) -> list[tuple[str, Editor]]:
    """(title, editor) for the per-key parts of dict fields: a stage's text in each custom
    lane of its journey, and its emotion for each persona."""
    if kind != "stages":
        return []
    rows: list[tuple[str, Editor]] = []
    for lane in structure.lanes_of(project, entity.journey):
        editor: Editor = LongTextEditor()
        editor.field, editor.key = "lanes", lane.id
        rows.append((lane.name, editor))
    for segment in project.all("segments"):
        editor = NumberEditor(integer=False, optional=True, bounds=field_bounds("stages", "emotions", project, entity))
        editor.field, editor.key = "emotions", segment.id
        title = QCoreApplication.translate("Inspector", "Emotion of {persona} (-3 to +3)")
        rows.append((title.format(persona=segment.name), editor))
    return rows


def add_titled_row(form: QFormLayout, title: str, field: QWidget) -> QLabel:
    """The field's title on a row of its own above it, both the form's full width: the title wraps
    in a narrow dock. As a form's label column an unwrapped title ("Stated link: moves survey item")
    held the form wider than the dock, cutting the fields off on the right, and a wrapped one broke
    where Qt guessed, not where the room ended."""
    label = QLabel(title)
    label.setWordWrap(True)
    label.setBuddy(field)
    form.addRow(label)
    form.addRow(field)
    return label


def narrow(box: QComboBox) -> QComboBox:
    """A list whose long entries (stage, pain point and persona names, survey questions) do not widen
    the narrow panel: it shows 8 characters at least, more as the dock grows."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


def field_bounds(kind: str, name: str, project: Project, entity) -> model.Bounds | None:
    """What a number field means (core.model.FIELD_BOUNDS); a phase's or lane's order is one of its
    journey's positions, 0 to the last (structure.move_phase would clamp -7 to the first place)."""
    if name == "order" and kind in POSITIONS:
        journey = getattr(entity, "journey", "")
        count = len(project.phases_of(journey) if kind == "phases" else structure.lanes_of(project, journey))
        return model.Bounds(0, max(count - 1, 0))
    return model.FIELD_BOUNDS.get((kind, name))


def editor_name(editor) -> str:
    """The inspector's key for an editor: the field, or ``field:key`` for a keyed one."""
    return editor.field if editor.key is None else f"{editor.field}:{editor.key}"


def current_value(entity, editor):
    value = getattr(entity, editor.field)
    if editor.key is None:
        return value
    return (value or {}).get(editor.key, "" if editor.field == "lanes" else None)


def new_value(entity, editor, value):
    """The field's new value with ``value`` written at the editor's key (None/"" removes it)."""
    if editor.key is None:
        return value
    mapping = dict(getattr(entity, editor.field) or {})
    if value is None or value == "":
        mapping.pop(editor.key, None)
    else:
        mapping[editor.key] = value
    return mapping


def _reference_choices(project: Project, target: str, entity, optional: bool = True) -> list[tuple[str, str | None]]:
    journey = getattr(entity, "journey", None) or ""   # "": an entity of no journey has no phases or stages
    items: list[Any] = project.all(target)
    if target == "phases":
        items = project.phases_of(journey)
    elif target == "stages":
        items = sorted(project.stages_of(journey), key=lambda s: (s.x, s.y))
    none = QCoreApplication.translate("Inspector", "(none)")
    return ([(none, None)] if optional else []) + [(getattr(e, "name", e.id), e.id) for e in items]


class TextEditor(QLineEdit):
    committed = Signal()
    field = ""                 # the entity field it edits (make_editor, keyed_editors)
    key: str | None = None     # the key within a dict field (a lane, a persona), else None

    def __init__(self, *, optional: bool = False):
        super().__init__()
        self.optional = optional
        self._shown = None
        self.editingFinished.connect(self.committed)

    def value(self):
        text = self.text().strip()
        return None if self.optional and not text else text

    def set_value(self, value) -> None:
        self._shown = value
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)   # a long name shows its start

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.set_value(self._shown)
            return
        super().keyPressEvent(event)


class LongTextEditor(QPlainTextEdit):
    """Several lines; Tab leaves (and commits), Ctrl+Return commits, Escape reverts."""
    committed = Signal()
    field = ""                 # the entity field it edits (make_editor, keyed_editors)
    key: str | None = None     # the key within a dict field (a lane, a persona), else None

    def __init__(self):
        super().__init__()
        self._shown = ""
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.set_value(self._shown)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value) -> None:
        self._shown = value or ""
        if self.toPlainText() != (value or ""):
            self.setPlainText(value or "")


class NumberEditor(QLineEdit):
    """A number; empty means "not set" where the field allows it. The validator only keeps out
    keys no number has (digits, sign, point and comma pass: "2,5" is a decimal comma, "2,500" groups
    thousands, see parse_number); what it means and its range are checked on commit (``value``) so a
    wrong entry is refused with a message instead of silently kept on screen."""
    committed = Signal()
    field = ""                 # the entity field it edits (make_editor, keyed_editors)
    key: str | None = None     # the key within a dict field (a lane, a persona), else None

    def __init__(self, *, integer: bool, optional: bool, bounds: model.Bounds | None = None):
        super().__init__()
        self.integer, self.optional = integer, optional
        self.limits = bounds or model.Bounds()
        limit = INT32 if integer else FLOAT_LIMIT
        # (low, high) as checked: the field's own bounds, else what the file can hold
        self.bounds = (limit[0] if self.limits.low is None else self.limits.low,
                       limit[1] if self.limits.high is None else self.limits.high)
        self._shown = None
        # The C-locale number validator dropped the comma key: "2,5" arrived as 25, "1,5" as 15 (QA 4).
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\s*[-+]?[0-9.,]*\s*"), self))
        self.setPlaceholderText(QCoreApplication.translate("Inspector", "not set"))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.set_value(self._shown)
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def value(self):
        """The number typed; ValueError when it is not one (or is needed and missing)."""
        text = self.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValueError(QCoreApplication.translate("Inspector", "A number is needed here."))
        number = parse_number(text, integer=self.integer)
        low, high = self.bounds
        if self.limits.holds(number) and low <= number <= high:
            return number
        if self.limits.above and self.limits.high is None:
            message = QCoreApplication.translate("Inspector", "{value} is not allowed: it must be above {low:g}.")
        elif self.limits.low is not None and self.limits.high is None:
            message = QCoreApplication.translate("Inspector", "{value} is not allowed: it must be {low:g} or more.")
        else:
            message = QCoreApplication.translate("Inspector", "{value} is outside {low:g} to {high:g}.")
        raise ValueError(message.format(value=text, low=low, high=high))

    def set_value(self, value) -> None:
        self._shown = value
        self.setText("" if value is None else (str(value) if self.integer else plain_number(value)))


_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?")   # 2,500  1,234,567.25
_DECIMAL_COMMA = re.compile(r"(\d*),(\d+)")                     # 2,5  0,500
_PLAIN = re.compile(r"\d+\.?\d*|\.\d+")


def parse_number(text: str, *, integer: bool) -> int | float:
    """The number typed in ``text``; ValueError (saying what is wrong) when it is none.

    A comma before exactly three digits groups thousands ("2,500" is 2500, "1,234,567.25"); any other
    comma is a decimal comma ("2,5" is 2.5, "0,500" is 0.5). A comma that could be either or neither
    ("1,2,3", "1234,567", "1.234,5") is refused rather than guessed. No exponents, nan or inf."""
    typed = text.strip()
    sign, body = (typed[0], typed[1:]) if typed[:1] in ("+", "-") else ("", typed)
    if "," in body:
        decimal = _DECIMAL_COMMA.fullmatch(body)
        if _GROUPED.fullmatch(body):
            body = body.replace(",", "")
        elif decimal is not None and not (len(decimal[2]) == 3 and decimal[1].strip("0")):
            body = f"{decimal[1]}.{decimal[2]}"
        else:
            raise ValueError(QCoreApplication.translate(   # short: the message line shows two lines
                "Inspector", "{text!r} is not a number (2,5 or 2.5; 2,500 or 2500).").format(text=typed))
    if not _PLAIN.fullmatch(body):
        raise ValueError(QCoreApplication.translate("Inspector", "{text!r} is not a number.").format(text=typed))
    number = float(sign + body)
    if not integer:
        return number
    if not number.is_integer():
        raise ValueError(QCoreApplication.translate("Inspector", "{text!r} is not a whole number.").format(
            text=typed))
    return int(Decimal(sign + body))   # exact: no float between the digits and the int


def plain_number(value: float) -> str:
    """The float's shortest exact text, with no exponent: "1438765.4321", "0.000012345", "25000000".
    Shown as f"{value:g}" (6 digits, "1.43877e+06"), a value was rounded and written back when the
    cursor merely passed through its field."""
    text = format(Decimal(repr(float(value))), "f")
    return text[:-2] if text.endswith(".0") else text


class ChoiceEditor(QComboBox):
    committed = Signal()
    field = ""                 # the entity field it edits (make_editor, keyed_editors)
    key: str | None = None     # the key within a dict field (a lane, a persona), else None

    def __init__(self, choices: Sequence[tuple[str, object]]):
        super().__init__()
        narrow(self)
        for text, data in choices:
            self.addItem(text, data)
        self.activated.connect(lambda _i: self.committed.emit())

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(value)
        if index < 0:  # a value outside the vocabulary: show it rather than lose it
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)


# Any editor of the inspector (make_editor, keyed_editors).
Editor: TypeAlias = TextEditor | LongTextEditor | NumberEditor | ChoiceEditor
