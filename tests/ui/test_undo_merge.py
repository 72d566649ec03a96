"""The app's undo history (Session.push over its QUndoStack): a drag is one step, a save starts a
new one, and the clean state dies with a discarded redo branch. (Moved from the core tests when
core/history.py, a second history the app never ran, was deleted.)"""
from __future__ import annotations

import sys
from pathlib import Path

from journeymap.core import commands
from journeymap.ui.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402
from jmap_builders import snapshot  # noqa: E402

STAGE = "st-ins-calls-the-contact-centre"


def move(x: float, drag: str | None):
    return commands.move_stages({STAGE: (x, 0)}, drag_id=drag)


def test_drags_merge_only_within_one_drag_and_not_across_a_save(qapp):
    project = jmap_builders.rich_project()
    session = Session(project)
    stack = session.undo_stack
    session.push(move(1, "a"))
    session.push(move(2, "a"))
    assert stack.index() == 1 and stack.undoText() == "Move stage"
    session.push(move(3, "b"))
    assert stack.index() == 2
    stack.setClean()
    session.push(move(4, "b"))  # after a save: a new step, so undo returns to the saved state
    assert stack.index() == 3 and not stack.isClean()
    stack.undo()
    assert stack.isClean() and project.get("stages", STAGE).x == 3
    session.push(move(5, None))
    session.push(move(6, None))  # no drag id: never merges
    assert stack.index() == 4


def test_multi_stage_drag_and_edits_of_different_fields_do_not_merge(qapp):
    project = jmap_builders.rich_project()
    before = snapshot(project)
    session = Session(project)
    stack = session.undo_stack
    other = "st-ins-chats-with-the-bot"
    for x in range(5):
        session.push(commands.move_stages({STAGE: (x, 1), other: (x, 2)}, drag_id="z"))
    assert stack.index() == 1 and stack.undoText() == "Move 2 stages"
    session.push(commands.UpdateEntity("stages", STAGE, {"name": "a"}, merge_key="k"))
    session.push(commands.UpdateEntity("stages", STAGE, {"emotion": 1.0}, merge_key="k"))
    assert stack.index() == 3
    while stack.canUndo():
        stack.undo()
    assert project == before


def test_clean_state_is_lost_when_its_branch_is_discarded(qapp):
    project = jmap_builders.rich_project()
    session = Session(project)
    stack = session.undo_stack
    session.push(commands.edit("stages", STAGE, name="one"))
    stack.setClean()
    stack.undo()
    session.push(commands.edit("stages", STAGE, name="two"))
    assert not stack.isClean()
    stack.undo()
    assert not stack.isClean()  # index 0 was never saved
