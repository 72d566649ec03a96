"""The window's map commands act on the view shown (QA walk): the toolbar's Zoom out and Fit in the
Workshop changed the hidden Map (step29-step56); F2 in the Pain points table renamed nothing, as the
Map's Rename owned the key window-wide (step66c-step71c); Delete there deleted the Map's selection."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QToolBar


@pytest.fixture
def window(sample_window):
    return sample_window


def toolbar_button(window, name):
    bar = window.findChild(QToolBar, "main_toolbar")
    button = bar.widgetForAction(window.act[name])
    assert button is not None and button.isVisible(), name
    return button


def test_toolbar_zoom_and_fit_act_on_the_workshop_shown(qtbot, window):
    window.show_view("workshop")
    workshop = window.stack.views["workshop"]
    qtbot.waitUntil(lambda: workshop.canvas.isVisible())
    map_zoom, shown_zoom = window.canvas.zoom_level(), workshop.canvas.zoom_level()
    qtbot.mouseClick(toolbar_button(window, "zoom_out"), Qt.MouseButton.LeftButton)
    assert workshop.canvas.zoom_level() == pytest.approx(shown_zoom * 0.8)
    assert window.canvas.zoom_level() == pytest.approx(map_zoom)     # the hidden map is left alone
    window._update_zoom()
    assert window.status["zoom"].text().endswith(f"{round(workshop.canvas.zoom_level() * 100)}%")
    qtbot.mouseClick(toolbar_button(window, "fit"), Qt.MouseButton.LeftButton)
    assert workshop.canvas.zoom_level() != pytest.approx(shown_zoom * 0.8)   # fitted again
    assert window.canvas.zoom_level() == pytest.approx(map_zoom)
    rect = workshop.canvas.mapFromScene(workshop.canvas.scene().map_rect()).boundingRect()
    assert rect.top() >= -2 and rect.bottom() <= workshop.canvas.viewport().height() + 2   # its lanes in sight


def test_f2_edits_the_pain_point_title_selected_in_the_table(qtbot, window):
    from journeymap.ui.models.painpoints_model import COLUMNS
    window.show_view("painpoints")
    table = window.stack.views["painpoints"].table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    index = table.model().index(0, COLUMNS.index("title"))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    assert table.currentIndex().column() == COLUMNS.index("title")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Escape)


def test_delete_in_the_pain_points_table_leaves_the_hidden_map_alone(qtbot, window):
    from journeymap.ui.models.painpoints_model import COLUMNS
    stage = next(iter(window.canvas.scene().cards))
    window.canvas.select("stages", stage)
    window.show_view("painpoints")
    table = window.stack.views["painpoints"].table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    index = table.model().index(0, COLUMNS.index("title"))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.session.project.find("stages", stage) is not None
    assert window.session.undo_stack.count() == 0
    assert not window.act["delete"].isEnabled() and not window.act["rename"].isEnabled()
    window.show_view("map")   # back on the map its commands are there again
    assert window.act["delete"].isEnabled() and window.act["rename"].isEnabled()


def test_f2_on_the_map_and_in_the_workshop_renames_there(qtbot, window):
    canvas = window.canvas
    stage = next(iter(canvas.scene().cards))
    canvas.select("stages", stage)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_F2)
    assert canvas.editor is not None
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: canvas.editor is None)
    window.show_view("workshop")
    shown = window.stack.views["workshop"].canvas
    qtbot.waitUntil(shown.isVisible)
    shown.select("stages", stage)
    shown.setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_F2)
    assert shown.editor is not None and canvas.editor is None


def test_copy_paste_and_select_all_work_in_the_workshop_canvas(qtbot, window):
    window.show_view("workshop")
    shown = window.stack.views["workshop"].canvas
    qtbot.waitUntil(shown.isVisible)
    stages = len(window.session.project.stages_of(window.session.journey_id))
    shown.select("stages", next(iter(shown.scene().cards)))
    shown.setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(shown, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.project.stages_of(window.session.journey_id)) == stages + 1
    qtbot.keyClick(shown, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown.selected_stages()) == stages + 1)
    assert window.canvas.selected_stages() == []    # the hidden map's selection is not touched
