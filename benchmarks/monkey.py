"""The GUI monkey at scale: N seeded random steps over the real main window.

    .venv/bin/python benchmarks/monkey.py --steps 10000 --seed 1 [--chunk 500] [--project both]

The walk is cut into chunks of ``--chunk`` steps; each chunk runs in a child process of its
own (seed = seed * 1000 + chunk number, alternating the sample and a blank project with
``--project both``), so a segfault ends one chunk, is reported as a crash with the steps
before it, and the walk goes on. Each chunk ends with the monkey's end checks (undo-all,
redo-all, save + reopen). Prints steps per second beside its target and the failures by
kind, each with its step log. Target: 0 crashes, 0 exceptions, 0 failed checks.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET_STEPS_PER_S = 10.0


def child(args) -> None:
    """One chunk: walk, finish, print a JSON result; the step log goes to --log as it grows."""
    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(["monkey"])
    from journeymap.ui import gc_main_thread
    gc_main_thread.install(app)   # as the app does (journeymap.app.create_app)
    from journeymap.ui import settings
    settings.isolate(folder / "settings")
    import monkey_app
    path = None
    if args.project == "sample":
        path = folder / "sample.jmap"
        path.write_bytes(Path(args.sample).read_bytes())
    window = monkey_app.open_window(path, folder / "recovery")
    app.processEvents()
    log = open(args.log, "w", buffering=1, encoding="utf-8")
    walker = monkey_app.make_walker(window, args.seed)
    walker.trace = lambda line: log.write(line + "\n")   # what was under way if the process dies
    start = monkey_app.snapshot(window.session.project)
    problems = []
    with walker:
        written = 0
        for _ in range(args.steps):
            began = time.perf_counter()
            walker.run(1)
            took = f"  [{(time.perf_counter() - began) * 1000:.0f} ms]"
            log.write("".join(line + "\n" for line in walker.log[written:-1]) + walker.log[-1] + took + "\n")
            written = len(walker.log)
        problems = monkey_app.finish(walker, start, folder)
    failures = [{"kind": f.kind, "step": f.step, "summary": f.summary, "report": f.report()}
                for f in walker.failures]
    failures += [{"kind": "end check", "step": walker.step, "summary": p.splitlines()[0], "report": p}
                 for p in problems]
    print(json.dumps({"steps": walker.step, "seconds": walker.elapsed, "failures": failures}))
    sys.stdout.flush()
    os._exit(0)     # no teardown: a walk's leftovers are not what is measured


def run_chunk(seed: int, steps: int, project: str, sample: Path, work: Path) -> dict:
    folder = work / f"chunk-{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "steps.log"
    cmd = [sys.executable, "-X", "faulthandler", __file__, "--child", "--seed", str(seed), "--steps", str(steps), "--project", project,
           "--sample", str(sample), "--folder", str(folder), "--log", str(log)]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=max(600, steps * 3))
    wall = time.perf_counter() - started
    line = next((l for l in reversed(done.stdout.splitlines()) if l.startswith("{")), None)
    if done.returncode == 0 and line:
        result = json.loads(line)
        result["wall"] = wall
        return result
    steps_log = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    steps_log = [l for i, l in enumerate(steps_log) if not l.endswith("...)") or i == len(steps_log) - 1]
    stderr = "\n".join(l for l in done.stderr.splitlines()      # faulthandler's stack, not its module list
                       if not l.startswith(("Extension modules", "[")))
    report = "\n".join(f"  {l}" for l in steps_log[-25:]) + "\n" + stderr[-3000:]
    return {"steps": len(steps_log) - 1, "seconds": wall, "wall": wall,
            "failures": [{"kind": "crash", "step": len(steps_log),
                          "summary": f"exit code {done.returncode}", "report": report}]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chunk", type=int, default=500)
    parser.add_argument("--project", choices=("sample", "blank", "both"), default="both")
    parser.add_argument("--sample", default="")
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--folder", default="")
    parser.add_argument("--log", default="")
    parser.add_argument("--show", type=int, default=3, help="failures of each kind shown in full")
    args = parser.parse_args()
    if args.child:
        return child(args)
    work = Path(tempfile.mkdtemp(prefix="monkey-"))
    sample = Path(args.sample) if args.sample else work / "sample.jmap"
    if not sample.exists():
        subprocess.run([sys.executable, "-m", "journeymap", "demo", str(sample)], check=True,
                       capture_output=True, timeout=300)
    chunks = [(args.seed * 1000 + i, min(args.chunk, args.steps - i * args.chunk))
              for i in range((args.steps + args.chunk - 1) // args.chunk)]
    total_steps, total_seconds, failures = 0, 0.0, []
    for number, (seed, steps) in enumerate(chunks):
        project = args.project if args.project != "both" else ("sample", "blank")[number % 2]
        result = run_chunk(seed, steps, project, sample, work)
        total_steps += result["steps"]
        total_seconds += result["seconds"]
        for failure in result["failures"]:
            failure.update(seed=seed, project=project)
            failures.append(failure)
        print(f"chunk seed {seed} ({project}): {result['steps']} steps in {result['seconds']:.1f} s "
              f"(process {result['wall']:.1f} s), {len(result['failures'])} failures", flush=True)
        for failure in result["failures"]:      # at once: a long run is read while it runs
            print(f"    [{failure['kind']}] step {failure['step']}: {failure['summary']}", flush=True)
    rate = total_steps / total_seconds if total_seconds else 0.0
    kinds = Counter(f["kind"] for f in failures)
    print(f"\nsteps: {total_steps} (asked {args.steps})")
    print(f"steps/s: {rate:.1f} (target >= {TARGET_STEPS_PER_S:.0f})")
    for kind in ("crash", "exception", "qt warning", "check", "end check", "monkey"):
        print(f"{kind}: {kinds.get(kind, 0)} (target 0)")
    by_summary = Counter((f["kind"], f["summary"]) for f in failures)
    shown = Counter()
    for (kind, summary), count in by_summary.most_common():
        print(f"\n== {count} x [{kind}] {summary}")
        first = next(f for f in failures if (f["kind"], f["summary"]) == (kind, summary))
        if shown[kind] < args.show:
            shown[kind] += 1
            print(f"first at seed {first['seed']} ({first['project']}), step {first['step']}:")
            print(first["report"])
    print(f"\nwork folder: {work}")


if __name__ == "__main__":
    main()
