"""Upgrades from each older schema version to the next, run inside the saving transaction.

To add version N+1 (docs/file-format.md has the rules): bump schema.SCHEMA_VERSION, write
``_to_<N+1>(conn)`` below (ALTER TABLE ADD COLUMN for a new field at the end of its
dataclass; CREATE TABLE for a new kind; build-copy-drop-rename, or sqlite-utils'
``transform``, for what SQLite cannot ALTER), register it in MIGRATIONS, write
tests/fixtures/schema_v<N+1>.sql, and keep tests/fixtures/project_v1.jmap opening
(tests/storage/test_migrations.py). A migration must not commit: the save does.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from . import schema

def _add_missing(conn: sqlite3.Connection, kinds: dict[str, tuple[str, ...]]) -> None:
    """Create the new kinds' tables, add the new columns (at the end) and their indexes.

    ``kinds`` maps each kind to the fields that version added ("*" for a whole new table).
    """
    for kind, fields in kinds.items():
        if fields == ("*",):
            conn.execute(schema.table_ddl(kind))
            continue
        types = dict(schema.columns(kind))
        targets = dict(schema._references(kind))
        for name in fields:
            fk = (f" REFERENCES {targets[name]}(id) DEFERRABLE INITIALLY DEFERRED"
                  if name in targets else "")
            conn.execute(f'ALTER TABLE {kind} ADD COLUMN "{name}" {types[name]}{fk}')
    for statement in schema.ddl().split(";\n"):
        statement = statement.strip()
        if statement.startswith("CREATE INDEX") and any(f" ON {k}(" in statement for k in kinds):
            conn.execute(statement.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))


def _to_2(conn: sqlite3.Connection) -> None:
    """Version 2: map lanes, voting rounds, journey size, initiative uplift links, gap error."""
    _add_missing(conn, {
        "lanes": ("*",),
        "voting_rounds": ("*",),
        "journeys": ("customers", "revenue"),
        "stages": ("lanes",),
        "pain_points": ("gap_se", "value_per_customer"),
        "initiatives": ("impact", "uplift_target", "uplift_stage", "link_item", "link_slope", "notes"),
    })


# from-version -> function upgrading a connection from that version to the next
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _to_2}


def migrate(conn: sqlite3.Connection, version: int) -> int:
    """Run every migration from ``version`` up to the current one; returns the new version."""
    while version < schema.SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise RuntimeError(f"no migration from file version {version}")
        step(conn)
        version += 1
    return version
