"""Opening a .jmap file: read-only, stdlib sqlite3 only (no pandas), bytes left alone."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from ..core import model
from ..core.project import Project
from . import schema
from .errors import ProjectFileError


def check_header(path: Path) -> None:
    """Refuse early what is not an SQLite file, with a message that says so."""
    if not path.exists():
        raise ProjectFileError(path, "no such file. Check the path, or create one with `journeymap new`.")
    if path.is_dir():
        raise ProjectFileError(path, "is a folder, not a JourneyMap project file.")
    with open(path, "rb") as f:
        head = f.read(len(schema.SQLITE_MAGIC))
    if head != schema.SQLITE_MAGIC:
        raise ProjectFileError(path, "is not a JourneyMap project (not an SQLite database). "
                                     "Open a .jmap file made by JourneyMap.")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection; an interrupted save is rolled back first, as SQLite would."""
    check_header(path)
    journal = Path(str(path) + "-journal")
    if journal.exists() and journal.stat().st_size > 0 and os.access(path, os.W_OK):
        # A save was killed mid-way: SQLite restores the last saved state on the next
        # write-capable open. That is recovery, not a change of the saved content.
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    check_identity(conn, path)
    return conn


def check_identity(conn: sqlite3.Connection, path: Path) -> int:
    """Our application id and a version this program knows; returns the version."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(path, f"is damaged and cannot be read ({exc}). "
                                     "Restore it from a backup or the autosave copy.") from None
    if app_id != schema.APPLICATION_ID or "project" not in tables:
        raise ProjectFileError(path, "is an SQLite database but not a JourneyMap project.")
    if version > schema.SCHEMA_VERSION:
        raise ProjectFileError(path, f"was made by a newer JourneyMap (file version {version}; this "
                                     f"version reads up to {schema.SCHEMA_VERSION}). Update JourneyMap "
                                     "to open it.")
    return version


def _decode(kind: str, row: sqlite3.Row, names: list[str]) -> dict:
    values = {}
    for name in names:
        value = row[name]
        if value is not None and schema.is_json(kind, name):
            value = json.loads(value)
        values[name] = value
    return values


def read_info(conn: sqlite3.Connection) -> model.ProjectInfo:
    stored = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM project")}
    known = set(model.field_names(model.ProjectInfo))
    return model.ProjectInfo(**{k: v for k, v in stored.items() if k in known})


def read_project(conn: sqlite3.Connection, path: Path | None = None) -> Project:
    project = Project(read_info(conn))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for kind, cls in model.ENTITY_TYPES.items():
        if kind not in tables:
            continue
        cursor = conn.execute(f"SELECT * FROM {kind} ORDER BY _order")
        stored = {d[0] for d in cursor.description}
        # Older files may lack newer columns: the dataclass default fills them in.
        names = [n for n, _ in schema.columns(kind) if n in stored]
        table = project.tables[kind]
        for row in cursor:
            entity = cls(**_decode(kind, row, names))
            table[entity.id] = entity
    for (kind, fname), (link, left, right) in schema.LINK_TABLES.items():
        if link in tables:
            for row in conn.execute(f"SELECT {left}, {right} FROM {link} ORDER BY _order"):
                getattr(project.tables[kind][row[0]], fname).append(row[1])
    project.mark_saved()
    project.path = str(path) if path else None
    return project


def open_project(path) -> Project:
    """The whole project (without raw dataset rows), read-only."""
    path = Path(path)
    conn = connect_readonly(path)
    try:
        return read_project(conn, path)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(path, f"is damaged and cannot be read ({exc}). "
                                     "Restore it from a backup or the autosave copy.") from None
    finally:
        conn.close()
