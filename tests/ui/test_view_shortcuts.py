"""The window's map commands act on the view shown (QA walk): the toolbar's Zoom out and Fit in the
Workshop changed the hidden Map (step29-step56)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar


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
