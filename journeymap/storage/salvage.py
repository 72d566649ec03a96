"""Opening what can be read of a damaged project: rows that cannot be read are left out, listed.

``journeymap`` commands refuse a damaged file (exit 2, naming the place); the app offers this
instead, as an untitled copy, so the damaged file itself is never overwritten by a save.
"""
from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from ..core import model
from ..core.project import REFERENCES, Project
from . import read
from .damage import ADVICE


def salvage_project(path) -> tuple[Project, list[str]]:
    """(the readable part of the project, what was left out); ProjectFileError when nothing can be
    read (not a project, a version too new, the schema itself unreadable)."""
    path = Path(path)
    conn = read.connect_readonly(path)
    skipped: list[str] = []
    try:
        conn.execute("BEGIN")
        project = read._read_all(conn, path, skipped)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise read.damaged(path, exc) from None
    finally:
        conn.close()
    _drop_dangling(project, skipped)
    project.path = None
    return project, [_short(m) for m in skipped]


def _short(message: str) -> str:
    return message.removeprefix("is damaged: ").replace(" " + ADVICE, "")


def _drop_dangling(project: Project, skipped: list[str]) -> None:
    """References to rows that were left out: cleared, or (a stage of a lost journey) the row goes too."""
    dropped: dict[str, int] = {}
    changed = True
    while changed:   # a dropped stage may leave its transitions dangling in turn
        changed = False
        for kind, fname, target, rule in REFERENCES:
            table, targets = project.tables[kind], project.tables[target]
            for eid, entity in list(table.items()):
                value = getattr(entity, fname, None)
                if rule == "list":
                    kept = [v for v in (value or []) if v in targets]
                    if kept != list(value or []):
                        table[eid] = model.replace(entity, **{fname: kept})
                elif value is not None and value not in targets:
                    if rule == "cascade":
                        del table[eid]
                        dropped[kind] = dropped.get(kind, 0) + 1
                        changed = True
                    else:
                        table[eid] = model.replace(entity, **{fname: None})
    if dropped:
        skipped.append("also left out, as they belonged to those rows: " +
                       ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in sorted(dropped.items())))
    if project.info.default_journey not in project.tables["journeys"]:
        project.info = dataclasses.replace(project.info, default_journey=next(iter(project.tables["journeys"]), None))
