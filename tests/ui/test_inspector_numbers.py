"""A number in the inspector is shown as stored, and passing through its field changes nothing: shown
with 6 significant digits ("1.439e+06"), a pain point's value at risk was rounded and written back
when the cursor left the field (found on the QA walk's pain point, beside step50)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.core import commands
from journeymap.core.model import Journey, PainPoint, Stage
from journeymap.core.project import Project
from journeymap.ui.inspector import InspectorPanel
from journeymap.ui.session import Session


def test_a_number_passed_through_is_kept_exactly(qtbot):
    project = Project()
    project.add(Journey("jn-1", "Claims"))
    project.add(Stage("st-1", "jn-1", None, "Report"))
    project.add(PainPoint("pp-1", "jn-1", "st-1", "Slow", value_at_risk=1438765.4321, gap=0.000012345))
    session = Session(project)
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.show_selection([("pain_points", "pp-1")])
    risk, gap = panel.editors["value_at_risk"], panel.editors["gap"]
    steps = session.undo_stack.count()
    for editor in (risk, gap):
        editor.setFocus()
        qtbot.waitUntil(editor.hasFocus)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)         # through the field, nothing typed
        qtbot.waitUntil(lambda e=editor: not e.hasFocus())
    assert session.undo_stack.count() == steps
    assert project.get("pain_points", "pp-1").value_at_risk == 1438765.4321
    assert project.get("pain_points", "pp-1").gap == 0.000012345
    assert risk.text() == "1438765.4321" and gap.text() == "0.000012345"
    session.push(commands.edit("pain_points", "pp-1", value_at_risk=2.5e7))
    assert risk.text() == "25000000"
