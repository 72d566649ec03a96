"""Every field of every kind the inspector shows can be edited with real keys and lands in the
model (issue 8, item 2): a transition's Kind, a phase's Order, a stage's custom lanes ..."""
import pytest
from PySide6.QtCore import Qt

from journeymap.core import commands, structure
from journeymap.core.model import Dataset, PainPoint, Segment
from journeymap.samples.templates import build
from journeymap.ui.inspector import InspectorPanel
from journeymap.ui.inspector_fields import (ChoiceEditor, LongTextEditor, NumberEditor, TextEditor,
                                            current_value)
from journeymap.ui.session import Session


@pytest.fixture
def session(qapp):
    project = build("insurance")
    j = project.default_journey().id
    stage = project.stages_of(j)[1]
    project.add(Segment("sg-1", "Young families", share=0.3))
    project.add(PainPoint("pp-1", j, stage.id, "Form is too long", severity=2))
    project.add(Dataset("ds-1", "Survey 2026", "survey", j, file_name="s.csv", rows=10))
    for lane in ("Systems", "KPIs", "Channels"):
        structure.add_lane(project, j, lane).do(project)
    return Session(project)


@pytest.fixture
def inspector(qtbot, session):
    widget = InspectorPanel(session)
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def entity_of(session, kind):
    project, j = session.project, session.journey_id
    if kind == "journeys":
        return project.get("journeys", j)
    if kind == "transitions":
        return project.where("transitions", journey=j)[0]
    if kind in ("phases", "lanes", "stages", "pain_points"):
        return project.where(kind, journey=j)[0]
    return project.all(kind)[0]


def number_for(editor):
    low, high = editor.bounds
    if editor.integer:
        return "3" if low <= 3 <= high else str(high)
    return "0.4" if high <= 1 else "2.5" if high <= 3 else "1250.5"


def edit_with_keys(qtbot, editor, name):
    """Change the editor's value the way a person would; returns the key that commits."""
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    if isinstance(editor, ChoiceEditor):
        qtbot.keyClick(editor, Qt.Key.Key_Down if editor.currentIndex() < editor.count() - 1 else Qt.Key.Key_Up)
        return
    if isinstance(editor, LongTextEditor):
        editor.selectAll()
        qtbot.keyClicks(editor, f"Typed {name}")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        return
    editor.selectAll()
    qtbot.keyClicks(editor, number_for(editor) if isinstance(editor, NumberEditor) else f"Typed {name}")
    qtbot.keyClick(editor, Qt.Key.Key_Tab if isinstance(editor, TextEditor) else Qt.Key.Key_Return)


@pytest.mark.parametrize("kind", ["journeys", "phases", "lanes", "stages", "transitions", "pain_points",
                                  "segments", "datasets"])
def test_every_field_lands_in_the_model(qtbot, inspector, session, kind):
    entity = entity_of(session, kind)
    inspector.show_selection([(kind, entity.id)])
    names = [n for n, e in inspector.editors.items() if e.isEnabled()]
    assert names, kind
    for name in names:
        editor = inspector.editors[name]
        before = current_value(session.project.get(kind, entity.id), editor)
        edit_with_keys(qtbot, editor, name)
        after = current_value(session.project.get(kind, entity.id), editor)
        assert after != before, f"{kind}.{name} did not change"
        assert after == editor.value(), f"{kind}.{name}: model {after!r}, editor {editor.value()!r}"
        assert not inspector.message.isVisible(), inspector.message.text()
    assert session.undo_stack.count() == len(names)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    for name in names:   # undo brought every editor back to the start, in place
        editor = inspector.editors[name]
        assert editor.value() == current_value(session.project.get(kind, entity.id), editor)


def test_transition_kind_and_stage_names(qtbot, inspector, session):
    t = entity_of(session, "transitions")
    inspector.show_selection([("transitions", t.id)])
    source = inspector.editors["source"]
    assert source.currentText() == session.project.get("stages", t.source).name
    assert "st-" not in source.currentText()
    kind = inspector.editors["kind"]
    kind.setCurrentIndex(kind.findData("loop"))
    kind.activated.emit(kind.currentIndex())
    assert session.project.get("transitions", t.id).kind == "loop"
    assert session.undo_stack.undoText().startswith("Change kind of transition '")


def test_phase_shows_every_field(inspector, session):
    phase = entity_of(session, "phases")
    inspector.show_selection([("phases", phase.id)])
    assert {"name", "order", "description"} <= set(inspector.editors)


def test_out_of_range_is_refused_with_a_message(qtbot, inspector, session):
    stage = entity_of(session, "stages")
    inspector.show_selection([("stages", stage.id)])
    emotion = inspector.editors["emotion"]
    emotion.setFocus()
    qtbot.waitUntil(emotion.hasFocus)
    emotion.selectAll()
    qtbot.keyClicks(emotion, "7")
    qtbot.keyClick(emotion, Qt.Key.Key_Tab)
    assert session.project.get("stages", stage.id).emotion == stage.emotion
    assert inspector.message.isVisible() and "outside -3 to 3" in inspector.message.text()
    assert emotion.value() == stage.emotion
    assert session.undo_stack.count() == 0


def test_escape_reverts_and_empty_clears_an_optional_number(qtbot, inspector, session):
    stage = entity_of(session, "stages")
    inspector.show_selection([("stages", stage.id)])
    name = inspector.editors["name"]
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    name.selectAll()
    qtbot.keyClicks(name, "Something else")
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert name.text() == stage.name
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert session.undo_stack.count() == 0
    emotion = inspector.editors["emotion"]
    emotion.setFocus()
    qtbot.waitUntil(emotion.hasFocus)
    emotion.selectAll()
    qtbot.keyClick(emotion, Qt.Key.Key_Delete)
    qtbot.keyClick(emotion, Qt.Key.Key_Return)
    assert session.project.get("stages", stage.id).emotion is None


def test_custom_lane_text_per_stage(qtbot, inspector, session):
    stage = entity_of(session, "stages")
    lane = structure.lanes_of(session.project, session.journey_id)[0]
    inspector.show_selection([("stages", stage.id)])
    editor = inspector.editors[f"lanes:{lane.id}"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "CRM, quote engine")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert session.project.get("stages", stage.id).lanes == {lane.id: "CRM, quote engine"}
    session.push(commands.edit("stages", stage.id, lanes={}))
    assert editor.value() == ""


def test_typing_a_phase_order_moves_its_column_with_the_stages(qtbot, inspector, session):
    from journeymap.core import layout
    project, j = session.project, session.journey_id
    phase = project.phases_of(j)[0]
    inspector.show_selection([("phases", phase.id)])
    order = inspector.editors["order"]
    order.setFocus()
    qtbot.waitUntil(order.hasFocus)
    order.selectAll()
    qtbot.keyClicks(order, "3")
    qtbot.keyClick(order, Qt.Key.Key_Return)
    assert [p.id for p in project.phases_of(j)].index(phase.id) == 3
    columns = {c.phase: c for c in layout.columns(project, j)}
    for stage in project.where("stages", journey=j):
        if stage.phase is not None:
            column = columns[stage.phase]
            assert column.left <= stage.x < column.left + column.width, stage.name
    assert session.undo_stack.count() == 1


def test_journey_period_is_a_word_to_choose_not_a_code(qtbot, inspector, session):
    journey = entity_of(session, "journeys")
    inspector.show_selection([("journeys", journey.id)])
    period = inspector.editors["period"]
    assert isinstance(period, ChoiceEditor)
    assert [period.itemData(k) for k in range(period.count())] == ["month", "quarter"]
    period.setFocus()
    qtbot.waitUntil(period.hasFocus)
    qtbot.keyClick(period, Qt.Key.Key_Down)
    assert session.project.get("journeys", journey.id).period == "quarter"
