"""What a QA walk of File > Import data found, walked again with real clicks and keys: the Check
page's counts agree with the import's, and a page whose error blocks going on disables Next."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from journeymap.samples import templates
from journeymap.storage import write
from journeymap.storage.read import open_project
from journeymap.ui.import_wizard import ImportWizard
from journeymap.ui.session import Session

COMMENTS = ["too slow", "", "friendly staff", "", "", "理赔太慢了", "ok", "", "fine", "good"]


@pytest.fixture
def wizard(qtbot, tmp_path):
    path = tmp_path / "p.jmap"
    write.save(templates.build("insurance"), path)
    w = ImportWizard(Session(open_project(path)))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def click(qtbot, wizard, which) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def type_path(qtbot, wizard, path, kind_key: str | None = None) -> None:
    page = wizard.file_page
    page.path.setFocus()
    qtbot.keyClicks(page.path, str(path))
    if kind_key:   # a non-editable combo box picks the item whose text starts with the keys typed
        page.kind.setFocus()
        qtbot.keyClicks(page.kind, kind_key)


def checked(wizard) -> bool:
    return wizard._task is not None and not wizard._task.is_running() and wizard.check_page.busy.isHidden()


def test_check_page_counts_empty_comments_as_dropped_and_the_import_agrees(qtbot, wizard, tmp_path):
    file = tmp_path / "comments.csv"
    file.write_text("id,Customer Type,Claims speed,Comment\n" + "".join(
        f"{i},New,{1 + i % 5},{c}\n" for i, c in enumerate(COMMENTS, start=1)), encoding="utf-8")
    type_path(qtbot, wizard, file, "Feedback")
    assert wizard.file_page.kind.currentData() == "feedback"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    m = wizard.mapping_page
    m.text_col.setFocus()
    qtbot.keyClicks(m.text_col, "Comment")
    assert m.text_col.currentData() == "Comment"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: checked(wizard), timeout=20000)
    text = wizard.check_page.summary.text()
    assert "rows: 10 read, 6 kept, 4 dropped" in text
    assert "4 rows have no comment text (lines 3, 5, 6, 9)" in text
    assert wizard.check_page.isComplete()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=30000)
    assert "Imported 6 rows" in wizard.run_page.status.text()


def qa_survey(path, n=100, *, stray=("Signup ease", 7, 82), short_line=None):
    """Shaped like the QA's survey files: four 1-5 items, a yes/no outcome in words, a comment;
    ``stray``: one value off the scale at a line (the header is line 1)."""
    import numpy as np
    rng = np.random.default_rng(7)
    items = ["Quote clarity", "Signup ease", "Claims speed", "Staff helpfulness"]
    lines = ["id,Customer Type," + ",".join(items) + ",Overall satisfaction,Comment"]
    for i in range(1, n + 1):
        values = {c: int(rng.integers(1, 6)) for c in items}
        if stray and i + 1 == stray[2]:
            values[stray[0]] = stray[1]
        lines.append(f"{i},{['Loyal', 'New'][i % 2]}," + ",".join(str(values[c]) for c in items) +
                     f",{'satisfied' if i % 3 else 'neutral or dissatisfied'},comment {i}")
    if short_line:
        lines.insert(short_line - 1, "40,Loyal,3,4")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_lone_off_scale_value_keeps_the_scale_and_the_check_names_its_line(qtbot, wizard, tmp_path):
    type_path(qtbot, wizard, qa_survey(tmp_path / "survey.csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    m = wizard.mapping_page
    rows = {m.items.item(r, 1).text(): r for r in range(m.items.rowCount())}
    row = rows["Signup ease"]
    assert (m.items.cellWidget(row, 3).value(), m.items.cellWidget(row, 4).value()) == (1, 5)
    assert "a lone 7" in m.items.item(row, 7).text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: checked(wizard), timeout=20000)
    page = wizard.check_page
    assert "column 'Signup ease': 1 row has a value off the scale 1-5 (7 on line 82)" in page.summary.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_a_short_row_is_named_as_short_before_its_repeated_id(qtbot, wizard, tmp_path):
    type_path(qtbot, wizard, qa_survey(tmp_path / "survey.csv", stray=None, short_line=42))
    for _ in range(3):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: checked(wizard), timeout=20000)
    page = wizard.check_page
    lines = page.summary.text().splitlines()
    short = lines.index("  1 row has too few fields (4 of 8 fields on line 42)")
    assert short < next(i for i, line in enumerate(lines) if "repeats an id" in line)
    first = [page.problems.data(page.problems.index(0, c)) for c in range(page.problems.columnCount())]
    assert first[0] == "42" and "4 of 8 fields" in first


# -- errors that block going on (item 4) -------------------------------------------------------------

def big5_survey(path):
    """Shaped like the QA's survey_big5.csv: traditional Chinese headers, 300 rows, in Big5."""
    rows = ["id,客戶類型,報價清晰,投保容易,理賠速度,整體滿意"] + [
        f"{i},{'個人' if i % 3 else '企業'},{1 + i % 5},{1 + i * 7 % 5},{1 + i * 3 % 5},{1 + i * 11 % 5}"
        for i in range(1, 301)]
    path.write_bytes(("\n".join(rows) + "\n").encode("big5"))
    return path


def type_encoding(qtbot, page, name: str) -> None:
    box = page.encoding.lineEdit()
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, name)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_wrong_encoding_blocks_next_clears_the_preview_and_says_what_to_do(qtbot, wizard, tmp_path):
    type_path(qtbot, wizard, big5_survey(tmp_path / "big5.csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.encoding_page
    assert page.encoding.currentText() == "big5" and page.model.column_names()[1] == "客戶類型"
    type_encoding(qtbot, page, "utf-8")
    said = page.error.text()
    assert "line 1 cannot be read as utf-8" in said and "Choose another encoding above" in said
    assert "--encoding" not in said and "mapping" not in said
    assert page.model.rowCount() == 0 and page.model.columnCount() == 0     # no stale text
    assert not page.isComplete() and not next_enabled(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is page
    type_encoding(qtbot, page, "big5")
    assert page.error.text() == "" and page.model.column_names()[1] == "客戶類型"
    assert page.isComplete() and next_enabled(wizard)


def test_the_check_page_says_the_encoding_was_detected(qtbot, wizard, tmp_path):
    type_path(qtbot, wizard, big5_survey(tmp_path / "big5.csv"))
    for _ in range(3):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: checked(wizard), timeout=20000)
    text = wizard.check_page.summary.text()
    assert "encoding: big5 (detected" in text and "--encoding" not in text


def test_an_encoding_chosen_on_the_encoding_page_is_said_so(qtbot, wizard, tmp_path):
    file = tmp_path / "survey.csv"
    file.write_bytes(qa_survey(tmp_path / "u.csv", stray=None).read_text(encoding="utf-8").encode("gb18030"))
    type_path(qtbot, wizard, file)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_encoding(qtbot, wizard.encoding_page, "gbk")
    for _ in range(2):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: checked(wizard), timeout=20000)
    text = wizard.check_page.summary.text()
    assert "encoding: gbk (chosen on the Encoding page)" in text and "--encoding" not in text


def test_a_quote_never_closed_disables_next_until_another_file_is_chosen(qtbot, wizard, tmp_path):
    bad = qa_survey(tmp_path / "bad.csv", stray=None)
    lines = bad.read_text(encoding="utf-8").splitlines()
    lines[58] = '58,Loyal,3,"4,5'                                  # line 59: a quote never closed
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    type_path(qtbot, wizard, bad)
    assert next_enabled(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.file_page
    assert "line 59 opens a quote" in wizard.file_page.error.text()
    assert not next_enabled(wizard)
    good = qa_survey(tmp_path / "good.csv", stray=None)
    wizard.file_page.path.selectAll()
    qtbot.keyClicks(wizard.file_page.path, str(good))
    assert wizard.file_page.error.text() == "" and next_enabled(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.encoding_page


def test_a_file_that_cannot_be_read_at_check_offers_no_skip(qtbot, wizard, tmp_path):
    file = qa_survey(tmp_path / "survey.csv", stray=None)
    type_path(qtbot, wizard, file)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    file.unlink()                                  # moved away meanwhile
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: checked(wizard), timeout=20000)
    page = wizard.check_page
    assert "cannot read the file" in page.summary.text()
    assert page.skip_invalid.isHidden() and not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
