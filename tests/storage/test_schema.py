"""The schema of the current version is frozen in tests/fixtures/schema_v<N>.sql.

New files get their tables from sqlite-utils (schema.create); the snapshots hold the SQL text
of the version's first files. They are compared by meaning (schema_compare.schema_of): columns
with their declared types, keys, indexes, and whether references are deferred.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from schema_compare import created, defers_its_references, differences, from_script, schema_of

from journeymap.samples import templates
from journeymap.storage import schema, write

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

HOW_TO = """
The project file's schema changed: the tables schema.create() makes differ from {snapshot}.
Files saved by this version would not match files of version {version}. To change it:
  1. bump SCHEMA_VERSION in journeymap/storage/schema.py (to {next});
  2. add a migration from version {version} in journeymap/storage/migrations.py
     (MIGRATIONS[{version}] = _to_{next}); see docs/file-format.md;
  3. write the new snapshot, keeping the old one:
     .venv/bin/python -c "from journeymap.storage import schema; print(schema.ddl(), end='')" \\
         > tests/fixtures/schema_v{next}.sql
tests/storage/test_migrations.py then checks that the v1 fixture still opens and upgrades.
Differences (snapshot -> now):
{diff}"""


def test_schema_matches_the_snapshot_of_its_version():
    version = schema.SCHEMA_VERSION
    snapshot = FIXTURES / f"schema_v{version}.sql"
    assert snapshot.exists(), HOW_TO.format(snapshot=snapshot, version=version - 1, next=version, diff="")
    diff = differences(schema_of(from_script(snapshot.read_text())), schema_of(created()))
    assert not diff, HOW_TO.format(snapshot=snapshot.name, version=version, next=version + 1,
                                   diff="\n".join(diff))


def test_a_saved_file_has_exactly_the_schema(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(templates.build("retail"), path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    stored = [sql for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert stored == [s.strip() for s in schema.ddl().split(";\n") if s.strip()]


def test_every_reference_is_deferred_and_indexed():
    # A save deletes and re-inserts whole tables, parents first: an immediate foreign key
    # would fail it. sqlite-utils has no DEFERRABLE of its own (schema._database_class).
    conn = created()
    referring = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                 if conn.execute(f'PRAGMA foreign_key_list("{t}")').fetchall()]
    assert len(referring) >= 15
    for table in referring:
        assert defers_its_references(conn, table), table
        indexed = {tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')"))
                   for r in conn.execute(f'PRAGMA index_list("{table}")')}
        for (column,) in conn.execute('SELECT "from" FROM pragma_foreign_key_list(?)', (table,)):
            assert any(ix[0] == column for ix in indexed), (table, column)


def test_sqlite_utils_joins_the_callers_transaction_and_never_commits_it(tmp_path):
    # The save is all or nothing: what sqlite-utils does inside it must roll back with it.
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    db = schema.database(conn)
    schema.create_table(db, "segments")
    schema.create_table(db, "journeys")
    db["journeys"].add_column("mood", "TEXT", fk="segments", fk_col="id")   # a rebuild (transform)
    db["journeys"].transform(drop={"mood"}, types={"customers": "INTEGER"})
    assert conn.in_transaction and conn.isolation_level is None
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


def test_the_probe_tells_an_immediate_reference():
    # defers_its_references must be able to say no, or every test above proves nothing.
    conn = from_script("CREATE TABLE p (id TEXT PRIMARY KEY); "
                       "CREATE TABLE c (id TEXT PRIMARY KEY, p TEXT REFERENCES p(id));")
    assert not defers_its_references(conn, "c")


def test_json_columns_keep_their_declared_type():
    conn = created()
    for kind in schema.model.ENTITY_TYPES:
        declared = {r[1]: r[2] for r in conn.execute(f'PRAGMA table_info("{kind}")')}
        assert {n for n, t in declared.items() if t == "JSON"} == schema.json_columns(kind), kind
    assert dict((r[1], r[2]) for r in conn.execute("PRAGMA table_info(project)")) == {"key": "TEXT",
                                                                                       "value": "JSON"}


def test_opening_and_saving_in_place_import_no_sqlite_utils(tmp_path):
    # sqlite-utils imports pandas (~0.45 s): only creating or migrating a file may pay for it.
    path = tmp_path / "p.jmap"
    write.save(templates.build("insurance"), path)
    code = ("import sys; from journeymap.storage import read, write; p = read.open_project(sys.argv[1]); "
            "p.set_info(title='Renamed'); p.dirty.update(write.ALL_KINDS); write.save(p, sys.argv[1]); "
            "print(sorted(m for m in ('pandas', 'sqlite_utils') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_every_field_is_a_plain_column():
    for kind in schema.model.ENTITY_TYPES:
        for name, ctype in schema.columns(kind):
            assert ctype in ("TEXT", "REAL", "INTEGER", "JSON"), (kind, name, ctype)
