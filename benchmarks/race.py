"""Two writers race on one project file, N times: nothing that reported success may be lost.

Each trial starts two processes on a fresh copy of a project; both load everything they need,
say "ready", and are let go at the same moment:
- import + import: two `journeymap import` runs with different --name (in-process cli.main);
- save + import: an app-like save (the project read after the go, or before it and saved up to
  1.5 s later, as a user edits; a journey added, saved in place) against an import.
Afterwards every writer that exited 0 must find its change in the file (the dataset with all its
rows, the journey), and the file must pass integrity_check. A writer may be refused (exit 2, the
file changed under it); that is not a loss.

    .venv/bin/python benchmarks/race.py [--trials 100] [--seed 1] [--json]
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JOURNEY = "Insurance end to end"
HEAD = "id,segment,date,satisfied,Claim speed,Quote"
ROWS = [f"r{i},{'Gold' if i % 2 else 'Basic'},2026-10-{1 + i % 28:02d},{'yes' if i % 3 else 'no'},"
        f"{1 + i % 5},{1 + (i * 7) % 5}" for i in range(60)]
TARGET_LOST = 0


def child(argv: list[str]) -> int:
    """One writer: load, say ready, wait for the go line, write, print its exit code."""
    kind, path = argv[0], argv[1]
    sys.path.insert(0, str(ROOT))
    from journeymap.cli import main
    from journeymap.core import model
    from journeymap.storage import read, write
    from journeymap.storage.errors import ProjectFileError
    import journeymap.importers.project_import  # noqa: F401  (pandas and friends, before the go)
    project = read.open_project(path) if kind == "save-early" else None
    print("ready", flush=True)
    sys.stdin.readline()
    if kind == "import":
        code = main(["import", path, argv[2], "--mapping", argv[3], "--name", argv[4]])
    else:
        if project is not None:   # the app read it a while ago; the user edits, then saves
            import time
            time.sleep(float(argv[3]))
        project = project or read.open_project(path)
        project.add(model.Journey(model.new_id("jn"), argv[2]))
        try:
            write.save(project, path)
            code = 0
        except ProjectFileError as exc:
            print(f"refused: {exc}", file=sys.stderr)
            code = 2
    print(f"exit {code}", flush=True)
    return code


def _start(args: list[str]) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, __file__, "--child", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    line = proc.stdout.readline().strip()
    if line != "ready":
        raise RuntimeError(f"writer did not start: {line!r} {proc.stderr.read()[-2000:]}")
    return proc


def _finish(proc: subprocess.Popen) -> tuple[int, str]:
    out, err = proc.communicate(timeout=300)
    if "Traceback" in err:
        raise RuntimeError(f"a writer crashed:\n{err[-3000:]}")
    return proc.returncode, err


def _present(path: Path, kind: str, name: str) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if kind == "import":
            row = conn.execute("SELECT id FROM datasets WHERE name = ?", (name,)).fetchone()
            if row is None:
                return False
            table = "raw_" + "".join(c if c.isalnum() else "_" for c in row[0])
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(ROWS)
        return conn.execute("SELECT 1 FROM journeys WHERE name = ?", (name,)).fetchone() is not None
    finally:
        conn.close()


def _integrity(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def setup(folder: Path) -> tuple[bytes, Path, Path]:
    template = folder / "template.jmap"
    subprocess.run([sys.executable, "-m", "journeymap", "new", str(template), "--template", "insurance"],
                   cwd=ROOT, check=True, capture_output=True)
    csv = folder / "survey.csv"
    csv.write_text("\n".join([HEAD] + ROWS) + "\n", encoding="utf-8")
    mapping = folder / "map.json"
    mapping.write_text(json.dumps({
        "kind": "survey", "name": "Race", "journey": JOURNEY, "create_stages": True, "id": "id",
        "segment": "segment", "date": "date",
        "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]},
        "items": [{"column": "Claim speed", "stage": "Reports a claim", "scale": [1, 5]},
                  {"column": "Quote", "stage": "Race stage", "scale": [1, 5]}]}), encoding="utf-8")
    return template.read_bytes(), csv, mapping


def trial(folder: Path, template: bytes, csv: Path, mapping: Path, i: int, rng: random.Random) -> dict:
    path = folder / f"race-{i}.jmap"
    path.write_bytes(template)
    if i % 2 == 0:
        writers = [("import", f"A{i}"), ("import", f"B{i}")]
    else:
        writers = [(rng.choice(["save-early", "save-late"]), f"Journey {i}"), ("import", f"B{i}")]
    procs = []
    for kind, name in writers:
        args = ([kind, str(path), str(csv), str(mapping), name] if kind == "import"
                else [kind, str(path), name, f"{rng.uniform(0, 1.5):.2f}"])
        procs.append(_start(args))
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = [_finish(p) for p in procs]
    lost, refused = 0, 0
    for (kind, name), (code, _err) in zip(writers, results):
        kind = "import" if kind == "import" else "save"
        if code == 0 and not _present(path, kind, name):
            lost += 1
        elif code != 0:
            refused += 1
            if code != 2:
                raise RuntimeError(f"trial {i}: {kind} exited {code}")
    if not _integrity(path):
        raise RuntimeError(f"trial {i}: the file fails integrity_check")
    path.unlink()
    return {"kind": "import+import" if i % 2 == 0 else "save+import", "lost": lost, "refused": refused}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="jm-race-") as tmp:
        folder = Path(tmp)
        template, csv, mapping = setup(folder)
        outcomes = [trial(folder, template, csv, mapping, i, rng) for i in range(args.trials)]
    seconds = time.perf_counter() - start
    lost = sum(o["lost"] for o in outcomes)
    summary = {"races": len(outcomes), "lost": lost, "refused": sum(o["refused"] for o in outcomes),
               "by_kind": {k: sum(1 for o in outcomes if o["kind"] == k) for k in ("import+import", "save+import")},
               "seconds": round(seconds, 1)}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"races run:        {summary['races']} ({summary['by_kind']})")
        print(f"updates lost:     {lost}   (target {TARGET_LOST})")
        print(f"writers refused:  {summary['refused']}   (exit 2: the file changed under them; not a loss)")
        print(f"seconds:          {seconds:.1f}")
    return 0 if lost <= TARGET_LOST else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.exit(child(sys.argv[2:]))
    sys.exit(main())
