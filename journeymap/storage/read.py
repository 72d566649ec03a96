"""Opening a .jmap file: read-only, stdlib sqlite3 only (no pandas), bytes left alone."""
from __future__ import annotations

import dataclasses
import functools
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

from ..core import model
from ..core.project import Project
from . import damage, files, generation, schema
from .errors import ProjectFileError
from .files import check_header, hot_journal, journal

__all__ = ["check_header", "check_identity", "connect_readonly", "open_project", "read_project",
           "damaged", "read_info"]


def damaged(path: Path, exc: Exception) -> ProjectFileError:
    """The error for an SQLite failure while reading ``path``."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ProjectFileError(path, "is being saved by another program. Try again in a moment.")
    return ProjectFileError(path, f"is damaged and cannot be read ({text}). "
                                  "Restore it from a backup or the autosave copy.")


class _CopyConnection(sqlite3.Connection):
    """A connection to a private copy of the file; closing it removes the copy."""
    folder: str | None = None

    def close(self) -> None:
        super().close()
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _private_copy(path: Path, *, with_journal: bool) -> sqlite3.Connection:
    """Read ``path`` from a private copy, leaving the file and whatever lies beside it as they are.

    ``with_journal``: an interrupted save's journal comes along and is rolled back in the copy
    (as SQLite would roll it back in the file on the next write). A WAL file comes along too.
    """
    folder = tempfile.mkdtemp(prefix="journeymap-read-")
    try:
        copy = Path(folder) / "project.jmap"
        shutil.copyfile(path, copy)
        extras = [("-wal", files.wal(path))] + ([("-journal", journal(path))] if with_journal else [])
        for suffix, extra in extras:
            if extra.is_file():
                shutil.copyfile(extra, str(copy) + suffix)
        conn = sqlite3.connect(copy, factory=_CopyConnection)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    conn.folder = folder
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # replays the journal
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _as_is(path: Path) -> sqlite3.Connection:
    """The file as it is, ignoring a journal beside it that is not its own (never replayed)."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def _connect(path: Path) -> sqlite3.Connection:
    if files.wal_mode(path):  # a WAL reader would leave -wal/-shm files behind
        return _private_copy(path, with_journal=False)
    if hot_journal(path):
        if not files.journal_belongs(path):
            return _as_is(path)
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            # With a live writer this reads the committed state; with a journal that a killed
            # save left (hot), SQLite must roll it back, which it may not do read-only.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError:
            conn.close()
        return _private_copy(path, with_journal=True)
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def connect_readonly(path) -> sqlite3.Connection:
    """A read-only connection to a checked project file (ours, a version we know).

    A read never writes: an interrupted save is rolled back in a private copy (the next write
    rolls it back in the file, as SQLite does), a journal that is not the file's own is ignored,
    and a WAL-mode file is read from a copy, so no ``-wal``/``-shm`` files appear beside it.
    """
    path = Path(path)
    check_header(path)
    try:
        conn = _connect(path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:   # the latter: a garbled schema name
        raise damaged(path, exc) from None
    except OSError as exc:
        raise ProjectFileError(path, f"cannot be read ({exc.strerror or exc}). Check the file and "
                                     "free some space for a temporary copy.") from None
    conn.row_factory = sqlite3.Row
    try:
        check_identity(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def check_identity(conn: sqlite3.Connection, path: Path) -> int:
    """Our application id and a version this program knows; returns the version."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise damaged(path, exc) from None
    if app_id != schema.APPLICATION_ID or "project" not in tables:
        raise ProjectFileError(path, "is an SQLite database but not a JourneyMap project. "
                                     "Open a .jmap file made by JourneyMap.")
    if version < 1:   # every JourneyMap file has 1 or more; migrations start at 1
        raise ProjectFileError(path, f"is damaged: its schema version (PRAGMA user_version) is {version}, "
                                     "which JourneyMap never writes. Restore it from a backup, or set it "
                                     "to the version the file was made with (1 or 2).")
    if version > schema.SCHEMA_VERSION:
        raise ProjectFileError(path, f"was made by a newer JourneyMap (file version {version}; this "
                                     f"version reads up to {schema.SCHEMA_VERSION}). Update JourneyMap "
                                     "to open it.")
    return version


def _json(value):
    # JSON columns have NUMERIC affinity: a bare number comes back as a number.
    return json.loads(value) if isinstance(value, str) else value


def read_info(conn: sqlite3.Connection, path=None, skipped: list | None = None) -> model.ProjectInfo:
    """The project's info; a value of the wrong type or not JSON is damage, named by its key
    (with ``skipped``, a salvage: the key keeps its default and the damage is listed there)."""
    path = path or "the project file"
    hints = {f.name: str(f.type) for f in dataclasses.fields(model.ProjectInfo)}   # str: postponed annotations
    values = {}
    for key, raw in conn.execute("SELECT key, value FROM project"):
        if key not in hints:
            continue          # the generation and keys of newer versions
        place = f"table 'project', key {key!r}"
        try:
            value = damage.decode_json(raw, path, place)
            ok = damage.allowed(hints[key])
            if ok is not None and not isinstance(value, ok) or (value is None and key in _INFO_NOT_NULL):
                raise damage.damaged_at(path, place, f"holds {damage.type_name(value)} where "
                                                     f"{damage.expected_name(hints[key])} belongs")
        except ProjectFileError as exc:
            if skipped is None:
                raise
            skipped.append(exc.message)
            continue
        values[key] = value
    return model.ProjectInfo(**values)


_INFO_NOT_NULL = {"title", "rank_weights"}


@functools.cache
def _field_rules(kind: str) -> dict:
    """field name -> (allowed types or None, required: no default)."""
    cls = model.ENTITY_TYPES[kind]
    return {f.name: (damage.allowed(str(f.type)), f.default is dataclasses.MISSING
                     and f.default_factory is dataclasses.MISSING) for f in dataclasses.fields(cls)}


def _read_kind(conn: sqlite3.Connection, project: Project, kind: str, path, skipped: list | None = None) -> None:
    cursor = conn.execute(f"SELECT * FROM {kind} ORDER BY _order")
    stored = [d[0] for d in cursor.description]
    # Older files may lack newer columns: the dataclass default fills them in.
    known = {n for n, _ in schema.columns(kind)}
    rules = _field_rules(kind)
    lacking = [n for n, (_, required) in rules.items() if required and n in known and n not in stored]
    if lacking:
        error = damage.damaged_at(path, f"table {kind!r}", f"lacks the column {lacking[0]!r} (dropped or renamed)")
        if skipped is None:
            raise error
        skipped.append(error.message)
        return
    names = [(i, n, n in schema.json_columns(kind), rules[n][0]) for i, n in enumerate(stored) if n in known]
    cls, table = model.ENTITY_TYPES[kind], project.tables[kind]
    try:
        for index, row in enumerate(cursor):
            try:
                entity = _entity(cls, kind, row, names, index, path)
                if entity.id in table:
                    raise damage.damaged_at(path, damage.where(kind, index, entity.id), "repeats an id")
            except ProjectFileError as exc:
                if skipped is None:
                    raise
                skipped.append(exc.message)
                continue
            table[entity.id] = entity
    except damage.BadText as exc:   # raised while fetching the row after the last one read
        raise damage.damaged_at(path, damage.where(kind, len(table)),
                                f"holds text that is not UTF-8 ({exc.data[:20]!r})") from None


def _entity(cls, kind: str, row, names, index: int, path):
    values = {}
    ident = row[names[0][0]] if names and names[0][1] == "id" else None
    for i, name, js, ok in names:
        value = row[i]
        if js and value is not None:
            value = damage.decode_json(value, path, damage.where(kind, index, ident, name))
        if ok is not None and not isinstance(value, ok):
            raise damage.damaged_at(path, damage.where(kind, index, ident, name),
                                    f"holds {damage.type_name(value)} where {damage.expected_name(_hint(cls, name))} "
                                    "belongs")
        values[name] = value
    if not isinstance(values.get("id", ""), str) or values.get("id") == "" and "id" in values:
        raise damage.damaged_at(path, damage.where(kind, index), "has no id")
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise damage.damaged_at(path, damage.where(kind, index, ident), f"cannot be read ({exc})") from None


def _hint(cls, name: str) -> str:
    return next(str(f.type) for f in dataclasses.fields(cls) if f.name == name)


def _read_links(conn: sqlite3.Connection, project: Project, tables: set, path, skipped: list | None = None) -> None:
    for (kind, fname), (link, left, right) in schema.LINK_TABLES.items():
        if link not in tables:
            continue
        entities = project.tables[kind]
        rows = conn.execute(f"SELECT {left}, {right} FROM {link} ORDER BY {left}, _order")
        for index, (owner, ref) in enumerate(rows):
            if owner not in entities:
                error = damage.damaged_at(path, f"table {link!r}, row {index + 1}",
                                          f"links {left} {owner!r}, which is not in the project")
                if skipped is None:
                    raise error
                skipped.append(error.message)
                continue
            getattr(entities[owner], fname).append(ref)


def read_project(conn: sqlite3.Connection, path: Path | None = None) -> Project:
    """The whole project, read in one read transaction (a save meanwhile cannot tear it)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        project = _read_all(conn, path)
        read_at = generation.stored(conn)
    finally:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
    project.mark_saved()
    project.path = str(path) if path else None
    if path:
        generation.remember(project, path, read_at)
    return project


def _read_all(conn: sqlite3.Connection, path, skipped: list | None = None) -> Project:
    path = path or "the project file"
    # bytes that are not UTF-8: name the table and row (a salvage shows them as U+FFFD instead)
    conn.text_factory = damage.text_factory if skipped is None else damage.lenient_text
    try:
        project = Project(read_info(conn, path, skipped))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for kind in model.ENTITY_TYPES:
            if kind in tables:
                _read_kind(conn, project, kind, path, skipped)
        _read_links(conn, project, tables, path, skipped)
    except damage.BadText as exc:
        raise damage.damaged_at(path, "the project table or a link table",
                                f"holds text that is not UTF-8 ({exc.data[:20]!r})") from None
    finally:
        conn.text_factory = str
    return project


def open_project(path) -> Project:
    """The whole project (without raw dataset rows), read-only."""
    path = Path(path)
    conn = connect_readonly(path)
    try:
        return read_project(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise damaged(path, exc) from None
    finally:
        conn.close()
