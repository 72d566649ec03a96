"""One segment/period filter in the app: the map toolbar and the Data and Drivers views' own boxes
show and set the same Session filter (a choice in one view is what the others show); and the
views say which survey waves they read."""

import numpy as np
import pytest
from PySide6.QtCore import Qt



@pytest.fixture
def window(window_on, sample_copy):
    return window_on(sample_copy)


def test_a_segment_chosen_in_the_drivers_view_is_the_toolbars(window, qtbot):
    window.show_view("drivers")
    drivers, bar = window.stack.views["drivers"], window.data_bar
    qtbot.waitUntil(lambda: drivers.segment_box.findData("Private customers") >= 0, timeout=20000)
    drivers.segment_box.setFocus()
    qtbot.keyClick(drivers.segment_box, Qt.Key.Key_Down)          # All segments -> Private customers
    assert drivers.segment_box.currentData() == "Private customers"
    assert window.session.segment == "Private customers"
    assert bar.segment.currentData() == "Private customers"
    qtbot.waitUntil(lambda: drivers.period_box.findData("2026-12") >= 0, timeout=20000)
    drivers.period_box.setFocus()
    qtbot.keyClick(drivers.period_box, Qt.Key.Key_End)
    assert window.session.period == drivers.period_box.currentData() == bar.period.currentData() == "2026-12"
    window.show_view("data")
    data = window.stack.views["data"]
    qtbot.waitUntil(lambda: data.rows_model.total_rows > 0, timeout=20000)
    assert data.segment.currentData() == "Private customers" and data.period.currentData() == "2026-12"
    data.segment.setFocus()
    qtbot.keyClick(data.segment, Qt.Key.Key_Home)                 # back to all segments, from the Data view
    assert window.session.segment == "" and bar.segment.currentIndex() == 0
    assert drivers.segment_box.currentData() is None


def test_a_segment_only_the_toolbar_offers_is_shown_not_hidden(window, qtbot):
    """A period of the operating data that the survey lacks: the Drivers view shows it (and says the
    survey has no rows there) instead of showing 'All periods' beside a toolbar that says otherwise."""
    window.show_view("drivers")
    drivers = window.stack.views["drivers"]
    window.session.set_filter(segment="", period="2031-01")
    assert drivers.period_box.currentData() == "2031-01" == window.data_bar.period.currentData()
    window.data_bar.load()                                  # the toolbar re-reads its lists (after an edit)
    qtbot.waitUntil(lambda: not window.data_bar.runner.busy, timeout=20000)
    assert window.data_bar.period.currentData() == "2031-01"
    qtbot.waitUntil(lambda: drivers.stack.currentIndex() == 0 and "2031-01" in drivers.message.text(),
                    timeout=30000)


def test_the_drivers_and_data_views_name_the_waves_they_read(qtbot, tmp_path, window_on, sample_copy):
    from journeymap.importers.project_import import run_import
    from journeymap.samples import insurance_data as data
    path = sample_copy
    january = data.survey(np.random.default_rng(11), 400, "2027-01-04", "2027-01-29", 6001)
    (tmp_path / "jan.csv").write_text(january.csv_text, encoding="utf-8")
    run_import(path, tmp_path / "jan.csv", "Relationship survey 2026", name="Survey 2027-01")
    window = window_on(path)
    window.show_view("drivers")
    drivers = window.stack.views["drivers"]
    assert drivers.dataset_box.currentData() is None
    assert "Survey 2027-01" in drivers.dataset_box.currentText() and "Relationship survey 2026" in \
        drivers.dataset_box.currentText()
    qtbot.waitUntil(lambda: "Survey 2027-01 (400 rows)" in drivers.headline.text(), timeout=60000)
    assert "5,450 rows" in drivers.headline.text()
    assert drivers.model.result["n"] > 2402                 # the first wave alone has 2,402 complete rows
    window.show_view("data")
    view = window.stack.views["data"]
    assert "Survey 2027-01 (400 rows)" in view.sources.text() and "Relationship survey 2026" in view.sources.text()
    first = view.dataset.findText("Relationship survey 2026", Qt.MatchFlag.MatchStartsWith)
    view.dataset.setCurrentIndex(first)
    view.dataset.activated.emit(first)                      # the first wave's rows on screen
    qtbot.waitUntil(lambda: view.period.findData("2027-01") >= 0 and view.period.findData("2026-03") >= 0,
                    timeout=20000)                          # ... and every wave's periods offered
    view.period.setFocus()
    qtbot.keyClick(view.period, Qt.Key.Key_End)
    assert window.session.period == "2027-01" == window.data_bar.period.currentData()
    qtbot.waitUntil(lambda: view.rows_model.total_rows == 5450 and view.rows_model.rowCount() == 0, timeout=20000)
