"""The file around the database: is it there, is it SQLite, may we write it, crash leftovers."""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from . import schema
from .errors import ProjectFileError, ReadOnlyError

NOT_A_PROJECT = ("is not a JourneyMap project (not an SQLite database). "
                 "Open a .jmap file made by JourneyMap, or create one with `journeymap new`.")


def check_header(path: Path) -> None:
    """Refuse early what is not an SQLite file, with a message that says so."""
    if not path.exists():
        raise ProjectFileError(path, "does not exist. Check the path, or create a project with "
                                     "`journeymap new`.")
    if path.is_dir():
        raise ProjectFileError(path, "is a folder, not a JourneyMap project file. "
                                     "Give the path of a .jmap file.")
    try:
        with open(path, "rb") as f:
            head = f.read(len(schema.SQLITE_MAGIC))
    except PermissionError:
        raise ProjectFileError(path, "cannot be read (no permission). Ask its owner for access, "
                                     "or open a copy you may read.") from None
    if head != schema.SQLITE_MAGIC:
        raise ProjectFileError(path, NOT_A_PROJECT)


def writable(path: Path) -> bool:
    """May we write ``path`` (and create its journal beside it)?

    ``os.access`` alone says yes to root for any file; a file with no write bit set is
    one its owner made read-only, so we honour that too.
    """
    if path.exists():
        if not os.access(path, os.W_OK) or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            return False
    return os.access(path.parent if str(path.parent) else Path("."), os.W_OK | os.X_OK)


def require_writable(path: Path) -> None:
    if not writable(path):
        raise ReadOnlyError(path, "cannot be written (it is read-only, or its folder is). "
                                  "Save a copy elsewhere, or make the file writable.")


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def journal(path: Path) -> Path:
    return Path(str(path) + "-journal")


def hot_journal(path: Path) -> bool:
    """A rollback journal that SQLite would replay: a save killed after it began writing.

    SQLite writes the journal's magic only once the journal is safely on disk, before it
    touches the database; a journal without it (killed earlier) means nothing.
    """
    try:
        with open(journal(path), "rb") as f:
            return f.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def recover_in_place(path: Path) -> None:
    """Roll back an interrupted save and remove a journal left over from one.

    Taking the write lock makes SQLite replay a hot journal, restoring the last saved
    state; once we hold it, no one else is writing, so a journal still there is stale.
    Another program saving just now is left alone (the read then waits for it).
    """
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    try:
        conn.execute("BEGIN IMMEDIATE")
        journal(path).unlink(missing_ok=True)
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
    finally:
        conn.close()


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (a power cut after os.replace keeps the new name)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
