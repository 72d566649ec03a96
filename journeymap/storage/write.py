"""Saving a project: one transaction, so a kill mid-save leaves the last saved state.

An existing file is updated in place: only the tables whose kind changed are rewritten,
so the raw rows of imported datasets (written once, at import) are never copied again.
SQLite's rollback journal makes that atomic: a save killed mid-way leaves a journal that
the next write replays, restoring the last saved state (a read rolls it back in a private copy).
A new file (save as, or a first save) is built beside its destination under a temporary
name and moved into place with os.replace, so the destination is always whole.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import uuid
from operator import attrgetter
from pathlib import Path

from ..core import model
from ..core.project import Project
from . import generation, schema
from .errors import ProjectFileError
from .files import (check_header, fsync_dir, hold, hot_journal, journal, journal_belongs, remove_stale_temps,
                    require_writable)
from .migrations import migrate
from .read import check_identity

ALL_KINDS = frozenset(model.ENTITY_TYPES) | {"info"}


def connect_writable(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode; callers open their own transaction."""
    require_writable(path)
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")  # one file when closed, no WAL left over
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    """The tables of a new file, made by sqlite-utils (schema.create), in one transaction."""
    conn.execute("BEGIN")
    schema.create(conn)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    conn.execute("COMMIT")


def _row_maker(kind: str):
    """A fast entity -> row function: attrgetter for the columns, JSON where needed."""
    names = [n for n, _ in schema.columns(kind)]
    get = attrgetter(*names) if len(names) > 1 else (lambda e: (getattr(e, names[0]),))
    json_at = [i for i, n in enumerate(names) if schema.is_json(kind, n)]

    def row(entity, order: int) -> list:
        values = list(get(entity))
        for i in json_at:
            if values[i] is not None:
                values[i] = json.dumps(values[i], ensure_ascii=False, sort_keys=True)
        values.append(order)
        return values
    return names, row


def write_kind(conn: sqlite3.Connection, project: Project, kind: str) -> None:
    names, row = _row_maker(kind)
    conn.execute(f"DELETE FROM {kind}")
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f"INSERT INTO {kind} ({quoted}, _order) VALUES ({', '.join('?' * (len(names) + 1))})"
    conn.executemany(sql, (row(e, i) for i, e in enumerate(project.tables[kind].values())))
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
    from .datasets import rawcol_table   # the columnar copy of each dataset's rows goes with them
    alive = set(project.tables["datasets"]) | project.retained_datasets   # an undone import may be redone
    keep = {schema.raw_table(d) for d in alive} | {rawcol_table(d) for d in alive}
    rows = conn.execute(r"SELECT name FROM sqlite_master WHERE type='table' AND (name LIKE 'raw\_%' ESCAPE '\' "
                        r"OR name LIKE 'rawcol\_%' ESCAPE '\')")
    for (name,) in rows.fetchall():
        if name not in keep:
            conn.execute(f'DROP TABLE "{name}"')


def write_project(conn: sqlite3.Connection, project: Project, kinds) -> None:
    """Inside an open transaction: rewrite ``kinds`` (and the info) from ``project``."""
    if "info" in kinds:
        write_info(conn, project.info)
    for kind in model.ENTITY_TYPES:
        if kind in kinds:
            write_kind(conn, project, kind)
    if "datasets" in kinds:
        drop_orphan_raw_tables(conn, project)


def _commit_all(conn: sqlite3.Connection, name: Path, project: Project, kinds, also=None, *,
                in_place: bool = False, floor: int = 0) -> int:
    """One transaction: migrate if old, write ``kinds``, run ``also``; returns the new generation.

    ``name`` is the destination (for messages). In place, the file's generation must still be
    the one the project was read at (else ConflictError); a new file gets one past both the
    copied source's and ``floor`` (the generation of the file it replaces).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = check_identity(conn, name)
        if in_place:
            new = generation.check(conn, project, name)
        else:
            new = max(generation.stored(conn), floor) + 1
        if version < schema.SCHEMA_VERSION:
            migrate(conn, version)
            conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            kinds = ALL_KINDS
        write_project(conn, project, kinds)
        if also is not None:
            also(conn)  # e.g. an import's raw rows: in the same transaction
        generation.write(conn, new)
        conn.execute("COMMIT")
        return new
    except sqlite3.IntegrityError as exc:
        conn.execute("ROLLBACK")
        raise ProjectFileError(name, f"was not saved: the project refers to something it lacks ({exc}). "
                                     "Nothing was changed on disk.") from None
    except sqlite3.DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise ProjectFileError(name, f"was not saved ({exc}). Nothing was changed on disk; "
                                     "free some space or save a copy elsewhere.") from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _same_file(project: Project, path: Path) -> bool:
    try:
        return project.path is not None and os.path.samefile(project.path, path)
    except OSError:
        return False


def save(project: Project, path, *, also=None) -> None:
    """Write ``project`` to ``path``; in place when it is the file it came from.

    ``also(conn)``, if given, runs inside the same transaction after the entities are
    written: an import uses it for its raw rows, so the import is all or nothing.
    Raises ProjectFileError (ReadOnlyError for a file we may not write); the file on
    disk is then as it was.
    """
    path = Path(path)
    if path.is_dir():
        raise ProjectFileError(path, "is a folder. Give the path of a .jmap file to save to.")
    if _same_file(project, path):
        check_header(path)
        refuse_stray_journal(path)
        remove_stale_temps(path)
        conn = connect_writable(path)
        try:
            new = _commit_all(conn, path, project, set(project.dirty), also, in_place=True)
        finally:
            conn.close()
    else:
        new = _save_new(project, path, also)
    generation.remember(project, path, new)
    project.path = str(path)
    project.mark_saved()


def save_copy(project: Project, path) -> None:
    """Write a whole copy of ``project`` to ``path`` without the project adopting it (the autosave's
    recovery copy): its file (``path``), unsaved kinds (``dirty``) and generations stay as they were,
    so the next ``save`` to its own file is still in place and still checked. The raw rows come from
    the project's own file, as in a Save As."""
    path = Path(path)
    if path.is_dir():
        raise ProjectFileError(path, "is a folder. Give the path of a .jmap file to save to.")
    if _same_file(project, path):
        raise ProjectFileError(path, "is the project's own file: a copy goes elsewhere. Nothing was written.")
    _save_new(project, path)


def refuse_stray_journal(path: Path) -> None:
    """SQLite would replay a journal of another file into this one on the first write."""
    if hot_journal(path) and not journal_belongs(path):
        raise ProjectFileError(path, f"has a journal beside it ({journal(path).name}) that belongs to "
                                     "another file; writing now would copy that file's pages into this "
                                     "one. Nothing was written. Move the journal away, then try again.")


def create_temp(path: Path) -> tuple[Path, int]:
    """An empty file beside ``path``, with the permissions a new file would get, held (files.hold)
    until the returned descriptor is closed, so a later save can tell a killed one's from ours."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.saving")
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)  # umask applies
        except FileExistsError:
            continue
        hold(fd)
        return tmp, fd
    raise ProjectFileError(path, "could not be saved (no temporary name free). Try again.")


def _open_temp(tmp: Path, source: Path | None) -> sqlite3.Connection:
    if source is not None:
        shutil.copyfile(source, tmp)  # raw dataset tables come along as they are
        if hot_journal(source) and journal_belongs(source):  # roll back what its next write would
            shutil.copyfile(journal(source), journal(tmp))
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # replays a copied journal
    # Nobody sees this file before the rename: no journal on disk, and one fsync at the end.
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    if source is None:
        create_schema(conn)
    return conn


def replace_with(tmp: Path, path: Path) -> None:
    """Move ``tmp`` over ``path`` while holding the old file's write lock.

    Taking the lock rolls back a journal left by a killed in-place save (else the next
    open would roll those old pages into the new file) and waits out another writer.
    """
    lock = None
    if path.exists():
        lock = sqlite3.connect(path, isolation_level=None, timeout=5)
        try:
            lock.execute("BEGIN EXCLUSIVE")
            journal(path).unlink(missing_ok=True)  # a stale one, as we hold the lock
        except sqlite3.DatabaseError as exc:
            lock.close()
            lock = None
            if "locked" in str(exc) or "busy" in str(exc):
                raise ProjectFileError(path, "is being saved by another program. Try again in a "
                                             "moment.") from None
            journal(path).unlink(missing_ok=True)  # not a database: its journal means nothing
    try:
        os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        if lock is not None:
            lock.execute("ROLLBACK")
            lock.close()


def mark_as_new(path: Path) -> None:
    """Start a new file's change counter (header bytes 24 and 92) at a random value.

    Files built the same way otherwise have identical counters, and the counter is what tells a
    journal of this file from one of another (files.journal_belongs). SQLite only ever adds one
    to it; with "version-valid-for" (92) equal to it, the header's page count stays trusted.
    """
    value = int.from_bytes(os.urandom(4), "big") or 1
    with open(path, "r+b") as f:
        for offset in (24, 92):
            f.seek(offset)
            f.write(value.to_bytes(4, "big"))


def _generation_of(path: Path) -> int:
    """The generation of the file a Save As replaces (0 when there is none or it is unreadable)."""
    if not path.is_file():
        return 0
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return 0
    try:
        return generation.stored(conn)
    except sqlite3.DatabaseError:
        return 0
    finally:
        conn.close()


def _save_new(project: Project, path: Path, also=None) -> int:
    """Build the file beside ``path`` (copying raw rows from the source) and move it in.

    Leaves ``project`` as it is (``save`` then adopts the file; ``save_copy`` does not)."""
    if not path.parent.is_dir():
        raise ProjectFileError(path.parent, "does not exist. Create the folder first, or save elsewhere.")
    require_writable(path)
    source = Path(project.path) if project.path and Path(project.path).is_file() else None
    if source is not None:
        check_header(source)
    remove_stale_temps(path)   # what a killed Save As left beside it
    try:
        tmp, held = create_temp(path)
    except OSError as exc:
        raise ProjectFileError(path, f"could not be saved ({exc.strerror}). Save it elsewhere.") from None
    floor = _generation_of(path)   # whoever holds the replaced file must not mistake ours for theirs
    try:
        conn = _open_temp(tmp, source)
        try:
            new = _commit_all(conn, path, project, ALL_KINDS, also, floor=floor)
        finally:
            conn.close()
        mark_as_new(tmp)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)  # a replaced file keeps its permissions
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        replace_with(tmp, path)
    except (OSError, sqlite3.DatabaseError) as exc:   # a full disk shows as either
        text = getattr(exc, "strerror", None) or str(exc)
        raise ProjectFileError(path, f"could not be saved ({text}). Nothing was changed; free some space "
                                     "or save it elsewhere.") from None
    finally:
        for leftover in (tmp, journal(tmp)):
            if leftover.exists():
                leftover.unlink()
        os.close(held)
    return new
