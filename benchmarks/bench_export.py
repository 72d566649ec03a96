"""Export speed: the sample in every format (target < 15 s), the deck alone (< 3 s), and how the deck's
time grows from 10 to 1,000 pain points. Prints each figure beside its target.

    .venv/bin/python benchmarks/bench_export.py
"""
from __future__ import annotations

import copy
import os
import resource
import tempfile
import time
from pathlib import Path

from journeymap.export.bundle import gather
from journeymap.export.images import browser
from journeymap.export.run import FORMATS, Request, export
from journeymap.samples import write_sample
from journeymap.storage.read import open_project


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (kaleido's Chromium is one, once stopped)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


CPU: dict[str, float] = {}


def _timed(fn, name: str = "") -> float:
    """Wall seconds of ``fn``; its CPU seconds go to CPU[name] (on a shared machine the wall time
    is mostly waiting for a core: the CPU time is what an idle machine would need)."""
    start, cpu = time.perf_counter(), _cpu()
    fn()
    CPU[name] = _cpu() - cpu
    return time.perf_counter() - start


def _with_pain_points(bundle: dict, n: int) -> dict:
    """The sample's ranking repeated to ``n`` rows (titles numbered), for the deck's table and chart."""
    out = copy.deepcopy(bundle)
    base = bundle["rank"]["pain_points"]
    out["rank"]["pain_points"] = [dict(base[k % len(base)], rank=k + 1, title=f"{base[k % len(base)]['title']} #{k}")
                                  for k in range(n)]
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "sample.jmap"
        write_sample(path)
        project = open_project(path)
        t = time.perf_counter()
        bundle = gather(path, project, journey_id=project.default_journey().id)
        gather_s = time.perf_counter() - t
        print(f"gather the data (rank, drivers, metrics, reasons): {gather_s:6.2f} s")
        full = _timed(lambda: export(bundle, Request(folder / "all", formats=FORMATS)), "full")
        print(f"full export, every format{'' if browser() else ' (no Chromium: no images)'}: "
              f"{full + gather_s:6.2f} s   target < 15 s   {'ok' if full + gather_s < 15 else 'MISSED'}"
              f"   (export CPU {CPU['full']:.2f} s)")
        pptx = _timed(lambda: export(bundle, Request(folder / "pptx", formats=("pptx",))), "pptx")
        print(f"pptx alone, every chart (Sankey as shapes):  {pptx:6.2f} s   target < 3 s    "
              f"{'ok' if pptx < 3 else 'MISSED'}   (CPU {CPU['pptx']:.2f} s)")
        for n in (10, 100, 1000):
            b = _with_pain_points(bundle, n)
            s = _timed(lambda: export(b, Request(folder / f"p{n}", formats=("pptx",), charts=["ranked"])))
            print(f"pptx, ranked slides only, {n:>5} pain points:      {s:6.2f} s")


if __name__ == "__main__":
    main()
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
