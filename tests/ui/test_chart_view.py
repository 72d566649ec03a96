"""A chart in the window behaves like a desktop chart (issue 8, item 7): no plotly mode bar (its
camera button said "Image download succeeded" and wrote nothing), no browser menu, Save image… and
Copy image that really write; in the Drivers view Ctrl+C / Ctrl+A copy and select the table, not
the hidden map's stages."""
from __future__ import annotations

import plotly.graph_objects as go
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog


TIMEOUT = 20_000


@pytest.fixture
def chart(qtbot, qapp):
    from journeymap.ui.chart_view import ChartView
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(700, 450)
    view.show()
    with qtbot.waitSignal(view.chart_drawn, timeout=TIMEOUT):
        view.show_figure(go.Figure(go.Bar(x=["a", "b"], y=[3, 5])))
    return view


def run_js(qtbot, view, script):
    box = []
    view.page().runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    return box[0]


def test_no_mode_bar_and_no_page_selection(qtbot, chart):
    assert run_js(qtbot, chart, "document.querySelectorAll('.modebar').length") == 0
    assert run_js(qtbot, chart, "getComputedStyle(document.body).userSelect") == "none"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")   # the offscreen platform's popups
def test_right_click_offers_save_and_copy_not_the_browser_menu(qtbot, chart):
    seen = []

    def read_and_close():
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen.extend(a.text() for a in popup.actions() if a.text())
        popup.close()

    QTimer.singleShot(20, read_and_close)
    qtbot.mouseClick(chart.focusProxy(), Qt.MouseButton.RightButton, pos=QPoint(100, 100))
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    assert seen == ["Save image…", "Copy image"]
    chart.copy_table = lambda: None
    assert [a.text() for a in chart.menu().actions() if a.text()] == ["Save image…", "Copy image", "Copy table"]


def test_save_image_writes_the_chart_and_copy_puts_it_on_the_clipboard(qtbot, chart, tmp_path, monkeypatch):
    out = tmp_path / "chart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PNG image (*.png)"))
    action = next(a for a in chart.menu().actions() if a.text() == "Save image…")
    action.trigger()
    image = QImage(str(out) + ".png")
    assert not image.isNull() and image.width() >= 700 and image.height() >= 450
    QGuiApplication.clipboard().clear()
    next(a for a in chart.menu().actions() if a.text() == "Copy image").trigger()
    assert not QGuiApplication.clipboard().image().isNull()


@pytest.fixture
def window(window_on, sample_path):
    return window_on(sample_path)


def test_ctrl_a_ctrl_c_in_the_drivers_view_copy_the_table_not_the_map(qtbot, window):
    window.show_view("drivers")
    drivers = window.stack.views["drivers"]
    qtbot.waitUntil(lambda: drivers.model.rowCount() > 0, timeout=60_000)
    QGuiApplication.clipboard().setText("before")
    drivers.table.setFocus()
    window.act["select_all"].trigger()
    assert len(drivers.table.selectionModel().selectedRows()) == drivers.model.rowCount()
    assert not window.canvas.scene().selectedItems()
    window.act["copy"].trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Item", "Stage", "Weight %"]
    assert len(lines) == 1 + drivers.model.rowCount()
    stages = {s.name for s in window.session.project.all("stages")}
    assert lines[1].split("\t")[0] not in stages
    before = len(window.session.project.all("stages"))
    window.act["cut"].trigger()                      # never deletes the hidden map's stages
    window.act["paste"].trigger()
    assert len(window.session.project.all("stages")) == before
