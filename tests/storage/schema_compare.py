"""The schema of a database as the program sees it, to compare files made different ways.

By meaning, not by SQL text: sqlite-utils writes ``"name" TEXT REFERENCES "t"("id")`` where
version 1 and 2 files hold ``FOREIGN KEY (name) REFERENCES t(id)``, and ALTER TABLE ADD COLUMN
appends to the stored SQL; the program reads and writes columns by name.
"""
from __future__ import annotations

import sqlite3

from journeymap.storage import write

MISSING = "\x00no such row"


def created() -> sqlite3.Connection:
    """An in-memory database with the schema a new file gets (write.create_schema)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    write.create_schema(conn)
    return conn


def from_script(sql: str) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.executescript(sql)
    return conn


def defers_its_references(conn: sqlite3.Connection, table: str) -> bool:
    """Whether a row whose every reference dangles is accepted until COMMIT (rolled back here).

    PRAGMA foreign_key_list does not show DEFERRABLE; this asks SQLite itself.
    """
    fks = {r[3] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
    info = list(conn.execute(f'PRAGMA table_info("{table}")'))
    values = {r[1]: (MISSING if r[1] in fks else 0 if r[2] == "INTEGER" else "probe")
              for r in info if r[1] in fks or r[3] or r[5]}   # references, NOT NULL and key columns
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    try:
        names = ", ".join(f'"{n}"' for n in values)
        conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(values))})',
                     list(values.values()))
        return True
    except sqlite3.IntegrityError:
        return False
    finally:
        conn.execute("ROLLBACK")


def schema_of(conn: sqlite3.Connection) -> dict[str, tuple]:
    """Each table's columns (name, declared type, NOT NULL, default, key), foreign keys,
    indexes and whether its references are deferred (raw dataset tables left out)."""
    tables = [r[0] for r in conn.execute(
        r"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'raw\_%' ESCAPE '\' "
        r"AND name NOT LIKE 'rawcol\_%' ESCAPE '\'")]
    result = {}
    for t in tables:
        columns = frozenset(tuple(r[1:]) for r in conn.execute(f'PRAGMA table_info("{t}")'))
        fks = frozenset(tuple(r[2:]) for r in conn.execute(f'PRAGMA foreign_key_list("{t}")'))
        indexes = frozenset((r[1], r[2], tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')")))
                            for r in conn.execute(f'PRAGMA index_list("{t}")'))
        result[t] = (columns, fks, indexes, defers_its_references(conn, t) if fks else None)
    return result


def differences(expected: dict, actual: dict) -> list[str]:
    """What differs, table by table, in words a failing test can print."""
    lines = []
    for table in sorted(set(expected) | set(actual)):
        if table not in actual:
            lines.append(f"{table}: missing")
        elif table not in expected:
            lines.append(f"{table}: not expected")
        else:
            for part, want, got in zip(("columns", "foreign keys", "indexes", "deferred"),
                                       expected[table], actual[table]):
                if want != got:
                    lines.append(f"{table} {part}: expected {want}, got {got}")
    return lines
