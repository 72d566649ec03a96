"""Creating and saving project files: what moving schema creation onto sqlite-utils costs.

Run: python benchmarks/bench_save.py [--before REV]. Prints each figure now, beside the same figure
for the code of git revision REV (default 97d49a2: stdlib DDL, before the move; extracted with
`git archive` into a temporary folder and measured in the same run, interleaved, as the machine is
shared) and beside its target. Each figure is the best of several runs, the steadiest under load:
- creating the schema of a new file, in a process that has imported what it needs already;
- the first save of a new project (template, then the sample) and a Save As of the sample
  (copies the file: no schema is created), an in-place save of every table;
- the first save of tests/fixtures/project_v1.jmap (the v1 -> v2 migration);
- `journeymap new` and `journeymap info` as fresh processes (import costs included);
- whether opening, an in-place save and `journeymap info` import sqlite_utils (and so pandas).
Exit status 1 if a target is missed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = Path(os.environ.get("BENCH_CODE_ROOT", ROOT))   # the tree whose journeymap is measured
sys.path.insert(0, str(CODE))

from journeymap.samples import templates  # noqa: E402
from journeymap.storage import read, write  # noqa: E402

REPEATS = 7
V1 = ROOT / "tests" / "fixtures" / "project_v1.jmap"
TARGETS = {   # seconds
    "create the schema (in process)": 0.05,
    "first save of a new project (retail template)": 0.25,
    "first save of the sample (no source file)": 0.5,
    "save as of the sample (copies the file)": 0.5,
    "in-place save of the sample, every table": 0.5,
    "first save of the v1 fixture (migrates)": 0.5,
    "`journeymap new` (fresh process)": 1.5,
    "`journeymap info` on the sample (fresh process)": 0.5,
}


def best_s(fn, setup=None) -> float:
    times = []
    for _ in range(REPEATS):
        arg = setup() if setup else None
        t0 = time.perf_counter()
        fn(arg) if setup else fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def run_s(*args: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "journeymap", *args], check=True, cwd=CODE, capture_output=True)
    return time.perf_counter() - t0


def imports_sqlite_utils(code: str) -> bool:
    """Whether running ``code`` in a fresh interpreter imports sqlite_utils."""
    probe = code + "\nimport sys; print('sqlite_utils' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], check=True, cwd=CODE, capture_output=True, text=True)
    return out.stdout.strip().endswith("True")


def measure(folder: Path, sample: Path) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(dir=folder))   # each measuring process its own files
    counter = iter(range(10**6))

    def fresh(name: str) -> Path:
        return folder / f"{name}-{next(counter)}.jmap"

    def create_schema(_=None):
        conn = sqlite3.connect(fresh("schema"), isolation_level=None)
        conn.execute("PRAGMA journal_mode = MEMORY")   # as write._open_temp: no fsync in the figure
        conn.execute("PRAGMA synchronous = OFF")
        write.create_schema(conn)
        conn.close()

    create_schema()   # the import of sqlite-utils, once per process, is in the fresh-process figures
    project = read.open_project(sample)
    retail = templates.build("retail")

    def first_save(p):
        p.path = None
        write.save(p, fresh("new"))

    def migrate(path):
        write.save(read.open_project(path), path)

    def v1_copy():
        path = fresh("v1")
        shutil.copyfile(V1, path)
        return path

    def in_place(_=None):
        project.dirty.update(write.ALL_KINDS)
        write.save(project, inplace)

    inplace = fresh("inplace")
    shutil.copyfile(sample, inplace)
    project = read.open_project(inplace)
    saveas_source = read.open_project(sample)
    new_file = fresh("cli")
    return {
        "create the schema (in process)": best_s(create_schema),
        "first save of a new project (retail template)": best_s(lambda: first_save(retail)),
        "first save of the sample (no source file)": best_s(lambda: first_save(read.open_project(sample))),
        "save as of the sample (copies the file)": best_s(lambda: write.save(saveas_source, fresh("as"))),
        "in-place save of the sample, every table": best_s(in_place),
        "first save of the v1 fixture (migrates)": best_s(migrate, v1_copy),
        "`journeymap new` (fresh process)": min(
            run_s("new", str(new_file), "--force") for _ in range(3)),
        "`journeymap info` on the sample (fresh process)": min(
            run_s("info", str(sample)) for _ in range(3)),
    }


def child(code_root: Path, sample: Path, folder: Path) -> dict[str, float]:
    """The figures of the journeymap under ``code_root``, measured in a fresh process."""
    env = dict(os.environ, BENCH_CODE_ROOT=str(code_root))
    out = subprocess.run([sys.executable, __file__, "--measure", str(sample), str(folder)], check=True,
                         env=env, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="97d49a2", help="git revision to compare with")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of now and before")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[1]), Path(args.measure[0]))))
        return 0
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = folder / "sample.jmap"
        subprocess.run([sys.executable, "-m", "journeymap", "demo", str(sample)], check=True, cwd=ROOT,
                       capture_output=True)
        before_root = folder / "before"
        before_root.mkdir()
        archive = subprocess.run(["git", "archive", args.before, "journeymap", "tests/fixtures"], cwd=ROOT,
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(before_root)], input=archive, check=True)
        now: dict[str, float] = {}
        before: dict[str, float] = {}
        for _ in range(args.rounds):   # alternate, so a busy moment hits both sides
            for root, into in ((ROOT, now), (before_root, before)):
                for label, seconds in child(root, sample, folder).items():
                    into[label] = min(seconds, into.get(label, seconds))
        print(f"{'figure':52} {'now':>9} {args.before:>9} {'target':>9}")
        for label, seconds in now.items():
            target = TARGETS[label]
            ok &= seconds <= target
            print(f"{label:52} {seconds * 1000:7.1f}ms {before[label] * 1000:7.1f}ms {target * 1000:7.0f}ms"
                  f"{'' if seconds <= target else '  MISSED'}")
        s = str(sample)
        paths = {
            "open (read.open_project)": f"from journeymap.storage import read; read.open_project({s!r})",
            "in-place save": (f"from journeymap.storage import read, write; p = read.open_project({s!r}); "
                              f"p.dirty.add('stages'); write.save(p, {s!r})"),
            "journeymap info": f"import sys; sys.argv = ['journeymap', 'info', {s!r}]; "
                               "from journeymap.cli import main; main()",
        }
        for label, code in paths.items():
            used = imports_sqlite_utils(code)
            ok &= not used
            print(f"{label:52} imports sqlite_utils: {'yes  MISSED (target: no)' if used else 'no (target: no)'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
