"""Present (F5) from the Map as from the Workshop (QA walk, step111: from the Map it did nothing, the
key being the Workshop view's own shortcut). The room sees the phase of the stage picked on the map."""
from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.core.model import Phase
from journeymap.storage.write import save
from test_workshop_voting import build_project


def test_f5_on_the_map_presents_the_selected_stages_phase(qtbot, window_on, tmp_path):
    project = build_project()
    project.add(Phase("ph-2", "jn", "Payment", order=1))
    project.update("stages", "st-2", phase="ph-2")
    save(project, tmp_path / "claims.jmap")
    window = window_on(tmp_path / "claims.jmap", size=(1400, 900))
    canvas = window.canvas
    canvas.select("stages", "st-2")
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_F5)
    workshop = window.stack.views.get("workshop")
    assert workshop is not None and workshop.presentation is not None
    shown = workshop.presentation
    qtbot.waitExposed(shown)
    assert shown.isFullScreen() and shown.phase.text() == "2 of 2: Payment"
    assert window.stack.current_name == "workshop"    # behind it, the facilitator's controls
    qtbot.keyClick(shown.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: workshop.presentation is None)
    qtbot.keyClick(workshop.canvas, Qt.Key.Key_F5)     # and from the Workshop, as before
    assert workshop.presentation is not None
    workshop.presentation.close()
