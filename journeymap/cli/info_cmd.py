"""``journeymap info PATH [--json]``: what the project holds (SQL counts only: fast)."""
from __future__ import annotations

import json
from pathlib import Path

from .common import print_json

HELP = "what the project holds"


def add_arguments(parser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--json", action="store_true", help="print JSON")


def summary(path: Path) -> dict:
    from journeymap.storage.read import connect_readonly

    conn = connect_readonly(path)
    try:
        q = lambda sql, *a: conn.execute(sql, a).fetchall()  # noqa: E731
        info = {k: json.loads(v) for k, v in q("SELECT key, value FROM project")}
        journeys = q("SELECT id, name, state FROM journeys ORDER BY _order")
        names = {j["id"]: j["name"] for j in journeys}
        count = {}
        for table in ("stages", "transitions", "pain_points"):
            count[table] = dict(q(f"SELECT journey, count(*) FROM {table} GROUP BY journey"))
        default = info.get("default_journey")
        if default not in names:
            current = [j["id"] for j in journeys if j["state"] == "current"]
            default = (current or list(names) or [None])[0]
        return {
            "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
            "title": info.get("title", ""),
            "organisation": info.get("organisation", ""),
            "default_journey": names.get(default),
            "journeys": [{"name": j["name"], "state": j["state"],
                          **{t: int(count[t].get(j["id"], 0)) for t in count}} for j in journeys],
            "datasets": [{"name": d["name"], "kind": d["kind"], "journey": names.get(d["journey"]),
                          "rows": int(d["rows"] or 0), "file_name": d["file_name"],
                          "imported_at": d["imported_at"]}
                         for d in q("SELECT * FROM datasets ORDER BY _order")],
            "segments": [r[0] for r in q("SELECT name FROM segments ORDER BY _order")],
            "initiatives": q("SELECT count(*) FROM initiatives")[0][0],
            "feedback": q("SELECT count(*) FROM feedback")[0][0],
        }
    finally:
        conn.close()


def run(args) -> int:
    data = summary(Path(args.path))
    if args.json:
        print_json(data)
        return 0
    print(f"{data['title']}  (file version {data['schema_version']})")
    print(f"default journey: {data['default_journey'] or '-'}")
    print("journeys:")
    for j in data["journeys"]:
        print(f"  {j['name']} [{j['state']}]: {j['stages']} stages, {j['transitions']} transitions, "
              f"{j['pain_points']} pain points")
    print("datasets:" if data["datasets"] else "datasets: none")
    for d in data["datasets"]:
        print(f"  {d['name']} ({d['kind']}, {d['journey']}): {d['rows']} rows from {d['file_name'] or '-'}")
    return 0
