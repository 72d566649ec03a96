"""``journeymap info PATH [--json]``: what the project holds.

Reads the entities (not the raw dataset rows) through storage.read, so the default
journey follows the same rule as everywhere else (Project.default_journey) and a
damaged entity table is reported rather than half-counted.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .common import _, print_json

if TYPE_CHECKING:
    from journeymap.core.project import Project

HELP = "what the project holds"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _read(path: Path) -> tuple[int, Project]:
    import sqlite3

    from journeymap.storage.read import connect_readonly, damaged, read_project

    conn = connect_readonly(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return version, read_project(conn, path)
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from None
    finally:
        conn.close()


def summary(path: Path) -> dict:
    version, project = _read(Path(path))
    count = {"stages": Counter(s.journey for s in project.all("stages")),
             "transitions": Counter(t.journey for t in project.all("transitions")),
             "pain_points": Counter(p.journey for p in project.all("pain_points"))}
    names = {j.id: j.name for j in project.all("journeys")}
    default = project.default_journey()
    return {
        "schema_version": version,
        "title": project.info.title,
        "organisation": project.info.organisation,
        "default_journey": default.name if default else None,
        "journeys": [{"id": j.id, "name": j.name, "state": j.state,
                      **{kind: int(count[kind][j.id]) for kind in count}}
                     for j in project.all("journeys")],
        "datasets": [{"name": d.name, "kind": d.kind, "journey": names.get(d.journey),
                      "rows": int(d.rows or 0), "file_name": d.file_name, "imported_at": d.imported_at}
                     for d in project.all("datasets")],
        "segments": [s.name for s in project.all("segments")],
        "initiatives": len(project.tables["initiatives"]),
        "feedback": len(project.tables["feedback"]),
    }


def run(args: argparse.Namespace) -> int:
    data = summary(Path(args.path))
    if args.json:
        print_json(data)
        return 0
    print(_("{title}  (file version {version})").format(title=data["title"], version=data["schema_version"]))
    print(_("default journey: {name}").format(name=data["default_journey"] or "-"))
    print(_("journeys:") if data["journeys"] else _("journeys: none"))
    for j in data["journeys"]:
        print("  " + _("{name} [{state}]: {stages} stages, {transitions} transitions, {pain_points} pain points")
              .format(name=j["name"], state=_(j["state"]), stages=j["stages"], transitions=j["transitions"],
                      pain_points=j["pain_points"]))
    print(_("datasets:") if data["datasets"] else _("datasets: none"))
    for d in data["datasets"]:
        print("  " + _("{name} ({kind}, {journey}): {rows} rows from {file}").format(
            name=d["name"], kind=_(d["kind"]), journey=d["journey"], rows=d["rows"], file=d["file_name"] or "-"))
    return 0
