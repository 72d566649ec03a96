"""The Data view on a real imported survey: rows, filters, stage metrics, empty states."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from journeymap.importers.project_import import run_import
from journeymap.samples import templates
from journeymap.storage import write
from journeymap.storage.read import open_project
from journeymap.ui.data_view import DataView
from journeymap.ui.session import Session

MAPPING = {"kind": "survey", "name": "Claims survey", "journey": "Insurance end to end", "create_stages": False,
           "id": "id", "segment": "segment", "date": "date",
           "outcome": {"column": "overall", "type": "scale", "scale": [1, 5]},
           "items": [{"column": "claim", "stage": "Reports a claim", "scale": [1, 5]},
                     {"column": "settle", "stage": "Claim is settled", "scale": [1, 5]}]}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dataview")
    path = tmp / "p.jmap"
    write.save(templates.build("insurance"), path)
    rng = np.random.default_rng(3)
    lines = ["id,overall,claim,settle,segment,date"]
    for i in range(300):
        lines.append(f"r{i},{rng.integers(1, 6)},{rng.integers(1, 6)},{rng.integers(1, 6)},"
                     f"{'Retail' if i % 3 else 'SME'},2026-0{1 + i % 2}-10")
    (tmp / "s.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run_import(path, tmp / "s.csv", MAPPING)
    return path


def make_view(qtbot, session):
    view = DataView(session)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def loaded(view, rows):
    return lambda: view.rows_model.total_rows == rows and view.metrics_model.rowCount() > 0


def test_rows_filters_and_metrics(qtbot, qapp, imported):
    session = Session(open_project(imported))
    view = make_view(qtbot, session)
    QAbstractItemModelTester(view.rows_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(view.metrics_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(loaded(view, 300), timeout=20000)
    assert view.stack.currentWidget() is view.tabs
    names = view.rows_model.column_names()
    assert "claim" in names and "settle" in names and "i0" not in names
    tip = view.rows_model.headerData(names.index("claim"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Reports a claim" in tip
    # segment filter: rows and metrics (the count and the text box follow the tab shown: Rows)
    view.tabs.setCurrentIndex(1)
    view.segment.setCurrentIndex(view.segment.findData("SME"))
    view.segment.activated.emit(view.segment.currentIndex())
    assert view.rows_model.rowCount() == 100
    assert view.count.text() == "100 of 300 rows"
    m = view.metrics_model
    qtbot.waitUntil(lambda: _metric(m, "Reports a claim", "n") == "100", timeout=20000)
    assert _metric(m, "Signs the policy", "flags") == "no data"
    view.period.setCurrentIndex(view.period.findData("2026-01"))
    view.period.activated.emit(view.period.currentIndex())
    assert 0 < view.rows_model.rowCount() < 100
    qtbot.waitUntil(lambda: "n<30" not in _metric(m, "Reports a claim", "flags") or
                    int(_metric(m, "Reports a claim", "n")) < 100, timeout=20000)
    # text search and copy
    view.search.setText("r29")
    assert all("r29" in view.rows_model.data(view.rows_model.index(r, names.index("rid")))
               for r in range(view.rows_model.rowCount()))
    view.wait()


def _metric(model, stage, column):
    cols = model.column_names()
    for r in range(model.rowCount()):
        if model.data(model.index(r, cols.index("stage"))) == stage:
            return model.data(model.index(r, cols.index(column)))
    return None


def test_flags_are_highlighted(qtbot, qapp, imported):
    session = Session(open_project(imported))
    view = make_view(qtbot, session)
    qtbot.waitUntil(loaded(view, 300), timeout=20000)
    m = view.metrics_model
    cols = m.column_names()
    row = next(r for r in range(m.rowCount()) if m.data(m.index(r, cols.index("flags"))) == "no data")
    assert m.data(m.index(row, cols.index("stage")), Qt.ItemDataRole.ForegroundRole) is not None
    view.wait()


def test_empty_states(qtbot, qapp, tmp_path):
    unsaved = Session(templates.build("insurance"))
    view = make_view(qtbot, unsaved)
    assert view.stack.currentWidget() is view.empty and "not saved" in view.empty.text()
    path = tmp_path / "empty.jmap"
    write.save(templates.build("insurance"), path)
    view2 = make_view(qtbot, Session(open_project(path)))
    assert view2.stack.currentWidget() is view2.empty and "No data yet" in view2.empty.text()


def test_refresh_after_an_import_shows_the_new_dataset(qtbot, qapp, tmp_path, imported):
    path = tmp_path / "later.jmap"
    write.save(templates.build("insurance"), path)
    session = Session(open_project(path))
    view = make_view(qtbot, session)
    assert view.stack.currentWidget() is view.empty
    path.write_bytes(imported.read_bytes())
    session.replace_project(open_project(path))
    qtbot.waitUntil(loaded(view, 300), timeout=20000)
    assert view.dataset.count() == 1
    view.wait()


def test_closing_the_view_while_it_reads_is_safe(qtbot, qapp, imported):
    session = Session(open_project(imported))
    view = DataView(session)
    view.show()
    with qtbot.waitSignal(view.destroyed, timeout=5_000):
        view.deleteLater()             # gone while its reads may still run
    qtbot.waitUntil(lambda: not __import__("journeymap.ui.import_worker", fromlist=["x"])._RUNNING,
                    timeout=20000)


def test_top2box_reads_as_a_percentage(qtbot, qapp, imported):
    from journeymap.analysis.stage_data import stage_metric_table
    path = imported
    session = Session(open_project(path))
    view = make_view(qtbot, session)
    m = view.metrics_model
    qtbot.waitUntil(lambda: m.rowCount() > 0, timeout=20000)
    table = stage_metric_table(path, session.project, journey_id=session.journey_id)
    share = table[table["metric"] == "Top-2-box"].iloc[0]
    cols = m.column_names()
    shown = [(m.data(m.index(r, cols.index("stage"))), m.data(m.index(r, cols.index("value"))))
             for r in range(m.rowCount()) if m.data(m.index(r, cols.index("metric"))) == "Top-2-box (%)"]
    assert (share["stage"], float(shown[0][1])) == (shown[0][0], pytest.approx(100 * share["value"], abs=0.01))
    view.wait()


def test_the_text_box_filters_the_tab_shown(qtbot, qapp, imported):
    """Typing on the Stage metrics tab filters the stage rows by stage or metric name (it filtered
    only the hidden Rows tab: '0 of 300 rows' while every stage metric still showed)."""
    session = Session(open_project(imported))
    view = make_view(qtbot, session)
    qtbot.waitUntil(loaded(view, 300), timeout=20000)
    assert view.tabs.currentIndex() == 0 and "metrics" in view.search.placeholderText()
    total = view.metrics_model.rowCount()
    qtbot.keyClicks(view.search, "wifi")
    assert view.metrics_model.rowCount() == 0
    assert view.count.text() == f"0 of {total:,} stage metrics"
    view.search.clear()
    qtbot.keyClicks(view.search, "claim")
    model = view.metrics_model
    stages = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert stages == {"Reports a claim", "Claim is settled"}, stages
    view.tabs.setCurrentIndex(1)
    assert view.search.placeholderText() == "Filter rows…"
    assert view.count.text() == "0 of 300 rows"             # no row holds the word 'claim'


@pytest.mark.parametrize("tab", ["rows_table", "metrics_table", "comments"])
def test_edit_copy_and_select_all_act_on_the_tab_shown(qtbot, sample_window, tab):
    """Edit > Copy (Ctrl+C with the focus off the table, e.g. on the tabs) and Edit > Select all did
    nothing in the Data view: the window asks the view on screen, and this one had no answer."""
    from PySide6.QtGui import QGuiApplication
    view = sample_window.stack.show_view("data")
    page = getattr(view, tab)
    view.tabs.setCurrentWidget(page if tab != "metrics_table" else view.metrics_table.parentWidget())
    table = page.table if tab == "comments" else page
    if tab == "comments":
        page.box.insert("理赔")
    qtbot.waitUntil(lambda: table.model().rowCount() > 2, timeout=30_000)
    table.resizeRowsToContents()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(1, 1)).center())
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)      # the table's own copy
    own = QGuiApplication.clipboard().text()
    assert own.splitlines()[1] == str(table.model().index(1, 1).data())
    QGuiApplication.clipboard().setText("before")
    bar = view.tabs.tabBar()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)        # the window's Edit > Copy
    assert QGuiApplication.clipboard().text() == own
    sample_window.act["select_all"].trigger()            # Edit > Select all, as the menu item does
    assert len(table.selectionModel().selectedIndexes()) == table.model().rowCount() * table.model().columnCount()
