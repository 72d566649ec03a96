"""The DataFrame table model: correct for Qt, fast at a million rows, copies TSV."""
import time

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from journeymap.ui.models.dataframe_model import SORT_ROLE, DataFrameModel, format_value


def small_frame():
    return pd.DataFrame({"id": ["r1", "r2", "r3", "r4"],
                         "score": [3.0, np.nan, 5.0, 1.5],
                         "segment": ["Retail", "SME", None, "retail\tshop"],
                         "n": [10, 20, 30, 40]})


def big_frame(n=1_000_000):
    rng = np.random.default_rng(1)
    segs = np.array(["Retail", "SME", "Corporate", "Private", "Public"])
    return pd.DataFrame({"rid": pd.Series([f"R{i:07d}" for i in range(n)], dtype="str"),
                         "segment": pd.Series(segs[rng.integers(0, 5, n)], dtype="str"),
                         "score": rng.integers(1, 6, n).astype(float),
                         "value": rng.normal(size=n)})


def cell(model, r, c, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(r, c), role)


def test_model_tester_through_sort_and_filter(qapp):
    model = DataFrameModel(small_frame())
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (4, 4)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, 0) for r in range(4)] == ["r4", "r1", "r3", "r2"]   # NaN last
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, 0) for r in range(4)] == ["r3", "r1", "r4", "r2"]
    model.set_filter("retail")
    assert [cell(model, r, 0) for r in range(model.rowCount())] == ["r1", "r4"]
    model.set_mask(np.array([True, False, True, False]))
    assert [cell(model, r, 0) for r in range(model.rowCount())] == ["r1"]
    model.set_filter("")
    model.set_mask(None)
    model.sort(-1)
    assert model.rowCount() == 4 and cell(model, 0, 0) == "r1"
    model.set_frame(small_frame().iloc[:2])
    assert model.rowCount() == 2


def test_formats_and_roles(qapp):
    model = DataFrameModel(small_frame(), tooltips={"score": "Claim handling (1-5)"})
    assert cell(model, 0, 1) == "3" and cell(model, 1, 1) == "" and cell(model, 3, 1) == "1.5"
    assert cell(model, 2, 2) == ""
    assert cell(model, 3, 1, SORT_ROLE) == 1.5
    assert cell(model, 0, 1, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Claim handling" in tip and "1 empty" in tip
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert format_value(0.25) == "0.25" and format_value(1234.5678) == "1235"


def test_copy_selection_as_tsv(qapp, qtbot):
    model = DataFrameModel(small_frame())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    sel = view.selectionModel()
    for r in (0, 3):
        for c in (0, 2):
            sel.select(model.index(r, c), QItemSelectionModel.SelectionFlag.Select)
    text = model.copy_to_clipboard(sel.selectedIndexes())
    assert text == "id\tsegment\nr1\tRetail\nr4\tretail shop\n"
    assert QGuiApplication.clipboard().text() == text


@pytest.fixture(scope="module")
def million():
    return big_frame()


def test_million_rows_sort_and_filter(qapp, million):
    # Speed is measured in benchmarks/bench_dataview.py, not asserted here (noisy machines).
    t0 = time.perf_counter()
    model = DataFrameModel(million)
    build = time.perf_counter() - t0
    assert model.rowCount() == 1_000_000
    t0 = time.perf_counter()
    model.sort(3, Qt.SortOrder.DescendingOrder)
    sort_num = time.perf_counter() - t0
    vals = [model.data(model.index(r, 3), SORT_ROLE) for r in range(0, 1_000_000, 99_999)]
    assert vals == sorted(vals, reverse=True)
    t0 = time.perf_counter()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    sort_text = time.perf_counter() - t0
    assert cell(model, 0, 0) == "R0999999"
    t0 = time.perf_counter()
    model.set_filter("sme", columns=["segment"])
    filt = time.perf_counter() - t0
    assert 150_000 < model.rowCount() < 250_000
    assert cell(model, 0, 1) == "SME" and cell(model, 0, 0) > cell(model, 1, 0)
    t0 = time.perf_counter()
    for start in (0, 50_000, 100_000):
        for r in range(start, start + 40):
            for c in range(4):
                cell(model, r, c)
    screens = (time.perf_counter() - t0) / 3
    print(f"build {build:.2f}s sort num {sort_num:.3f}s text {sort_text:.3f}s filter {filt:.3f}s "
          f"screen {screens * 1000:.2f}ms")


def test_copy_of_a_large_block_matches_the_cells(qapp, million):
    model = DataFrameModel(million.iloc[:30_000])
    indexes = [model.index(r, c) for r in range(30_000) for c in (0, 2)]
    text = model.to_tsv(indexes)
    lines = text.splitlines()
    assert lines[0] == "rid\tscore" and len(lines) == 30_001
    assert lines[1] == f"{cell(model, 0, 0)}\t{cell(model, 0, 2)}"
    assert lines[-1] == f"{cell(model, 29_999, 0)}\t{cell(model, 29_999, 2)}"


def test_select_all_of_a_million_rows_copies_every_row(qapp, qtbot, million):
    model = DataFrameModel(million)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectAll()
    t0 = time.perf_counter()
    text = model.copy_to_clipboard(view.selectionModel().selection())
    took = time.perf_counter() - t0
    lines = text.splitlines()
    assert len(lines) == 1_000_001 and lines[0] == "rid\tsegment\tscore\tvalue"
    assert lines[1].split("\t")[0] == cell(model, 0, 0)
    print(f"select-all copy {took:.2f}s")
