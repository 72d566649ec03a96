"""New period on the sample, with the Review view open: the review moves to the new month and finds its
operating metrics that moved (the file holds only segment rows: their all-customers figure is derived);
the dataset is named by the periods the file holds."""
from __future__ import annotations

import csv
import shutil
import sqlite3

from PySide6.QtCore import Qt

from journeymap.storage.read import open_project
from journeymap.ui.new_period import dataset_name
from journeymap.ui.session import Session

OPS = "Operations 2025-12 to 2026-11"


def _january(sample, out) -> None:
    """The sample's December file as January: first-contact resolution halved, wait times tripled."""
    with sqlite3.connect(sample) as conn:
        cur = conn.execute("select * from raw_ds_ops_2026_12 order by line")
        head = [c[0] for c in cur.description][1:]
        rows = [dict(zip(head, r[1:])) for r in cur.fetchall()]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(head)
        for r in rows:
            r["period"] = "2027-01"
            r["fcr_pct"] = None if r["fcr_pct"] is None else round(r["fcr_pct"] / 2, 1)
            r["wait_s"] = None if r["wait_s"] is None else r["wait_s"] * 3
            w.writerow(["" if r[c] is None else r[c] for c in head])


def test_chinese_names_lose_their_range():
    assert dataset_name("營運數據 2025-12 至 2026-11", "2027-01") == "營運數據 2027-01"
    assert dataset_name("运营数据 2025-12 到 2026-11", "2027-01") == "运营数据 2027-01"
    assert dataset_name("Toronto", "2027-01") == "Toronto 2027-01"


def test_review_moves_to_the_new_period(qtbot, qapp, sample_path, tmp_path):
    from journeymap.ui.new_period import NewPeriodDialog
    from journeymap.ui.review_view import ReviewView
    path = tmp_path / "sample.jmap"
    shutil.copy(sample_path, path)
    file = tmp_path / "operations_2027-01.csv"
    _january(path, file)
    session = Session(open_project(path))
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None and view.data["period"] == "2026-12", timeout=60_000)
    dialog = NewPeriodDialog(session)
    qtbot.addWidget(dialog)
    dialog.period.setText("2027-02")                      # mistyped: the file holds January
    next(r for r in dialog.rows if r[2] == OPS)[1].setText(str(file))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    names = [d.name for d in session.project.all("datasets")]
    assert "Operations 2027-01" in names and "Operations 2027-02" not in names
    qtbot.waitUntil(lambda: view.data is not None and view.data["period"] == "2027-01", timeout=60_000)
    assert view.period.currentData() == "2027-01"
    moved = {(m["stage"], m["item"]) for m in view.data["moved_metrics"]}
    assert ("Calls the contact centre", "First-contact resolution") in moved
    assert ("Calls the contact centre", "Wait time") in moved
    assert "First-contact resolution" in view.body.toPlainText().split("NPS")[0]
    # the stage inspector's series of all customers: January's derived total, weighted by its contacts
    from journeymap.ui.inspector_metrics import stage_series
    sid = next(s.id for s in session.project.stages_of(session.journey_id) if s.name == "Calls the contact centre")
    fcr = {m.name: vs for m, vs in stage_series(session.project, sid)}["First-contact resolution"]
    assert [v.period for v in fcr][-2:] == ["2026-12", "2027-01"] and len(fcr) == 14 and fcr[-1].n > 10_000
