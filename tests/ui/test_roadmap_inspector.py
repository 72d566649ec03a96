"""An initiative picked in the Roadmap view shows in the main window's inspector, editable there."""
from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.core.model import Initiative, Journey, PainPoint, Stage
from journeymap.core.project import Project
from journeymap.ui.session import Session


def test_roadmap_selection_reaches_the_inspector(qtbot, qapp, tmp_path):
    from journeymap.ui.initiative_form import InitiativeForm
    from journeymap.ui.main_window import MainWindow
    project = Project()
    project.add(Journey("jn-1", "Claims"))
    project.add(Stage("st-0", "jn-1", None, "Report"))
    project.add(PainPoint("pp-a", "jn-1", "st-0", "On hold too long"))
    project.add(Initiative("in-1", "jn-1", "Call back", owner="Ana", pain_points=["pp-a"]))
    session = Session(project)
    window = MainWindow(session, autosave_folder=tmp_path)
    session.setParent(window)                     # the session goes with its window
    qtbot.addWidget(window)
    window.files.autosaver.timer.stop()
    window.show()
    window.show_view("roadmap")
    view = window.stack.views["roadmap"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.selection == [("initiatives", "in-1")])
    forms = window.inspector.findChildren(InitiativeForm)
    assert len(forms) == 1 and forms[0].heading.text() == "Call back"
    owner = forms[0].editors["owner"]
    owner.setFocus()
    owner.selectAll()
    qtbot.keyClicks(owner, "Priya")
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.project.get("initiatives", "in-1").owner == "Priya")
    qtbot.waitUntil(lambda: view.model.rows[0]["owner"] == "Priya")             # the view follows
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: forms[0].editors["owner"].text() == "Ana")          # so does the inspector
    window.session.undo_stack.setClean()   # nothing to ask about at close
