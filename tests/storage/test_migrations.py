"""Old files keep opening and are upgraded on their first write, never on a read.

tests/fixtures/project_v1.jmap was made once by make_v1_fixture.py with schema version 1
and is never remade: it stands for the files users already have.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

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


def schema_of(conn: sqlite3.Connection) -> dict[str, tuple]:
    """Each table's columns, foreign keys and indexes (raw dataset tables left out).

    Compared by name, not by SQL text or column order: ALTER TABLE ADD COLUMN appends
    to the stored SQL, and the program reads and writes columns by name.
    """
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'raw_%'")]
    result = {}
    for t in tables:
        columns = frozenset(tuple(r[1:]) for r in conn.execute(f"PRAGMA table_info({t})"))
        fks = frozenset(tuple(r[2:5]) for r in conn.execute(f"PRAGMA foreign_key_list({t})"))
        indexes = frozenset((r[1], r[2], tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')")))
                            for r in conn.execute(f"PRAGMA index_list({t})"))
        result[t] = (columns, fks, indexes)
    return result


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
    fresh = sqlite3.connect(":memory:")
    fresh.executescript(schema.ddl())
    expected = schema_of(fresh)
    for version in range(1, schema.SCHEMA_VERSION + 1):
        conn = sqlite3.connect(tmp_path / f"v{version}.db", isolation_level=None)
        conn.executescript((FIXTURES / f"schema_v{version}.sql").read_text())
        conn.execute("BEGIN")
        assert migrations.migrate(conn, version) == schema.SCHEMA_VERSION
        conn.execute("COMMIT")
        assert schema_of(conn) == expected, f"migrating from version {version}"
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
    conn = sqlite3.connect(v1)
    fresh = sqlite3.connect(":memory:")
    fresh.executescript(schema.ddl())
    assert schema_of(conn) == schema_of(fresh)
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
