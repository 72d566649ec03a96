"""The workshop story (issue 8, item 11), end to end through real key and mouse events.

A facilitator starts from a blank project and builds a claims journey live on the projector:
names the project, turns "Phase 1" into three phases, double-clicks stages into the columns
and names them in place, moves one to its phase from the inspector, adds pain points and
types their title, description and severity with Tab and Return (Escape takes a slip back),
connects two stages with the handle and marks the transition a hand-off, adds a "Systems"
lane and fills it, reorders and deletes a phase, undoes and redoes, saves, and reopens the
file to find exactly what was built. An exception in any slot fails the test (pytest-qt).
"""
import copy

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

from journeymap.core import layout, structure
from journeymap.core.project import Project
from journeymap.ui.dialogs import prompts
from journeymap.ui.main_window import MainWindow
from journeymap.ui.session import Session

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def window(window_on, qtbot):
    win = window_on(size=(1600, 1000))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


# -- the facilitator's hands ----------------------------------------------------------------

def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, modifier)


def type_in(qtbot, widget, text, then=Qt.Key.Key_Return):
    qtbot.keyClicks(widget, text)
    if then is not None:
        qtbot.keyClick(widget, then)


def click(qtbot, widget, pos=None, double=False):
    (qtbot.mouseDClick if double else qtbot.mouseClick)(widget, Qt.MouseButton.LeftButton, pos=pos)


def click_row(qtbot, win, kind, id):
    tree = win.navigator.tree
    index = win.navigator.model.index_of(kind, id)
    tree.scrollTo(index)
    click(qtbot, tree.viewport(), tree.visualRect(index).center())
    qtbot.waitUntil(lambda: win.selection == [(kind, id)])


def at_scene(win, point: QPointF):
    return win.canvas.mapFromScene(point)


def click_item(qtbot, win, item, double=False):
    win.canvas.scene().flush()
    win.canvas.ensureVisible(item, 20, 20)
    click(qtbot, win.canvas.viewport(), at_scene(win, item.sceneBoundingRect().center()), double)


def focus_editor(qtbot, win, name):
    """Click into an inspector field (scrolled into sight first, as a person would)."""
    editor = win.inspector.editors[name]
    qtbot.waitUntil(editor.isVisible)
    win.inspector.findChild(QScrollArea).ensureWidgetVisible(editor)
    click(qtbot, editor, editor.rect().center())
    qtbot.waitUntil(editor.hasFocus)
    return editor


def choose(qtbot, win, name, text):
    """Tab into an inspector drop-down from the field beside it, then the arrow keys to ``text``
    (each step is an edit, as with a real keyboard)."""
    names = list(win.inspector.editors)
    at = names.index(name)
    before = [n for n in names[:at] if not hasattr(win.inspector.editors[n], "findText")]
    if before:
        focus_editor(qtbot, win, before[-1])
        key(qtbot, win.inspector.editors[before[-1]], Qt.Key.Key_Tab)
    else:
        focus_editor(qtbot, win, names[at + 1])
        key(qtbot, win.inspector.editors[names[at + 1]], Qt.Key.Key_Backtab, SHIFT)
    combo = win.inspector.editors[name]
    qtbot.waitUntil(combo.hasFocus)
    target = combo.findText(text)
    assert target >= 0, f"{text!r} is not offered in {name}"
    while combo.currentIndex() != target:
        key(qtbot, combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def phases(win):
    return [p.name for p in win.session.project.phases_of(win.session.journey_id)]


def stage_named(win, name):
    return next(s for s in win.session.project.stages_of(win.session.journey_id) if s.name == name)


def name_new_stage(qtbot, win, name):
    """The new stage is selected: Return opens the in-place editor, Return commits."""
    canvas = win.canvas
    qtbot.waitUntil(lambda: len(canvas.selected_stages()) == 1)
    canvas.setFocus()
    key(qtbot, canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: canvas.editor is not None)
    key(qtbot, canvas, Qt.Key.Key_A, CTRL)
    type_in(qtbot, canvas, name)
    qtbot.waitUntil(lambda: canvas.editor is None)
    return stage_named(win, name)


def add_stage_in_column(qtbot, win, phase_name, name):
    """Double-click the empty stage lane of the phase's column."""
    project = win.session.project
    phase = next(p for p in project.phases_of(win.session.journey_id) if p.name == phase_name)
    column = next(c for c in layout.columns(project, win.session.journey_id) if c.phase == phase.id)
    taken = {c.pos().x() for c in win.canvas.scene().cards.values()}
    slots = [column.left + i * layout.SLOT_W for i in range(int(column.width // layout.SLOT_W) + 1)]
    x = next(s for s in slots if s not in taken)
    point = QPointF(x + layout.CARD_W / 2, layout.STAGE_LANE_TOP + layout.CARD_H / 2)
    win.canvas.scene().flush()
    win.canvas.ensureVisible(x, 0, layout.CARD_W, layout.CARD_H, 30, 30)
    click(qtbot, win.canvas.viewport(), at_scene(win, point), double=True)
    return name_new_stage(qtbot, win, name)


def new_project_dialog(qtbot, title):
    def fill():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "the New project dialog did not open"
        dialog.template.setFocus()
        while dialog.template.currentData() != "blank":
            qtbot.keyClick(dialog.template, Qt.Key.Key_Up)
        qtbot.keyClick(dialog.template, Qt.Key.Key_Tab)
        type_in(qtbot, dialog.title, title)
    QTimer.singleShot(0, fill)


def snapshot(win):
    return copy.deepcopy(win.session.project.tables), win.session.project.info


# -- the story ------------------------------------------------------------------------------

def test_a_facilitator_builds_a_claims_journey_live(qtbot, window, tmp_path, monkeypatch):
    win, project = window, lambda: window.session.project

    # a blank project, named in the New dialog
    new_project_dialog(qtbot, "Claims workshop")
    key(qtbot, win, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: project().info.title == "Claims workshop")
    win.activateWindow()   # the window manager's part when a dialog closes
    qtbot.waitUntil(win.isActiveWindow)
    assert win.windowTitle().startswith("Claims workshop") and phases(win) == ["Phase 1"]

    # "Phase 1" becomes "Report"; two more phases, each named as it appears
    first = project().phases_of(win.session.journey_id)[0]
    click_row(qtbot, win, "phases", first.id)
    key(qtbot, win.navigator.tree, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: win.inspector.editors["name"].hasFocus())
    type_in(qtbot, win.inspector.editors["name"], "Report")
    for name in ("Assess", "Settle"):
        key(qtbot, win, Qt.Key.Key_H, CTRL | SHIFT)
        qtbot.waitUntil(lambda: win.inspector.editors["name"].hasFocus())
        type_in(qtbot, win.inspector.editors["name"], name)
    assert phases(win) == ["Report", "Assess", "Settle"]

    # stages: double-click into each column, name in place; N adds one at the end
    add_stage_in_column(qtbot, win, "Report", "Calls the hotline")
    add_stage_in_column(qtbot, win, "Assess", "Sends photos")
    add_stage_in_column(qtbot, win, "Settle", "Gets an offer")
    win.canvas.setFocus()
    key(qtbot, win.canvas, Qt.Key.Key_N)
    paid = name_new_stage(qtbot, win, "Is paid")
    assert project().get("phases", paid.phase).name == "Settle"
    key(qtbot, win.canvas, Qt.Key.Key_N)
    form = name_new_stage(qtbot, win, "Fills the claim form")
    # ... which belongs in Report: the inspector's Phase, with the arrow keys
    choose(qtbot, win, "phase", "Report")
    assert project().get("phases", stage_named(win, "Fills the claim form").phase).name == "Report"
    win.canvas.setFocus()
    key(qtbot, win.canvas, Qt.Key.Key_N)
    visit = name_new_stage(qtbot, win, "Adjuster visits")
    choose(qtbot, win, "phase", "Assess")
    assert project().get("phases", stage_named(win, "Adjuster visits").phase).name == "Assess"
    stages = project().stages_of(win.session.journey_id)
    assert len(stages) == 6
    win.canvas.scene().flush()
    for stage in stages:   # each card sits in its phase's column
        column = next(c for c in layout.columns(project(), win.session.journey_id) if c.phase == stage.phase)
        assert column.left <= stage.x < column.left + column.width, stage.name

    # a pain point on the form: P, click the sticky, type with Tab / Return / Escape
    click_item(qtbot, win, win.canvas.scene().cards[form.id])
    key(qtbot, win.canvas, Qt.Key.Key_P)
    pain = project().where("pain_points", stage=form.id)[0]
    click_item(qtbot, win, win.canvas.scene().stickies[pain.id])
    qtbot.waitUntil(lambda: win.inspector.key == ("pain_points", pain.id))
    title = focus_editor(qtbot, win, "title")
    key(qtbot, title, Qt.Key.Key_A, CTRL)
    type_in(qtbot, title, "Form asks twice for the policy number", then=Qt.Key.Key_Tab)   # once a segfault
    description = win.inspector.editors["description"]
    qtbot.waitUntil(description.hasFocus)
    type_in(qtbot, description, "Printed and online forms differ", then=Qt.Key.Key_Tab)
    reason = focus_editor(qtbot, win, "reason")
    type_in(qtbot, reason, "a slip", then=Qt.Key.Key_Escape)
    severity = focus_editor(qtbot, win, "severity")
    key(qtbot, severity, Qt.Key.Key_A, CTRL)
    type_in(qtbot, severity, "4")
    pain = project().get("pain_points", pain.id)
    assert (pain.title, pain.description, pain.reason, pain.severity) == (
        "Form asks twice for the policy number", "Printed and online forms differ", "", 4)
    assert win.canvas.selection() == [("pain_points", pain.id)]      # still selected after every edit
    assert win.canvas.scene().stickies[pain.id].pain_point.title.startswith("Form asks twice")

    # a second pain point, on the visit
    click_item(qtbot, win, win.canvas.scene().cards[visit.id])
    key(qtbot, win.canvas, Qt.Key.Key_P)
    visit_pain = project().where("pain_points", stage=visit.id)[0]
    click_item(qtbot, win, win.canvas.scene().stickies[visit_pain.id])
    title = focus_editor(qtbot, win, "title")
    key(qtbot, title, Qt.Key.Key_A, CTRL)
    type_in(qtbot, title, "Nobody says when the adjuster comes")

    # connect the hotline to the photos with the handle, mark it a hand-off
    hotline, photos = stage_named(win, "Calls the hotline"), stage_named(win, "Sends photos")
    scene = win.canvas.scene()
    click_item(qtbot, win, scene.cards[hotline.id])
    handle = scene.cards[hotline.id].handle
    qtbot.waitUntil(handle.isVisible)
    start, end = at_scene(win, handle.scenePos()), at_scene(win, scene.cards[photos.id].sceneBoundingRect().center())
    qtbot.mousePress(win.canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(win.canvas.viewport(), pos=end)
    qtbot.mouseRelease(win.canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    transition = project().where("transitions", source=hotline.id, target=photos.id)[0]
    scene.flush()
    arrow = scene.arrows[transition.id]
    click(qtbot, win.canvas.viewport(), at_scene(win, arrow.path.pointAtPercent(0.25)))   # on the line
    qtbot.waitUntil(lambda: win.inspector.key == ("transitions", transition.id))
    assert win.inspector.editors["source"].currentText() == "Calls the hotline"
    choose(qtbot, win, "kind", "handoff")
    assert project().get("transitions", transition.id).kind == "handoff"

    # a lane for the systems behind each stage
    key(qtbot, win, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: win.inspector.editors["name"].hasFocus())
    type_in(qtbot, win.inspector.editors["name"], "Systems")
    lane = structure.lanes_of(project(), win.session.journey_id)[0]
    assert lane.name == "Systems"
    click_item(qtbot, win, scene.cards[photos.id])
    qtbot.waitUntil(lambda: win.inspector.key == ("stages", photos.id))
    lane_editor = focus_editor(qtbot, win, f"lanes:{lane.id}")
    type_in(qtbot, lane_editor, "Photo upload app", then=Qt.Key.Key_Tab)
    assert project().get("stages", photos.id).lanes == {lane.id: "Photo upload app"}
    scene.flush()
    assert (photos.id, f"lane:{lane.id}") in scene.texts

    # reorder a phase and take it back; add one too many and delete it
    built = snapshot(win)
    assess = next(p for p in project().phases_of(win.session.journey_id) if p.name == "Assess")
    click_row(qtbot, win, "phases", assess.id)
    key(qtbot, win, Qt.Key.Key_PageDown, CTRL | SHIFT)
    assert phases(win) == ["Report", "Settle", "Assess"]
    key(qtbot, win, Qt.Key.Key_PageUp, CTRL | SHIFT)
    assert phases(win) == ["Report", "Assess", "Settle"]
    key(qtbot, win, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.waitUntil(lambda: win.inspector.editors["name"].hasFocus())
    type_in(qtbot, win.inspector.editors["name"], "Spare")
    assert phases(win) == ["Report", "Assess", "Spare", "Settle"]
    qtbot.waitUntil(win.navigator.tree.hasFocus)     # Return gave the focus back to the navigator
    key(qtbot, win.navigator.tree, Qt.Key.Key_Delete)
    assert phases(win) == ["Report", "Assess", "Settle"]

    # undo to before the reorder, redo to the end
    after = snapshot(win)
    steps = 0
    while snapshot(win)[0] != built[0]:
        key(qtbot, win, Qt.Key.Key_Z, CTRL)
        steps += 1
        assert steps <= 8, "undo did not lead back to the built journey"
    for _ in range(steps):
        key(qtbot, win, Qt.Key.Key_Z, CTRL | SHIFT)
    assert snapshot(win)[0] == after[0]

    # save, reopen in a fresh window, compare
    path = tmp_path / "claims.jmap"
    monkeypatch.setattr(prompts, "save_path", lambda parent, suggested: str(path))
    key(qtbot, win, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: path.exists() and not win.isWindowModified())
    other = MainWindow(Session(Project()), autosave_folder=tmp_path / "recovery2")
    qtbot.addWidget(other)
    assert other.files.load(str(path))
    assert other.session.project == win.session.project
    assert other.session.project.info.title == "Claims workshop"
    other.show()
    qtbot.waitExposed(other)
    other.canvas.scene().flush()
    assert len(other.canvas.scene().cards) == 6 and len(other.canvas.scene().stickies) == 2
