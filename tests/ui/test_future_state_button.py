"""QA viewfuture: the Future state button made '(future state) 2' beside the one that existed, and the
copy repeated the current state's description. A second press now opens the future state made before,
and the copy says whose future state it is."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from journeymap.core.model import Journey, Stage
from journeymap.core.project import Project
from journeymap.ui.session import Session


def press_future_state(qtbot, window) -> None:
    bar = window.findChild(QToolBar, "main_toolbar")
    button = bar.widgetForAction(window.act["future"])
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_second_press_opens_the_future_state_instead_of_a_copy(qtbot, tmp_path, monkeypatch):
    from journeymap.ui.dialogs import prompts
    from journeymap.ui.main_window import MainWindow
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: "discard")   # closing never asks
    project = Project()
    project.add(Journey("jn-1", "Claims", description="How a claim is handled today: three calls, two forms."))
    project.add(Stage("st-0", "jn-1", None, "Report"))
    session = Session(project)
    session.set_journey("jn-1")
    window = MainWindow(session, autosave_folder=tmp_path)
    session.setParent(window)
    qtbot.addWidget(window)
    window.files.autosaver.timer.stop()
    window.resize(1366, 768)          # the QA walk's screen: the button is on the toolbar
    window.show()
    qtbot.waitExposed(window)

    press_future_state(qtbot, window)
    qtbot.waitUntil(lambda: len(session.project.all("journeys")) == 2)
    future = next(j for j in session.project.all("journeys") if j.state == "future")
    assert session.journey_id == future.id and future.derived_from == "jn-1"
    assert future.description == "Future state of Claims: the journey as it is redesigned."
    assert session.undo_stack.count() == 1

    session.set_journey("jn-1")                      # back on the current state, pressed again
    press_future_state(qtbot, window)
    qtbot.waitUntil(lambda: session.journey_id == future.id)
    assert [j.id for j in session.project.all("journeys")] == ["jn-1", future.id]
    assert session.undo_stack.count() == 1           # nothing made, nothing to undo
    assert "has a future state already" in window.statusBar().currentMessage()

    press_future_state(qtbot, window)                # on the future state itself: no future of a future
    assert len(session.project.all("journeys")) == 2 and session.journey_id == future.id
    assert "is a future state already" in window.statusBar().currentMessage()
