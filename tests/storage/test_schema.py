"""The schema of the current version is frozen in tests/fixtures/schema_v<N>.sql."""
from __future__ import annotations

import difflib
import sqlite3
from pathlib import Path

from journeymap.samples import templates
from journeymap.storage import schema, write

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

HOW_TO = """
The project file's schema changed: storage.schema.ddl() differs from {snapshot}.
Files saved by this version would not match files of version {version}. To change it:
  1. bump SCHEMA_VERSION in journeymap/storage/schema.py (to {next});
  2. add a migration from version {version} in journeymap/storage/migrations.py
     (MIGRATIONS[{version}] = _to_{next}); see docs/file-format.md;
  3. write the new snapshot, keeping the old one:
     .venv/bin/python -c "from journeymap.storage import schema; print(schema.ddl(), end='')" \\
         > tests/fixtures/schema_v{next}.sql
tests/storage/test_migrations.py then checks that the v1 fixture still opens and upgrades.
Difference (snapshot -> now):
{diff}"""


def test_schema_matches_the_snapshot_of_its_version():
    version = schema.SCHEMA_VERSION
    snapshot = FIXTURES / f"schema_v{version}.sql"
    assert snapshot.exists(), HOW_TO.format(snapshot=snapshot, version=version - 1, next=version, diff="")
    frozen, now = snapshot.read_text(), schema.ddl()
    diff = "".join(difflib.unified_diff(frozen.splitlines(True), now.splitlines(True), n=1))
    assert now == frozen, HOW_TO.format(snapshot=snapshot.name, version=version, next=version + 1, diff=diff)


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


def test_every_field_is_a_plain_column():
    for kind in schema.model.ENTITY_TYPES:
        for name, ctype in schema.columns(kind):
            assert ctype in ("TEXT", "REAL", "INTEGER", "JSON"), (kind, name, ctype)
