"""Opening an autosaved recovery copy as the project of the file it belongs to.

A project belongs to one file, ``Project.path`` (the one owner of the path: storage sets it). An
in-place save of that file keeps the raw rows an import wrote into it (they are never copied into
the project), so a recovered project must belong to the file, not to the copy:

- the file is there: the copy's content, aimed at the file; every kind marked for writing (the file
  holds none of the recovered changes) and the file's generation remembered as of now, so a save
  is in place and still refuses to overwrite a change made elsewhere after the recovery;
- the file is gone: it is first restored from the copy (built beside it, made durable, renamed in),
  so the rows that only the copy still holds are in the file again;
- the file cannot take it (damaged, or replaced since and lacking the copy's rows): refused
  (``CannotTakeRecovery``), or, when asked (``keep_aside``), renamed beside itself and restored;
- never saved (``original`` None): the copy's content, belonging to no file (an untitled project
  has no raw rows: an import needs a saved file).
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..core.project import Project
from . import generation, read, schema, write
from .errors import ProjectFileError
from .files import fsync_dir, journal


@dataclass(frozen=True)
class Recovered:
    project: Project
    restored: bool                  # the file was restored from the copy
    set_aside: Path | None = None   # where the file it replaced was kept (``keep_aside``)


class CannotTakeRecovery(ProjectFileError):
    """The file is there but cannot become the recovered project's: it is damaged, or it lacks raw rows
    the copy holds (it was replaced since). ``open_recovered(..., keep_aside=True)`` restores it from the
    copy after moving it aside."""


def open_recovered(copy, original, *, keep_aside: bool = False) -> Recovered:
    """The project in the recovery copy ``copy``, belonging to ``original`` (a path, or None).

    Raises ProjectFileError, naming what to do, when the copy cannot be read or the file cannot be
    restored; CannotTakeRecovery when the file cannot take the recovered project, unless ``keep_aside``:
    then the file is renamed beside itself (nothing is lost) and restored from the copy.
    """
    copy = Path(copy)
    if original is None:
        project = read.open_project(copy)
        _belong(project, None, 0)
        return Recovered(project, restored=False)
    original = Path(original)
    project = read.open_project(copy)    # a damaged copy is refused before anything is written
    aside = None
    if original.exists():
        if not keep_aside:
            return _into(project, copy, original)
        aside = set_aside(original)
    restore(copy, original)
    return Recovered(read.open_project(original), restored=True, set_aside=aside)


def _into(project: Project, copy: Path, original: Path) -> Recovered:
    """The copy's project aimed at its file, which keeps the raw rows."""
    needed = _raw_tables_of(copy, project)
    try:
        at, lacking = _file_state(original, needed)
    except ProjectFileError as exc:      # damaged, too new, not ours: the copy can still restore it
        raise CannotTakeRecovery(original, exc.message) from None
    if lacking:
        names = ", ".join(sorted(d.name for d in project.all("datasets") if schema.raw_table(d.id) in lacking))
        raise CannotTakeRecovery(original, f"lacks the imported rows of {names} that its autosaved copy holds: "
                                           "it was replaced since. Nothing was changed.")
    _belong(project, original, at)
    project.dirty = set(write.ALL_KINDS)     # the file holds none of the recovered changes
    return Recovered(project, restored=False)


def set_aside(path: Path) -> Path:
    """Rename ``path`` (and a journal of an interrupted save, which belongs to it) to a free name
    beside it, ``NAME (before recovery).jmap``; returns the new name."""
    if not path.is_file():   # a folder or a device where the project was: never moved
        raise ProjectFileError(path, "is not a file, so it was left as it is. Open the autosaved copy and save "
                                     "it elsewhere.")
    for n in range(1, 100):
        label = "before recovery" if n == 1 else f"before recovery {n}"
        aside = path.with_name(f"{path.stem} ({label}){path.suffix}")
        if not aside.exists() and not journal(aside).exists():
            break
    else:
        raise ProjectFileError(path, "could not be set aside (no free name beside it). Nothing was changed.")
    try:
        os.rename(path, aside)
        try:
            if journal(path).exists():
                os.rename(journal(path), journal(aside))
        except OSError:
            os.rename(aside, path)       # the file goes back beside its journal
            raise
    except OSError as exc:
        raise ProjectFileError(path, f"could not be set aside ({exc.strerror or exc}). Nothing was "
                                     "changed; make its folder writable.") from None
    fsync_dir(path.parent)
    return aside


def _belong(project: Project, path: Path | None, at: int) -> None:
    """Storage's hand on the path: the project is now the one of ``path``, read at generation ``at``."""
    generation.forget(project)
    project.path = str(path) if path is not None else None
    if path is not None:
        generation.remember(project, path, at)


def _raw_tables_of(path: Path, project: Project) -> set[str]:
    """The raw tables in ``path`` that belong to the project's datasets."""
    wanted = {schema.raw_table(d) for d in project.tables["datasets"]}
    conn = read.connect_readonly(path)
    try:
        return wanted & _table_names(conn)
    finally:
        conn.close()


def _file_state(path: Path, needed: set[str]) -> tuple[int, set[str]]:
    """(the file's generation now, which of the ``needed`` raw tables it lacks)."""
    conn = read.connect_readonly(path)
    try:
        return generation.stored(conn), needed - _table_names(conn)
    except sqlite3.DatabaseError as exc:
        raise read.damaged(path, exc) from None
    finally:
        conn.close()


def _table_names(conn: sqlite3.Connection) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def restore(copy: Path, target: Path) -> None:
    """Make the gone file ``target`` again from the recovery copy, atomically: a consistent copy
    (SQLite's backup, after rolling back an autosave killed mid-way) is built beside it under a
    temporary name, synced to disk and renamed into place, so ``target`` is whole or absent."""
    if not target.parent.is_dir():
        raise ProjectFileError(target, f"could not be restored from its autosaved copy: the folder "
                                       f"{target.parent} is gone too. Nothing was changed; create the "
                                       "folder, or open the autosaved copy with File > Open and save it "
                                       f"elsewhere ({copy}).")
    try:
        tmp, held = write.create_temp(target)
    except OSError as exc:
        raise _not_restored(target, exc) from None
    try:
        source = read.connect_readonly(copy)
        try:
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        write.mark_as_new(tmp)           # its own change counter (files.journal_belongs)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        write.replace_with(tmp, target)
    except (OSError, sqlite3.DatabaseError) as exc:
        raise _not_restored(target, exc) from None
    finally:
        for leftover in (tmp, journal(tmp)):
            leftover.unlink(missing_ok=True)
        os.close(held)


def _not_restored(target: Path, exc: Exception) -> ProjectFileError:
    text = getattr(exc, "strerror", None) or str(exc)
    return ProjectFileError(target, f"could not be restored from its autosaved copy ({text}). Nothing was "
                                    "changed; free some space or make the folder writable, then open it again.")
