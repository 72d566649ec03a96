"""Editing in the inspector inside the main window: Tab and Return never delete the editor that
is sending, and the selection stays on what is being edited (issue 8, item 1)."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymap.core.model import PainPoint
from journeymap.samples.templates import build
from journeymap.storage.write import save


@pytest.fixture
def window(window_on, tmp_path):
    project = build("insurance")
    journey = project.default_journey()
    stage = project.stages_of(journey.id)[1]
    project.add(PainPoint("pp-1", journey.id, stage.id, "Form is too long", severity=3))
    path = tmp_path / "insurance.jmap"
    save(project, path)
    return window_on(path)


def _type_into(qtbot, editor, text):
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, text)


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_pain_point_title_then_key_keeps_the_selection(qtbot, window, key):
    window.canvas.select("pain_points", "pp-1")
    qtbot.waitUntil(lambda: window.inspector.key == ("pain_points", "pp-1"))
    title = window.inspector.editors["title"]
    _type_into(qtbot, title, "Form asks twice")
    qtbot.keyClick(title, key)
    assert window.session.project.get("pain_points", "pp-1").title == "Form asks twice"
    # the sticky is updated in place, so it stays selected and so does the inspector. The edit's
    # refreshes are posted (the scene's zero timers): deliver them first, or the checks below
    # would pass on the state before them (the selection is the same before and after).
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.canvas.selection() == [("pain_points", "pp-1")])
    assert window.inspector.key == ("pain_points", "pp-1")
    assert window.inspector.editors["title"] is title
    assert title.text() == "Form asks twice"
    if key == Qt.Key.Key_Tab:   # focus moved on to the next field, which still exists
        assert window.inspector.editors["description"].hasFocus()


def test_stage_name_then_tab_moves_on_and_renames_the_card(qtbot, window):
    stage = window.session.project.stages_of(window.session.journey_id)[0]
    window.canvas.select("stages", stage.id)
    qtbot.waitUntil(lambda: window.inspector.key == ("stages", stage.id))
    name = window.inspector.editors["name"]
    _type_into(qtbot, name, "Sees an ad")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert window.canvas.scene().cards[stage.id].stage.name == "Sees an ad"
    assert window.canvas.selection() == [("stages", stage.id)]
    assert window.inspector.editors["name"] is name


def test_undo_after_an_edit_refreshes_in_place(qtbot, window):
    window.canvas.select("pain_points", "pp-1")
    qtbot.waitUntil(lambda: window.inspector.key == ("pain_points", "pp-1"))
    severity = window.inspector.editors["severity"]
    _type_into(qtbot, severity, "5")
    qtbot.keyClick(severity, Qt.Key.Key_Tab)
    assert window.session.project.get("pain_points", "pp-1").severity == 5
    window.act["undo"].trigger()
    assert window.session.project.get("pain_points", "pp-1").severity == 3
    assert severity.text() == "3"
    assert window.inspector.key == ("pain_points", "pp-1")
