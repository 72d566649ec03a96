"""Readable on a projector (issue 8, item 6): the opening zoom, F11, the toolbar at 1024x700,
share labels that hide nothing, arcs that stay in the stage lane."""
import pytest
from PySide6.QtCore import QRectF, Qt

from journeymap.ui.canvas import theme


@pytest.fixture
def window(window_on, sample_path):
    return window_on(sample_path, size=(1920, 1080))


def lane_text_px(win) -> float:
    return theme.TEXT_PT * 96 / 72 * win.canvas.zoom_level()


def test_opens_readable_at_1920x1080(qtbot, window):
    qtbot.waitUntil(lambda: lane_text_px(window) >= 12.0)
    window.act["fit"].trigger()          # already readable: Fit shows the whole journey
    assert lane_text_px(window) < 8
    window.act["fit"].trigger()          # and back
    assert lane_text_px(window) >= 12.0


def test_full_screen_and_back(qtbot, window):
    docks = [window.navigator_dock, window.inspector_dock]
    window.act["fullscreen"].trigger()
    qtbot.waitUntil(window.isFullScreen)
    assert not any(d.isVisible() for d in docks) and not window.menuBar().isVisible()
    assert window.act["fullscreen"].isChecked()
    assert "Escape" in window.canvas._title.text() and window.canvas._title.isVisible()   # how to leave
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert all(d.isVisible() for d in docks) and window.menuBar().isVisible()
    assert window.layout_helper.main_bar.isVisible() and window.data_bar.isVisible()
    assert not window.act["fullscreen"].isChecked() and not window.canvas._title.isVisible()


def test_toolbar_wraps_instead_of_hiding_buttons(qtbot, window):
    bars = (window.layout_helper.main_bar, window.layout_helper.views_bar)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.layout_helper.wrapped
    qtbot.waitUntil(lambda: all(bar.widgetForAction(a).isVisible() for bar in bars for a in bar.actions()
                                if not a.isSeparator()))
    for bar in bars:
        for action in bar.actions():
            if not action.isSeparator():
                button = bar.widgetForAction(action)
                assert button is not None and button.isVisible(), action.text()
                assert bar.rect().contains(button.geometry()), action.text()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    assert not window.layout_helper.wrapped
    qtbot.waitUntil(lambda: all(bar.widgetForAction(a).isVisible() for bar in bars for a in bar.actions()
                                if not a.isSeparator()))


def test_share_labels_hide_no_card_and_no_other_label(window):
    scene = window.canvas.scene()
    scene.flush()
    labels = [a.label_rect for a in scene.arrows.values() if not a.label_rect.isEmpty()]
    assert len(labels) >= 5
    cards = [QRectF(c.scene_rect()) for c in scene.cards.values()]
    for i, rect in enumerate(labels):
        assert not any(rect.intersects(card) for card in cards), rect
        assert not any(rect.intersects(other) for other in labels[i + 1:]), rect


def test_arcs_stay_inside_the_stage_lane(window):
    scene = window.canvas.scene()
    scene.flush()
    top, height = scene.lanes.geometry.lanes["stages"]
    for arrow in scene.arrows.values():
        box = arrow.path.boundingRect()
        assert top <= box.top() and box.bottom() <= top + height, arrow.id
