"""The least a correct import must do, for bench_import.py to compare against (issue 4).

A pyarrow read of the CSV (types inferred), one SQLite bulk insert of the same rows (the 22 columns
of a survey's raw table) in one transaction with executemany, and one pandas groupby.
Run: python benchmarks/baseline_import.py SURVEY.csv DB.sqlite  -> prints JSON {seconds, peak_mb}.
"""
from __future__ import annotations

import json
import resource
import sqlite3
import sys
import time


def baseline(csv_path: str, db_path: str) -> dict:
    import pyarrow.csv as pacsv

    start = time.perf_counter()
    table = pacsv.read_csv(csv_path)
    frame = table.to_pandas()
    names = list(frame.columns)
    rid, seg, date, outcome = names[0], names[1], names[2], names[3]
    items = names[4:]
    cols = [list(range(2, len(frame) + 2)), frame[rid].astype(str).tolist(), frame[seg].tolist(),
            frame[date].astype(str).str[:7].tolist(), frame[date].astype(str).tolist(),
            [None] * len(frame), frame[outcome].to_numpy(dtype=float).tolist()]
    cols += [frame[c].to_numpy(dtype=float).tolist() for c in items]
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN")
    defs = ", ".join([f"c{k}" for k in range(len(cols))])
    conn.execute(f"CREATE TABLE raw ({defs})")
    conn.executemany(f"INSERT INTO raw VALUES ({', '.join('?' * len(cols))})", zip(*cols))
    conn.execute("COMMIT")
    conn.close()
    frame.groupby(seg)[items].mean()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


if __name__ == "__main__":
    print(json.dumps(baseline(sys.argv[1], sys.argv[2])))
