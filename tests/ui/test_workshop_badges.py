"""The round's dot badge on a sticky follows undo (QA walk, step40c vs step46c): a merge undone with
Ctrl+Z brought the sticky back without its badge while the tally still counted its dot, until a
later edit redrew it. The panel's voting message does not outlive its voter or its round (step37)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.storage.write import save
from test_workshop_voting import badges, build_project, choose, click_sticky, drag, open_round


@pytest.fixture
def window(window_on, tmp_path):
    path = tmp_path / "claims.jmap"
    save(build_project(), path)
    window = window_on(path, size=(1600, 950))
    window.show_view("workshop")
    return window


def test_undoing_a_merge_brings_the_sticky_back_with_its_badge(qtbot, window):
    view = window.stack.views["workshop"]
    qtbot.waitUntil(lambda: view.canvas.isVisible() and len(view.canvas.scene().stickies) == 3)
    open_round(qtbot, view, people="Ann", dots=3)
    click_sticky(qtbot, view, "pp-b")
    click_sticky(qtbot, view, "pp-c")
    qtbot.mouseClick(view.panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: badges(view)["pp-b"] == [1] and badges(view)["pp-c"] == [1])
    canvas = view.canvas
    canvas.scene().flush()
    stickies = canvas.scene().stickies
    source = canvas.mapFromScene(stickies["pp-b"].sceneBoundingRect().center())
    target = canvas.mapFromScene(stickies["pp-a"].sceneBoundingRect().center())
    drag(qtbot, canvas, source, target)
    qtbot.waitUntil(lambda: "pp-b" not in canvas.scene().stickies)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "pp-b" in canvas.scene().stickies)
    assert badges(view) == {"pp-a": [], "pp-b": [1], "pp-c": [1]}
    lines = [view.panel.tally.item(i).text().split() for i in range(view.panel.tally.count())]
    assert ["1", "Form", "asks", "twice"] in lines     # the tally and the badge say the same


def test_a_refused_dot_message_goes_with_its_voter_and_its_round(qtbot, window):
    view = window.stack.views["workshop"]
    qtbot.waitUntil(lambda: view.canvas.isVisible() and len(view.canvas.scene().stickies) == 3)
    open_round(qtbot, view, people="Ann, Bo", dots=1)
    click_sticky(qtbot, view, "pp-a")
    click_sticky(qtbot, view, "pp-b")          # Ann has no dot left: refused, said in red
    assert "Ann" in view.panel.message.text()
    choose(qtbot, view, "Bo")                  # another voter: Ann's refusal is not Bo's
    assert view.panel.message.text() == ""
    choose(qtbot, view, "Ann")
    click_sticky(qtbot, view, "pp-b")
    assert view.panel.message.text() != ""
    click_sticky(qtbot, view, "pp-a", Qt.MouseButton.RightButton)   # a dot taken back: voting goes on
    assert view.panel.message.text() == ""
    click_sticky(qtbot, view, "pp-b")
    click_sticky(qtbot, view, "pp-c")          # refused again
    assert view.panel.message.text() != ""
    qtbot.mouseClick(view.panel.close_button, Qt.MouseButton.LeftButton)
    assert not view.controller.is_open
    assert view.panel.message.text() == ""
