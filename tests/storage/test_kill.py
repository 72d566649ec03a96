"""SIGKILL a process that is saving in a loop, 50 times: the file always holds one whole state."""
from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeymap.storage import files, read, write

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import kill_child  # noqa: E402

KILLS = 50


def journal_bytes(path: Path) -> bytes | None:
    j = Path(f"{path}-journal")
    return j.read_bytes() if j.exists() else None


def check_whole_state(path: Path) -> int:
    """Opens (leaving the bytes alone), checks integrity, and returns k after checking every count.

    The integrity check goes through a writable connection, as the next save would: it rolls back
    a killed save's journal in the file itself.
    """
    before = path.read_bytes(), journal_bytes(path)
    project = read.open_project(path)
    assert (path.read_bytes(), journal_bytes(path)) == before, "a read changed the file"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    k = int(project.info.title.removeprefix("state "))
    assert project.info.description == str(k)
    assert len(project.tables["stages"]) == k * kill_child.STAGES
    assert len(project.tables["transitions"]) == k * kill_child.STAGES - 1
    assert len(project.tables["pain_points"]) == k * kill_child.PAINS
    assert {p.description.split(" ")[1] for p in project.all("pain_points")} == {str(k)}
    assert {s.name.rsplit(" ", 1)[1] for s in project.all("stages")} == {str(k)}
    assert project.get("initiatives", "in").title == f"state {k}"
    assert project.get("initiatives", "in").pain_points == [f"pp-{i}" for i in range(k)]
    return k


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_saves_leave_one_whole_state(tmp_path):
    rng = random.Random(20261124)
    path = tmp_path / "killed.jmap"
    write.save(kill_child.state(1), path)
    seen, k = set(), 1
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(HERE / "kill_child.py"), str(path),
                                  str(rng.randrange(6))],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.35))
        child.send_signal(signal.SIGKILL)
        child.wait()
        said = child.stdout.read().split()[1::2]  # "saving k", "saved k", ...
        child.stdout.close()
        # The last completed save, or the one under way when the kill came.
        allowed = {k} if not said else {int(said[-1])} | ({int(said[-2])} if len(said) > 1 else {k})
        k = check_whole_state(path)
        assert k in allowed, f"file holds state {k}; the child said {said[-4:]}"
        seen.add(k)
    assert seen == {1, 2, 3}, "the kills should land in different states"
    # Rolled back by the check's connection; a journal killed before it was synced may stay (it
    # means nothing, and the next save replaces it).
    assert not files.hot_journal(path)


def interrupted(path: Path, k: int) -> None:
    """Leave ``path`` as a killed in-place save of state k leaves it: pages half-written."""
    subprocess.run([sys.executable, str(HERE / "kill_child.py"), str(path), "interrupt", str(k)], check=False)
    assert Path(f"{path}-journal").stat().st_size > 0


def test_open_reads_the_last_saved_state_and_writes_nothing(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(kill_child.state(1), path)
    interrupted(path, 3)
    before = path.read_bytes(), journal_bytes(path)
    project = read.open_project(path)
    assert project.info.title == "state 1" and len(project.tables["stages"]) == kill_child.STAGES
    assert (path.read_bytes(), journal_bytes(path)) == before   # the roll-back was in a private copy
    project.set_info(title="state 1")                           # the next save rolls the file back
    write.save(project, path)
    assert not Path(f"{path}-journal").exists()
    assert check_whole_state(path) == 1


def test_save_as_over_an_interrupted_save_keeps_the_new_state(tmp_path):
    # Regression: the old journal stayed beside the replaced file and the next open
    # rolled the old pages into the new file, silently undoing the save.
    path = tmp_path / "p.jmap"
    write.save(kill_child.state(1), path)
    interrupted(path, 3)
    write.save(kill_child.state(2), path)  # a fresh project: replaces the file
    assert not Path(f"{path}-journal").exists()
    assert check_whole_state(path) == 2


def test_read_only_file_with_an_interrupted_save_is_read_from_a_copy(tmp_path):
    path = tmp_path / "p.jmap"
    journal = Path(f"{path}-journal")
    write.save(kill_child.state(1), path)
    interrupted(path, 3)
    path.chmod(0o444)
    before = path.read_bytes(), journal.read_bytes(), path.stat().st_mtime_ns
    project = read.open_project(path)
    assert project.info.title == "state 1" and len(project.tables["stages"]) == kill_child.STAGES
    assert (path.read_bytes(), journal.read_bytes(), path.stat().st_mtime_ns) == before
    path.chmod(0o644)
    assert check_whole_state(path) == 1


def test_a_journal_killed_before_it_was_synced_is_stale(tmp_path):
    # SQLite writes the journal's magic only once it is synced, before touching the
    # database: a journal without it is left over and means nothing.
    path = tmp_path / "p.jmap"
    journal = Path(f"{path}-journal")
    write.save(kill_child.state(2), path)
    journal.write_bytes(bytes(12) + b"\x01" * 500)
    path.chmod(0o444)
    before = path.read_bytes()
    assert read.open_project(path).info.title == "state 2"  # read directly, left alone
    assert journal.exists() and path.read_bytes() == before
    path.chmod(0o644)
    assert check_whole_state(path) == 2


SAVE_AS_KILLS = 30


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_save_as_and_autosave_leave_the_target_whole_and_no_leftover_after_the_next_save(tmp_path):
    rng = random.Random(20261129)
    source, dest = tmp_path / "source.jmap", tmp_path / "copy.jmap"
    write.save(kill_child.state(1), source)
    leftovers_seen = 0
    for _ in range(SAVE_AS_KILLS):
        child = subprocess.Popen([sys.executable, str(HERE / "kill_child.py"), str(source), "save-as", str(dest),
                                  str(rng.randrange(6))], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.35))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        if dest.exists():
            check_whole_state(dest)             # the target is always a whole state
        leftovers_seen += len(list(tmp_path.glob(".copy.jmap.*.saving")))
    assert check_whole_state(source) == 1      # the source is never touched
    assert leftovers_seen > 0, "some kills should land while the temporary file exists"
    project = kill_child.state(2)
    project.path = str(source)
    write.save(project, dest)                  # the next save sweeps what the killed ones left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.jmap", "source.jmap"]
    assert check_whole_state(dest) == 2


def test_a_save_in_progress_keeps_its_temporary_file(tmp_path):
    import os
    path = tmp_path / "p.jmap"
    temp = tmp_path / ".p.jmap.live.saving"
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY)
    files.hold(fd)                             # what a live Save As holds
    try:
        write.save(kill_child.state(1), path)
        assert temp.exists()
    finally:
        os.close(fd)
    write.save(kill_child.state(2), path)
    assert not temp.exists()
