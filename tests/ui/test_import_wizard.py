"""The import wizard driven page by page on real files into a real saved project."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from journeymap.samples import templates
from journeymap.storage import write
from journeymap.storage.read import open_project
from journeymap.ui.import_wizard import ImportWizard
from journeymap.ui.session import Session

HEADERS = ["id", "Overall satisfaction", "Reports a claim", "Claim is settled", "Effort to renew",
           "segment", "date"]


def survey_csv(n=60, seed=0):
    rng = np.random.default_rng(seed)
    lines = [",".join(HEADERS)]
    for i in range(n):
        lines.append(f"r{i},{rng.integers(1, 6)},{rng.integers(1, 6)},{rng.integers(1, 6)},"
                     f"{rng.integers(1, 8)},{'Retail' if i % 2 else 'SME'},2026-0{1 + i % 3}-15")
    return "\n".join(lines) + "\n"


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(templates.build("insurance"), path)
    return path


def make_wizard(qtbot, path):
    session = Session(open_project(path))
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    return session, wizard


def to_check_page(qtbot, wizard, file, kind="survey"):
    wizard.file_page.path.setText(str(file))
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData(kind))
    wizard.next()
    assert wizard.currentPage() is wizard.encoding_page
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: checked(wizard), timeout=20000)


def checked(wizard) -> bool:
    """The check's answer has reached the page: its worker has ended and the page has loaded the
    report (load() hides the busy bar; the summary alone also reads "Reading and checking…")."""
    return wizard._task is not None and not wizard._task.is_running() and wizard.check_page.busy.isHidden()


def test_utf8_survey_imports_through_every_page(qtbot, qapp, project_path, tmp_path):
    file = tmp_path / "survey.csv"
    file.write_text(survey_csv(), encoding="utf-8")
    session, wizard = make_wizard(qtbot, project_path)
    wizard.file_page.path.setText(str(file))
    wizard.next()
    page = wizard.encoding_page
    assert page.encoding.currentText() == "utf-8" and "UTF-8" in page.how.text()
    assert page.model.rowCount() == 60 and page.model.column_names() == HEADERS
    wizard.next()
    m = wizard.mapping_page
    assert m.outcome.currentData() == "Overall satisfaction" and m.id_col.currentData() == "id"
    rows = {m.items.item(r, 1).text(): r for r in range(m.items.rowCount())}
    assert m.items.cellWidget(rows["Reports a claim"], 2).currentText() == "Reports a claim"
    assert m.items.cellWidget(rows["Effort to renew"], 5).currentData() == "lower"
    assert m.items.cellWidget(rows["Effort to renew"], 4).value() == 7
    m.segment.setCurrentIndex(m.segment.findData("segment"))
    m.date.setCurrentIndex(m.date.findData("date"))
    m.name.setText("Q1 survey")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=20000)
    assert "60" in wizard.check_page.summary.text()
    wizard.next()
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=30000)
    names = [d.name for d in session.project.all("datasets")]
    assert "Q1 survey" in names
    assert session.path == str(project_path)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_gbk_file_with_chinese_headers_shows_gb18030(qtbot, qapp, project_path, tmp_path):
    text = "编号,总体满意度,理赔,续保,客户类型\n" + "".join(
        f"{i},{i % 5 + 1},{i % 5 + 1},{(i * 3) % 5 + 1},{'个人' if i % 2 else '企业'}\n" for i in range(1, 41))
    file = tmp_path / "gbk.csv"
    file.write_bytes(text.encode("gbk"))
    session, wizard = make_wizard(qtbot, project_path)
    wizard.file_page.path.setText(str(file))
    wizard.next()
    page = wizard.encoding_page
    assert page.encoding.currentText() in ("gb18030", "gbk")
    assert page.model.column_names() == ["编号", "总体满意度", "理赔", "续保", "客户类型"]
    # a wrong encoding re-decodes the preview (garbled), the right one restores it
    page.encoding.setCurrentText("latin-1")
    page.encoding_did_change.emit("latin-1")
    assert "总体满意度" not in page.model.column_names()
    page.encoding.setCurrentText("gb18030")
    page.encoding_did_change.emit("gb18030")
    assert page.model.column_names()[1] == "总体满意度"
    wizard.next()
    m = wizard.mapping_page
    assert m.outcome.currentData() == "总体满意度"
    m.segment.setCurrentIndex(m.segment.findData("客户类型"))
    m.name.setText("理赔调查")
    rows = {m.items.item(r, 1).text(): r for r in range(m.items.rowCount())}
    for col in ("理赔", "续保"):          # no English stage is close: the user ticks them
        assert m.items.cellWidget(rows[col], 2).currentText() == col
        m.items.item(rows[col], 0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=20000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=30000)
    assert "理赔调查" in [d.name for d in session.project.all("datasets")]
    stages = [s.name for s in session.project.all("stages")]
    assert "理赔" in stages and "续保" in stages      # created: create_stages was on


def test_values_off_scale_are_listed_and_block_until_skipped(qtbot, qapp, project_path, tmp_path):
    lines = survey_csv(20).splitlines()
    for line_no, bad in ((5, "12"), (7, "x")):          # header = line 1
        cells = lines[line_no - 1].split(",")
        cells[2] = bad
        lines[line_no - 1] = ",".join(cells)
    file = tmp_path / "bad.csv"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    session, wizard = make_wizard(qtbot, project_path)
    wizard.file_page.path.setText(str(file))
    wizard.next()
    wizard.next()
    m = wizard.mapping_page
    rows = {m.items.item(r, 1).text(): r for r in range(m.items.rowCount())}
    m.items.cellWidget(rows["Reports a claim"], 3).setValue(1)     # the user confirms 1-5
    m.items.cellWidget(rows["Reports a claim"], 4).setValue(5)
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: checked(wizard), timeout=20000)
    assert not page.isComplete()
    lines_listed = {page.problems.data(page.problems.index(r, 0)) for r in range(page.problems.rowCount())}
    assert lines_listed == {"5", "7"}
    assert "Reports a claim" in page.summary.text()
    page.skip_invalid.setChecked(True)
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert "18 kept" in page.summary.text()


def test_cancel_during_import_leaves_the_file_unchanged(qtbot, qapp, project_path, tmp_path):
    file = tmp_path / "big.csv"
    file.write_text(survey_csv(200_000, seed=2), encoding="utf-8")
    before = project_path.read_bytes()
    session, wizard = make_wizard(qtbot, project_path)
    to_check_page(qtbot, wizard, file)
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30000)
    wizard.run_page.progress_seen = False
    wizard.next()
    task = wizard._task
    task.progress_did_change.connect(lambda d, t: wizard.cancel_import())
    ended = []                          # the task's outcome, whichever it is, has reached the wizard
    for signal in (task.task_did_finish, task.task_did_fail, task.task_did_cancel):
        signal.connect(lambda *_: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended) and not task.is_running(), timeout=60000)
    assert "cancelled" in wizard.run_page.status.text().lower()
    assert not wizard.run_page.isComplete()
    assert project_path.read_bytes() == before
    assert not open_project(project_path).all("datasets")


def test_unsaved_changes_are_saved_before_the_wizard_opens(qtbot, qapp, project_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from journeymap.core import commands
    from journeymap.ui import import_wizard
    session = Session(open_project(project_path))
    stage = session.project.all("stages")[0]
    session.push(commands.UpdateEntity("stages", stage.id, {"name": "Renamed before import"}))
    assert not session.undo_stack.isClean()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not import_wizard.ensure_saved(session)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert import_wizard.ensure_saved(session)
    assert session.undo_stack.isClean()
    assert "Renamed before import" in [s.name for s in open_project(project_path).all("stages")]


def test_xlsx_sheet_is_chosen_and_imported(qtbot, qapp, project_path, tmp_path):
    import openpyxl
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing here"])
    sheet = book.create_sheet("Responses")
    rows = [r.split(",") for r in survey_csv(30).splitlines()]
    sheet.append(rows[0])
    for r in rows[1:]:
        sheet.append([r[0]] + [int(x) for x in r[1:5]] + r[5:])
    file = tmp_path / "survey.xlsx"
    book.save(file)
    session, wizard = make_wizard(qtbot, project_path)
    wizard.file_page.path.setText(str(file))
    sheets = wizard.file_page.sheet
    assert sheets.isEnabled() and [sheets.itemText(i) for i in range(sheets.count())] == ["Notes", "Responses"]
    sheets.setCurrentIndex(1)
    wizard.next()
    assert "Excel" in wizard.encoding_page.how.text() and not wizard.encoding_page.encoding.isEnabled()
    assert wizard.encoding_page.model.column_names() == HEADERS
    wizard.next()
    wizard.mapping_page.name.setText("From Excel")
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=30000)
    assert "From Excel" in [d.name for d in session.project.all("datasets")]


def test_a_saved_mapping_is_reused_for_next_months_file(qtbot, qapp, project_path, tmp_path):
    from journeymap.importers.project_import import run_import
    first, second = tmp_path / "jan.csv", tmp_path / "feb.csv"
    first.write_text(survey_csv(40, seed=4), encoding="utf-8")
    second.write_text(survey_csv(50, seed=5), encoding="utf-8")
    mapping = {"kind": "survey", "name": "Monthly", "journey": "Insurance end to end", "id": "id",
               "outcome": {"column": "Overall satisfaction", "type": "scale", "scale": [1, 5]},
               "items": [{"column": "Reports a claim", "stage": "Reports a claim", "scale": [1, 5]}]}
    run_import(project_path, first, mapping)
    session, wizard = make_wizard(qtbot, project_path)
    wizard.file_page.path.setText(str(second))
    wizard.next()
    wizard.next()
    m = wizard.mapping_page
    assert m.saved.findData("Monthly") > 0
    m.saved.setCurrentIndex(m.saved.findData("Monthly"))
    m.saved.activated.emit(m.saved.currentIndex())
    assert not m.stack.isEnabled()
    m.name.setText("Monthly 2026-02")
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    assert "Monthly 2026-02" in wizard.check_page.summary.text()
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=30000)
    datasets = {d.name: d for d in session.project.all("datasets")}
    assert datasets["Monthly 2026-02"].rows == 50
    assert [i["column"] for i in datasets["Monthly 2026-02"].mapping["items"]] == ["Reports a claim"]


# -- missing codes (issue 8, item 5) ----------------------------------------------------------------
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import airline  # noqa: E402


def airline_to_mapping_page(qtbot, project_path, tmp_path, n=3000):
    file = airline.write_airline_csv(tmp_path / "airline.csv", n=n)
    session, wizard = make_wizard(qtbot, project_path)
    wizard.file_page.path.setText(str(file))
    wizard.next()
    wizard.next()
    m = wizard.mapping_page
    m.outcome.setCurrentIndex(m.outcome.findData("satisfaction"))
    m.outcome_type.setCurrentIndex(m.outcome_type.findData("binary"))
    m.positive.setText("satisfied")
    rows = {m.items.item(r, 1).text(): r for r in range(m.items.rowCount())}
    for col in airline.ITEMS:            # the analyst ticks the 14 ratings, no other number
        m.items.item(rows[col], 0).setCheckState(Qt.CheckState.Checked)
    for col in ("", "Age", "Flight Distance", "Departure Delay in Minutes", "Arrival Delay in Minutes"):
        if col in rows:
            m.items.item(rows[col], 0).setCheckState(Qt.CheckState.Unchecked)
    return session, wizard, m, rows


def wait_checked(qtbot, wizard):
    page = wizard.check_page
    qtbot.waitUntil(lambda: not wizard._task.is_running() and page.summary.text() != ""
                    and "Reading" not in page.summary.text(), timeout=30000)


def test_common_zero_is_suggested_as_a_missing_code_per_item(qtbot, qapp, project_path, tmp_path):
    session, wizard, m, rows = airline_to_mapping_page(qtbot, project_path, tmp_path)
    missing = {col: m.items.cellWidget(rows[col], 6).text() for col in airline.ITEMS}
    assert missing["Inflight wifi service"] == "0"           # common in the preview: suggested
    assert missing["Seat comfort"] == ""                      # never 0 in the file
    assert "0" in m.all_missing.text()                        # offered for every item at once
    assert "1-5" in m.items.item(rows["Inflight wifi service"], 7).text()
    assert m.segment.currentData() == "Customer Type"        # a segment-like header with few values
    assert m.positive.text() == "satisfied"                   # beside 'neutral or dissatisfied'


def test_rare_off_scale_code_is_explained_and_fixed_for_all_items(qtbot, qapp, project_path, tmp_path):
    session, wizard, m, rows = airline_to_mapping_page(qtbot, project_path, tmp_path)
    # the 0s of "Inflight service" lie past the preview: nothing suggests them yet
    assert m.items.cellWidget(rows["Inflight service"], 6).text() == ""
    wizard.next()
    page = wizard.check_page
    wait_checked(qtbot, wizard)
    assert not page.isComplete()
    assert "column 'Inflight service': 3 rows have values off the scale 1-5 (0 on lines 752, 1502, 2252)" \
        in page.summary.text()
    assert page.codes_box.isVisible() and "Inflight service" in page.codes_text.text()
    qtbot.mouseClick(page.codes_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=30000)
    assert "No problems found" in page.summary.text() and not page.codes_box.isVisible()
    used = [i for i in wizard.state.items if i["use"]]
    assert len(used) == 14 and all(0 in i["missing"] for i in used)
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=60000)
    dataset = next(d for d in session.project.all("datasets") if d.kind == "survey")
    assert dataset.rows == 3000
    assert all(it.missing == [0] for it in session.project.where("survey_items", dataset=dataset.id))


def test_missing_codes_typed_for_all_items_at_once(qtbot, qapp, project_path, tmp_path):
    session, wizard, m, rows = airline_to_mapping_page(qtbot, project_path, tmp_path)
    m.all_missing.setText("0, 99")
    qtbot.mouseClick(m.apply_all_missing, Qt.MouseButton.LeftButton)
    assert all(m.items.cellWidget(rows[c], 6).text() == "0, 99" for c in airline.ITEMS)
    m.items.cellWidget(rows["Gate location"], 6).setText("")      # per item: this one has none
    wizard.next()
    wait_checked(qtbot, wizard)
    items = {i["column"]: i for i in wizard.state.items}
    assert items["Seat comfort"]["missing"] == [0, 99] and items["Gate location"]["missing"] == []
    assert wizard.check_page.isComplete()


def test_rare_code_read_as_missing_only_in_the_items_that_have_it(qtbot, qapp, project_path, tmp_path):
    session, wizard, m, rows = airline_to_mapping_page(qtbot, project_path, tmp_path)
    wizard.next()
    page = wizard.check_page
    wait_checked(qtbot, wizard)
    hinted = set(wizard.state.code_hints)
    assert "Inflight service" in hinted and "Seat comfort" not in hinted
    qtbot.mouseClick(page.codes_items, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=30000)
    items = {i["column"]: i for i in wizard.state.items}
    assert 0 in items["Inflight service"]["missing"]
    assert items["Seat comfort"]["missing"] == []              # never 0 in the file: left alone
