"""Two writers never lose each other's work: every save checks the file's generation."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journeymap.core import model as m
from journeymap.storage import generation, read, write
from journeymap.storage.generation import ConflictError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(jmap_builders.rich_project(), path)
    return path


def stored(path: Path) -> int:
    conn = read.connect_readonly(path)
    try:
        return generation.stored(conn)
    finally:
        conn.close()


def test_second_of_two_writers_is_refused_and_the_first_kept(path):
    first, second = read.open_project(path), read.open_project(path)
    first.set_info(title="first")
    write.save(first, path)
    second.add(m.Journey("jn-second", "Second's journey"))
    before = path.read_bytes()
    with pytest.raises(ConflictError, match="changed by another program"):
        write.save(second, path)
    assert path.read_bytes() == before
    back = read.open_project(path)
    assert back.info.title == "first" and back.find("journeys", "jn-second") is None
    assert second.dirty, "the refused copy keeps its unsaved changes"


def test_reloading_after_a_refusal_saves_both_changes(path):
    first, second = read.open_project(path), read.open_project(path)
    first.set_info(title="first")
    write.save(first, path)
    with pytest.raises(ConflictError):
        second.add(m.Journey("jn-second", "Second's journey"))
        write.save(second, path)
    again = read.open_project(path)
    again.add(m.Journey("jn-second", "Second's journey"))
    write.save(again, path)
    back = read.open_project(path)
    assert back.info.title == "first" and back.find("journeys", "jn-second") is not None


def test_every_save_adds_one_and_a_writer_keeps_saving(path):
    project = read.open_project(path)
    start = stored(path)
    for i in range(3):
        project.set_info(title=f"t{i}")  # the info table is rewritten: the counter survives
        write.save(project, path)
    assert stored(path) == start + 3
    assert read.open_project(path).info.title == "t2"


def test_save_as_over_a_file_someone_holds_is_noticed_by_them(path, tmp_path):
    holder = read.open_project(path)
    other = jmap_builders.rich_project()
    other.set_info(title="saved over it")
    write.save(other, tmp_path / "elsewhere.jmap")
    write.save(other, path)  # Save As over the held file
    holder.set_info(title="holder")
    with pytest.raises(ConflictError):
        write.save(holder, path)
    assert read.open_project(path).info.title == "saved over it"


def test_autosave_copy_does_not_move_the_projects_own_generation(path, tmp_path):
    project = read.open_project(path)
    project.set_info(title="edited")
    write.save_copy(project, tmp_path / "recovery.jmap")   # what the autosaver does
    write.save(project, path)                            # the real save still matches the file
    assert read.open_project(path).info.title == "edited"


def test_files_without_a_counter_are_generation_zero(path):
    import sqlite3
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM project WHERE key = 'generation'")
    conn.commit()
    conn.close()
    project = read.open_project(path)
    project.set_info(title="old file")
    write.save(project, path)
    assert stored(path) == 1
