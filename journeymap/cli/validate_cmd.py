"""``journeymap validate PATH``: integrity and graph checks. Exit 1 when errors are found."""
from __future__ import annotations

from pathlib import Path

from .common import EXIT_OK, EXIT_PROBLEM, pick_journey, print_json

HELP = "integrity and graph checks (exit 1 if it finds problems)"


def add_arguments(parser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="check only this journey (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def check(path: Path, journey_name: str | None = None) -> dict:
    import sqlite3

    from journeymap.core import graph
    from journeymap.storage.read import connect_readonly, read_project

    conn = connect_readonly(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        project = read_project(conn, path)
    except sqlite3.DatabaseError as exc:
        return {"ok": False, "file": [f"the file is damaged: {exc}"], "journeys": []}
    finally:
        conn.close()
    file_problems = [] if integrity == "ok" else [f"integrity check: {integrity}"]
    file_problems += [f"{row[0]} row {row[1]} refers to a missing {row[2]} row" for row in fk]
    journeys = [pick_journey(project, journey_name, quiet=True)] if journey_name else project.all("journeys")
    report = []
    for journey in journeys:
        problems = graph.validate(project, journey.id)
        report.append({"journey": journey.name, "problems": [p.to_dict() for p in problems]})
    errors = bool(file_problems) or any(p["level"] == "error" for j in report for p in j["problems"])
    return {"ok": not errors, "file": file_problems, "journeys": report}


def run(args) -> int:
    result = check(Path(args.path), args.journey)
    if args.json:
        print_json(result)
    else:
        for line in result["file"]:
            print(f"error: {line}")
        for j in result["journeys"]:
            counts = [p["level"] for p in j["problems"]]
            print(f"{j['journey']}: {counts.count('error')} errors, {counts.count('warning')} warnings")
            for p in j["problems"]:
                print(f"  {p['level']}: {p['message']}")
        print("ok" if result["ok"] else "problems found")
    return EXIT_OK if result["ok"] else EXIT_PROBLEM
