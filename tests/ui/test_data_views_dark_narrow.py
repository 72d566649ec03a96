"""QA 21-23 on the Data and Drivers views: tinted cells stay readable in dark colours, secondary text
follows the palette, and the Data view fits a 1024-px window beside the docks."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from test_dark_mode import contrast   # noqa: E402  (tests/ui is on the path under pytest)


@pytest.fixture
def window(window_on, sample_copy):
    win = window_on(sample_copy)
    yield win
    win.set_dark(False)


def _dark(qtbot, window):
    window.set_dark(True)
    qtbot.waitUntil(lambda: window.stack.views["data"].palette().color(QPalette.ColorRole.Window).lightness() < 128)


def test_tinted_metric_cells_keep_dark_text_in_dark_colours(window, qtbot):
    window.show_view("data")
    view = window.stack.views["data"]
    model = view.metrics_model
    qtbot.waitUntil(lambda: model.rowCount() > 20, timeout=30000)
    _dark(qtbot, window)
    text = view.metrics_table.palette().color(QPalette.ColorRole.Text)
    tinted = 0
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if background is None:
                continue
            tinted += 1
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            color = foreground.color() if foreground is not None else text
            assert contrast(color, background.color()) > 4.5, (row, model.column_names()[col], color.name())
    assert tinted > 10


def test_secondary_text_follows_the_palette(window, qtbot):
    window.show_view("drivers")
    drivers = window.stack.views["drivers"]
    qtbot.waitUntil(lambda: "read from" in drivers.headline.text(), timeout=60000)
    window.show_view("data")
    view = window.stack.views["data"]
    qtbot.waitUntil(lambda: view.sources.text() != "", timeout=30000)
    _dark(qtbot, window)
    for label in (view.sources, view.status):
        palette = label.palette()
        assert contrast(palette.color(label.foregroundRole()), palette.color(QPalette.ColorRole.Window)) > 3
    window.show_view("drivers")
    qtbot.waitUntil(lambda: drivers.palette().color(QPalette.ColorRole.Window).lightness() < 128)
    background = drivers.palette().color(QPalette.ColorRole.Window)
    colours = [QColor(c) for c in _span_colours(drivers.headline.text())]
    colours.append(drivers.message.palette().color(drivers.message.foregroundRole()))
    colours.append(drivers.headline.palette().color(drivers.headline.foregroundRole()))
    assert colours and all(contrast(c, background) > 3 for c in colours), [c.name() for c in colours]


def _span_colours(html: str) -> list:
    import re
    return re.findall(r"color:\s*(#[0-9A-Fa-f]{6})", html)


def test_the_data_view_fits_a_1024_px_window(window, qtbot):
    window.show_view("data")
    view = window.stack.views["data"]
    qtbot.waitUntil(lambda: view.rows_model.total_rows > 0, timeout=30000)
    assert view.minimumSizeHint().width() <= 560, view.minimumSizeHint()


def test_a_screenshot_waits_for_the_data_views_reads(window, qtbot, qapp):
    """QA 24: `screenshot --view data` grabbed the view before its worker threads had filled it."""
    from journeymap.cli.screenshot_cmd import _settle
    from journeymap.analysis import stage_data
    stage_data.clear_cache()        # a cold read, as in a fresh process
    window.show_view("data")
    view = window.stack.views["data"]
    view.refresh()
    view._loaded = None
    view._load_rows()
    assert view.is_busy()
    _settle(qapp, window, "data")
    assert not view.is_busy() and view.metrics_model.rowCount() > 20 and view.rows_model.total_rows == 5450
