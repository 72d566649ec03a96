"""The inspector: shows the selection, every edit is one undo step, follows undo."""
import pytest
from PySide6.QtCore import Qt

from journeymap.core.model import PainPoint, Vote
from journeymap.samples.templates import build
from journeymap.ui.inspector import InspectorPanel
from journeymap.ui.session import Session


@pytest.fixture
def session(qapp):
    return Session(build("insurance"))


@pytest.fixture
def inspector(qtbot, session):
    widget = InspectorPanel(session)
    qtbot.addWidget(widget)
    widget.resize(360, 800)
    widget.show()
    return widget


def first_stage(session):
    return session.project.stages_of(session.journey_id)[0]


def test_shows_a_stage_with_its_pain_points(inspector, session):
    stage = first_stage(session)
    session.project.add(PainPoint("pp-1", stage.journey, stage.id, "Ads promise too much", severity=3))
    session.project.add(Vote("vo-1", "pp-1", "ann", dots=4))
    inspector.show_selection([("stages", stage.id)])
    assert inspector.editors["name"].value() == stage.name
    assert inspector.editors["channel"].value() == stage.channel
    assert inspector.editors["phase"].value() == stage.phase
    assert {"emotion", "department", "thinking", "backstage"} <= set(inspector.editors)
    assert inspector.pains.count() == 1 and "4 votes" in inspector.pains.item(0).text()


def test_an_edit_is_one_undo_step(qtbot, inspector, session):
    stage = first_stage(session)
    inspector.show_selection([("stages", stage.id)])
    editor = inspector.editors["name"]
    editor.selectAll()
    qtbot.keyClicks(editor, "Sees a TV ad")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert session.project.get("stages", stage.id).name == "Sees a TV ad"
    assert session.undo_stack.count() == 1
    emotion = inspector.editors["emotion"]
    emotion.selectAll()
    qtbot.keyClicks(emotion, "-2.5")
    qtbot.keyClick(emotion, Qt.Key.Key_Return)
    assert session.project.get("stages", stage.id).emotion == -2.5
    session.undo_stack.undo()
    assert inspector.editors["emotion"].text() == f"{stage.emotion:g}"
    session.undo_stack.undo()
    assert inspector.editors["name"].text() == stage.name
    assert session.project.get("stages", stage.id).name == stage.name


def test_choice_and_reference_edits(inspector, session):
    stage = first_stage(session)
    inspector.show_selection([("stages", stage.id)])
    channel = inspector.editors["channel"]
    channel.setCurrentIndex(channel.findData("branch"))
    channel.activated.emit(channel.currentIndex())
    assert session.project.get("stages", stage.id).channel == "branch"
    phase = inspector.editors["phase"]
    other = session.project.phases_of(session.journey_id)[2]
    phase.setCurrentIndex(phase.findData(other.id))
    phase.activated.emit(phase.currentIndex())
    assert session.project.get("stages", stage.id).phase == other.id
    assert session.undo_stack.count() == 2


def test_refuses_a_duplicate_journey_name_without_an_undo_step(inspector, session):
    from journeymap.core.model import Journey
    session.project.add(Journey("jn-2", "Claims"))
    inspector.show_selection([("journeys", session.journey_id)])
    editor = inspector.editors["name"]
    editor.setText("Claims")
    editor.editingFinished.emit()
    assert session.undo_stack.count() == 0
    assert not inspector.message.isHidden() and "Claims" in inspector.message.text()
    assert editor.text() == session.journey.name


def test_deleted_selection_clears(inspector, session):
    from journeymap.core import commands
    stage = first_stage(session)
    inspector.show_selection([("stages", stage.id)])
    session.push(commands.delete("stages", [stage.id]))
    assert inspector.key == ("journeys", session.journey_id)   # nothing selected: the journey
    assert inspector.editors["name"].text() == session.journey.name and inspector.hint.isVisibleTo(inspector)


def test_several_selected_shows_a_count(inspector, session):
    a, b = session.project.stages_of(session.journey_id)[:2]
    inspector.show_selection([("stages", a.id), ("stages", b.id)])
    assert inspector.key is None and not inspector.editors and "2 items" in inspector.heading.text()


def test_a_stage_shows_its_latest_metrics(inspector, session):
    from journeymap.core.model import MetricDef, MetricValue
    stage = first_stage(session)
    session.project.add(MetricDef("me-aht", "Average handling time", unit="s"))
    for i, (period, value) in enumerate((("2026-10", 400.0), ("2026-11", 434.4), ("2026-09", 380.0))):
        session.project.add(MetricValue(f"mv-{i}", "me-aht", stage.id, period=period, value=value, n=900))
    inspector.show_selection([("stages", stage.id)])
    assert inspector.metrics.count() == 1
    assert inspector.metrics.item(0).text() == "Average handling time:  434.4 s"
    assert "2026-11" in inspector.metrics.item(0).toolTip()
