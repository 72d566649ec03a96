"""Editors for one entity field each: a value in, a ``committed`` signal out.

Which editor a field gets follows its dataclass annotation (str, float | None, ...), with
choices and references from the model's vocabularies. Ids, positions and structured
fields (dicts, lists) are not shown.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from journeymap.core import model

CHOICES = {
    ("stages", "channel"): ("",) + model.CHANNELS, ("stages", "role"): model.ROLES,
    ("journeys", "state"): model.STATES, ("transitions", "kind"): model.TRANSITION_KINDS,
    ("pain_points", "source"): model.PAIN_SOURCES, ("pain_points", "status"): model.PAIN_STATUSES,
    ("initiatives", "status"): model.INITIATIVE_STATUSES, ("metrics", "better"): model.BETTER,
    ("metrics", "kind"): model.METRIC_KINDS, ("feedback", "source"): model.FEEDBACK_SOURCES,
    ("survey_items", "better"): model.BETTER, ("datasets", "kind"): model.DATASET_KINDS,
}
REFERENCES = {("stages", "phase"): "phases", ("journeys", "persona"): "segments",
              ("pain_points", "stage"): "stages"}
RANGES = {"emotion": (-3.0, 3.0), "share": (0.0, 1.0), "share_affected": (0.0, 1.0),
          "confidence": (0.0, 1.0), "severity": (1, 5)}
HIDDEN = {"id", "journey", "x", "y", "derived_from", "merged_into", "dataset", "pain_point",
          "source_id", "sha256", "position", "kind_id"}
READ_ONLY = {("datasets", "kind"), ("datasets", "rows"), ("datasets", "file_name"),
             ("datasets", "imported_at"), ("datasets", "encoding"), ("journeys", "state")}
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
}


def field_title(name: str) -> str:
    text = TITLES.get(name, name.replace("_", " ").capitalize())
    return QCoreApplication.translate("Inspector", text)


def editable_fields(kind: str) -> list[dataclasses.Field]:
    cls = model.ENTITY_TYPES[kind]
    return [f for f in dataclasses.fields(cls) if f.name not in HIDDEN
            and not str(f.type).startswith(("dict", "list"))]


def make_editor(kind: str, f: dataclasses.Field, project, entity):
    """The editor for field ``f`` of ``entity``."""
    annotation = str(f.type)
    if (kind, f.name) in CHOICES:
        editor = ChoiceEditor([(c or "-", c) for c in CHOICES[(kind, f.name)]])
    elif (kind, f.name) in REFERENCES:
        editor = ChoiceEditor(_reference_choices(project, REFERENCES[(kind, f.name)], entity))
    elif annotation.startswith(("float", "int")):
        editor = NumberEditor(integer=annotation.startswith("int"), optional="None" in annotation,
                              bounds=RANGES.get(f.name))
    elif f.name in LONG:
        editor = LongTextEditor()
    else:
        editor = TextEditor(optional="None" in annotation)
    editor.field = f.name
    editor.setEnabled((kind, f.name) not in READ_ONLY)
    return editor


def _reference_choices(project, target: str, entity) -> list[tuple[str, str | None]]:
    journey = getattr(entity, "journey", None)
    items = project.all(target)
    if target == "phases":
        items = project.phases_of(journey)
    elif target == "stages":
        items = project.stages_of(journey)
    none = QCoreApplication.translate("Inspector", "(none)")
    return [(none, None)] + [(getattr(e, "name", e.id), e.id) for e in items]


class TextEditor(QLineEdit):
    committed = Signal()

    def __init__(self, *, optional: bool = False):
        super().__init__()
        self.optional = optional
        self.editingFinished.connect(self.committed)

    def value(self):
        text = self.text().strip()
        return None if self.optional and not text else text

    def set_value(self, value) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)   # a long name shows its start


class LongTextEditor(QPlainTextEdit):
    committed = Signal()

    def __init__(self):
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value) -> None:
        if self.toPlainText() != (value or ""):
            self.setPlainText(value or "")


class NumberEditor(QLineEdit):
    committed = Signal()

    def __init__(self, *, integer: bool, optional: bool, bounds=None):
        super().__init__()
        self.integer, self.optional = integer, optional
        low, high = bounds or (-1e15, 1e15)
        validator = QIntValidator(int(low), int(high)) if integer else QDoubleValidator(low, high, 4)
        if not integer:
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(QLocale.c())
        self.setValidator(validator)
        self.setPlaceholderText(QCoreApplication.translate("Inspector", "not set"))
        self.editingFinished.connect(self.committed)

    def value(self):
        text = self.text().strip()
        if not text:
            return None if self.optional else 0
        return int(text) if self.integer else float(text)

    def set_value(self, value) -> None:
        self.setText("" if value is None else (str(value) if self.integer else f"{value:g}"))


class ChoiceEditor(QComboBox):
    committed = Signal()

    def __init__(self, choices: list[tuple[str, object]]):
        super().__init__()
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
