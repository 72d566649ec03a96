"""Files that are not (usable) projects: a clear message, exit 2, no traceback, bytes unchanged.

Each bad file goes through the API (read.open_project) and the command line (`info`,
`info --json`, `validate`).
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.core import model as m
from journeymap.samples import templates
from journeymap.storage import read, schema, write
from journeymap.storage.errors import ProjectFileError, ReadOnlyError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40)
READS = [["info"], ["info", "--json"], ["validate"], ["validate", "--json"]]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journeymap", *args], capture_output=True, text=True, timeout=60)


def state(path: Path):
    """What must not change: bytes, mtime and the files beside it."""
    if not path.exists() or path.is_dir():
        return sorted(os.listdir(path.parent))
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def big_project(path: Path) -> None:
    project = jmap_builders.rich_project()
    for i in range(1500):
        project.add(m.PainPoint(f"pp-big-{i}", "jn-ins", "st-ins-drops-out", f"Pain {i}",
                                description="filler 填充 " * 30))
    write.save(project, path)


def corrupt_table_pages(path: Path) -> None:
    """Garbage over five pages in the middle of the file that hold pain points."""
    big_project(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'pain_points'")]
    conn.close()
    middle = len(path.read_bytes()) // size // 2
    with open(path, "r+b") as f:
        for page in sorted(pages, key=lambda n: abs(n - middle))[:5]:
            f.seek((page - 1) * size)
            f.write(bytes((i * 37 + 11) % 256 for i in range(size)))


def newer(path: Path) -> None:
    write.save(jmap_builders.rich_project(), path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ann')")
    conn.commit()
    conn.close()


def truncated(path: Path) -> None:
    big_project(path)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 3])


# name -> (make the file at path, words the message must hold, a hint of what to do)
CASES = {
    "text": (lambda p: p.write_text("title,stage\nhello,world\n"), "not an SQLite database", "Open a .jmap file"),
    "empty": (lambda p: p.write_bytes(b""), "not an SQLite database", "Open a .jmap file"),
    "png": (lambda p: p.write_bytes(PNG), "not an SQLite database", "Open a .jmap file"),
    "foreign": (foreign_sqlite, "not a JourneyMap project", "Open a .jmap file"),
    "corrupt": (corrupt_table_pages, "is damaged", "Restore it from a backup"),
    "truncated": (truncated, "is damaged", "Restore it from a backup"),
    "newer": (newer, "made by a newer JourneyMap", "Update JourneyMap"),
    "missing": (lambda p: None, "does not exist", "Check the path"),
    "folder": (lambda p: p.mkdir(), "is a folder", "Give the path"),
}


@pytest.fixture(params=list(CASES))
def bad(request, tmp_path):
    make, words, hint = CASES[request.param]
    path = tmp_path / "bad.jmap"
    make(path)
    return path, words, hint


def test_api_refuses_with_a_message(bad):
    path, words, hint = bad
    before = state(path)
    with pytest.raises(ProjectFileError) as caught:
        read.open_project(path)
    message = str(caught.value)
    assert str(path) in message and words in message and hint in message
    assert state(path) == before


@pytest.mark.parametrize("command", READS, ids=" ".join)
def test_cli_reads_exit_2_without_traceback(bad, command):
    path, words, hint = bad
    before = state(path)
    result = cli(*command, str(path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.startswith("journeymap: ") and str(path) in result.stderr
    assert words in result.stderr and hint in result.stderr
    assert state(path) == before


def test_corruption_only_integrity_check_sees_makes_validate_exit_2(tmp_path):
    # Garbage in an index: reading the tables works, so info answers; validate does not pass it.
    path = tmp_path / "p.jmap"
    big_project(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'idx_pain_points_stage' AND pagetype = 'leaf'"
                        " LIMIT 1").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size + 8)
        f.write(b"\xff" * 64)
    before = state(path)
    assert cli("info", str(path)).returncode == 0
    result = cli("validate", str(path))
    assert result.returncode == 2 and "is damaged" in result.stderr and "Traceback" not in result.stderr
    assert state(path) == before


@pytest.fixture
def read_only(tmp_path):
    path = tmp_path / "ro.jmap"
    write.save(templates.build("insurance"), path)  # validates clean: every read exits 0
    path.chmod(0o444)
    yield path
    path.chmod(0o644)


def test_read_only_file_reads(read_only):
    before = state(read_only)
    assert read.open_project(read_only) == read.open_project(read_only)
    for command in READS:
        result = cli(*command, str(read_only))
        assert result.returncode == 0, (command, result.stderr)
    assert state(read_only) == before


def test_read_only_file_refuses_writes(read_only):
    before = state(read_only)
    project = read.open_project(read_only)
    project.set_info(title="changed")
    with pytest.raises(ReadOnlyError, match="read-only"):
        write.save(project, read_only)  # in place
    with pytest.raises(ReadOnlyError):
        write.save(jmap_builders.rich_project(), read_only)  # replacing it
    result = cli("new", str(read_only), "--force")
    assert result.returncode == 2 and "read-only" in result.stderr and "Traceback" not in result.stderr
    assert str(read_only) in result.stderr
    assert state(read_only) == before
