"""Benchmark: the roadmap and the monthly review of a large project.

The bundled sample (its survey, 13 months of operating data) with 10,000 pain points and 1,000
initiatives added (each addressing 1-4 of them, dates spread over two years, a tenth overdue), saved.
Figures, each beside its target (issue 13):
- roadmap draws: the Roadmap view's refresh offscreen (rows with RICE, overdue and projections, the
  table model, the what-if panel, the impact-effort figure built and written to the web view's page;
  the browser's own drawing is not timed), target < 1 s; also the headless ``roadmap()`` alone;
- review: ``analysis.review.review`` of the newest period (two rankings of 10,000 pain points, every
  survey item and operating metric tested), target < 2 s.
Median of REPEATS runs after a warm-up. Run: python benchmarks/bench_roadmap.py
"""
from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journeymap.core import model  # noqa: E402
from journeymap.samples.insurance import build_sample  # noqa: E402
from journeymap.storage.read import open_project  # noqa: E402
from journeymap.storage.write import save  # noqa: E402

PAINS, INITIATIVES, REPEATS = 10_000, 1_000, 5
AS_OF = dt.date(2027, 1, 15)


def big_project(folder: Path) -> Path:
    path = folder / "big.jmap"
    build_sample(path)
    project = open_project(path)
    journey = project.default_journey()
    stages = [s.id for s in project.stages_of(journey.id)]
    items = [it.id for it in project.all("survey_items")]
    rng = np.random.default_rng(13)
    for i in range(PAINS):
        project.add(model.PainPoint(f"pp-big-{i}", journey.id, stages[i % len(stages)], f"Pain point {i}",
                                    severity=int(rng.integers(1, 6)), share_affected=float(rng.uniform(0, 0.3)),
                                    gap=float(rng.uniform(0, 0.5)), created="2026-12-10"))
    statuses = ("idea", "planned", "in_progress", "done", "dropped")
    for i in range(INITIATIVES):
        start = dt.date(2026, 1, 1) + dt.timedelta(days=int(rng.integers(0, 600)))
        due = start + dt.timedelta(days=int(rng.integers(30, 300)))
        status = statuses[i % 5]
        pains = [f"pp-big-{k}" for k in rng.choice(PAINS, int(rng.integers(1, 5)), replace=False)]
        project.add(model.Initiative(
            f"in-big-{i}", journey.id, f"Initiative {i}", owner=f"Owner {i % 40}", department=f"Dept {i % 12}",
            start=start.isoformat(), due=due.isoformat(), done=due.isoformat() if status == "done" else None,
            effort=float(rng.uniform(1, 30)), reach=float(rng.uniform(100, 20_000)),
            impact=float(rng.choice([0.25, 0.5, 1, 2, 3])), confidence=float(rng.uniform(0.3, 1)), status=status,
            pain_points=pains, expected_uplift=float(rng.uniform(0.1, 0.5)),
            uplift_target=f"item:{items[i % len(items)]}"))
    save(project, path)
    return path


def median_seconds(fn) -> float:
    fn()
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    BEST.append(min(times))          # the machine is shared: the best run says what the code costs
    return statistics.median(times)


BEST: list[float] = []


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from journeymap.analysis.review import review
    from journeymap.analysis.roadmap import roadmap
    from journeymap.ui.roadmap_view import RoadmapView
    from journeymap.ui.session import Session

    folder = Path(tempfile.mkdtemp(prefix="bench-roadmap-"))
    start = time.perf_counter()
    path = big_project(folder)
    print(f"project: {PAINS:,} pain points, {INITIATIVES:,} initiatives (built in {time.perf_counter() - start:.1f} s)")
    project = open_project(path)
    journey = project.default_journey().id
    headless = median_seconds(lambda: roadmap(path, project, journey_id=journey, as_of=AS_OF))
    print(f"roadmap() headless, coefficients included   {headless * 1000:7.0f} ms")

    app = QApplication.instance() or QApplication([])
    session = Session(project)
    view = RoadmapView(session, as_of=AS_OF)
    view.resize(1600, 1000)

    def draw():
        view.refresh()                         # ChartView.show_figure serialises the figure to its page
        app.processEvents()                    # the table repaints; the web page loads meanwhile
    refreshed = median_seconds(view.refresh)
    print(f"roadmap view refresh (rows, table, figure)  {refreshed * 1000:7.0f} ms")
    drawn = median_seconds(draw)
    print(f"roadmap draws (refresh + one event loop)    {drawn * 1000:7.0f} ms   target < 1000 ms  "
          f"{'ok' if drawn < 1 else 'MISSED'}")
    reviewed = median_seconds(lambda: review(path, project, journey_id=journey))
    print(f"review of the newest period                 {reviewed * 1000:7.0f} ms   target < 2000 ms  "
          f"{'ok' if reviewed < 2 else 'MISSED'}")
    print(f"best runs: refresh {BEST[1] * 1000:.0f} ms, draws {BEST[2] * 1000:.0f} ms, review {BEST[3] * 1000:.0f} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
