"""Saving: in place only dirty kinds, raw tables untouched, save-as copies them, one file."""
from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from journeymap.core import commands
from journeymap.core import model as m
from journeymap.storage import read, schema, write
from journeymap.storage.errors import ProjectFileError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402

RAW = schema.raw_table("ds-survey")


def table_pages(path: Path, table: str) -> dict[int, bytes]:
    """The file's pages that hold ``table``, by page number, as bytes."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        numbers = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    finally:
        conn.close()
    data = path.read_bytes()
    return {n: data[(n - 1) * size:n * size] for n in numbers}


def sql(path: Path, statement: str, *args):
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute(statement, args).fetchall()
    finally:
        conn.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".jmap"))


@pytest.fixture
def saved(tmp_path):
    """A saved rich project with a raw survey table, opened again from its file."""
    path = tmp_path / "p.jmap"
    write.save(jmap_builders.rich_project(), path)
    rows = jmap_builders.add_raw_table(path, "ds-survey", n_rows=500)
    return path, read.open_project(path), rows


def test_in_place_save_rewrites_only_dirty_kinds(saved):
    path, project, _ = saved
    raw_before, rows_before = table_pages(path, RAW), jmap_builders.raw_rows(path, "ds-survey")
    assert len(raw_before) > 2 and len(rows_before) == 500
    # Changes behind the project's back show which tables a save rewrites.
    sql(path, "UPDATE stages SET description = 'out of band' WHERE id = 'st-ins-drops-out'")
    sql(path, "UPDATE project SET value = '\"out of band\"' WHERE key = 'description'")
    commands.edit("pain_points", "pp-1", title="Edited 改").do(project)
    assert project.dirty == {"pain_points"}
    write.save(project, path)
    back = read.open_project(path)
    assert back.get("pain_points", "pp-1").title == "Edited 改"
    assert back.get("stages", "st-ins-drops-out").description == "out of band"  # not rewritten
    assert back.info.description == "out of band"
    assert table_pages(path, RAW) == raw_before
    assert jmap_builders.raw_rows(path, "ds-survey") == rows_before
    assert project.dirty == set()


def test_undo_marks_dirty_and_saves(saved):
    path, project, _ = saved
    command = commands.delete("stages", ["st-ins-calls-the-contact-centre"])
    command.do(project)
    write.save(project, path)
    command.undo(project)
    assert "stages" in project.dirty and "initiatives" in project.dirty
    write.save(project, path)
    assert read.open_project(path) == project


def test_save_as_copies_raw_tables_and_leaves_the_source(saved, tmp_path):
    path, project, _ = saved
    source_bytes = path.read_bytes()
    commands.edit("stages", "st-ins-drops-out", name="Leaves").do(project)
    copy = tmp_path / "copy.jmap"
    write.save(project, copy)
    assert project.path == str(copy)
    assert jmap_builders.raw_rows(copy, "ds-survey") == jmap_builders.raw_rows(path, "ds-survey")
    assert read.open_project(copy) == project
    assert path.read_bytes() == source_bytes


def test_deleting_a_dataset_drops_its_raw_table(saved):
    path, project, _ = saved
    commands.delete("datasets", ["ds-survey"]).do(project)
    write.save(project, path)
    assert not sql(path, "SELECT name FROM sqlite_master WHERE name = ?", RAW)


def test_a_save_leaves_one_file(saved, tmp_path):
    path, project, _ = saved
    assert leftovers(tmp_path) == []
    commands.edit("stages", "st-ins-drops-out", name="Leaves").do(project)
    write.save(project, path)
    write.save(project, tmp_path / "other.jmap")
    write.save(jmap_builders.rich_project(), tmp_path / "fresh.jmap")
    assert leftovers(tmp_path) == []
    assert sql(path, "PRAGMA journal_mode") == [("delete",)]


def test_permissions_of_new_and_replaced_files(tmp_path):
    fresh = tmp_path / "fresh.jmap"
    write.save(jmap_builders.rich_project(), fresh)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    fresh.chmod(0o640)
    write.save(jmap_builders.rich_project(), fresh)  # replaced: keeps its mode
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640


def test_a_failed_save_changes_nothing(saved):
    path, project, _ = saved
    before = path.read_bytes()
    project.add(m.Transition("tr-bad", "jn-ins", "st-ins-drops-out", "st-missing"))
    with pytest.raises(ProjectFileError, match="refers to something it lacks"):
        write.save(project, path)
    assert path.read_bytes() == before
    assert "transitions" in project.dirty


def test_an_import_callback_that_fails_rolls_back_everything(saved):
    path, project, _ = saved
    before = path.read_bytes()
    commands.edit("stages", "st-ins-drops-out", name="Leaves").do(project)

    def failing_import(conn):
        conn.execute(f"DELETE FROM {RAW}")
        raise ValueError("line 7: not a number")

    with pytest.raises(ValueError):
        write.save(project, path, also=failing_import)
    assert path.read_bytes() == before


def test_save_refuses_a_folder_and_a_missing_folder(tmp_path):
    project = jmap_builders.rich_project()
    with pytest.raises(ProjectFileError, match="is a folder"):
        write.save(project, tmp_path)
    with pytest.raises(ProjectFileError, match="does not exist"):
        write.save(project, tmp_path / "nope" / "p.jmap")


def test_save_over_a_file_from_a_newer_version_is_refused_in_place(saved):
    path, project, _ = saved
    sql(path, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    commands.edit("stages", "st-ins-drops-out", name="Leaves").do(project)
    with pytest.raises(ProjectFileError, match="newer JourneyMap"):
        write.save(project, path)
    assert path.read_bytes() == before


def test_reads_leave_bytes_and_mtime_alone(saved):
    import subprocess

    path, _, _ = saved
    before = path.read_bytes(), path.stat().st_mtime_ns
    read.open_project(path)
    read.connect_readonly(path).close()
    for command in (["info"], ["info", "--json"], ["validate"], ["validate", "--json"]):
        result = subprocess.run([sys.executable, "-m", "journeymap", *command, str(path)], capture_output=True)
        assert result.returncode in (0, 1), result.stderr
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert leftovers(path.parent) == []
