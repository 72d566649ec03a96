"""Reading, validating and measuring a 1,000,000-respondent survey (issue 4). No project file yet:
the full import benchmark with the SQLite insert comes with the import command.

Run: python benchmarks/bench_read.py [N]. Writes a survey CSV (id, segment, date, an NPS outcome,
15 items of which one is a 1-7 effort item, missing codes and blanks) to a temp dir, then, in a fresh
process so that peak memory is the import's own, times: read (decode + parse as text), validate
(typed columns + report), stage metrics (all items and stages x segment x month), the outcome's NPS,
and the file's sha256. A bare baseline beside it: a pyarrow read with types inferred plus one pandas
groupby, the least any import must do.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ITEMS = 15
STAGES = ["Inquiry", "Quote", "Purchase", "Onboarding", "Billing", "Service", "Complaint", "Claim"]


def mapping() -> dict:
    items = [{"column": f"Q{k + 1} {STAGES[k // 2]}", "stage": STAGES[k // 2], "scale": [1, 5],
              "missing": [0]} for k in range(ITEMS - 1)]
    items.append({"column": "Effort to claim", "stage": "Claim", "scale": [1, 7], "better": "lower"})
    return {"kind": "survey", "name": "bench", "journey": "Insurance", "id": "respondent_id",
            "date": "survey_date", "segment": "Customer type",
            "outcome": {"column": "Likelihood to recommend", "type": "nps"}, "items": items}


def write_survey(path: Path, n: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    latent = rng.standard_normal(n)
    cols = {"respondent_id": np.arange(1, n + 1),
            "Customer type": rng.choice(["Retail", "Business", "Premium"], n, p=[0.6, 0.3, 0.1]),
            "survey_date": (np.datetime64("2026-01-01") + rng.integers(0, 365, n)).astype(str),
            "Likelihood to recommend": np.clip(np.round(7 + 2 * latent + rng.standard_normal(n)), 0, 10)
            .astype(int)}
    for k in range(ITEMS - 1):
        q = np.clip(np.round(3.4 + 0.8 * latent + rng.standard_normal(n)), 1, 5).astype(int)
        q[rng.random(n) < 0.02] = 0                      # "not applicable" code
        cols[f"Q{k + 1} {STAGES[k // 2]}"] = q
    cols["Effort to claim"] = np.clip(np.round(3 - latent + rng.standard_normal(n)), 1, 7).astype(int)
    frame = pd.DataFrame(cols)
    frame.loc[rng.random(n) < 0.03, "Q1 Inquiry"] = None   # blanks: missing, not errors
    frame.to_csv(path, index=False)


def timed(label: str, fn, results: dict):
    start = time.perf_counter()
    out = fn()
    results[label] = time.perf_counter() - start
    return out


def measure(path: Path) -> None:
    from journeymap.analysis.metrics import outcome_metrics, stage_metrics
    from journeymap.importers.mapping import load_mapping
    from journeymap.importers.prepare import file_sha256
    from journeymap.importers.readers import read_table
    from journeymap.importers.validate import validate_survey

    m = load_mapping(mapping())
    t: dict[str, float] = {}
    raw = timed("read", lambda: read_table(path, columns=m.columns()), t)
    res = timed("validate", lambda: validate_survey(raw, m), t)
    items = res.item_specs
    table = timed("stage metrics", lambda: stage_metrics(res.frame, items), t)
    timed("outcome NPS", lambda: outcome_metrics(res.frame, kind="nps"), t)
    timed("sha256", lambda: file_sha256(path), t)
    total = sum(t.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KB on Linux
    start = time.perf_counter()   # what a filter or mapping edit costs: all metrics again
    stage_metrics(res.frame, items)
    outcome_metrics(res.frame, kind="nps")
    recompute = time.perf_counter() - start
    for label, sec in t.items():
        print(f"  {label:<16} {sec:6.2f} s")
    print(f"  {'total':<16} {total:6.2f} s   ({len(res.frame):,} rows, {len(table):,} metric rows, "
          f"report ok: {res.report.ok}, encoding: {raw.encoding})")
    print(f"  recompute all metrics after an edit: {recompute:.2f} s (target < 1 s)")
    print(f"  peak memory: {peak:,.0f} MB (target < 1,500 MB)")


def baseline(path: Path) -> None:
    import pyarrow.csv as pacsv
    start = time.perf_counter()
    frame = pacsv.read_csv(path).to_pandas()
    frame.groupby("Customer type").mean(numeric_only=True)
    print(f"  baseline (pyarrow read with inferred types + one groupby): {time.perf_counter() - start:.2f} s")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] in ("--measure", "--baseline"):
        (measure if sys.argv[1] == "--measure" else baseline)(Path(sys.argv[2]))
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "survey.csv"
        start = time.perf_counter()
        write_survey(path, n)
        print(f"wrote {n:,} respondents x {ITEMS} items, {path.stat().st_size / 1e6:.0f} MB "
              f"in {time.perf_counter() - start:.1f} s")
        for flag in ("--measure", "--baseline"):
            subprocess.run([sys.executable, __file__, flag, str(path)], check=True)


if __name__ == "__main__":
    main()
