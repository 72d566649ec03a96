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
    if not path.is_file():  # a FIFO, a device: reading it could wait forever
        raise ProjectFileError(path, "is not a regular file (a pipe or a device?). "
                                     "Give the path of a .jmap file.")
    try:
        with open(path, "rb") as f:
            head = f.read(len(schema.SQLITE_MAGIC))
    except PermissionError:
        raise ProjectFileError(path, "cannot be read (no permission). Ask its owner for access, "
                                     "or open a copy you may read.") from None
    except OSError as exc:
        raise ProjectFileError(path, f"cannot be read ({exc.strerror or exc}).") from None
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


def wal(path: Path) -> Path:
    return Path(str(path) + "-wal")


def wal_mode(path: Path) -> bool:
    """The header says WAL (bytes 18-19 are 2): reading it in place would create -wal/-shm files."""
    try:
        with open(path, "rb") as f:
            head = f.read(20)
    except OSError:
        return False
    return len(head) == 20 and (head[18] == 2 or head[19] == 2)


def _page_size(raw: int) -> int:
    return 65536 if raw == 1 else raw


def journal_belongs(path: Path) -> bool:
    """Is the journal beside ``path`` one a save of this file left (not another file's)?

    SQLite replays any hot journal it finds beside a file; one copied or moved there from another
    file would write that file's pages into this one. A journal of this file has the file's page
    size, and its copy of page 1 (the state before the interrupted save) has the file change
    counter the file has now, or one less when the save had begun writing the file. New files
    start their counter at a random value (write.mark_as_new), so two files rarely share one.
    """
    try:
        with open(path, "rb") as db, open(journal(path), "rb") as jf:
            head = db.read(100)
            jhead = jf.read(28)
            if len(head) < 100 or len(jhead) < 28:
                return False
            page = _page_size(int.from_bytes(head[16:18], "big"))
            sector = int.from_bytes(jhead[20:24], "big")
            if int.from_bytes(jhead[24:28], "big") != page or not 512 <= sector <= 65536:
                return False
            counter = int.from_bytes(head[24:28], "big")
            offset = sector
            while True:  # the records of the first segment: page number, page, checksum
                jf.seek(offset)
                number = jf.read(4)
                if len(number) < 4 or int.from_bytes(number, "big") == 0:
                    return True   # no copy of page 1 to compare: the page size matched
                if int.from_bytes(number, "big") == 1:
                    before = jf.read(100)
                    if len(before) < 100:
                        return True
                    return (counter - int.from_bytes(before[24:28], "big")) % 2 ** 32 in (0, 1)
                offset += 4 + page + 4
    except OSError:
        return False


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


# -- leftovers of killed processes ------------------------------------------------------------

def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep_dead_folders(folder: Path, prefix: str) -> None:
    """Remove ``prefix<pid>-*`` folders whose process is gone (a crash skipped its clean-up)."""
    import shutil
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        rest = entry.name[len(prefix):] if entry.name.startswith(prefix) else ""
        pid = rest.split("-", 1)[0]
        if pid.isdigit() and entry.is_dir() and not pid_alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


def hold(fd: int) -> None:
    """Mark a temporary file as in use for as long as ``fd`` is open (an advisory lock)."""
    try:
        import fcntl
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (ImportError, OSError):
        pass


def _in_use(temp: Path) -> bool:
    try:
        import fcntl
    except ImportError:   # no advisory locks: trust only age
        import time
        return time.time() - temp.stat().st_mtime < 24 * 3600
    try:
        fd = os.open(temp, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete the ``.NAME.*.saving`` files a killed Save As left beside ``path``; returns them.

    A save in progress holds a lock on its temporary file (``hold``), so only the dead ones go.
    """
    path = Path(path)
    gone: list[Path] = []
    try:
        temps = list(path.parent.glob(f".{glob_escape(path.name)}.*.saving"))
    except OSError:
        return gone
    for temp in temps:
        if not _in_use(temp):
            for leftover in (temp, journal(temp)):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    continue
            gone.append(temp)
    return gone


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
