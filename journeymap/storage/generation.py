"""The file's generation: a counter every save adds one to, so no save undoes another's work.

Two writers (two ``journeymap import`` runs, the app and the command line, two colleagues on a
shared drive) each read the file, change their copy and save. A save rewrites whole tables from
the copy it holds, so the one that saves second would silently throw away what the first wrote.
Each save therefore compares, inside its write transaction (``BEGIN IMMEDIATE`` holds the write
lock, so nobody can save in between), the generation stored in the file with the one the project
was read at, and refuses when they differ (``ConflictError``). The counter is one key of the
``project`` key/value table: no schema change, and files without it are generation 0.

The generation a project was read at is remembered per file (a project saved to a recovery copy
or with Save As keeps the one of the file it came from). A project that was never read from the
file it is saved over (a fresh project aimed at a path) replaces it: there is nothing to compare.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from .errors import ProjectFileError

KEY = "generation"
_ATTR = "_file_generations"   # {real path: generation read or written} on the Project object


class ConflictError(ProjectFileError):
    """The file changed on disk since the project was read from it: saving would lose that change."""

    def __init__(self, path, read_at: int, now: int):
        self.read_at, self.now = read_at, now
        super().__init__(path, f"was changed by another program or window since it was read (it is at "
                               f"save {now}, this copy was read at save {read_at}). Nothing was written, "
                               "so neither change is lost: reload the project (or run the command again) "
                               "and redo the change, or save this copy under another name.")


def stored(conn: sqlite3.Connection) -> int:
    """The generation stored in the file (0 for files written before it existed)."""
    try:
        row = conn.execute("SELECT value FROM project WHERE key = ?", (KEY,)).fetchone()
    except sqlite3.OperationalError:
        return 0
    if row is None:
        return 0
    try:
        value = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    except ValueError:   # a damaged counter: the next save writes a good one
        return 0
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def write(conn: sqlite3.Connection, value: int) -> None:
    conn.execute("INSERT OR REPLACE INTO project (key, value) VALUES (?, ?)", (KEY, json.dumps(value)))


def _key(path) -> str:
    return os.path.realpath(Path(path))


def remember(project, path, value: int) -> None:
    """Note that ``project`` matches the file at ``path`` as of generation ``value``."""
    table = project.__dict__.setdefault(_ATTR, {})
    table[_key(path)] = value


def forget(project) -> None:
    """The project no longer matches any file it was read from (storage aims it at another one)."""
    project.__dict__.pop(_ATTR, None)


def read_at(project, path) -> int | None:
    """The generation of ``path`` that ``project`` was read at (None: never read from it)."""
    return project.__dict__.get(_ATTR, {}).get(_key(path))


def check(conn: sqlite3.Connection, project, path) -> int:
    """Inside the write transaction: the next generation, or ConflictError when the file moved on."""
    now = stored(conn)
    base = read_at(project, path)
    if base is not None and base != now:
        raise ConflictError(path, base, now)
    return now + 1
