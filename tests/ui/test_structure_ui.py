"""Phases and lanes from the window (issue 8, item 3): add, name, reorder, delete, move a stage."""
import pytest
from PySide6.QtCore import Qt

from journeymap.core import structure


@pytest.fixture
def window(insurance_window):
    return insurance_window


def phase_names(win):
    return [p.name for p in win.session.project.phases_of(win.session.journey_id)]


def type_name(qtbot, win, text):
    qtbot.waitUntil(lambda: win.inspector.editors["name"].hasFocus())
    qtbot.keyClicks(win.inspector.editors["name"], text)
    qtbot.keyClick(win.inspector.editors["name"], Qt.Key.Key_Return)


def test_add_name_move_and_delete_a_phase(qtbot, window):
    first = phase_names(window)
    stage = window.session.project.where("stages", phase=window.session.project.phases_of(
        window.session.journey_id)[0].id)[0]
    window.canvas.select("stages", stage.id)
    window.structure.act["add_phase"].trigger()
    type_name(qtbot, window, "Compare offers")
    assert phase_names(window) == [first[0], "Compare offers"] + first[1:]
    new = window.session.project.phases_of(window.session.journey_id)[1]
    assert window.selection == [("phases", new.id)]
    assert window.navigator.model.index_of("phases", new.id).isValid()
    window.structure.update()
    assert window.structure.act["phase_left"].isEnabled()
    window.structure.act["phase_left"].trigger()
    assert phase_names(window)[:2] == ["Compare offers", first[0]]
    window.act["delete"].trigger()   # empty: deleted without a question
    assert phase_names(window) == first
    assert window.session.undo_stack.undoText() == "Delete phase 'Compare offers'"
    window.act["undo"].trigger()
    assert phase_names(window)[0] == "Compare offers"


def test_delete_a_full_phase_asks_where_its_stages_go(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    project = window.session.project
    phases = project.phases_of(window.session.journey_id)
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (asked.append(a[3]), (phases[0].name, True))[1])
    window.set_selection([("phases", phases[1].id)])
    moving = [s.id for s in project.where("stages", phase=phases[1].id)]
    window.structure.act["delete_phase"].trigger()
    assert asked and phases[1].name not in asked[0]
    assert project.find("phases", phases[1].id) is None
    assert {project.get("stages", sid).phase for sid in moving} == {phases[0].id}


def test_move_stage_to_phase_from_the_menu(qtbot, window):
    project = window.session.project
    phases = project.phases_of(window.session.journey_id)
    stage = project.where("stages", phase=phases[0].id)[0]
    window.canvas.select("stages", stage.id)
    menu = window.structure.move_menu
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == phases[2].name)
    action.trigger()
    assert project.get("stages", stage.id).phase == phases[2].id
    assert window.canvas.selection() == [("stages", stage.id)]


def test_a_lane_is_drawn_and_edited(qtbot, window):
    window.structure.act["add_lane"].trigger()
    type_name(qtbot, window, "Systems")
    lane = structure.lanes_of(window.session.project, window.session.journey_id)[0]
    assert lane.name == "Systems"
    scene = window.canvas.scene()
    scene.flush()
    key = f"lane:{lane.id}"
    assert scene.lanes.geometry.title(key) == "Systems"
    assert list(scene.lanes.geometry.lanes)[-1] == key
    stage = window.session.project.stages_of(window.session.journey_id)[0]
    window.canvas.select("stages", stage.id)
    qtbot.waitUntil(lambda: f"lanes:{lane.id}" in window.inspector.editors)
    editor = window.inspector.editors[f"lanes:{lane.id}"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "CRM")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    scene.flush()
    text = scene.texts[(stage.id, key)]
    top, height = scene.lanes.geometry.lanes[key]
    assert top <= text.pos().y() < top + height
    window.set_selection([("lanes", lane.id)])
    window.act["delete"].trigger()
    scene.flush()
    assert (stage.id, key) not in scene.texts and key not in scene.lanes.geometry.lanes
    window.act["undo"].trigger()
    scene.flush()
    assert (stage.id, key) in scene.texts


def test_lane_text_edited_in_place(qtbot, window):
    """Double-click a lane under a stage: type, Return; Escape leaves it as it was."""
    from journeymap.core import layout as layout_mod
    window.structure.act["add_lane"].trigger()
    type_name(qtbot, window, "KPIs")
    lane = structure.lanes_of(window.session.project, window.session.journey_id)[0]
    canvas, scene = window.canvas, window.canvas.scene()
    stage = min(window.session.project.stages_of(window.session.journey_id), key=lambda s: (s.x, s.y))
    for key, text in (("thinking", "Is it covered?"), (f"lane:{lane.id}", "FCR 80%")):
        scene.flush()
        top, height = scene.lanes.geometry.lanes[key]
        canvas.ensureVisible(stage.x, top, layout_mod.CARD_W, height)
        point = canvas.mapFromScene(stage.x + layout_mod.CARD_W / 2, top + height / 2)
        qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.waitUntil(lambda: canvas.editor is not None)
        qtbot.keyClicks(canvas, text)
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: canvas.editor is None)
    edited = window.session.project.get("stages", stage.id)
    assert edited.thinking == "Is it covered?" and edited.lanes == {lane.id: "FCR 80%"}
    assert window.session.undo_stack.undoText().startswith("Change KPIs of stage")
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: canvas.editor is not None)
    qtbot.keyClicks(canvas, "oops")
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: canvas.editor is None)
    assert window.session.project.get("stages", stage.id).lanes == {lane.id: "FCR 80%"}


def test_double_click_a_phase_header_to_rename_it(qtbot, window):
    canvas, scene = window.canvas, window.canvas.scene()
    scene.flush()
    phase_id, _name, left, width = scene.lanes.geometry.columns[1]
    top = scene.lanes.geometry.top
    canvas.ensureVisible(left, top, width, 40)
    point = canvas.mapFromScene(left + width / 2, top + 20)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection == [("phases", phase_id)]
    type_name(qtbot, window, "Get a quote")
    assert window.session.project.get("phases", phase_id).name == "Get a quote"
    qtbot.waitUntil(canvas.hasFocus)   # Return went back to the map
    scene.flush()
    assert scene.lanes.geometry.columns[1][1] == "Get a quote"
