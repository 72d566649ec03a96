"""No silent exceptions (ui/crash.py): an error in a slot is logged, shown once with an offer to
save, and still reaches pytest-qt's capture, so any other test in which one happens fails."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from journeymap.core import commands
from journeymap.ui import crash
from journeymap.ui.dialogs.about import about_text


def crash_dialogs():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "crash_dialog" and w.isVisible()]


def test_a_slot_error_is_logged_shown_once_and_the_work_can_be_saved(qtbot, sample_window, sample_copy):
    window = sample_window
    stage = window.session.project.stages_of(window.session.journey_id)[0]
    window.session.push(commands.rename("stages", stage.id, name="Unsaved edit"))
    button = QPushButton("boom")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    crash.reset_for_tests()
    with qtbot.captureExceptions() as caught:
        path = crash.install()         # inside the capture: our hook passes errors on to it
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _value, _tb in caught] == [ZeroDivisionError, ZeroDivisionError]
    logged = path.read_text(encoding="utf-8")
    assert logged.count("ZeroDivisionError: division by zero") == 2 and "test_crash.py" in logged
    dialogs = crash_dialogs()
    assert len(dialogs) == 1                   # once, however many errors follow
    assert "division by zero" in dialogs[0].text() and str(path) in dialogs[0].informativeText()
    save = next(b for b in dialogs[0].buttons() if b.text() == "Save my work")
    assert not window.session.undo_stack.isClean()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.undo_stack.isClean())
    from journeymap.storage.read import open_project
    assert open_project(sample_copy).get("stages", stage.id).name == "Unsaved edit"


def test_about_names_the_log_file(qapp):
    assert str(crash.log_path()) in about_text().replace("<br>", "")
    assert crash.log_path().name == "journeymap.log"


def test_a_bug_in_a_worker_job_is_logged_captured_and_reported(qtbot):
    from journeymap.ui.workers import Runner
    runner = Runner()
    failed = []
    runner.job_did_fail.connect(failed.append)

    def bug():
        return {}["missing"]
    with qtbot.captureExceptions() as caught:
        path = crash.install()
        with qtbot.waitSignal(runner.job_did_fail, timeout=5_000):
            runner.start(bug)
        runner.wait()
    assert [kind for kind, _v, _tb in caught] == [KeyError]
    assert failed == ["KeyError: 'missing'"]
    assert "KeyError: 'missing'" in path.read_text(encoding="utf-8")
