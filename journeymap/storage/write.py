"""Saving a project: one transaction, so a kill mid-save leaves the last saved state.

An existing file is updated in place: only the tables whose kind changed are rewritten,
so the raw rows of imported datasets (written once, at import) are never copied again.
A new file is built beside its destination and moved into place with os.replace.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from ..core import model
from ..core.project import Project
from . import schema
from .errors import ProjectFileError, ReadOnlyError
from .migrations import migrate
from .read import check_header, check_identity


def connect_writable(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode; callers open their own transaction."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyError(path, "cannot be written (no permission). Save a copy elsewhere.")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")  # one file when closed, no WAL left over
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(schema.ddl())
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")


def _encode(kind: str, entity, names: list[str]) -> list:
    row = []
    for name in names:
        value = getattr(entity, name)
        if value is not None and schema.is_json(kind, name):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row.append(value)
    return row


def write_kind(conn: sqlite3.Connection, project: Project, kind: str) -> None:
    names = [n for n, _ in schema.columns(kind)]
    conn.execute(f"DELETE FROM {kind}")
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f"INSERT INTO {kind} ({quoted}, _order) VALUES ({', '.join('?' * (len(names) + 1))})"
    conn.executemany(sql, (_encode(kind, e, names) + [i]
                           for i, e in enumerate(project.tables[kind].values())))
    for (link_kind, fname), (link, left, right) in schema.LINK_TABLES.items():
        if link_kind == kind:
            conn.execute(f"DELETE FROM {link}")
            conn.executemany(f"INSERT INTO {link} ({left}, {right}, _order) VALUES (?, ?, ?)",
                             ((e.id, ref, i) for e in project.tables[kind].values()
                              for i, ref in enumerate(getattr(e, fname))))


def write_info(conn: sqlite3.Connection, info: model.ProjectInfo) -> None:
    conn.execute("DELETE FROM project")
    conn.executemany("INSERT INTO project (key, value) VALUES (?, ?)",
                     ((k, json.dumps(getattr(info, k), ensure_ascii=False))
                      for k in model.field_names(model.ProjectInfo)))


def drop_orphan_raw_tables(conn: sqlite3.Connection, project: Project) -> None:
    keep = {schema.raw_table(d) for d in project.tables["datasets"]}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'raw_%'").fetchall():
        if name not in keep:
            conn.execute(f"DROP TABLE {name}")


def write_project(conn: sqlite3.Connection, project: Project, kinds) -> None:
    """Inside an open transaction: rewrite ``kinds`` (and the info) from ``project``."""
    if "info" in kinds:
        write_info(conn, project.info)
    for kind in model.ENTITY_TYPES:
        if kind in kinds:
            write_kind(conn, project, kind)
    if "datasets" in kinds:
        drop_orphan_raw_tables(conn, project)


def _commit_all(conn: sqlite3.Connection, path: Path, project: Project, kinds, also=None) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = check_identity(conn, path)
        if version < schema.SCHEMA_VERSION:
            migrate(conn, version)
            conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            kinds = set(model.ENTITY_TYPES) | {"info"}
        write_project(conn, project, kinds)
        if also is not None:
            also(conn)  # e.g. an import's raw rows: in the same transaction
        conn.execute("COMMIT")
    except sqlite3.IntegrityError as exc:
        conn.execute("ROLLBACK")
        raise ProjectFileError(path, f"was not saved: the project refers to something it lacks ({exc}). "
                                     "Nothing was changed on disk.") from None
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def save(project: Project, path, *, also=None) -> None:
    """Write ``project`` to ``path``; in place when it is the file it came from.

    ``also(conn)``, if given, runs inside the same transaction after the entities are
    written: an import uses it for its raw rows, so the import is all or nothing.
    """
    path = Path(path)
    same = project.path is not None and path.exists() and Path(project.path).exists() \
        and os.path.samefile(project.path, path)
    if same:
        check_header(path)
        conn = connect_writable(path)
        try:
            _commit_all(conn, path, project, set(project.dirty), also)
        finally:
            conn.close()
    else:
        _save_new(project, path, also)
    project.path = str(path)
    project.mark_saved()


def _fresh(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    create_schema(conn)
    return conn


def _save_new(project: Project, path: Path, also=None) -> None:
    """Build the file beside ``path`` (copying raw rows from the source) and move it in."""
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyError(path, "cannot be written (no permission). Save a copy elsewhere.")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".saving", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        source = Path(project.path) if project.path else None
        if source is not None and source.exists():
            shutil.copyfile(source, tmp)
            conn = connect_writable(tmp)
        else:
            tmp.unlink()
            conn = _fresh(tmp)
        try:
            _commit_all(conn, tmp, project, set(model.ENTITY_TYPES) | {"info"}, also)
        finally:
            conn.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
