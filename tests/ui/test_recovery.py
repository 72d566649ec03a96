"""Recovering an autosaved copy: the project belongs to its file (Project.path, the one owner),
so the survey rows an import wrote into the file are there to read and survive the next save,
even when the file itself was deleted after the autosave."""
import os
import time

import pytest

from journeymap.core import commands
from journeymap.core.project import Project
from journeymap.importers.project_import import run_import
from journeymap.samples import templates
from journeymap.storage import write
from journeymap.storage.read import open_project
from journeymap.ui.autosave import Autosaver, recovery_path
from journeymap.ui.dialogs import prompts
from journeymap.ui.main_window import MainWindow
from journeymap.ui.session import Session

MAPPING = {"kind": "survey", "name": "Claims survey", "journey": "Insurance end to end", "create_stages": False,
           "id": "id", "outcome": {"column": "overall", "type": "scale", "scale": [1, 5]},
           "items": [{"column": "claim", "stage": "Reports a claim", "scale": [1, 5]}]}
ROWS = 60


@pytest.fixture
def surveyed(tmp_path, monkeypatch):
    """A saved project with an imported survey (its rows are in the file), edited and autosaved
    (then the program 'crashed'): (the file, the recovery folder, the renamed stage's id)."""
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: "discard")
    path = tmp_path / "claims.jmap"
    write.save(templates.build("insurance"), path)
    csv = tmp_path / "survey.csv"
    csv.write_text("id,overall,claim\n" + "".join(f"r{i},{1 + i % 5},{1 + i % 4}\n" for i in range(ROWS)),
                   encoding="utf-8")
    run_import(path, csv, MAPPING)
    session = Session(open_project(path))
    stage = session.project.all("stages")[0]
    session.push(commands.rename("stages", stage.id, name="Recovered name"))
    folder = tmp_path / "recovery"
    assert Autosaver(session, minutes=0, folder=folder).autosave() is not None
    assert session.project.path == str(path) and session.modified     # the copy changed neither
    return path, folder, stage.id


def open_window(qtbot, folder, path=None):
    window = MainWindow(Session(Project()), autosave_folder=folder)
    qtbot.addWidget(window)
    if path is not None:
        assert window.files.load(str(path))
    window.show()
    qtbot.waitExposed(window)
    return window


def survey_rows_shown(qtbot, window):
    view = window.stack.show_view("data")
    qtbot.waitUntil(lambda: view.rows_model.total_rows == ROWS, timeout=20000)
    return view


def test_a_deleted_file_is_restored_with_its_survey_rows(qtbot, monkeypatch, surveyed):
    path, folder, stage_id = surveyed
    path.unlink()
    asked = []
    monkeypatch.setattr(prompts, "ask_recover", lambda *args: pytest.fail("asked to open over a gone file"))
    monkeypatch.setattr(prompts, "ask_restore", lambda parent, name, when: asked.append((name, when)) or True)
    window = open_window(qtbot, folder)
    paths = []
    window.session.path_did_change.connect(paths.append)
    assert window.files.load(str(path))
    assert asked and asked[0][0] == "claims.jmap"
    assert path.is_file() and window.session.path == str(path) and paths == [str(path)]
    qtbot.waitUntil(lambda: "restored" in window.statusBar().currentMessage())
    assert asked[0][1] in window.statusBar().currentMessage()                # the copy's time
    assert window.status["file"].isHidden()                                  # the message shows in its place
    assert window.session.project.get("stages", stage_id).name == "Recovered name"
    survey_rows_shown(qtbot, window)                   # read from the restored file at once
    window.session.push(commands.rename("stages", stage_id, name="Saved after recovery"))
    assert window.files.save()
    window.close()
    again = open_window(qtbot, folder, path)           # reopened: the rows survived the save
    assert again.session.project.get("stages", stage_id).name == "Saved after recovery"
    survey_rows_shown(qtbot, again)


def test_recovered_into_its_file_and_saved_in_place(qtbot, monkeypatch, surveyed):
    path, folder, stage_id = surveyed
    old = time.time() - 60
    os.utime(path, (old, old))
    monkeypatch.setattr(prompts, "ask_recover", lambda parent, name, when: True)
    window = open_window(qtbot, folder, path)
    assert window.session.path == str(path) and window.session.modified
    assert window.session.project.get("stages", stage_id).name == "Recovered name"
    survey_rows_shown(qtbot, window)
    assert window.files.save() and not window.session.modified
    assert open_project(path).get("stages", stage_id).name == "Recovered name"
    window.close()
    survey_rows_shown(qtbot, open_window(qtbot, folder, path))


def test_autosave_leaves_the_session_as_it_was(qtbot, monkeypatch, surveyed):
    path, folder, _ = surveyed
    monkeypatch.setattr(prompts, "ask_recover", lambda parent, name, when: False)
    window = open_window(qtbot, folder, path)
    stage = window.session.project.all("stages")[1]
    window.session.push(commands.rename("stages", stage.id, name="Unsaved"))
    dirty = set(window.session.project.dirty)
    paths = []
    window.session.path_did_change.connect(paths.append)
    assert window.files.autosaver.autosave() is not None
    assert window.session.path == str(path) and window.session.project.dirty == dirty
    assert window.session.modified and paths == []


def test_the_sessions_path_is_the_projects_and_moves_only_by_a_save(qtbot, tmp_path):
    path = tmp_path / "first.jmap"
    write.save(templates.build("insurance"), path)
    session = Session(open_project(path))
    paths = []
    session.path_did_change.connect(paths.append)
    with pytest.raises(AttributeError):
        session.path = str(tmp_path / "elsewhere.jmap")                 # no second owner to set
    session.save()                                                      # in place: the path stays
    assert paths == [] and session.path == session.project.path == str(path)
    other = tmp_path / "second.jmap"
    session.save(str(other))                                            # Save As: announced once
    assert paths == [str(other)] and session.path == session.project.path == str(other)
    session.replace_project(templates.build("retail"))                  # New: untitled
    assert session.path is None and paths == [str(other), ""]
    with pytest.raises(ValueError):
        session.save()


def test_the_command_line_opens_a_deleted_file_only_with_an_autosaved_copy(surveyed):
    from journeymap.cli import gui_cmd
    from journeymap.ui import autosave
    from PySide6.QtCore import QCoreApplication
    path, folder, _ = surveyed
    path.unlink()
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        assert not gui_cmd._autosaved(str(path))      # names the app as create_app does: its data folder
        default = autosave.default_folder()
        default.mkdir(parents=True, exist_ok=True)
        autosave.recovery_path(str(path), folder).rename(autosave.recovery_path(str(path), default))
        assert gui_cmd._autosaved(str(path))
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_a_recovery_that_cannot_be_done_says_why_and_keeps_the_copy(qtbot, monkeypatch, surveyed):
    path, folder, _ = surveyed
    write.save(templates.build("insurance"), path)      # the file replaced since: no survey rows in it
    old = time.time() - 3600
    os.utime(path, (old, old))                           # ... with an older time: the copy is offered
    monkeypatch.setattr(prompts, "ask_recover", lambda parent, name, when: True)
    asked, shown = [], []
    monkeypatch.setattr(prompts, "ask_set_aside", lambda parent, name, why, when: asked.append(why) and False)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    window = open_window(qtbot, folder)
    before = window.session.project
    assert not window.files.load(str(path))
    copy = recovery_path(str(path), folder)
    assert len(asked) == 1 and "Claims survey" in asked[0]
    assert len(shown) == 1 and "Claims survey" in shown[0] and str(copy) in shown[0]
    assert copy.is_file() and window.session.project is before and window.session.path is None


def test_a_replaced_file_is_set_aside_and_restored_when_asked(qtbot, monkeypatch, surveyed):
    path, folder, stage_id = surveyed
    write.save(templates.build("insurance"), path)      # replaced since: no survey rows in it
    old = time.time() - 3600
    os.utime(path, (old, old))
    replaced = path.read_bytes()
    monkeypatch.setattr(prompts, "ask_recover", lambda parent, name, when: True)
    monkeypatch.setattr(prompts, "ask_set_aside", lambda parent, name, why, when: True)
    window = open_window(qtbot, folder)
    assert window.files.load(str(path))
    aside = path.with_name("claims (before recovery).jmap")
    assert aside.read_bytes() == replaced and window.session.path == str(path)
    qtbot.waitUntil(lambda: aside.name in window.statusBar().currentMessage())
    assert window.session.project.get("stages", stage_id).name == "Recovered name"
    survey_rows_shown(qtbot, window)
