"""Autosave writes a recovery copy of unsaved changes; the next open offers it."""
import os
import time

import pytest

from journeymap.core import commands
from journeymap.core.project import Project
from journeymap.samples.templates import build
from journeymap.storage.read import open_project
from journeymap.storage.write import save
from journeymap.ui import settings
from journeymap.ui.autosave import Autosaver, pending_recovery, recovery_path
from journeymap.ui.dialogs import prompts
from journeymap.ui.main_window import MainWindow
from journeymap.ui.session import Session


@pytest.fixture
def project_file(qapp, tmp_path, monkeypatch):
    settings.isolate(tmp_path)
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: "discard")
    path = tmp_path / "insurance.jmap"
    save(build("insurance"), path)
    return path


def edited_session(path):
    session = Session(open_project(path))
    stage = session.project.stages_of(session.journey_id)[0]
    session.push(commands.rename("stages", stage.id, name="Recovered name"))
    return session, stage


def test_autosave_writes_a_copy_only_when_dirty(tmp_path, project_file):
    session = Session(open_project(project_file))
    saver = Autosaver(session, minutes=0, folder=tmp_path / "rec")
    assert saver.autosave() is None
    stage = session.project.stages_of(session.journey_id)[0]
    session.push(commands.rename("stages", stage.id, name="Recovered name"))
    before = project_file.read_bytes()
    copy = saver.autosave()
    assert copy == recovery_path(str(project_file), tmp_path / "rec") and copy.is_file()
    assert open_project(copy).get("stages", stage.id).name == "Recovered name"
    # The project itself is untouched: same file, still dirty, the file's bytes as they were.
    assert session.project.path == str(project_file) and session.project.dirty
    assert project_file.read_bytes() == before
    assert not session.undo_stack.isClean()


def test_autosave_on_the_timer(qtbot, tmp_path, project_file):
    session, _ = edited_session(project_file)
    saver = Autosaver(session, minutes=0.001, folder=tmp_path / "rec")  # 60 ms
    with qtbot.waitSignal(saver.autosave_did_write, timeout=3000):
        pass


def test_recovery_is_offered_and_restores_the_changes(qtbot, monkeypatch, tmp_path, project_file):
    folder = tmp_path / "rec"
    session, stage = edited_session(project_file)
    copy = Autosaver(session, minutes=0, folder=folder).autosave()
    old = time.time() - 60
    os.utime(project_file, (old, old))
    assert pending_recovery(str(project_file), folder) == copy
    offered = []
    monkeypatch.setattr(prompts, "ask_recover", lambda parent, name, when: offered.append(name) or True)
    window = MainWindow(Session(Project()), autosave_folder=folder)
    qtbot.addWidget(window)
    assert window.files.load(str(project_file))
    assert offered == ["insurance.jmap"]
    assert window.session.project.get("stages", stage.id).name == "Recovered name"
    assert window.session.path == str(project_file) and window.isWindowModified()
    assert window.files.save()            # saving to the file makes the copy go away
    assert open_project(project_file).get("stages", stage.id).name == "Recovered name"
    assert not copy.exists() and not window.isWindowModified()


def test_declined_or_stale_recovery_opens_the_file(qtbot, monkeypatch, tmp_path, project_file):
    folder = tmp_path / "rec"
    session, stage = edited_session(project_file)
    Autosaver(session, minutes=0, folder=folder).autosave()
    monkeypatch.setattr(prompts, "ask_recover", lambda parent, name, when: False)
    window = MainWindow(Session(Project()), autosave_folder=folder)
    qtbot.addWidget(window)
    window.files.load(str(project_file))
    assert window.session.project.get("stages", stage.id).name == stage.name
    new = time.time() + 60
    os.utime(project_file, (new, new))
    assert pending_recovery(str(project_file), folder) is None


def test_an_untitled_project_is_recovered_at_start(qtbot, monkeypatch, tmp_path, project_file):
    folder = tmp_path / "rec"
    session = Session(build("retail"))          # never saved
    stage = session.project.stages_of(session.journey_id)[0]
    session.push(commands.rename("stages", stage.id, name="Autosaved"))
    assert Autosaver(session, minutes=0, folder=folder).autosave() == recovery_path(None, folder)
    monkeypatch.setattr(prompts, "ask_recover", lambda parent, name, when: True)
    window = MainWindow(Session(Project()), autosave_folder=folder)
    qtbot.addWidget(window)
    window.files.load(str(project_file))
    assert window.files.recover_untitled()
    assert window.session.path is None and window.isWindowModified()
    assert window.session.project.get("stages", stage.id).name == "Autosaved"
