"""A year of monthly survey waves: 12 files imported as 12 datasets with the same saved mapping (the
monthly rhythm), then the numbers that read every wave. Run: python benchmarks/bench_waves.py [N]
(N respondents over the year, default 240,000; 1,000,000 for the full size).

Prints each figure beside its target:
- stage metrics of all waves, cold (every wave's rows read from its columnar copy): < 10 s at 1,000,000;
- the same after an edit (rows cached, metrics recomputed): < 1 s (bench_import.py's target for one dataset);
- one period's stage metrics (the map's badges for a month): < 1 s;
- drivers over all waves (relative weights, 200 bootstrap resamples): < 10 s (bench_drivers.py's target).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def write_month(path: Path, month: int, n: int, first_id: int) -> None:
    """One month's survey file: the bench_read.py columns, dates inside the month."""
    from bench_read import ITEMS, STAGES
    rng = np.random.default_rng(month)
    latent = rng.standard_normal(n)
    start = np.datetime64(f"2026-{month:02d}-01")
    cols = {"respondent_id": np.arange(first_id, first_id + n),
            "Customer type": rng.choice(["Retail", "Business", "Premium"], n, p=[0.6, 0.3, 0.1]),
            "survey_date": (start + rng.integers(0, 28, n)).astype(str),
            "Likelihood to recommend": np.clip(np.round(7 + 2 * latent + rng.standard_normal(n)), 0, 10).astype(int)}
    for k in range(ITEMS - 1):
        q = np.clip(np.round(3.4 + 0.8 * latent + rng.standard_normal(n)), 1, 5).astype(int)
        q[rng.random(n) < 0.02] = 0
        cols[f"Q{k + 1} {STAGES[k // 2]}"] = q
    cols["Effort to claim"] = np.clip(np.round(3 - latent + rng.standard_normal(n)), 1, 7).astype(int)
    pd.DataFrame(cols).to_csv(path, index=False)


def report(label: str, seconds: float, target: float) -> None:
    print(f"{label}: {seconds:.2f} s (target < {target:g} s) {'OK' if seconds < target else 'TOO SLOW'}")


def main() -> None:
    from bench_read import mapping

    from journeymap.analysis import stage_data
    from journeymap.analysis.driver_run import run_drivers
    from journeymap.importers.project_import import run_import
    from journeymap.samples import templates
    from journeymap.storage.read import open_project
    from journeymap.storage.write import save

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 240_000
    per = n // 12
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "waves.jmap"
        save(templates.build("blank"), path)
        spec = dict(mapping(), name="Monthly survey", period="month", create_stages=True)
        start = time.perf_counter()
        for month in range(1, 13):
            csv = Path(tmp) / f"survey_2026-{month:02d}.csv"
            write_month(csv, month, per, 1 + (month - 1) * per)
            if month == 1:
                run_import(path, csv, spec)
            else:     # next month: the mapping saved in the project, the dataset named for its month
                run_import(path, csv, "Monthly survey", name=f"Monthly survey 2026-{month:02d}")
        print(f"{12 * per:,} respondents in 12 monthly datasets, imported in {time.perf_counter() - start:.1f} s")
        project = open_project(path)
        journey = project.journey_by_name(spec["journey"]).id
        stage_data.clear_cache()
        start = time.perf_counter()
        table = stage_data.stage_metric_table(path, project, journey_id=journey)
        cold = time.perf_counter() - start
        rated = table.loc[table["kind"] == "satisfaction", "n"].max()
        assert rated > 0.9 * 12 * per, rated          # every wave's rows are in the metrics
        report(f"stage metrics, all 12 waves, cold (n per stage up to {rated:,})", cold, 10)
        stage = project.stages_of(journey)[0]
        project.update("stages", stage.id, name=stage.name + " (renamed)")
        save(project, path)
        start = time.perf_counter()
        stage_data.stage_metric_table(path, project, journey_id=journey)
        report("stage metrics after an edit", time.perf_counter() - start, 1)
        start = time.perf_counter()
        stage_data.stage_metric_table(path, project, journey_id=journey, period="2026-11")
        report("one period's stage metrics", time.perf_counter() - start, 1)
        start = time.perf_counter()
        out = run_drivers(path, project, journey_id=journey, bootstrap=200)
        assert len(out["datasets"]) == 12
        report(f"drivers over 12 waves (n = {out['n']:,}, 200 resamples)", time.perf_counter() - start, 10)


if __name__ == "__main__":
    main()
