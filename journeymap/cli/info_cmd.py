"""``journeymap info PATH [--json]``: what the project holds.

Reads the entities (not the raw dataset rows) through storage.read, so the default
journey follows the same rule as everywhere else (Project.default_journey) and a
damaged entity table is reported rather than half-counted.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .common import print_json

HELP = "what the project holds"


def add_arguments(parser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _read(path: Path):
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
    count = {kind: Counter(e.journey for e in project.all(kind))
             for kind in ("stages", "transitions", "pain_points")}
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


def run(args) -> int:
    data = summary(Path(args.path))
    if args.json:
        print_json(data)
        return 0
    print(f"{data['title']}  (file version {data['schema_version']})")
    print(f"default journey: {data['default_journey'] or '-'}")
    print("journeys:" if data["journeys"] else "journeys: none")
    for j in data["journeys"]:
        print(f"  {j['name']} [{j['state']}]: {j['stages']} stages, {j['transitions']} transitions, "
              f"{j['pain_points']} pain points")
    print("datasets:" if data["datasets"] else "datasets: none")
    for d in data["datasets"]:
        print(f"  {d['name']} ({d['kind']}, {d['journey']}): {d['rows']} rows from {d['file_name'] or '-'}")
    return 0
