"""The analyst's story (issue 8, item 11), end to end through real events: File > Import, the
wizard page by page (typing, key presses and clicks), missing codes fixed on the Check page, then
badges and a heatmap on the map, the survey's segment on the toolbar, the key drivers, and the
same again after reopening the file.

The survey has the shape of the public airline passenger-satisfaction survey (test split: 25,976
rows, 14 ratings on 1-5 with 0 = not applicable, a binary satisfaction outcome, Customer Type and
Class): tests/fixtures/airline.py writes it, since tests have no network.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip, QWizard

from journeymap.samples import templates
from journeymap.storage import write

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import airline  # noqa: E402

LONG = 120_000


@pytest.fixture
def survey_csv(tmp_path_factory):
    return airline.write_airline_csv(tmp_path_factory.mktemp("airline") / "airline_test.csv")


@pytest.fixture
def window(window_on, tmp_path):
    path = tmp_path / "airline.jmap"
    write.save(templates.build("blank", title="Airline CX"), path)
    return window_on(path, size=(1600, 1000)), path


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard, button=QWizard.WizardButton.NextButton):
    click(qtbot, wizard.button(button))


def type_into(qtbot, widget, text):
    """Select what the field holds and type over it, as a user does."""
    take_focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def choose_by_typing(qtbot, combo, text):
    """A closed combo box picks the entry that starts with what is typed (up to the first space:
    a space opens the list)."""
    take_focus(qtbot, combo)
    qtbot.keyClicks(combo, text.split(" ")[0])
    assert combo.currentText().startswith(text), (combo.currentText(), text)


def take_focus(qtbot, widget):
    """Keys go to the focused widget of the active window (a stray tooltip must not hold it)."""
    QToolTip.hideText()
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def focus_window(qtbot, win):
    """A tooltip left by the pointer can hold the focus on the offscreen platform: the window takes
    it back before a shortcut is pressed."""
    QToolTip.hideText()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)


def click_journey(qtbot, win, name):
    """Pick the journey in the navigator, as the analyst does."""
    tree = win.navigator.tree
    model = tree.model()
    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
    assert found, name
    tree.scrollTo(found[0])
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(found[0]).center())


def choose_by_keys(qtbot, combo, text):
    """Home, then Down to the entry that starts with ``text`` (no type-ahead buffer to trip on)."""
    row = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert row >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    take_focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), (combo.currentText(), text)


def fill_mapping(qtbot, page):
    type_into(qtbot, page.journey.lineEdit(), "Air travel")
    choose_by_typing(qtbot, page.outcome, "satisfaction")
    choose_by_typing(qtbot, page.outcome_type, "yes/no")
    type_into(qtbot, page.positive, "satisfied")
    choose_by_typing(qtbot, page.segment, "Customer Type")
    rows = {page.items.item(r, 1).text(): r for r in range(page.items.rowCount())}
    for column in airline.ITEMS:
        r = rows[column]
        if page.items.item(r, 0).checkState() != Qt.CheckState.Checked:
            page.items.setCurrentCell(r, 0)
            qtbot.keyClick(page.items, Qt.Key.Key_Space)       # tick "Use"
        assert page.items.item(r, 0).checkState() == Qt.CheckState.Checked, column
        type_into(qtbot, page.items.cellWidget(r, 2).lineEdit(), airline.STAGES[column])
    return rows


def test_an_analyst_imports_the_airline_survey_and_sees_it_on_the_map_and_in_drivers(qtbot, window, survey_csv):
    win, path = window
    # -- File > Import, through the menu's action (Ctrl+I) -------------------------------------
    qtbot.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = win.import_wizard
    qtbot.waitExposed(wizard)
    type_into(qtbot, wizard.file_page.path, str(survey_csv))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.encoding_page
    assert "Inflight wifi service" in wizard.encoding_page.model.column_names()
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    rows = fill_mapping(qtbot, page)
    # common 0s (seen in the preview) come suggested as missing codes per item
    assert page.items.cellWidget(rows["Inflight wifi service"], 6).text() == "0"
    assert page.items.cellWidget(rows["Seat comfort"], 6).text() == ""
    next_page(qtbot, wizard)
    # -- Check: the rare 0s past the preview are explained and fixed in one click -------------
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.codes_box.isVisible() or check.isComplete(), timeout=LONG)
    assert not check.isComplete()
    assert "3 rows have values off the scale 1-5 (0 on lines" in check.summary.text()
    assert "Inflight service" in check.codes_text.text()
    click(qtbot, check.codes_all)
    qtbot.waitUntil(check.isComplete, timeout=LONG)
    assert "25976 kept" in check.summary.text() and "No problems found" in check.summary.text()
    next_page(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=LONG)
    assert "25,976" in wizard.run_page.status.text()
    next_page(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    focus_window(qtbot, win)             # the wizard has closed: the main window takes the keys again

    # -- the map: the new journey's stages, CSAT badges, a heatmap, the survey's segments -------
    project = win.session.project
    journey = project.journey_by_name("Air travel")
    assert win.session.journey_id == journey.id           # the map shows where the data went
    click_journey(qtbot, win, "Air travel")
    assert win.session.journey_id == journey.id
    cards = win.canvas.scene().cards
    assert {project.get("stages", sid).name for sid in cards} == set(airline.STAGES.values())
    bar = win.data_bar
    qtbot.waitUntil(lambda: bar.badge.findText("CSAT (1-5)") >= 0, timeout=LONG)   # read on a worker
    choose_by_keys(qtbot, bar.badge, "CSAT")
    qtbot.waitUntil(lambda: all(card.badge for card in cards.values()), timeout=5000)
    assert all(1.0 <= float(card.badge) <= 5.0 for card in cards.values())
    choose_by_keys(qtbot, bar.heatmap, "Top-2-box")
    qtbot.waitUntil(lambda: all(card.heat in ("on", "near", "off") for card in cards.values()), timeout=5000)
    everyone = {sid: card.badge for sid, card in cards.items()}
    choose_by_keys(qtbot, bar.segment, "disloyal")
    assert win.session.segment == "disloyal Customer"
    qtbot.waitUntil(lambda: {sid: c.badge for sid, c in cards.items()} != everyone, timeout=5000)

    # -- the key drivers (Ctrl+3), following the toolbar's segment --------------------------------
    focus_window(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    drivers = win.stack.views["drivers"]
    qtbot.waitUntil(lambda: drivers.model.rowCount() == 14, timeout=LONG)
    assert drivers.segment_box.currentData() == "disloyal Customer"
    choose_by_keys(qtbot, bar.segment, "All segments")
    qtbot.waitUntil(lambda: drivers.segment_box.currentData() is None and drivers.model.result is not None
                    and drivers.model.result.get("segment") is None, timeout=LONG)
    result = drivers.model.result
    answered_all = sum(1 for line in survey_csv.read_text().splitlines()[1:]
                       if "0" not in line.split(",")[8:22])       # 0 = not applicable: left out (listwise)
    assert result["n"] == answered_all and result["rows"] == 25_976 and result["outcome"] == "satisfaction"
    assert f"n = {answered_all:,}" in drivers.headline.text()
    top = max(result["items"], key=lambda i: i["weight_pct"])
    assert top["item"] in ("Online boarding", "Inflight wifi service")
    assert all("quadrant_certain" in i for i in result["items"])

    # -- saved: reopening shows the same choices ---------------------------------------------------
    assert win.files.load(str(path))
    click_journey(qtbot, win, "Air travel")
    qtbot.waitUntil(lambda: not win.data_bar.runner.busy, timeout=LONG)
    offered = [win.data_bar.badge.itemText(i) for i in range(win.data_bar.badge.count())]
    assert "CSAT (1-5)" in offered and "Top-2-box (%)" in offered and "Score (0-100)" in offered
    segments = [win.data_bar.segment.itemText(i) for i in range(win.data_bar.segment.count())]
    assert {"Loyal Customer", "disloyal Customer"} <= set(segments)
