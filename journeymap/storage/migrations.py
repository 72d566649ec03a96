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

# from-version -> function upgrading a connection from that version to the next
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def migrate(conn: sqlite3.Connection, version: int) -> int:
    """Run every migration from ``version`` up to the current one; returns the new version."""
    while version < schema.SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise RuntimeError(f"no migration from file version {version}")
        step(conn)
        version += 1
    return version
