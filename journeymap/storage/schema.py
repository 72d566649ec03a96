"""The tables of a .jmap file, derived from the dataclasses in core/model.py.

sqlite-utils creates them (``create``) and migrates them (storage/migrations.py); rows are read
and written with the stdlib sqlite3, and only creating or migrating imports sqlite-utils.

Rules for changing it (docs/file-format.md says more):
- Any change to an entity's fields changes the schema; tests/storage/test_schema.py then fails
  until SCHEMA_VERSION is bumped, a migration from the previous version is added to
  storage/migrations.py, and tests/fixtures/schema_v<N>.sql is written anew.
- Old files are migrated on their first write, never on a read: readers accept a table
  that lacks newer columns and fill in the dataclass defaults.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import sqlite3
import typing

from ..core import model
from ..core.project import REFERENCES

SCHEMA_VERSION = 2
APPLICATION_ID = 0x4A4D4150  # "JMAP": tells our files from other SQLite databases
SQLITE_MAGIC = b"SQLite format 3\x00"

# Fields kept outside the entity's own row: (kind, field) -> (table, left, right, target kind).
LINK_TABLES = {("initiatives", "pain_points"): ("initiative_pain_points", "initiative", "pain_point")}
LINK_TARGETS = {("initiatives", "pain_points"): "pain_points"}
PRIMARY_KEYS = {"mappings": "name"}


def column_type(annotation: str) -> str:
    """SQLite type of a dataclass field; dicts and lists are JSON text."""
    a = annotation.replace(" ", "")
    if a.startswith(("dict", "list")):
        return "JSON"
    if a.startswith("float"):
        return "REAL"
    if a.startswith("int"):
        return "INTEGER"
    return "TEXT"


@functools.cache
def columns(kind: str) -> tuple[tuple[str, str], ...]:
    """(name, type) of the stored columns of ``kind``, in field order."""
    cls = model.ENTITY_TYPES[kind]
    return tuple((f.name, column_type(str(f.type))) for f in dataclasses.fields(cls)
                 if (kind, f.name) not in LINK_TABLES)


@functools.cache
def json_columns(kind: str) -> frozenset[str]:
    return frozenset(name for name, ctype in columns(kind) if ctype == "JSON")


def is_json(kind: str, name: str) -> bool:
    return name in json_columns(kind)


def _references(kind: str) -> list[tuple[str, str]]:
    """(field, target kind) of each reference stored in ``kind``'s own rows."""
    return [(fname, target) for ref_kind, fname, target, _ in REFERENCES
            if ref_kind == kind and (kind, fname) not in LINK_TABLES]


def database(conn: sqlite3.Connection):
    """sqlite-utils over ``conn``: the layer that creates and migrates our tables.

    Inside an open transaction it joins it: ``atomic()`` becomes a SAVEPOINT and ``execute()``
    commits only a transaction it began itself, so a migration inside the save never commits.
    Its ``recursive_triggers`` pragma and plugins are off: the connection stays as the caller set it.
    """
    return _database_class()(conn, recursive_triggers=False, execute_plugins=False)


# sqlite-utils writes ``REFERENCES "t"("c")`` and has no parameter for deferral.
_REFERENCE = re.compile(r'(REFERENCES "(?:[^"]|"")+"\("(?:[^"]|"")+"\))')


@functools.cache
def _database_class():
    """sqlite_utils.Database kept to two rules of our files that it cannot express.

    - Every foreign key is DEFERRABLE INITIALLY DEFERRED: a save deletes and re-inserts whole
      tables, parents before children (write.write_kind), so an immediate check would fail.
      (No ON DELETE actions either: see create_table.)
    - A JSON column keeps its declared type JSON: sqlite-utils does not know the type, and its
      transform() would retype such a column from its affinity (NUMERIC, so REAL).
    tests/storage/test_schema.py checks both on created, migrated and transformed files.
    """
    import sqlite_utils   # imports pandas (~0.45 s): creating or migrating a file pays, opening does not
    from sqlite_utils import db as su

    su.COLUMN_TYPE_MAPPING.setdefault("JSON", "JSON")

    class Table(su.Table):
        def transform_sql(self, *, types=None, **kwargs):
            declared = {c.name: c.type for c in self.columns if c.type in su.COLUMN_TYPE_MAPPING}
            return super().transform_sql(types={**declared, **(types or {})}, **kwargs)

    class Database(sqlite_utils.Database):
        def table(self, table_name: str, **kwargs) -> Table:
            super().table(table_name, **kwargs)   # its checks (not a view)
            kwargs.setdefault("strict", self.strict)
            return Table(self, table_name, **kwargs)

        def create_table_sql(self, *args, **kwargs) -> str:
            sql = super().create_table_sql(*args, **kwargs)
            return _REFERENCE.sub(r"\1 DEFERRABLE INITIALLY DEFERRED", sql)

    return Database


def create_table(db, kind: str) -> None:
    """``kind``'s table, its link tables and the indexes of its references (``db``: database())."""
    cols = dict(columns(kind)) | {"_order": "INTEGER"}   # _order keeps the user's order across save/open
    refs = _references(kind)
    # No ON DELETE actions: a save deletes and re-inserts whole tables inside one
    # transaction, and a cascade would take along rows of tables it does not rewrite.
    # The core removes dependents itself; the deferred check catches what it missed.
    db[kind].create(cols, pk=PRIMARY_KEYS.get(kind, "id"), not_null={"_order"},
                    foreign_keys=[(fname, target, "id") for fname, target in refs])
    # Every referring column is indexed: without it, deleting a parent row (as an
    # in-place save of that kind does) scans each child table once per row.
    for fname, _ in refs:
        db[kind].create_index([fname], index_name=f"idx_{kind}_{fname}")
    for (link_kind, fname), (table, left, right) in LINK_TABLES.items():
        if link_kind == kind:
            db[table].create({left: "TEXT", right: "TEXT", "_order": "INTEGER"}, pk=(left, right),
                             not_null={left, right, "_order"},
                             foreign_keys=[(left, kind, "id"), (right, LINK_TARGETS[(kind, fname)], "id")])
            db[table].create_index([right], index_name=f"idx_{table}_{right}")


def create(conn: sqlite3.Connection) -> None:
    """Every table of the current version, inside the caller's transaction."""
    db = database(conn)
    db["project"].create({"key": "TEXT", "value": "JSON"}, pk="key")
    for kind in model.ENTITY_TYPES:   # parents first: sqlite-utils checks that a referenced table exists
        create_table(db, kind)


def ddl() -> str:
    """The whole schema of the current version, as the SQL text create() stores."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        create(conn)
        rows = conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    finally:
        conn.close()
    return "".join(f"{sql};\n" for (sql,) in rows)


def raw_table(dataset_id: str) -> str:
    """Name of the table holding a dataset's imported rows (ids are [a-z0-9-])."""
    safe = "".join(c if c.isalnum() else "_" for c in dataset_id)
    return f"raw_{safe}"


def hint_type(kind: str, name: str):
    return typing.get_type_hints(model.ENTITY_TYPES[kind]).get(name)
