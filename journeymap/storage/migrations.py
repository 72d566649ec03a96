"""Upgrades from each older schema version to the next, run inside the saving transaction.

Migrations go through sqlite-utils (``schema.database(conn)``), which joins the saving
transaction and never commits it: the save does, so a failing migration leaves the file as
it was. To add version N+1 (docs/file-format.md has the rules): bump schema.SCHEMA_VERSION,
write ``_to_<N+1>(conn)`` below and register it in MIGRATIONS:
- a new field at the end of its dataclass, or a new kind: ``_add_missing`` (sqlite-utils'
  ``add_column``, with its foreign key; ``schema.create_table`` for a new kind);
- what SQLite cannot ALTER (drop, retype or rename a column, change a key or NOT NULL):
  ``schema.database(conn)[kind].transform(drop=..., types=..., rename=...)``, which builds the
  new table, copies every row (rowids kept), drops the old one, renames and re-indexes.
  schema.database keeps our foreign keys deferred and JSON columns JSON through it.
Then write tests/fixtures/schema_v<N+1>.sql and keep tests/fixtures/project_v1.jmap opening
(tests/storage/test_migrations.py).
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from . import schema


def _add_missing(conn: sqlite3.Connection, kinds: dict[str, tuple[str, ...]]) -> None:
    """Create the new kinds' tables, add the new columns (at the end) and their indexes.

    ``kinds`` maps each kind to the fields that version added ("*" for a whole new table).
    """
    db = schema.database(conn)
    for kind, fields in kinds.items():
        if fields == ("*",):
            schema.create_table(db, kind)
            continue
        types = dict(schema.columns(kind))
        targets = dict(schema._references(kind))
        for name in fields:
            if name in targets:   # sqlite-utils adds the key by rebuilding the table (transform)
                db[kind].add_column(name, types[name], fk=targets[name], fk_col="id")
                db[kind].create_index([name], index_name=f"idx_{kind}_{name}", if_not_exists=True)
            else:
                db[kind].add_column(name, types[name])


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
