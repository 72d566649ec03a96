"""Benchmark: save and open a big project; `journeymap info` on the sample project.

Run: python benchmarks/bench_project.py. Prints each figure beside its target (issue 2:
save and open a project of 2,000 stages, 3,000 transitions and 10,000 pain points each
under a second on a 2-core machine; `journeymap info` on the sample under 0.5 s).
Median of several runs. Exit status 1 if a target is missed.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journeymap.core import commands  # noqa: E402
from journeymap.core import model as m  # noqa: E402
from journeymap.core.project import Project  # noqa: E402
from journeymap.samples import templates  # noqa: E402
from journeymap.storage import read, write  # noqa: E402

REPEATS = 5
JOURNEYS, PHASES = 2, 8
STAGES, TRANSITIONS, PAIN_POINTS = 2_000, 3_000, 10_000
SIZE = f"{STAGES:,} stages / {TRANSITIONS:,} transitions / {PAIN_POINTS:,} pain points"


def big_project() -> Project:
    """Two journeys sharing the counts above; texts of realistic length, some Chinese."""
    project = Project(m.ProjectInfo(title="Benchmark"))
    for j in range(JOURNEYS):
        jid = f"jn-{j}"
        project.add(m.Journey(jid, f"Journey {j}"))
        for p in range(PHASES):
            project.add(m.Phase(f"ph-{j}-{p}", jid, f"Phase {p}", order=p))
    per = STAGES // JOURNEYS
    for i in range(STAGES):
        j = i // per
        project.add(m.Stage(f"st-{i}", f"jn-{j}", f"ph-{j}-{i % PHASES}", f"Stage {i} 阶段",
                            description="The customer does something here. " * 3, emotion=(i % 7) - 3,
                            x=float(i % 40) * 248, y=float(i // 40) * 144, emotions={"sg-a": 1.0}))
    for i in range(TRANSITIONS):
        j = i % JOURNEYS
        a, b = j * per + (i * 7) % per, j * per + (i * 13 + 1) % per
        project.add(m.Transition(f"tr-{i}", f"jn-{j}", f"st-{a}", f"st-{b}", share=0.5))
    for i in range(PAIN_POINTS):
        s = i % STAGES
        project.add(m.PainPoint(f"pp-{i}", f"jn-{s // per}", f"st-{s}", f"Pain point {i} 痛点",
                                description="Customers complain about this step. " * 4, severity=1 + i % 5,
                                share_affected=0.1))
    return project


def median_s(fn, setup=None) -> float:
    times = []
    for _ in range(REPEATS):
        arg = setup() if setup else None
        start = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(label: str, seconds: float, target: float) -> bool:
    ok = seconds < target
    print(f"{label}: {seconds:.2f} s (target < {target:g} s) {'OK' if ok else 'SLOW'}", flush=True)
    return ok


def bench_storage(folder: Path) -> bool:
    project = big_project()
    counter = iter(range(10 ** 6))
    new_path = lambda: folder / f"new-{next(counter)}.jmap"  # noqa: E731
    ok = report(f"save {SIZE} (new file)", median_s(lambda p: write.save(project, p), new_path), 1)
    path = folder / "big.jmap"
    write.save(project, path)
    opened = read.open_project(path)

    def one_edit():
        commands.edit("stages", "st-5", name=f"Renamed {time.perf_counter()}").do(opened)
    ok &= report(f"in-place save after one edit ({SIZE})",
                 median_s(lambda _: write.save(opened, path), one_edit), 1)
    ok &= report(f"open {SIZE}", median_s(lambda _: read.open_project(path)), 1)
    return ok


def sample_file(folder: Path) -> tuple[Path, str]:
    """The bundled sample via `journeymap demo`; the insurance template if demo fails."""
    path = folder / "sample.jmap"
    result = subprocess.run([sys.executable, "-m", "journeymap", "demo", str(path)],
                            capture_output=True, text=True)
    if result.returncode == 0 and path.exists():
        return path, "the sample project"
    write.save(templates.build("insurance"), path)
    reason = (result.stderr.strip().splitlines() or ["no output"])[-1][:100]
    return path, f"the insurance template (`journeymap demo` failed: {reason})"


def bench_info(folder: Path) -> bool:
    path, what = sample_file(folder)
    command = [sys.executable, "-m", "journeymap", "info", str(path)]
    subprocess.run(command, capture_output=True)  # warm the file cache
    seconds = median_s(lambda _: subprocess.run(command, capture_output=True, check=True))
    return report(f"`journeymap info` on {what}, wall time of the process", seconds, 0.5)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        ok = bench_storage(Path(folder))
        ok &= bench_info(Path(folder))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
