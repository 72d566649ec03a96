"""New period: next month's operating file imported with the mapping saved in the project, in one step;
a file that does not pass is named and nothing is written."""
from __future__ import annotations

import hashlib
import shutil

import numpy as np
import pytest
from PySide6.QtCore import Qt

from journeymap.samples import insurance_data as data
from journeymap.storage.read import open_project
from journeymap.ui.new_period import dataset_name, next_period
from journeymap.ui.session import Session

OPS = "Operations 2025-12 to 2026-11"


def test_names():
    assert dataset_name(OPS, "2027-01") == "Operations 2027-01"
    assert dataset_name("Relationship survey 2026", "2027-Q1") == "Relationship survey 2027-Q1"
    assert next_period(["2026-11", "2026-12"]) == "2027-01" and next_period(["2026-Q4"]) == "2027-Q1"


@pytest.fixture
def copy(tmp_path, sample_path):
    path = tmp_path / "sample.jmap"
    shutil.copy(sample_path, path)
    return path


def dialog_for(qtbot, session):
    from journeymap.ui.new_period import NewPeriodDialog
    dialog = NewPeriodDialog(session)
    qtbot.addWidget(dialog)
    return dialog


def test_imports_next_month_with_the_saved_mapping(qtbot, copy, tmp_path):
    file = tmp_path / "operations_2027-01.csv"
    rows = data.operations(np.random.default_rng(5), ["2027-01"], 13)
    file.write_text(data.operations_csv(rows), encoding="utf-8")
    session = Session(open_project(copy))
    dialog = dialog_for(qtbot, session)
    assert dialog.period.text() == "2027-01"                         # the month after the newest
    tick, field, name = next(r for r in dialog.rows if r[2] == OPS)
    field.setText(str(file))
    assert tick.isChecked()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    names = [d.name for d in session.project.all("datasets")]
    assert "Operations 2027-01" in names
    periods = {v.period for v in session.project.all("metric_values")}
    assert "2027-01" in periods
    from journeymap.analysis.review import review
    out = review(copy, session.project, journey_id=session.journey_id)
    assert (out["period"], out["previous_period"]) == ("2027-01", "2026-12")


def test_a_bad_file_is_named_and_nothing_is_written(qtbot, copy, tmp_path):
    file = tmp_path / "broken.csv"
    file.write_text("stage,period\nNo such stage,2027-01\n", encoding="utf-8")
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    session = Session(open_project(copy))
    dialog = dialog_for(qtbot, session)
    next(r for r in dialog.rows if r[2] == OPS)[1].setText(str(file))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Nothing was imported:") and dialog.result() != dialog.DialogCode.Accepted
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
    dialog.period.setText("January")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "like 2027-01" in dialog.message.text()
