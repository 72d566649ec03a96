"""Add stage from the menu (Ctrl+Shift+N), then type: the keys name the new stage; none of them falls to
the map's one-letter shortcuts (P made a stray pain point, Space toggled panning: QA 1)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_typing_after_add_stage_names_the_new_stage(insurance_window, qtbot):
    window = insurance_window
    session = window.session
    stages_before = {s.id for s in session.project.stages_of(session.journey_id)}
    pains_before = len(session.project.all("pain_points"))
    window.inspector.setFocus()
    QTest.keySequence(window, "Ctrl+Shift+N")
    qtbot.waitUntil(lambda: len(session.project.stages_of(session.journey_id)) == len(stages_before) + 1)
    focused = window.focusWidget()
    QTest.keyClicks(focused, "Pay the premium")
    QTest.keyClick(focused, Qt.Key.Key_Return)
    new = [s for s in session.project.stages_of(session.journey_id) if s.id not in stages_before]
    qtbot.waitUntil(lambda: session.project.get("stages", new[0].id).name == "Pay the premium")
    assert len(session.project.all("pain_points")) == pains_before
