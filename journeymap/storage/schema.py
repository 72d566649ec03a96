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
import typing

from ..core import model
from ..core.project import REFERENCES

SCHEMA_VERSION = 1
APPLICATION_ID = 0x4A4D4150  # "JMAP": tells our files from other SQLite databases
SQLITE_MAGIC = b"SQLite format 3\x00"

# Fields kept outside the entity's own row.
LINK_TABLES = {("initiatives", "pain_points"): ("initiative_pain_points", "initiative", "pain_point")}
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


def columns(kind: str) -> list[tuple[str, str]]:
    """(name, type) of the stored columns of ``kind``, in field order."""
    cls = model.ENTITY_TYPES[kind]
    hints = {f.name: f.type for f in dataclasses.fields(cls)}
    return [(name, column_type(str(t))) for name, t in hints.items()
            if (kind, name) not in LINK_TABLES]


def _foreign_keys(kind: str) -> list[str]:
    clauses = []
    for ref_kind, fname, target, rule in REFERENCES:
        if ref_kind != kind or (kind, fname) in LINK_TABLES:
            continue
        # No ON DELETE actions: a save deletes and re-inserts whole tables inside one
        # transaction, and a cascade would take along rows of tables it does not rewrite.
        # The core removes dependents itself; the deferred check catches what it missed.
        clauses.append(f'FOREIGN KEY ("{fname}") REFERENCES {target}(id) DEFERRABLE INITIALLY DEFERRED')
    return clauses


def table_ddl(kind: str) -> str:
    pk = PRIMARY_KEYS.get(kind, "id")
    cols = [f'"{name}" {ctype}' + (" PRIMARY KEY" if name == pk else "") for name, ctype in columns(kind)]
    cols.append("_order INTEGER NOT NULL")  # keeps the user's order across save/open
    body = ",\n  ".join(cols + _foreign_keys(kind))
    return f"CREATE TABLE {kind} (\n  {body}\n);"


def ddl() -> str:
    """The whole schema of the current version, as SQL."""
    parts = ["CREATE TABLE project (key TEXT PRIMARY KEY, value JSON);"]
    parts += [table_ddl(kind) for kind in model.ENTITY_TYPES]
    for (kind, _), (table, left, right) in LINK_TABLES.items():
        target = "pain_points"
        parts.append(
            f"CREATE TABLE {table} (\n  {left} TEXT NOT NULL, {right} TEXT NOT NULL, _order INTEGER NOT NULL,\n"
            f"  PRIMARY KEY ({left}, {right}),\n"
            f"  FOREIGN KEY ({left}) REFERENCES {kind}(id) DEFERRABLE INITIALLY DEFERRED,\n"
            f"  FOREIGN KEY ({right}) REFERENCES {target}(id) DEFERRABLE INITIALLY DEFERRED\n);")
    for kind in ("phases", "stages", "transitions", "pain_points", "metric_values", "feedback"):
        fk = "journey" if kind != "metric_values" else "stage"
        parts.append(f"CREATE INDEX idx_{kind}_{fk} ON {kind}({fk});")
    return "\n".join(parts) + "\n"


def raw_table(dataset_id: str) -> str:
    """Name of the table holding a dataset's imported rows (ids are [a-z0-9-])."""
    safe = "".join(c if c.isalnum() else "_" for c in dataset_id)
    return f"raw_{safe}"


def is_json(kind: str, name: str) -> bool:
    return dict(columns(kind)).get(name) == "JSON"


def hint_type(kind: str, name: str):
    return typing.get_type_hints(model.ENTITY_TYPES[kind]).get(name)
