"""The hot read paths: stdlib sqlite3 (what storage/read.py and storage/datasets.py use) or sqlite-utils?

Run: python benchmarks/bench_read_layers.py. On the sample project (`journeymap demo`), the best of
several runs of the same reads both ways, side by side, with the import each needs in a fresh
process. The target: the stdlib is at least as fast on each read, so sqlite-utils stays off them
(it creates and migrates the schema, storage/schema.py). Exit status 1 if it is not.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from journeymap.core import model  # noqa: E402
from journeymap.storage import read  # noqa: E402

REPEATS = 15


def best_ms(fn) -> float:
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def import_ms(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                 text=True).stdout) for _ in range(3)]
    return min(runs) * 1000


def main() -> int:
    import sqlite_utils

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jmap"
        subprocess.run([sys.executable, "-m", "journeymap", "demo", str(sample)], check=True, cwd=ROOT,
                       capture_output=True)
        conn = sqlite3.connect(sample.resolve().as_uri() + "?mode=ro", uri=True)
        db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        raw = max((name for (name,) in conn.execute(
            r"SELECT name FROM sqlite_master WHERE name LIKE 'raw\_%' ESCAPE '\'")),
            key=lambda n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0])
        n_raw = conn.execute(f'SELECT count(*) FROM "{raw}"').fetchone()[0]
        kinds = list(model.ENTITY_TYPES)
        rows = [
            ("every entity table, ORDER BY _order",
             lambda: [conn.execute(f"SELECT * FROM {k} ORDER BY _order").fetchall() for k in kinds],
             lambda: [list(db[k].rows_where(order_by="_order")) for k in kinds]),
            (f"raw rows of the largest dataset ({n_raw:,})",
             lambda: conn.execute(f'SELECT * FROM "{raw}" ORDER BY rowid').fetchall(),
             lambda: list(db[raw].rows_where(order_by="rowid"))),
        ]
        ok = True
        print(f"{'read':46} {'sqlite3':>10} {'sqlite-utils':>13}  verdict (target: sqlite3 not slower)")
        for label, stdlib, utils in rows:
            a, b = best_ms(stdlib), best_ms(utils)
            ok &= a <= b * 1.1
            print(f"{label:46} {a:8.2f}ms {b:11.2f}ms  sqlite3 {b / a:.1f}x as fast")
        print(f"{'read.open_project (whole sample, stdlib)':46} {best_ms(lambda: read.open_project(sample)):8.2f}ms")
        conn.close()
    print(f"{'import, fresh process':46} {import_ms('sqlite3'):8.2f}ms {import_ms('sqlite_utils'):11.2f}ms"
          "  (sqlite_utils imports pandas)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
