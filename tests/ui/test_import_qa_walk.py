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
