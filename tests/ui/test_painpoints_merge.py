"""Merge selected in the Pain points view, with real clicks (QA: the empty workshop sticky survived and the
measured item's severity, share affected, gap and value at risk were lost, with no word of what happened)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.core.model import Evidence, Journey, PainPoint, Stage, Vote
from journeymap.core.project import Project
from journeymap.ui.models.painpoints_model import ID_ROLE
from journeymap.ui.session import Session

EMPTY, RICH = "pp-sticky", "pp-story"


@pytest.fixture
def view(qtbot, qapp):
    from journeymap.ui.painpoints_view import PainPointsView
    project = Project()
    project.add(Journey("jn", "Claims"))
    project.add(Stage("st", "jn", None, "Calls"))
    project.add(PainPoint(EMPTY, "jn", "st", "Nobody calls back"))
    project.add(PainPoint(RICH, "jn", "st", "Customers tell their story several times", source="data",
                          severity=4, share_affected=0.107, gap=0.304, value_at_risk=144000.0))
    project.add(Evidence("ev", RICH, "metric", ref="me-fcr", value=0.61))
    project.add(Vote("v1", EMPTY, "Ann", 1, 5))       # the sticky has the dots, the other the data
    widget = PainPointsView(Session(project))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot, view, pid, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    model = view.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == pid)
    rect = view.table.visualRect(model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_merge_keeps_the_measured_item_and_says_what_it_did(qtbot, view):
    session = view.session
    click_row(qtbot, view, EMPTY)
    click_row(qtbot, view, RICH, Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_ids()) == {EMPTY, RICH}
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    kept = session.project.get("pain_points", RICH)
    assert (kept.status, kept.severity, kept.share_affected, kept.gap, kept.value_at_risk) == (
        "open", 4, 0.107, 0.304, 144000.0)
    assert session.project.get("pain_points", EMPTY).merged_into == RICH
    text = view.message.text()
    assert "Customers tell their story several times" in text and "Nobody calls back" in text
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.project.get("pain_points", EMPTY).status == "open"
    assert session.project.get("pain_points", RICH).severity == 4


def test_merge_says_which_values_the_survivor_took_over(qtbot, view):
    session = view.session
    session.project.add(PainPoint("pp-again", "jn", "st", "Told the story again", reason="repeat contact"))
    session.project.update("pain_points", RICH, value_at_risk=None)
    session.project.update("pain_points", "pp-again", value_at_risk=90000.0)
    qtbot.waitUntil(lambda: view.model.row_of("pp-again") >= 0)
    click_row(qtbot, view, "pp-again")
    click_row(qtbot, view, RICH, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    kept = session.project.get("pain_points", RICH)
    assert (kept.value_at_risk, kept.reason, kept.severity) == (90000.0, "repeat contact", 4)
    assert "took over value at risk and reason from them" in view.message.text()
