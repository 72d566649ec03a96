"""Recovery copies: written without the project adopting them, and read back as the project of the
file they belong to (Project.path is the one owner of the file; the raw survey rows live there)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from journeymap.storage import generation, read, recovery, schema, write
from journeymap.storage.errors import ProjectFileError
from journeymap.storage.generation import ConflictError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402

RAW = schema.raw_table("ds-survey")


@pytest.fixture
def original(tmp_path):
    """A saved project whose survey's raw rows were written into the file (as an import does)."""
    path = tmp_path / "p.jmap"
    write.save(jmap_builders.rich_project(), path)
    jmap_builders.add_raw_table(path, "ds-survey", n_rows=40)
    return path


def edited(path: Path):
    project = read.open_project(path)
    project.update("stages", "st-ins-drops-out", name="Recovered name")
    return project


def autosaved(path: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    copy = folder / "p-autosave.jmap"
    write.save_copy(edited(path), copy)
    return copy


def raw_tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'raw%'")}
    finally:
        conn.close()


def test_a_copy_leaves_the_project_its_file_its_unsaved_kinds_and_its_generation(original, tmp_path):
    project = edited(original)
    dirty, before = set(project.dirty), original.read_bytes()
    copy = tmp_path / "rec" / "copy.jmap"
    copy.parent.mkdir()
    write.save_copy(project, copy)
    assert project.path == str(original) and project.dirty == dirty == {"stages"}
    assert original.read_bytes() == before
    assert read.open_project(copy).get("stages", "st-ins-drops-out").name == "Recovered name"
    assert jmap_builders.raw_rows(copy, "ds-survey") == jmap_builders.raw_rows(original, "ds-survey")
    write.save_copy(project, copy)                  # again, over the last one
    assert generation.read_at(project, copy) is None
    write.save(project, original)                   # the real save still matches the file, in place
    assert read.open_project(original).get("stages", "st-ins-drops-out").name == "Recovered name"
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.jmap"]


def test_a_copy_over_the_projects_own_file_is_refused(original):
    project = edited(original)
    with pytest.raises(ProjectFileError, match="own file"):
        write.save_copy(project, original)


def test_recovered_into_its_file_saves_in_place_with_the_rows_there(original, tmp_path):
    copy = autosaved(original, tmp_path / "rec")
    rows = jmap_builders.raw_rows(original, "ds-survey")
    found = recovery.open_recovered(copy, original)
    assert not found.restored
    project = found.project
    assert project.path == str(original)
    assert project.get("stages", "st-ins-drops-out").name == "Recovered name"
    copy.unlink()                                    # the copy is not needed to save it
    write.save(project, original)
    back = read.open_project(original)
    assert back == project and back.get("stages", "st-ins-drops-out").name == "Recovered name"
    assert jmap_builders.raw_rows(original, "ds-survey") == rows


def test_recovered_then_the_file_changed_elsewhere_is_a_conflict(original, tmp_path):
    copy = autosaved(original, tmp_path / "rec")
    project = recovery.open_recovered(copy, original).project
    other = read.open_project(original)
    other.set_info(title="saved by another window")
    write.save(other, original)
    with pytest.raises(ConflictError):
        write.save(project, original)
    assert read.open_project(original).info.title == "saved by another window"


def test_a_gone_file_is_restored_from_the_copy_with_its_rows(original, tmp_path):
    copy = autosaved(original, tmp_path / "rec")
    rows = jmap_builders.raw_rows(original, "ds-survey")
    original.unlink()
    found = recovery.open_recovered(copy, original)
    assert found.restored and original.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jmap", "rec"]   # no temporary left
    project = found.project
    assert project.path == str(original) and not project.dirty    # the file holds it all
    assert jmap_builders.raw_rows(original, "ds-survey") == rows
    copy.unlink()
    project.update("stages", "st-ins-drops-out", name="After recovery")
    write.save(project, original)
    back = read.open_project(original)
    assert back.get("stages", "st-ins-drops-out").name == "After recovery"
    assert jmap_builders.raw_rows(original, "ds-survey") == rows


def test_a_gone_file_whose_folder_is_gone_too_is_refused_and_the_copy_kept(original, tmp_path):
    copy = autosaved(original, tmp_path / "rec")
    before = copy.read_bytes()
    with pytest.raises(ProjectFileError, match="could not be restored"):
        recovery.open_recovered(copy, tmp_path / "gone" / "p.jmap")
    assert copy.read_bytes() == before and not (tmp_path / "gone").exists()


def test_a_damaged_copy_restores_nothing(original, tmp_path):
    copy = autosaved(original, tmp_path / "rec")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE project SET value = '{not json' WHERE key = 'title'")
    conn.close()
    original.unlink()
    with pytest.raises(ProjectFileError, match="damaged"):
        recovery.open_recovered(copy, original)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rec"]          # no file, no temporary


def test_a_file_that_lacks_the_copys_rows_is_refused_or_set_aside_and_restored(original, tmp_path):
    copy = autosaved(original, tmp_path / "rec")
    rows = jmap_builders.raw_rows(original, "ds-survey")
    write.save(jmap_builders.rich_project(), original)   # replaced since: no raw rows
    before = original.read_bytes()
    with pytest.raises(recovery.CannotTakeRecovery, match="Survey 2026"):
        recovery.open_recovered(copy, original)
    assert original.read_bytes() == before and RAW not in raw_tables(original)
    found = recovery.open_recovered(copy, original, keep_aside=True)
    aside = tmp_path / "p (before recovery).jmap"
    assert found.restored and found.set_aside == aside and aside.read_bytes() == before
    assert found.project.path == str(original) and not found.project.dirty
    assert found.project.get("stages", "st-ins-drops-out").name == "Recovered name"
    assert jmap_builders.raw_rows(original, "ds-survey") == rows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p (before recovery).jmap", "p.jmap", "rec"]


def test_a_damaged_file_is_set_aside_only_when_asked(original, tmp_path):
    copy = autosaved(original, tmp_path / "rec")
    data = bytearray(original.read_bytes())
    data[100:108] = b"\xff" * 8                       # page 1's b-tree header: the schema is unreadable
    original.write_bytes(bytes(data))
    before = original.read_bytes()
    with pytest.raises(recovery.CannotTakeRecovery, match="damaged"):
        recovery.open_recovered(copy, original)
    assert original.read_bytes() == before
    (tmp_path / "p (before recovery).jmap").write_bytes(b"an older one")   # taken: the next free name
    found = recovery.open_recovered(copy, original, keep_aside=True)
    assert found.set_aside == tmp_path / "p (before recovery 2).jmap" and found.set_aside.read_bytes() == before
    assert read.open_project(original).get("stages", "st-ins-drops-out").name == "Recovered name"


def test_an_untitled_copy_belongs_to_no_file(tmp_path):
    copy = tmp_path / "untitled.jmap"
    project = jmap_builders.rich_project()
    write.save_copy(project, copy)
    assert project.path is None
    found = recovery.open_recovered(copy, None)
    assert found.project.path is None and not found.restored
    assert found.project == project


def test_a_folder_where_the_file_was_is_never_set_aside(original, tmp_path):
    copy = autosaved(original, tmp_path / "rec")
    original.unlink()
    original.mkdir()
    with pytest.raises(ProjectFileError, match="left as it is"):
        recovery.open_recovered(copy, original, keep_aside=True)
    assert original.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == ["p.jmap", "rec"]
