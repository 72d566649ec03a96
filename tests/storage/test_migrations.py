"""Old files keep opening and are upgraded on their first write, never on a read.

tests/fixtures/project_v1.jmap was made once by make_v1_fixture.py with schema version 1
and is never remade: it stands for the files users already have.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from schema_compare import created, defers_its_references, differences, schema_of

from journeymap.core import commands
from journeymap.storage import migrations, read, schema, write
from journeymap.storage.errors import ProjectFileError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1 = FIXTURES / "project_v1.jmap"


def pragma(path: Path, name: str):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def raw(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT * FROM {schema.raw_table('ds-survey')} ORDER BY rowid").fetchall()
    finally:
        conn.close()


@pytest.fixture
def v1(tmp_path) -> Path:
    path = tmp_path / "old.jmap"
    shutil.copyfile(V1, path)
    return path


def check_v1_content(project) -> None:
    assert project.info.title == "Version 1 fixture 版本一"
    assert project.info.organisation == "Fixture Insurance 保险"
    assert project.default_journey().name == "Insurance end to end"
    assert len(project.stages_of("jn-ins")) == 21 and len(project.tables["transitions"]) == 30
    assert len(project.phases_of("jn-ins")) == 8
    assert [p.title for p in project.all("pain_points")] == [
        "Long wait on the phone", "Reminder letters are confusing 催款信看不懂", "Asked for the same documents twice"]
    assert project.get("pain_points", "pp-1").severity == 5
    assert [v.dots for v in project.all("votes")] == [1, 2, 3]
    assert project.get("initiatives", "in-callback").pain_points == ["pp-0", "pp-1"]
    dataset = project.get("datasets", "ds-survey")
    assert (dataset.rows, dataset.mapping["outcome"]) == (12, {"column": "sat"})
    assert project.get("survey_items", "si-1").missing == [0.0]
    assert project.get("segments", "sg-young").value_per_customer == 350.0


def test_v1_fixture_opens_with_its_content(v1):
    before = v1.read_bytes()
    check_v1_content(read.open_project(v1))
    assert len(raw(v1)) == 12
    assert v1.read_bytes() == before  # a read never migrates


def test_migration_chain_is_complete():
    registered = set(migrations.MIGRATIONS)
    assert registered == set(range(1, schema.SCHEMA_VERSION)), (
        "storage/migrations.py must hold one migration from each older version to the next")


def test_every_snapshot_migrates_to_the_current_schema(tmp_path):
    # The migration chain, run from every version's snapshot, ends in today's schema.
    expected = schema_of(created())
    for version in range(1, schema.SCHEMA_VERSION + 1):
        conn = sqlite3.connect(tmp_path / f"v{version}.db", isolation_level=None)
        conn.executescript((FIXTURES / f"schema_v{version}.sql").read_text())
        conn.execute("BEGIN")
        assert migrations.migrate(conn, version) == schema.SCHEMA_VERSION
        conn.execute("COMMIT")
        assert not differences(expected, schema_of(conn)), f"migrating from version {version}"
        conn.close()


def test_saving_the_v1_fixture_upgrades_it_and_keeps_everything(v1):
    project = read.open_project(v1)
    commands.edit("stages", "st-ins-drops-out", name="Walks away").do(project)
    write.save(project, v1)
    assert pragma(v1, "user_version") == schema.SCHEMA_VERSION
    assert pragma(v1, "application_id") == schema.APPLICATION_ID
    back = read.open_project(v1)
    assert back == project and back.get("stages", "st-ins-drops-out").name == "Walks away"
    check_v1_content(back)
    assert len(raw(v1)) == 12
    conn = sqlite3.connect(v1, isolation_level=None)
    assert not differences(schema_of(created()), schema_of(conn))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


NEXT = schema.SCHEMA_VERSION + 1


def _pretend_next_version(monkeypatch, step):
    """A made-up version after the current one, reached from a v1 file through the real chain."""
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT - 1, step)


def test_a_registered_migration_runs_on_the_first_write(v1, monkeypatch):
    ran = []

    def to_next(conn):
        ran.append(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute('ALTER TABLE stages ADD COLUMN "mood" TEXT')

    _pretend_next_version(monkeypatch, to_next)
    before = v1.read_bytes()
    project = read.open_project(v1)  # an older file opens as it is ...
    assert v1.read_bytes() == before and ran == []
    project.set_info(title="Upgraded")
    write.save(project, v1)  # ... and is upgraded when written
    assert len(ran) == 1 and pragma(v1, "user_version") == NEXT
    conn = sqlite3.connect(v1)
    assert "mood" in [r[1] for r in conn.execute("PRAGMA table_info(stages)")]
    conn.close()
    assert read.open_project(v1) == project and len(raw(v1)) == 12


def test_a_failing_migration_changes_nothing(v1, monkeypatch):
    def broken(conn):
        conn.execute('ALTER TABLE stages ADD COLUMN "mood" TEXT')
        raise sqlite3.OperationalError("disk I/O error")

    _pretend_next_version(monkeypatch, broken)
    before = v1.read_bytes()
    project = read.open_project(v1)
    with pytest.raises(ProjectFileError, match="was not saved"):
        write.save(project, v1)
    assert v1.read_bytes() == before and pragma(v1, "user_version") == 1


def test_a_missing_migration_is_a_clear_error(v1, monkeypatch):
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    with pytest.raises(RuntimeError, match=f"no migration from file version {NEXT - 1}"):
        write.save(read.open_project(v1), v1)


# What SQLite cannot ALTER goes through sqlite-utils' transform (storage/migrations.py). No
# version needs it yet, so this made-up next version shows it works inside the saving
# transaction, on a real version-2 file, with our deferred keys and JSON columns kept.

def _v2_with_old_columns(v1: Path) -> Path:
    """The v1 fixture saved once (a real current-version file with raw rows), its stages given two
    columns no field stands for: "mood", to be dropped, and "energy", numbers as text, to be retyped."""
    write.save(read.open_project(v1), v1)
    assert pragma(v1, "user_version") == schema.SCHEMA_VERSION
    conn = sqlite3.connect(v1, isolation_level=None)
    conn.execute('ALTER TABLE stages ADD COLUMN "mood" TEXT')
    conn.execute('ALTER TABLE stages ADD COLUMN "energy" TEXT')
    conn.execute("UPDATE stages SET mood = 'calm ' || _order, energy = CAST(_order * 10 AS TEXT)")
    conn.close()
    return v1


def _stage_rows(conn: sqlite3.Connection) -> list[dict]:
    cursor = conn.execute("SELECT rowid, * FROM stages ORDER BY _order")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_transform_drops_and_retypes_inside_the_save_and_keeps_every_row(v1, monkeypatch):
    path = _v2_with_old_columns(v1)
    seen = []

    def to_next(conn):
        before = _stage_rows(conn)
        schema.database(conn)["stages"].transform(drop={"mood"}, types={"energy": "INTEGER"})
        assert conn.in_transaction   # sqlite-utils joined the save's transaction, did not commit it
        seen.append((before, _stage_rows(conn)))

    _pretend_next_version(monkeypatch, to_next)
    project = read.open_project(path)
    write.save(project, path)

    (before, after), = seen
    assert len(before) == 21 and len(after) == len(before)
    for old, new in zip(before, after):   # same rows, same rowids, mood gone, energy a number
        assert new == {**{k: v for k, v in old.items() if k != "mood"}, "energy": int(old["energy"])}
        assert isinstance(new["energy"], int)
    conn = sqlite3.connect(path, isolation_level=None)
    assert pragma(path, "user_version") == NEXT
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    expected = schema_of(created())
    columns, fks, indexes, deferred = expected["stages"]
    expected["stages"] = (columns | {("energy", "INTEGER", 0, None, 0)}, fks, indexes, deferred)
    assert not differences(expected, schema_of(conn))   # keys deferred, JSON kept JSON, indexes back
    assert all(defers_its_references(conn, t) for t in ("stages", "transitions", "pain_points"))
    conn.close()
    assert read.open_project(path) == project and len(raw(path)) == 12
    check_v1_content(read.open_project(path))


def test_a_migration_failing_after_a_transform_changes_nothing(v1, monkeypatch):
    path = _v2_with_old_columns(v1)

    def to_next(conn):
        schema.database(conn)["stages"].transform(drop={"mood"})
        raise sqlite3.OperationalError("disk I/O error")

    _pretend_next_version(monkeypatch, to_next)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="was not saved"):
        write.save(read.open_project(path), path)
    assert path.read_bytes() == before and pragma(path, "user_version") == NEXT - 1
