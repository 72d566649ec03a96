"""A seeded random walk over the structure commands from the window (phases and lanes added,
moved, deleted; stages added and moved between phases; undo and redo): after every step each
card sits in its phase's column and no two columns overlap; undoing everything restores the
project exactly. A question (where do a deleted phase's stages go) is answered at random; a
refusal is shown as a message, never raised."""
import copy
import random

import pytest
from PySide6.QtWidgets import QInputDialog

from journeymap.core import layout
from journeymap.ui.dialogs import prompts

ACTIONS = ("add_phase", "phase_left", "phase_right", "delete_phase", "add_lane", "lane_up", "lane_down",
           "delete_lane", "move_stage", "add_stage", "undo", "undo", "redo")


@pytest.fixture
def window(insurance_window):
    return insurance_window


def assert_columns_hold_their_cards(project, journey_id, where):
    columns = layout.columns(project, journey_id)
    for a, b in zip(columns, columns[1:]):
        assert a.left + a.width <= b.left + 0.01, where
    by_phase = {c.phase: c for c in columns}
    for stage in project.stages_of(journey_id):
        column = by_phase.get(stage.phase)
        if column is not None:
            assert column.left <= stage.x < column.left + column.width, (where, stage.name)


@pytest.mark.parametrize("seed", [1, 2])
def test_structure_walk(window, seed, monkeypatch):
    rnd = random.Random(seed)
    win, structure = window, window.structure
    project = win.session.project
    start = copy.deepcopy(project.tables)
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, current, editable: (rnd.choice(items), True))
    for step in range(100):
        j = win.session.journey_id
        phases, stages = project.phases_of(j), project.stages_of(j)
        lanes = [lane for lane in project.all("lanes") if lane.journey == j]
        action = rnd.choice(ACTIONS)
        if action in ("add_phase", "phase_left", "phase_right", "delete_phase") and phases:
            win.set_selection([("phases", rnd.choice(phases).id)])
        elif action in ("lane_up", "lane_down", "delete_lane") and lanes:
            win.set_selection([("lanes", rnd.choice(lanes).id)])
        if action == "move_stage" and stages and phases:
            win.canvas.select("stages", rnd.choice(stages).id)
            structure.move_stages_to(rnd.choice(phases).id)
        elif action == "add_stage":
            win.canvas.add_stage()
        elif action in ("undo", "redo"):
            win.act[action].trigger()
        elif action in structure.act:
            structure.update()
            if structure.act[action].isEnabled():
                structure.act[action].trigger()
        assert_columns_hold_their_cards(project, j, (seed, step, action))
    assert all("only phase" in text for text in shown)
    while win.session.undo_stack.canUndo():
        win.session.undo_stack.undo()
    assert project.tables == start
