"""QA step22/24: a refusal in the inspector's initiative form pushed the fields down (and back up when
it cleared), so the next click set the done date instead of the due date; a done date to come on an idea
was taken. The fields now keep their place, and such a done date is refused with a message."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from journeymap.core.model import Initiative, Journey, PainPoint, Stage
from journeymap.core.project import Project
from journeymap.ui.initiative_form import InitiativeForm
from journeymap.ui.inspector import InspectorPanel
from journeymap.ui.session import Session


@pytest.fixture
def shown(qtbot, qapp):
    project = Project()
    project.add(Journey("jn-1", "Claims"))
    project.add(Stage("st-0", "jn-1", None, "Report"))
    project.add(PainPoint("pp-a", "jn-1", "st-0", "On hold too long"))
    project.add(Initiative("in-1", "jn-1", "Quote in five questions", owner="Lin", start="2027-01-15",
                           pain_points=["pp-a"]))
    session = Session(project)
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    panel.resize(290, 700)          # the dock's width at 1366x768
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_selection([("initiatives", "in-1")])
    (form,) = panel.findChildren(InitiativeForm)
    qtbot.waitUntil(lambda: form.editors["title"].isVisible())
    return session, panel, form


def places(panel, form) -> dict[str, tuple[int, int, int, int]]:
    out = {}
    for name, editor in form.editors.items():
        corner = editor.mapTo(panel, QPoint(0, 0))
        out[name] = (corner.x(), corner.y(), editor.width(), editor.height())
    return out


def type_into(qtbot, editor, text: str) -> None:
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)     # where the user clicks: its place on screen
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_refusal_and_its_clearing_do_not_move_the_fields(qtbot, shown):
    session, panel, form = shown
    before = places(panel, form)
    type_into(qtbot, form.editors["due"], "2026-12-01")            # before the start
    qtbot.waitUntil(lambda: form.message.isVisible())
    assert "2026-12-01" in form.message.text() and session.project.get("initiatives", "in-1").due is None
    qapp_process(qtbot)
    assert places(panel, form) == before
    type_into(qtbot, form.editors["due"], "2027-03-31")
    qtbot.waitUntil(lambda: session.project.get("initiatives", "in-1").due == "2027-03-31")
    qtbot.waitUntil(lambda: form.message.isHidden())
    qapp_process(qtbot)
    assert places(panel, form) == before


def test_a_long_title_does_not_move_the_fields(qtbot, shown):
    session, panel, form = shown
    before = places(panel, form)
    long_title = "Show a reference price after five questions, with the options explained " * 2
    type_into(qtbot, form.editors["title"], long_title.strip())
    qtbot.waitUntil(lambda: session.project.get("initiatives", "in-1").title == long_title.strip())
    qtbot.waitUntil(lambda: form.heading.text() == long_title.strip())
    qapp_process(qtbot)
    assert places(panel, form) == before


@pytest.mark.parametrize("status, done, words", [("idea", "2026-01-31", "is not done (set its status"),
                                                 ("done", "2999-03-31", "is in the future")])
def test_a_bad_done_date_is_refused_with_a_message_and_changes_nothing(qtbot, shown, status, done, words):
    session, panel, form = shown
    session.project.update("initiatives", "in-1", status=status, done="2026-01-15" if status == "done" else None)
    form.show_initiative("in-1")
    before_value = session.project.get("initiatives", "in-1").done
    before = places(panel, form)
    type_into(qtbot, form.editors["done"], done)
    qtbot.waitUntil(lambda: form.message.isVisible())
    assert words in form.message.text() and done in form.message.text()
    assert session.project.get("initiatives", "in-1").done == before_value and session.undo_stack.count() == 0
    assert form.editors["done"].text() == (before_value or "")      # the field shows the project's value
    qapp_process(qtbot)
    assert places(panel, form) == before


def qapp_process(qtbot) -> None:
    """Let the posted layout requests run: a field pushed down moves when they do."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
