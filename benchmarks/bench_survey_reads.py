"""Reading a 1,000,000-respondent survey back from the project file, through each reader analysis
uses (analysis.survey_data, over storage.survey_rows), from the columnar copy (rawcol_<id>) and
from the rows (a file without that copy). Run: python benchmarks/bench_survey_reads.py [N]

Every figure is a cold read (nothing kept), the median of 3, beside its budget: the drivers
analysis of a million rows has 10 s in all (bench_drivers.py), so its read gets a fifth of that;
the periods and segments of a dataset fill a menu and get 1 s; the stage metrics' rows must
leave room in bench_import.py's cold recompute. The rows of a file without the copy (files from
before it; every import writes one) are printed for reference, without a budget.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

REPEATS = 3


def timed(fn) -> float:
    from journeymap.analysis import survey_data

    times = []
    for _ in range(REPEATS):
        survey_data.forget_rows()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(label: str, seconds: float, budget: float | None) -> None:
    if budget is None:           # the rows of an old file: for reference (an import writes the copy)
        print(f"  {label}: {seconds:.2f} s")
        return
    print(f"  {label}: {seconds:.2f} s (budget < {budget:g} s) {'OK' if seconds < budget else 'TOO SLOW'}")


def measure(path: Path, dataset_id: str, *, budgets: bool = True) -> None:
    from journeymap.analysis import stage_rows, survey_data
    from journeymap.storage.read import open_project

    project = open_project(path)
    dataset = project.get("datasets", dataset_id)
    jid = dataset.journey
    specs = stage_rows.row_specs(project, dataset)
    segment = survey_data.distinct_values(path, dataset_id, "segment")[0]
    for label, read, budget in [
        ("load_survey, every row (driver answers)",
         lambda: survey_data.load_survey(path, project, journey_id=jid, dataset_id=dataset_id), 2),
        (f"load_survey, segment {segment!r}",
         lambda: survey_data.load_survey(path, project, journey_id=jid, dataset_id=dataset_id, segment=segment), 2),
        ("load_waves (one wave: every item, period, segment)",
         lambda: survey_data.load_waves(path, project, journey_id=jid, datasets=[dataset]), 2),
        ("survey_rows (the stage metrics' rows)", lambda: survey_data.survey_rows(path, dataset, specs), 2),
        ("distinct_values, period", lambda: survey_data.distinct_values(path, dataset_id, "period"), 1),
    ]:
        report(label, timed(read), budget if budgets else None)


def main() -> None:
    from bench_read import mapping, write_survey

    from journeymap.importers.project_import import run_import
    from journeymap.samples.templates import build
    from journeymap.storage import datasets
    from journeymap.storage.write import save

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        csv_path, path = Path(tmp) / "survey.csv", Path(tmp) / "bench.jmap"
        write_survey(csv_path, n)
        save(build("insurance"), path)
        out = run_import(path, csv_path, dict(mapping(), create_stages=True))
        print(f"{out.rows:,} respondents x 15 items imported; cold reads, median of {REPEATS}:")
        print(" from the columnar copy:")
        measure(path, out.dataset_id)
        usable, datasets._usable_columns = datasets._usable_columns, lambda *a: None   # as a file without it
        try:
            print(" from the rows (a file without the copy):")
            measure(path, out.dataset_id, budgets=False)
        finally:
            datasets._usable_columns = usable


if __name__ == "__main__":
    main()
