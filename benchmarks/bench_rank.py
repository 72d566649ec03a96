"""Benchmark: re-rank 10,000 pain points on a weight change, with and without rank intervals.

Run: python benchmarks/bench_rank.py [N]. Prints each figure beside its target (issue 12: 10,000 pain
points re-ranked with rank intervals from 200 resamples under 1 s; a slider move without intervals under
50 ms). Median of several runs, after a warm-up.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journeymap.analysis.scoring import (  # noqa: E402
    DEFAULT_WEIGHTS,
    PainPointInput,
    Scales,
    prepare,
    rank,
)

SCALES = Scales(customers=50_000, value=500, fair_votes=2)
STAGES = 40
RESAMPLES = 200

REPEATS = 15


def random_pain_points(n: int, seed: int = 7) -> list[PainPointInput]:
    """n pain points with real-looking spreads and about 10% of each data part missing."""
    rng = np.random.default_rng(seed)

    def maybe(values: np.ndarray, share_missing: float = 0.1) -> list:
        gone = rng.random(len(values)) < share_missing
        return [None if g else float(v) for g, v in zip(gone, values)]

    reach = maybe(rng.lognormal(7, 1.5, n))
    gap = maybe(rng.uniform(0, 0.5, n))
    importance = maybe(rng.dirichlet(np.ones(40), 1)[0][rng.integers(0, 40, n)])
    value = maybe(rng.lognormal(4, 1, n), 0.4)
    votes = maybe(rng.poisson(2, n), 0.2)
    severity = maybe(rng.integers(1, 6, n), 0.05)
    gap_se = maybe(rng.uniform(0.005, 0.05, n), 0.5)
    return [
        PainPointInput(id=i, title=f"Pain point {i}", stage=f"Stage {i % STAGES}", reach=reach[i],
                       gap=gap[i], importance=importance[i], value=value[i], votes=votes[i],
                       severity=severity[i], gap_se=gap_se[i], gap_source="data" if i % 3 else "judgment")
        for i in range(n)
    ]


def importance_draws(seed: int = 8) -> dict:
    """Bootstrap-like draws of each stage's share of R^2 (what stage_importance hands the ranking)."""
    rng = np.random.default_rng(seed)
    base = rng.dirichlet(np.ones(STAGES))
    draws = base * rng.lognormal(0, 0.15, (RESAMPLES, STAGES))
    draws /= draws.sum(axis=1, keepdims=True)
    return {f"Stage {g}": draws[:, g] for g in range(STAGES)}


def median_ms(fn, repeats: int = REPEATS) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(label: str, ms: float, target_ms: float | None) -> bool:
    if target_ms is None:
        print(f"{label}: {ms:.1f} ms (no target)")
        return True
    ok = ms < target_ms
    print(f"{label}: {ms:.1f} ms (target < {target_ms:.0f} ms) {'OK' if ok else 'SLOW'}")
    return ok


def main(n: int = 10_000) -> int:
    inputs = random_pain_points(n)
    table = prepare(inputs, scales=SCALES, importance_draws=importance_draws())
    changed = dict(DEFAULT_WEIGHTS, reach=1.7)  # one slider moved
    count = f"{n:,}"
    ok = report(f"re-rank {count} pain points, ranks only (ScoringTable.ranks)",
                median_ms(lambda: table.ranks(changed)), 50)
    ok &= report(f"re-rank {count} pain points, scores + components (ScoringTable.rank, "
                 "no stability)", median_ms(lambda: table.rank(weights=changed, stability=False)),
                 50)
    ok &= report(f"re-rank {count} pain points with rank intervals ({RESAMPLES} resamples of importance, gap "
                 "and weights) and data/judgment ranks",
                 median_ms(lambda: table.rank(weights=changed, stability=False, intervals=RESAMPLES), repeats=5),
                 1000)
    ok &= report(f"slider move: ranks only, no intervals ({count} pain points)",
                 median_ms(lambda: table.ranks(changed)), 50)
    ok &= report(f"slider move as the Pain points view does it: scores, components, data/judgment ranks "
                 f"({count} pain points; stability and intervals follow when the slider stops)",
                 median_ms(lambda: table.rank(weights=changed, stability=False)), 50)
    report(f"re-rank and build all {count} RankedRow objects (.rows)",
           median_ms(lambda: table.rank(weights=changed, stability=False).rows), None)
    moves = 2 * sum(1 for w in changed.values() if w > 0)
    report(f"stability {count} pain points ({moves} weight moves, ScoringTable.stability)",
           median_ms(lambda: table.stability(changed)), None)
    report(f"full rank() from raw inputs with stability and intervals, {count} pain points",
           median_ms(lambda: rank(inputs, weights=changed, scales=SCALES, intervals=RESAMPLES,
                                  importance_draws=importance_draws()), repeats=5), None)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
