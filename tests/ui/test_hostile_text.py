"""Names typed by users or read from files are shown as text, never rendered as HTML by Qt."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from journeymap.samples.templates import build
from journeymap.storage.write import save
from journeymap.ui.canvas.items.stage_card import StageCard
from journeymap.ui.dialogs import prompts
from journeymap.ui.plain_text import tip, tip_text

HUGE = "<img src=x width=30000 height=30000> J"
BOLD = "<b>Bold</b> <i>stage</i>"


@pytest.fixture
def window(window_on, tmp_path, monkeypatch):
    monkeypatch.setattr(prompts, "ask_recover", lambda *a: False)
    project = build("insurance")
    journey = project.default_journey()
    project.update("journeys", journey.id, name=HUGE)
    stage = project.stages_of(journey.id)[0]
    project.update("stages", stage.id, name=BOLD, department="<u>Claims</u> & co")
    path = tmp_path / "hostile.jmap"
    save(project, path)
    return window_on(path, size=(1200, 800)), stage.id


def test_a_journey_named_like_an_image_does_not_grow_the_window(window, qtbot):
    w, _ = window
    qtbot.waitUntil(lambda: w.height() <= 1000)
    assert w.minimumSizeHint().height() < 1000 and w.height() <= 1000
    shown = [lab for lab in w.statusBar().findChildren(QLabel) if HUGE in lab.text()]
    assert shown and all(lab.textFormat() == Qt.TextFormat.PlainText for lab in shown)
    assert all(lab.sizeHint().height() < 100 for lab in shown)


def test_stage_tooltips_show_the_name_as_typed(window):
    w, stage_id = window
    cards = [i for i in w.canvas.scene().items() if isinstance(i, StageCard) and i.stage.id == stage_id]
    assert cards
    text = tip_text(cards[0].toolTip())
    assert BOLD in text and "<u>Claims</u> & co" in text
    assert "&lt;b&gt;" in cards[0].toolTip()      # escaped: Qt shows the brackets, not bold


def test_navigator_tooltips_are_escaped(window):
    w, _ = window
    model = w.navigator.model
    tips = [model.itemFromIndex(model.index(r, 0, model.index(g, 0))).toolTip()
            for g in range(model.rowCount()) for r in range(model.rowCount(model.index(g, 0)))]
    hostile = [t for t in tips if "30000" in t]
    assert hostile and all("<img" not in t and HUGE in tip_text(t) for t in hostile)


def test_error_messages_are_plain_text(qapp, qtbot, monkeypatch):
    seen = []

    def fake_exec(box):
        seen.append((box.textFormat(), box.text()))
        return 0
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    prompts.show_error(None, "Cannot open", f"{HUGE}.jmap is damaged")
    assert seen == [(Qt.TextFormat.PlainText, f"{HUGE}.jmap is damaged")]


def test_tip_keeps_empty_empty_and_round_trips():
    assert tip("") == "" and tip(None) == ""
    assert tip_text(tip("a < b & c\nline 2")) == "a < b & c\nline 2"
