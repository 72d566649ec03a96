"""A read never writes: journals that are not the file's own, read-only files, WAL headers, FIFOs."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.storage import read, write
from journeymap.storage.errors import ProjectFileError

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "fixtures"))
import jmap_builders  # noqa: E402
import kill_child  # noqa: E402


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journeymap", *map(str, args)], capture_output=True,
                          text=True, timeout=60)


def folder_state(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def interrupted(path: Path, k: int) -> None:
    subprocess.run([sys.executable, str(HERE / "kill_child.py"), str(path), "interrupt", str(k)], check=False)
    assert Path(f"{path}-journal").stat().st_size > 0


@pytest.fixture
def stray(tmp_path):
    """A good project with the hot journal of another file (a killed save elsewhere) beside it."""
    other = tmp_path / "other" / "o.jmap"
    other.parent.mkdir()
    write.save(kill_child.state(1), other)
    interrupted(other, 3)
    path = tmp_path / "p.jmap"
    write.save(kill_child.state(2), path)
    shutil.copyfile(f"{other}-journal", f"{path}-journal")
    shutil.rmtree(other.parent)
    return path


def test_a_stray_journal_is_not_replayed_by_a_read(stray):
    before = folder_state(stray.parent)
    assert read.open_project(stray).info.title == "state 2"
    for args in (["info"], ["info", "--json"], ["validate"]):
        done = cli(*args, stray)
        assert "Traceback" not in done.stderr
    assert folder_state(stray.parent) == before
    assert read.open_project(stray).info.title == "state 2"


def test_a_write_refuses_a_stray_journal(stray):
    project = read.open_project(stray)
    project.set_info(title="changed")
    before = folder_state(stray.parent)
    with pytest.raises(ProjectFileError, match="belongs to another file"):
        write.save(project, stray)
    assert folder_state(stray.parent) == before


def test_a_files_own_journal_is_rolled_back_in_a_copy(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(kill_child.state(1), path)
    interrupted(path, 3)
    before = folder_state(tmp_path)
    assert read.open_project(path).info.title == "state 1"
    assert cli("info", path).returncode == 0
    assert folder_state(tmp_path) == before


def test_read_only_file_with_a_stray_journal_is_read(stray):
    stray.chmod(0o444)
    try:
        before = folder_state(stray.parent)
        assert read.open_project(stray).info.title == "state 2"
        assert cli("info", stray).returncode == 0
        assert folder_state(stray.parent) == before
    finally:
        stray.chmod(0o644)


def test_wal_header_leaves_no_wal_or_shm_after_a_read(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(jmap_builders.rich_project(), path)
    data = bytearray(path.read_bytes())
    data[18] = data[19] = 2   # what `PRAGMA journal_mode=WAL` by another tool leaves
    path.write_bytes(bytes(data))
    before = folder_state(tmp_path)
    assert read.open_project(path).info.title == jmap_builders.rich_project().info.title
    assert cli("info", path).returncode == 0
    assert folder_state(tmp_path) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_project_path_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "p.jmap"
    os.mkfifo(fifo)
    with pytest.raises(ProjectFileError, match="not a regular file"):
        read.open_project(fifo)
    done = cli("info", fifo)   # the timeout fails the test if it hangs
    assert done.returncode == 2 and "not a regular file" in done.stderr


def test_folders_of_dead_processes_are_swept_and_live_ones_kept(tmp_path):
    from journeymap.storage import files
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    gone = tmp_path / f"journeymap-charts-{int(dead.stdout)}-abc"
    mine = tmp_path / f"journeymap-charts-{os.getpid()}-def"
    other = tmp_path / "journeymap-charts-notapid"
    for folder in (gone, mine, other):
        folder.mkdir()
        (folder / "plotly.min.js").write_text("x")
    files.sweep_dead_folders(tmp_path, "journeymap-charts-")
    assert not gone.exists() and mine.exists() and other.exists()


def test_charts_folder_is_removed_when_the_process_exits(tmp_path):
    code = ("import os, tempfile; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from journeymap.ui import chart_view\n"
            "print(chart_view._page_dir())\n")
    env = dict(os.environ, TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-800:]
    folder = Path(done.stdout.strip().splitlines()[-1])
    assert folder.parent == tmp_path and not folder.exists()
