"""How much each part moves the order, and weights that give the parts equal influence.

A part that hardly varies across the list cannot reorder it, whatever its weight: with equal weights a
part with twice the spread has twice the say. So beside each weight we show the part's **spread** (the
standard deviation of the part across the rows that have it) and its **influence**, the share
w_j sd_j / sum_k w_k sd_k (how the spread of the score divides among the parts, as if every row had
every part and the parts were uncorrelated: a first-order reading, documented in docs/ranking.md).
**Balance** sets w_j proportional to 1 / sd_j for the parts in use, so every influence is equal, scaled
so that the largest weight is ``top``. Parts with no spread keep their weight (they cannot reorder).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from journeymap.analysis.scoring import PARTS, ScoringTable, weight_vector


@dataclass(frozen=True)
class Influence:
    part: str
    weight: float
    spread: float | None  # sd across the rows that have the part; None when fewer than 2 have it
    share: float  # w sd / sum(w sd), 0 for unused parts


def spreads(table: ScoringTable) -> dict[str, float | None]:
    """Standard deviation of each part across the rows that have it (None: fewer than 2 rows)."""
    out = {}
    for j, name in enumerate(PARTS):
        col = table.parts[:, j]
        col = col[~np.isnan(col)]
        out[name] = float(col.std()) if col.size >= 2 else None
    return out


def influence(table: ScoringTable, weights: Mapping[str, float] | None) -> list[Influence]:
    """One Influence per part, in PARTS order."""
    w = weight_vector(weights)
    sd = spreads(table)
    mass = np.array([w[j] * (sd[n] or 0.0) for j, n in enumerate(PARTS)])
    total = mass.sum()
    return [Influence(part=n, weight=float(w[j]), spread=sd[n],
                      share=float(mass[j] / total) if total > 0 else 0.0) for j, n in enumerate(PARTS)]


def dominant(items: list[Influence]) -> Influence | None:
    """The part with the largest influence, None when nothing varies."""
    best = max(items, key=lambda i: i.share, default=None)
    return best if best is not None and best.share > 0 else None


def about_equal(items: list[Influence], *, tolerance: float = 0.03) -> bool:
    """Whether the parts in use (weight and spread above 0) have influences within ``tolerance`` of each other."""
    used = [i.share for i in items if i.weight and i.spread]
    return len(used) > 1 and max(used) - min(used) < tolerance


def balanced_weights(table: ScoringTable, weights: Mapping[str, float] | None, *, top: float = 1.0) -> dict:
    """Weights giving each part in use (weight > 0, spread > 0) the same influence; the largest = ``top``."""
    w = weight_vector(weights)
    sd = spreads(table)
    out = dict(zip(PARTS, w.tolist()))
    inverse = {n: 1.0 / s for j, n in enumerate(PARTS) if w[j] > 0 and (s := sd[n])}
    if not inverse:
        return out
    scale = top / max(inverse.values())
    out.update({n: v * scale for n, v in inverse.items()})
    return out
