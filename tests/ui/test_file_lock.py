"""The app's lock on its project and what it does when the file changes under it."""
import json
import socket
import subprocess
import sys

import pytest

from journeymap.core import commands
from journeymap.core import model as m
from journeymap.core.project import Project
from journeymap.samples.templates import build
from journeymap.storage import lock
from journeymap.storage.read import open_project
from journeymap.storage.write import save
from journeymap.ui import file_lock, settings
from journeymap.ui.dialogs import prompts
from journeymap.ui.main_window import MainWindow
from journeymap.ui.session import Session


@pytest.fixture
def project_file(qapp, tmp_path, monkeypatch):
    settings.isolate(tmp_path)
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: "discard")
    monkeypatch.setattr(prompts, "ask_recover", lambda *a: False)
    path = tmp_path / "insurance.jmap"
    save(build("insurance"), path)
    return path


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def other_instance(project_file):
    """A live process of someone else holding the file."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    lock.lock_path(project_file).write_text(json.dumps({
        "user": "ann", "host": socket.gethostname(), "pid": proc.pid, "since": "2026-11-29T09:30:00",
        "token": "theirs"}), encoding="utf-8")
    yield proc
    proc.kill()
    proc.wait()


def rename_first_stage(window, name):
    session = window.files.session
    stage = session.project.stages_of(session.journey_id)[0]
    session.push(commands.rename("stages", stage.id, name=name))
    return stage.id


def test_opening_holds_a_lock_that_names_us_and_closing_frees_it(qtbot, tmp_path, project_file, window_on):
    window = window_on(project_file)
    info = lock.read_lock(project_file)
    assert info is not None and info.host == socket.gethostname()
    assert "opened by" in info.describe() and " on " in info.describe()
    window.files.guard.release()
    assert not lock.lock_path(project_file).exists()


def test_second_instance_is_told_who_holds_it_and_opens_read_only(qtbot, tmp_path, project_file, errors,
                                                                   other_instance, monkeypatch, window_on):
    asked = []
    monkeypatch.setattr(file_lock, "ask_locked", lambda parent, name, who: asked.append(who) or "read_only")
    window = window_on(project_file)
    assert asked == ["opened by ann on " + socket.gethostname() + " since 2026-11-29 09:30:00"]
    rename_first_stage(window, "Mine")
    before = project_file.read_bytes()
    assert not window.files.save()
    assert project_file.read_bytes() == before and "read-only" in errors[-1]
    assert lock.read_lock(project_file).token == "theirs"


def test_take_over_makes_the_first_holders_save_refuse(qtbot, tmp_path, project_file, errors, other_instance,
                                                       monkeypatch, window_on):
    monkeypatch.setattr(file_lock, "ask_locked", lambda *a: "take_over")
    window = window_on(project_file)
    assert lock.read_lock(project_file).token != "theirs"
    rename_first_stage(window, "Taken over")
    assert window.files.save()
    assert open_project(project_file).find("stages", window.files.session.project.stages_of(
        window.files.session.journey_id)[0].id).name == "Taken over"
    theirs = lock.ProjectLock(project_file, lock.LockInfo("ann", socket.gethostname(), other_instance.pid,
                                                          "2026-11-29T09:30:00", "theirs"))
    assert not theirs.held()      # what their window checks before it writes


def test_a_window_whose_file_was_taken_over_does_not_write(qtbot, tmp_path, project_file, errors,
                                                           other_instance, monkeypatch, window_on):
    monkeypatch.setattr(file_lock, "ask_locked", lambda *a: "take_over")
    window = window_on(project_file)
    lock.lock_path(project_file).write_text(json.dumps({
        "user": "ann", "host": socket.gethostname(), "pid": other_instance.pid, "since": "2026-11-29T10:00:00",
        "token": "theirs"}), encoding="utf-8")
    rename_first_stage(window, "Mine")
    before = project_file.read_bytes()
    assert not window.files.save()
    assert project_file.read_bytes() == before
    assert "taken over" in errors[-1] and "opened by ann" in errors[-1]


def test_cancel_leaves_the_window_as_it_was(qtbot, tmp_path, project_file, other_instance, monkeypatch):
    monkeypatch.setattr(file_lock, "ask_locked", lambda *a: "cancel")
    window = MainWindow(Session(Project()), autosave_folder=tmp_path / "rec")
    qtbot.addWidget(window)
    assert not window.files.load(str(project_file))
    assert window.files.session.path is None


def test_a_stale_lock_of_a_dead_process_is_replaced_without_asking(qtbot, tmp_path, project_file, monkeypatch, window_on):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock.lock_path(project_file).write_text(json.dumps({
        "user": "bob", "host": socket.gethostname(), "pid": int(dead.stdout), "since": "2026-01-01T00:00:00"}))
    monkeypatch.setattr(file_lock, "ask_locked", lambda *a: pytest.fail("a dead holder was asked about"))
    window_on(project_file)
    assert lock.read_lock(project_file).pid != int(dead.stdout)


def test_a_save_after_someone_else_saved_is_refused_and_reload_offered(qtbot, tmp_path, project_file, errors,
                                                                       monkeypatch, window_on):
    monkeypatch.setattr(file_lock, "ask_changed", lambda parent, name: "reload")
    window = window_on(project_file)
    window.files.guard.timer.stop()       # the save, not the watch, meets the change here
    rename_first_stage(window, "Mine")
    other = open_project(project_file)
    other.add(m.Journey("jn-cli", "Added by the command line"))
    save(other, project_file)
    assert not window.files.save()
    assert "changed by another program" in errors[-1]
    assert window.files.session.project.find("journeys", "jn-cli") is not None   # reloaded
    assert open_project(project_file).find("journeys", "jn-cli") is not None


def test_a_clean_window_reloads_when_the_file_changes_on_disk(qtbot, tmp_path, project_file, window_on):
    window = window_on(project_file)
    other = open_project(project_file)
    other.add(m.Journey("jn-cli", "Added by the command line"))
    save(other, project_file)
    qtbot.waitUntil(lambda: window.files.session.project.find("journeys", "jn-cli") is not None, timeout=5000)
    assert "reloaded" in window.statusBar().currentMessage()


def test_a_dirty_window_asks_before_reloading(qtbot, tmp_path, project_file, monkeypatch, window_on):
    asked = []
    monkeypatch.setattr(file_lock, "ask_changed", lambda parent, name: asked.append(name) or "keep")
    window = window_on(project_file)
    rename_first_stage(window, "Mine")
    other = open_project(project_file)
    other.add(m.Journey("jn-cli", "Added by the command line"))
    save(other, project_file)
    qtbot.waitUntil(lambda: asked == ["insurance.jmap"], timeout=5000)
    assert window.files.session.project.find("journeys", "jn-cli") is None   # kept: the edit is still there
    assert window.files.modified()


def test_a_damaged_file_offers_its_readable_part_as_an_untitled_copy(qtbot, tmp_path, project_file, monkeypatch):
    import sqlite3
    from journeymap.ui import salvage
    conn = sqlite3.connect(project_file)
    conn.execute("UPDATE stages SET lanes = '{bad' WHERE rowid = (SELECT min(rowid) FROM stages)")
    conn.commit()
    conn.close()
    before = project_file.read_bytes()
    asked, told = [], []
    monkeypatch.setattr(salvage, "ask_salvage", lambda parent, message: asked.append(message) or True)
    monkeypatch.setattr(salvage, "show_left_out", lambda parent, left: told.append(left))
    window = MainWindow(Session(Project()), autosave_folder=tmp_path / "rec")
    qtbot.addWidget(window)
    assert window.files.load(str(project_file))
    assert "table 'stages', row 1" in asked[0] and "column 'lanes'" in asked[0]
    assert window.files.session.path is None and window.files.modified()   # Save asks where
    assert len(window.files.session.project.tables["stages"]) > 0
    assert any("not JSON" in x for x in told[0])
    assert project_file.read_bytes() == before


def test_declining_the_readable_part_shows_the_damage(qtbot, tmp_path, project_file, errors, monkeypatch):
    import sqlite3
    from journeymap.ui import salvage
    conn = sqlite3.connect(project_file)
    conn.execute("UPDATE project SET value = '[1]' WHERE key = 'title'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(salvage, "ask_salvage", lambda parent, message: False)
    window = MainWindow(Session(Project()), autosave_folder=tmp_path / "rec")
    qtbot.addWidget(window)
    assert not window.files.load(str(project_file))
    assert "key 'title'" in errors[-1]
