"""The tables of a .jmap file, derived from the dataclasses in core/model.py.

Rules for changing it (docs/file-format.md says more):
- Any change to an entity's fields changes the DDL; tests/storage/test_schema.py then fails
  until SCHEMA_VERSION is bumped, a migration from the previous version is added to
  storage/migrations.py, and tests/fixtures/schema_v<N>.sql is written anew.
- Old files are migrated on their first write, never on a read: readers accept a table
  that lacks newer columns and fill in the dataclass defaults.
"""
from __future__ import annotations

import dataclasses
import functools
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


def table_ddl(kind: str) -> str:
    pk = PRIMARY_KEYS.get(kind, "id")
    cols = [f'"{name}" {ctype}' + (" PRIMARY KEY" if name == pk else "") for name, ctype in columns(kind)]
    cols.append("_order INTEGER NOT NULL")  # keeps the user's order across save/open
    # No ON DELETE actions: a save deletes and re-inserts whole tables inside one
    # transaction, and a cascade would take along rows of tables it does not rewrite.
    # The core removes dependents itself; the deferred check catches what it missed.
    fks = [f'FOREIGN KEY ("{fname}") REFERENCES {target}(id) DEFERRABLE INITIALLY DEFERRED'
           for fname, target in _references(kind)]
    body = ",\n  ".join(cols + fks)
    return f"CREATE TABLE {kind} (\n  {body}\n);"


def _link_ddl(kind: str, fname: str) -> str:
    table, left, right = LINK_TABLES[(kind, fname)]
    return (f"CREATE TABLE {table} (\n  {left} TEXT NOT NULL, {right} TEXT NOT NULL, _order INTEGER NOT NULL,\n"
            f"  PRIMARY KEY ({left}, {right}),\n"
            f"  FOREIGN KEY ({left}) REFERENCES {kind}(id) DEFERRABLE INITIALLY DEFERRED,\n"
            f"  FOREIGN KEY ({right}) REFERENCES {LINK_TARGETS[(kind, fname)]}(id) "
            f"DEFERRABLE INITIALLY DEFERRED\n);")


def _indexes() -> list[str]:
    # Every referring column is indexed: without it, deleting a parent row (as an
    # in-place save of that kind does) scans each child table once per row.
    parts = [f'CREATE INDEX idx_{kind}_{fname} ON {kind}("{fname}");'
             for kind in model.ENTITY_TYPES for fname, _ in _references(kind)]
    for table, _, right in LINK_TABLES.values():
        parts.append(f"CREATE INDEX idx_{table}_{right} ON {table}({right});")
    return parts


def ddl() -> str:
    """The whole schema of the current version, as SQL."""
    parts = ["CREATE TABLE project (key TEXT PRIMARY KEY, value JSON);"]
    parts += [table_ddl(kind) for kind in model.ENTITY_TYPES]
    parts += [_link_ddl(kind, fname) for kind, fname in LINK_TABLES]
    parts += _indexes()
    return "\n".join(parts) + "\n"


def raw_table(dataset_id: str) -> str:
    """Name of the table holding a dataset's imported rows (ids are [a-z0-9-])."""
    safe = "".join(c if c.isalnum() else "_" for c in dataset_id)
    return f"raw_{safe}"


def hint_type(kind: str, name: str):
    return typing.get_type_hints(model.ENTITY_TYPES[kind]).get(name)
