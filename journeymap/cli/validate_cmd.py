"""``journeymap validate PATH``: integrity and graph checks. Exit 1 when errors are found."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import EXIT_OK, EXIT_PROBLEM, pick_journey, print_json

if TYPE_CHECKING:
    from journeymap.core.project import Project

HELP = "integrity and graph checks (exit 1 if it finds problems)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="check only this journey (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _read(path: Path) -> tuple[Project, list[str]]:
    """The project and the file-level problems; a damaged file is bad input (exit 2)."""
    import sqlite3

    from journeymap.storage.read import connect_readonly, damaged, read_project

    conn = connect_readonly(path)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise damaged(path, Exception("; ".join(integrity[:3])))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        return read_project(conn, path), [f"{r[0]} row {r[1]} refers to a missing {r[2]} row" for r in fk]
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from None
    finally:
        conn.close()


def check(path: Path, journey_name: str | None = None) -> dict:
    from journeymap.core import graph

    project, file_problems = _read(Path(path))
    journeys = [pick_journey(project, journey_name, quiet=True)] if journey_name else project.all("journeys")
    report: list[dict[str, Any]] = []
    for journey in journeys:
        problems = graph.validate(project, journey.id)
        report.append({"journey": journey.name, "problems": [p.to_dict() for p in problems]})
    errors = bool(file_problems) or any(p["level"] == "error" for j in report for p in j["problems"])
    return {"ok": not errors, "file": file_problems, "journeys": report}


def run(args: argparse.Namespace) -> int:
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
