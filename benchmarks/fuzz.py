"""Fuzz the command line: N cases (malformed imports, hostile mappings, damaged projects) from a seed.

Prints the cases run, failures by kind (traceback, exit, changed bytes, leftover files) and the
seconds, beside the target (0 tracebacks). Failing cases are kept under tests/fuzz/regressions/
(with --keep), where tests/fuzz/test_fuzz.py replays them.

    .venv/bin/python benchmarks/fuzz.py [--cases 10000] [--seed 1] [--keep]
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))
import cases  # noqa: E402

TARGET_TRACEBACKS = 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="save failing cases as regression files")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        project = cases.base_project(Path(tmp))
    failures, kinds, exits = collections.Counter(), collections.Counter(), collections.Counter()
    examples = {}
    for i in range(args.cases):
        case = cases.make_case(random.Random(rng.getrandbits(32)), project)
        kinds[case.kind] += 1
        outcome = cases.run_case(case)
        exits[outcome.code] += 1
        if outcome.failure:
            failures[outcome.failure] += 1
            key = (outcome.failure, outcome.detail.strip().splitlines()[-1][:120] if outcome.detail.strip() else "")
            if key not in examples:
                examples[key] = case
                if args.keep:
                    cases.save_regression(case, outcome, ROOT / "tests" / "fuzz" / "regressions")
                print(f"case {i}: {outcome.failure}: {key[1]} ({case.note})", file=sys.stderr)
    seconds = time.perf_counter() - start
    print(f"cases run:      {args.cases} (seed {args.seed}; {dict(kinds)})")
    print(f"exit codes:     {dict(sorted(exits.items(), key=lambda kv: str(kv[0])))}")
    print(f"tracebacks:     {failures['traceback']}   (target {TARGET_TRACEBACKS})")
    print(f"other failures: {dict((k, v) for k, v in failures.items() if k != 'traceback') or 0}   "
          "(exit codes other than 0/1/2, bytes changed by a failure or a read, files left beside it; target 0)")
    print(f"distinct:       {len(examples)}")
    print(f"seconds:        {seconds:.1f} ({1000 * seconds / max(args.cases, 1):.0f} ms a case)")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
