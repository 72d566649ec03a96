"""The lane titles pinned to the map's left edge follow every sideways scroll (QA walk, step07-step112):
QGraphicsView scrolls by copying the viewport's pixels, so titles painted at the view's edge were
carried along with the scene: gone when scrolled right, repeated three or four times when scrolled back.

What the screen shows is read from the window's backing store (``grabWindow``: the pixels Qt kept,
stale ones included) and compared with the viewport painted afresh (``grab``)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from journeymap.ui.canvas.items import lanes as lanes_mod


@pytest.fixture
def canvas(insurance_window, qtbot):
    window = insurance_window
    window.resize(1400, 900)
    canvas = window.canvas
    canvas.zoom_by(1.0 / canvas.zoom_level())       # 100%: the 21 stages are far wider than the view
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().minimum())
    qtbot.waitUntil(lambda: canvas.horizontalScrollBar().maximum() > 2000)
    return canvas


def on_screen(canvas) -> QImage:
    """The viewport's pixels as the window holds them now (after the pending paints)."""
    viewport = canvas.viewport()
    top = viewport.mapTo(canvas.window(), QPoint(0, 0))
    return canvas.window().screen().grabWindow(canvas.window().winId(), top.x(), top.y(), viewport.width(),
                                               viewport.height()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def repainted(canvas) -> QImage:
    return canvas.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing_columns(a: QImage, b: QImage) -> list[int]:
    """The x of each pixel column where the two images differ (rows sampled every 7 pixels)."""
    return [x for x in range(min(a.width(), b.width()))
            if any(a.pixel(x, y) != b.pixel(x, y) for y in range(0, min(a.height(), b.height()), 7))]


def assert_titles_pinned_once(qtbot, canvas) -> None:
    QApplication.processEvents()   # the scroll's pending paints, done as the event loop would
    shown, fresh = on_screen(canvas), repainted(canvas)
    # the title column as a full repaint draws it (further right, dotted grid lines painted in pieces
    # differ in their dash phase by a pixel: not what is tested here)
    width = int((lanes_mod.HEADER_W - 12) * canvas.zoom_level())   # the titles' painted width
    assert [x for x in differing_columns(shown, fresh) if x < width] == []
    # the title column is at the left edge, and only there: its colour fills the first column's cells
    header = canvas.scene().theme.lane_header.rgb() & 0xFFFFFF
    top, height = canvas.scene().lanes.geometry.lanes["stages"]
    y = canvas.mapFromScene(0, top + height / 2).y()
    assert shown.pixel(4, y) & 0xFFFFFF == header
    runs = [x for x in range(1, shown.width()) if shown.pixel(x, y) & 0xFFFFFF == header
            and shown.pixel(x - 1, y) & 0xFFFFFF != header]
    assert all(x < width for x in runs), runs   # no second title column further right


def test_titles_follow_the_scroll_bar_arrows(qtbot, canvas):
    bar = canvas.horizontalScrollBar()
    right_arrow = QPoint(bar.width() - 6, bar.height() // 2)
    for _ in range(25):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=right_arrow)
    assert bar.value() > bar.minimum() + 200
    assert_titles_pinned_once(qtbot, canvas)
    for _ in range(12):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(6, bar.height() // 2))
    assert_titles_pinned_once(qtbot, canvas)


def test_titles_follow_the_selection_moved_with_the_arrow_keys(qtbot, canvas):
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    start = canvas.horizontalScrollBar().value()
    for _ in range(12):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.horizontalScrollBar().value() > start + 500
    assert_titles_pinned_once(qtbot, canvas)
    for _ in range(8):
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert_titles_pinned_once(qtbot, canvas)


def test_a_stage_walked_to_with_the_left_key_is_not_hidden_under_the_titles(qtbot, canvas):
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    for _ in range(12):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    titles = (lanes_mod.HEADER_W - 12) * canvas.zoom_level()
    for _ in range(8):
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
        card = canvas.scene().cards[canvas.selected_stages()[0]]
        shown = canvas.mapFromScene(card.sceneBoundingRect()).boundingRect()
        assert shown.left() >= titles, card.stage.name       # in sight, right of the pinned titles
        assert shown.right() <= canvas.viewport().width()
