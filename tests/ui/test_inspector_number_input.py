"""Numbers typed in the inspector mean what they say (QA 4): a decimal comma is a decimal ("2,5" became
25 and Emotion "1,5" was refused as 15: the validator dropped the comma keystroke), a comma before three
digits groups thousands, anything else is refused naming the field; and a value outside what the field
means (customers -5000, value at risk -100, gap -3, order -7) is refused naming the field and its range,
with nothing changed."""
import pytest
from PySide6.QtCore import Qt

from journeymap.core.model import PainPoint, Segment
from journeymap.samples.templates import build
from journeymap.ui.inspector import InspectorPanel
from journeymap.ui import inspector_fields
from journeymap.ui.session import Session


@pytest.mark.parametrize("text, integer, expected", [
    ("2,5", False, 2.5), ("1,5", False, 1.5), ("-1,5", False, -1.5), ("0,500", False, 0.5),
    ("2,500", False, 2500.0), ("1,234,567.25", False, 1234567.25), ("2,500", True, 2500),
    ("12,34", False, 12.34), ("1250.5", False, 1250.5), ("+3", True, 3), (" 7 ", True, 7), (".5", False, 0.5),
    ("3.0", True, 3), (".0", True, 0), ("9,007,199,254,740,993", True, 9007199254740993),
])
def test_parse_number_reads_decimal_commas_and_thousands(text, integer, expected):
    value = inspector_fields.parse_number(text, integer=integer)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("text, integer", [
    ("1,2,3", False), ("1234,567", False), ("2,500,5", False), ("1.234,5", False), ("2,5", True),
    ("1,", False), (",", False), ("-", False), ("1e5", False), ("nan", False), ("inf", False), ("1.5", True),
])
def test_parse_number_refuses_what_is_ambiguous_or_malformed(text, integer):
    with pytest.raises(ValueError) as refused:
        inspector_fields.parse_number(text, integer=integer)
    assert text.strip() in str(refused.value)


@pytest.fixture
def session(qapp):
    project = build("insurance")
    j = project.default_journey().id
    stage = project.stages_of(j)[1]
    project.add(Segment("sg-1", "Young families", share=0.3))
    project.add(PainPoint("pp-1", j, stage.id, "Form is too long", severity=2, value_at_risk=500.0, gap=0.2,
                          value_per_customer=40.0))
    return Session(project)


@pytest.fixture
def inspector(qtbot, session):
    widget = InspectorPanel(session)
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def type_into(qtbot, inspector, field, text):
    editor = inspector.editors[field]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    return editor


@pytest.mark.parametrize("kind, field, typed, stored", [
    ("pain_points", "value_per_customer", "2,5", 2.5),
    ("pain_points", "value_at_risk", "2,500", 2500.0),
    ("stages", "emotion", "1,5", 1.5),
    ("stages", "emotion", "-2,5", -2.5),
])
def test_a_decimal_comma_typed_is_stored_as_meant(qtbot, inspector, session, kind, field, typed, stored):
    entity = session.project.all(kind)[1 if kind == "stages" else 0]
    inspector.show_selection([(kind, entity.id)])
    type_into(qtbot, inspector, field, typed)
    assert getattr(session.project.get(kind, entity.id), field) == stored
    assert not inspector.message.isVisible(), inspector.message.text()
    assert session.undo_stack.count() == 1


def refused(qtbot, inspector, session, kind, entity_id, field, typed, *words):
    before = getattr(session.project.get(kind, entity_id), field)
    inspector.show_selection([(kind, entity_id)])
    editor = type_into(qtbot, inspector, field, typed)
    assert getattr(session.project.get(kind, entity_id), field) == before
    assert session.undo_stack.count() == 0
    assert inspector.message.isVisible()
    for word in words:
        assert word in inspector.message.text(), inspector.message.text()
    assert editor.text() == ("" if before is None else editor.text())   # the stored value shown again
    return inspector.message.text()


def test_an_ambiguous_comma_is_refused_naming_the_field(qtbot, inspector, session):
    refused(qtbot, inspector, session, "pain_points", "pp-1", "value_per_customer", "1,2,3",
            "Value per customer", "1,2,3")


@pytest.mark.parametrize("kind, field, typed, words", [
    ("journeys", "customers", "-5000", ("Customers per period", "-5000", "above 0")),
    ("journeys", "customers", "0", ("Customers per period", "above 0")),
    ("journeys", "revenue", "-1", ("Revenue per period", "0 or more")),
    ("pain_points", "value_at_risk", "-100", ("Value at risk", "-100", "0 or more")),
    ("pain_points", "gap", "-3", ("Gap", "-3", "0 to 1")),
    ("pain_points", "gap", "3", ("Gap", "0 to 1")),
    ("pain_points", "value_per_customer", "-2,5", ("Value per customer", "0 or more")),
    ("segments", "customers", "-1", ("Customers per period", "0 or more")),
    ("segments", "value_per_customer", "-10", ("Value per customer", "0 or more")),
])
def test_a_value_outside_what_the_field_means_is_refused(qtbot, inspector, session, kind, field, typed, words):
    entity = session.project.get("journeys", session.journey_id) if kind == "journeys" else session.project.all(kind)[0]
    refused(qtbot, inspector, session, kind, entity.id, field, typed, *words)


def test_an_order_outside_the_positions_is_refused(qtbot, inspector, session):
    phases = session.project.phases_of(session.journey_id)
    last = str(len(phases) - 1)
    text = refused(qtbot, inspector, session, "phases", phases[1].id, "order", "-7", "Order", "-7", f"0 to {last}")
    refused(qtbot, inspector, session, "phases", phases[1].id, "order", str(len(phases)), "Order", f"0 to {last}")
    assert text
