"""Impact scoring: rank a journey's pain points by a transparent, additive score on fixed scales.

Pure Python and numpy: no Qt, no storage. The model is documented in docs/ranking.md. Each part is put
on a scale that depends only on the row's own input and on the journey-level references in
:class:`Scales` (never on the other rows), so a row's score changes only when its inputs, the
references or the weights change:

    reach = min(1, reach / customers)          gap   = g / (g + gap_half)     (g clipped at 0)
    reach_x_gap = reach part x gap part        importance = the stage's share of R^2 (0..1)
    value = v / (v + value reference)          votes = x / (x + fair share of the dots)
    severity = (s - 1) / 4

    score = sum(w_j * part_j over the parts present) / sum(w_j over those parts)

A part missing for a row is left out of its sum and denominator (flagged ``missing:<part>``), never
counted as zero. A part borrowed from the journey (PainPointInput.borrowed: the segments' value per
customer, the same for every row lacking its own) joins a row's sum only beside a weighted part of the
row's own: alone it would rank an empty new sticky at that reference's 0.5, above measured pain (QA). ``reach_x_gap`` replaces reach and gap: weights using it together with either are
refused (no double counting). Each part of each row is tagged ``data`` or ``judgment``; the data-only
and judgment-only ranks use the same formula over the row's data parts or judgment parts alone.
Rank intervals (resampling the data parts and moving the weights) are in ``rank_intervals``; the
inputs (PainPointInput, Scales) and their checks are in ``scoring_inputs``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from numbers import Real
from types import MappingProxyType
from typing import Hashable, Iterable, Mapping

import numpy as np

from journeymap.analysis.rank_result import RankedRow, RankResult, inert_cell
from journeymap.analysis.scoring_inputs import (
    GAP_HALF, RAW_FIELDS, PainPointInput, Scales, ScoringError, check_ids, check_scales, raw_values)

__all__ = ["DEFAULT_WEIGHTS", "GAP_HALF", "PARTS", "RAW_FIELDS", "SOURCES", "PainPointInput", "RankResult",
           "RankedRow", "Scales", "ScoringError", "ScoringTable", "inert_cell", "prepare", "rank",
           "weight_vector"]

#: The parts in report order. ``reach_x_gap`` is reach part x gap part ("customers made worse off").
PARTS = ("reach", "gap", "reach_x_gap", "importance", "value", "votes", "severity")
#: Where a part comes from unless the row says otherwise (gap and value typed on a pain point are judgment).
SOURCES: Mapping[str, str] = MappingProxyType(
    {"reach": "data", "gap": "data", "reach_x_gap": "data", "importance": "data", "value": "data",
     "votes": "judgment", "severity": "judgment"})
#: Equal weights on the six basic parts; ``reach_x_gap`` is off (it replaces reach and gap).
DEFAULT_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {"reach": 1.0, "gap": 1.0, "reach_x_gap": 0.0, "importance": 1.0,
     "value": 1.0, "votes": 1.0, "severity": 1.0})
STABILITY_STEP = 0.2  # each weight is moved by +-20%
TIE_DECIMALS = 12  # scores equal to this many decimals are ties (broken by id)
GAP_COL, RXG_COL, IMP_COL = PARTS.index("gap"), PARTS.index("reach_x_gap"), PARTS.index("importance")
#: The raw fields each part is made of: a part is borrowed when all of them are.
PART_INPUTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"reach": ("reach",), "gap": ("gap",), "reach_x_gap": ("reach", "gap"), "importance": ("importance",),
     "value": ("value",), "votes": ("votes",), "severity": ("severity",)})


@dataclass(frozen=True, eq=False)
class ScoringTable:
    """Validated pain points on fixed scales, ready to be ranked under any weights.

    ``parts`` is n x len(PARTS), NaN where a part is missing. The parts do not depend on the weights, so
    a weight change only redoes the (vectorised) weighted sums and sort.
    """

    inputs: tuple[PainPointInput, ...]
    scales: Scales
    raw: np.ndarray  # n x len(RAW_FIELDS), NaN = missing
    parts: np.ndarray
    is_data: np.ndarray  # n x len(PARTS) bool: the part's source is data (else judgment)
    gap_se: np.ndarray  # n, NaN = no sampling error known
    importance_draws: np.ndarray | None  # B x n bootstrap draws of importance (the point value where none)
    id_order: np.ndarray  # row indices sorted by id: the tiebreak
    filled: np.ndarray  # parts with NaN -> 0
    known: np.ndarray  # 1.0 where a part is present, else 0.0
    own: np.ndarray  # 1.0 where a part is present and the row's own (not borrowed from the journey)
    row_info: tuple = field(repr=False)  # per row: (parts map, raw map, missing indices, static flags, sources)

    def __len__(self) -> int:
        return len(self.inputs)

    def scores(self, weights: Mapping[str, float] | None = None) -> np.ndarray:
        """Scores (NaN where no weighted part is known) under ``weights``."""
        return self.scores_for(weight_vector(weights)[None, :])[:, 0]

    def ranks(self, weights: Mapping[str, float] | None = None) -> np.ndarray:
        """Rank (1 = highest) of each row, in input order: the fast path for a live re-rank."""
        return self.ranks_of(self.scores_for(weight_vector(weights)[None, :]))[:, 0]

    def stability(self, weights: Mapping[str, float] | None = None) -> np.ndarray:
        """Per row, the share of the 2k one-at-a-time +-20% weight moves that keep its rank."""
        return self._ranks_and_stability(weight_vector(weights))[1]

    def side_ranks(self, weights: Mapping[str, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(data-only rank, judgment-only rank) per row, 0 where the row has no such weighted part."""
        w = weight_vector(weights)[None, :]
        out = []
        for mask in (self.is_data, ~self.is_data):
            known = self.known * mask
            scores = self.scores_for(w, filled=self.filled * mask, known=known, own=self.own * mask)[:, 0]
            ranks = self.ranks_of(scores[:, None])[:, 0]
            out.append(np.where(np.isnan(scores), 0, ranks))
        return out[0], out[1]

    def rank(self, *, weights: Mapping[str, float] | None = None, stability: bool = True,
             intervals: int = 0, seed: int = 0) -> RankResult:
        """Rank under ``weights``; ``intervals``: resamples for the rank intervals (0 = none)."""
        w = weight_vector(weights)
        if stability:
            rank_of, stab = self._ranks_and_stability(w)
        else:
            rank_of, stab = self.ranks_of(self.scores_for(w[None, :]))[:, 0], None
        with np.errstate(invalid="ignore", divide="ignore"):
            comps = self.filled * w / (self.known @ w)[:, None]
        bounds = None
        if intervals:
            from journeymap.analysis.rank_intervals import rank_bounds
            bounds = rank_bounds(self, w, point=rank_of, resamples=intervals, seed=seed)
        data_rank, judgment_rank = self.side_ranks(dict(zip(PARTS, w.tolist())))
        order = np.argsort(rank_of)
        return RankResult(weights=MappingProxyType(dict(zip(PARTS, w.tolist()))), table=self, order=order,
                          component_matrix=comps, stability_array=stab, bounds=bounds,
                          data_rank=data_rank, judgment_rank=judgment_rank)

    def make_row(self, i: int, *, rank: int, used: tuple[tuple[int, str], ...], components: list[float],
                 stability: float | None, extra: dict) -> RankedRow:
        """Row ``i`` (input order) as shown; ``used``: (index, name) of the parts weighted > 0."""
        p, (parts, raw, missing, static_flags, sources) = self.inputs[i], self.row_info[i]
        shown = {n: components[j] for j, n in used if j not in missing}
        if not any(self.own[i, j] for j, _ in used):     # only borrowed parts: nothing known of this one
            shown = {}
        flags = [f"missing:{n}" for j, n in used if j in missing]
        flags += static_flags if shown else (*static_flags, "unscored")
        return RankedRow(rank=rank, id=p.id, title=p.title, stage=p.stage,
                         score=sum(shown.values()) if shown else None, components=shown,
                         parts=parts, raw=raw, flags=tuple(flags), stability=stability,
                         sources=MappingProxyType({n: sources[n] for n in shown}), **extra)

    def _ranks_and_stability(self, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        active = np.flatnonzero((w > 0) & self.known.any(axis=0))  # parts no row has: skip
        k = active.size
        runs = np.repeat(w[None, :], 2 * k + 1, axis=0)  # run 0 is the base
        runs[1 + np.arange(k), active] *= 1 + STABILITY_STEP
        runs[1 + k + np.arange(k), active] *= 1 - STABILITY_STEP
        ranks = self.ranks_of(self.scores_for(runs))
        if k == 0:  # no weight to move (no rows, or no weighted part known anywhere)
            return ranks[:, 0], np.ones(len(self.inputs))
        return ranks[:, 0], (ranks[:, 1:] == ranks[:, :1]).mean(axis=1)

    def scores_for(self, runs: np.ndarray, *, filled: np.ndarray | None = None,
                   known: np.ndarray | None = None, own: np.ndarray | None = None) -> np.ndarray:
        """n x m scores for m weight vectors (rows of ``runs``); NaN where no weighted part is the row's own."""
        num = (self.filled if filled is None else filled) @ runs.T
        den = (self.known if known is None else known) @ runs.T
        mine = (self.own if own is None else own) @ runs.T
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where((den > 0) & (mine > 0), num / den, np.nan)

    def ranks_of(self, scores: np.ndarray, *, decimals: int = TIE_DECIMALS) -> np.ndarray:
        """n x m ranks: score descending, ties (to ``decimals``) by id, unscored rows last.

        Each row's key is one integer, (top - score in units of 10^-decimals) x n + its place in id order,
        so that a plain (unstable) sort of contiguous columns gives the exact order with ties broken by id:
        several times faster than a stable sort of floats down the columns (rank intervals sort 200
        columns, at 9 decimals, where the key is still a whole number a float64 holds exactly).
        """
        n, m = scores.shape
        top = 10 ** decimals
        if n == 0 or (top + 2) * n >= np.iinfo(np.int64).max:  # beyond ~9 million rows: the float path
            return self._ranks_stable(scores)
        exact_float = (top + 2) * n < 2 ** 53
        place = np.empty(n, dtype=np.float64 if exact_float else np.int64)
        place[self.id_order] = np.arange(n)
        q = np.rint(np.nan_to_num(scores.T, nan=-1.0) * top)  # (m, n), contiguous
        if not exact_float:
            q = q.astype(np.int64)
        key = np.where(q < 0, top + 1, top - q) * n + place
        order = np.argsort(key, axis=1)
        ranks = np.empty((m, n), dtype=np.int64)
        np.put_along_axis(ranks, order, np.arange(1, n + 1)[None, :].repeat(m, axis=0), axis=1)
        return ranks.T

    def _ranks_stable(self, scores: np.ndarray) -> np.ndarray:
        n, m = scores.shape
        key = np.round(scores, TIE_DECIMALS)
        key = np.where(np.isnan(key), np.inf, -key)[self.id_order]
        order = self.id_order[np.argsort(key, axis=0, kind="stable")]
        ranks = np.empty((n, m), dtype=np.int64)
        np.put_along_axis(ranks, order, np.arange(1, n + 1)[:, None].repeat(m, axis=1), axis=0)
        return ranks


def prepare(inputs: Iterable[PainPointInput], *, scales: Scales | None = None,
            importance_draws: Mapping[str, np.ndarray] | None = None) -> ScoringTable:
    """Validate the pain points and put each part on its fixed scale (see the module docstring).

    importance_draws: per stage key (PainPointInput.stage_id, else .stage), bootstrap draws of the
    stage's importance (shares of R^2, one per resample), for the rank intervals.
    """
    items, scales = tuple(inputs), scales or Scales()
    check_ids(items)
    check_scales(scales)
    raw = np.array([raw_values(p) for p in items], dtype=float).reshape(len(items), len(RAW_FIELDS) + 1)
    raw, gap_se = raw[:, :-1], raw[:, -1]
    parts = fixed_parts(raw, scales)
    id_order = np.array(sorted(range(len(items)), key=lambda i: _id_key(items[i].id)), dtype=np.int64)
    is_data = _sources(items)
    known = (~np.isnan(parts)).astype(float)
    own = known * ~_borrowed(items)
    filled = np.nan_to_num(parts, nan=0.0)
    draws = _draw_matrix(items, importance_draws)
    for a in (raw, parts, id_order, known, own, filled, is_data, gap_se) + ((draws,) if draws is not None else ()):
        a.setflags(write=False)
    return ScoringTable(inputs=items, scales=scales, raw=raw, parts=parts, is_data=is_data, gap_se=gap_se,
                        importance_draws=draws, id_order=id_order, filled=filled, known=known, own=own,
                        row_info=_row_info(raw, parts, is_data, scales))


def fixed_parts(raw: np.ndarray, scales: Scales) -> np.ndarray:
    """n x len(PARTS) parts from n x len(RAW_FIELDS) raw values; NaN where unknown."""
    reach, gap, importance, value, votes, severity = raw.T
    reach_part = _ratio(reach, scales.customers, cap=True)
    gap_part = gap_transform(gap, scales.gap_half)
    return np.column_stack([
        reach_part, gap_part, reach_part * gap_part, importance,
        _saturate(value, scales.value), _saturate(votes, scales.fair_votes), (severity - 1.0) / 4.0,
    ]).reshape(len(raw), len(PARTS))


def gap_transform(gap: np.ndarray, half: float) -> np.ndarray:
    """g / (g + half) with g clipped at 0: bounded in 0..1, 0.5 at ``half``."""
    g = np.where(gap < 0, 0.0, gap)
    return g / (g + half)


def rank(inputs: Iterable[PainPointInput], *, weights: Mapping[str, float] | None = None,
         scales: Scales | None = None, stability: bool = True, intervals: int = 0,
         importance_draws: Mapping[str, np.ndarray] | None = None) -> RankResult:
    """Rank pain points by impact score (rank 1 = highest). ``weights=None``: DEFAULT_WEIGHTS."""
    w = weight_vector(weights)  # check the weights before the rows
    table = prepare(inputs, scales=scales, importance_draws=importance_draws)
    return table.rank(weights=dict(zip(PARTS, w.tolist())), stability=stability, intervals=intervals)


def weight_vector(weights: Mapping[str, float] | None) -> np.ndarray:
    """Weights as a vector in PARTS order; absent parts are 0. Raises ScoringError if invalid."""
    if weights is None:
        weights = DEFAULT_WEIGHTS
    unknown = sorted(str(k) for k in weights if k not in PARTS)
    if unknown:
        raise ScoringError(f"unknown weight {', '.join(map(repr, unknown))}; the parts are {', '.join(PARTS)}")
    out = np.zeros(len(PARTS))
    for i, name in enumerate(PARTS):
        w = weights.get(name, 0.0)
        if isinstance(w, bool) or not isinstance(w, Real) or not math.isfinite(w) or w < 0:
            raise ScoringError(f"weight {name!r} must be a number >= 0, got {w!r}")
        out[i] = float(w)
    if not out.any():
        raise ScoringError("all weights are zero: give at least one part a weight above 0")
    if out[RXG_COL] > 0 and (out[0] > 0 or out[GAP_COL] > 0):
        raise ScoringError("reach_x_gap already counts reach and gap: set reach and gap to 0 to use it, "
                           "or set reach_x_gap to 0")
    return out


def _sources(items: tuple[PainPointInput, ...]) -> np.ndarray:
    is_data = np.tile(np.array([SOURCES[p] == "data" for p in PARTS]), (len(items), 1))
    for i, p in enumerate(items):
        gap_data = p.gap_source == "data"
        is_data[i, GAP_COL] = is_data[i, RXG_COL] = gap_data  # reach x gap inherits the gap's source
        is_data[i, PARTS.index("value")] = p.value_source == "data"
    return is_data.reshape(len(items), len(PARTS))


def _borrowed(items: tuple[PainPointInput, ...]) -> np.ndarray:
    """n x len(PARTS) bool: the part is made only of fields the row borrowed from the journey."""
    out = np.array([[bool(p.borrowed) and set(PART_INPUTS[n]) <= set(p.borrowed) for n in PARTS] for p in items],
                   dtype=bool)
    return out.reshape(len(items), len(PARTS))


def _draw_matrix(items, draws: Mapping[str, np.ndarray] | None) -> np.ndarray | None:
    """B x n importance draws per row; a row whose stage has no draw (or a degenerate one) keeps its point
    value, a row without importance 0 (it is out of its denominator). None without draws."""
    if not draws:
        return None
    b = min(len(np.atleast_1d(d)) for d in draws.values())
    if b == 0:
        return None
    out = np.zeros((b, len(items)))
    for i, p in enumerate(items):
        if p.importance is None:
            continue
        d = draws.get(p.stage_id or p.stage)
        d = np.full(b, np.nan) if d is None else np.clip(np.asarray(d, dtype=float)[:b], 0.0, 1.0)
        out[:, i] = np.where(np.isnan(d), float(p.importance), d)  # clipped like the point value
    return out


def _row_info(raw: np.ndarray, parts: np.ndarray, is_data: np.ndarray, scales: Scales) -> tuple:
    """What a row shows that does not depend on the weights, computed once per table."""
    info = []
    for raw_row, part_row, data_row in zip(raw.tolist(), parts.tolist(), is_data.tolist()):
        flags: tuple[str, ...] = ("clipped:gap",) if raw_row[1] < 0 else ()
        if scales.customers and raw_row[0] > scales.customers:
            flags += ("clipped:reach",)
        info.append((
            MappingProxyType({n: x for n, x in zip(PARTS, part_row) if x == x}),
            MappingProxyType({n: (x if x == x else None) for n, x in zip(RAW_FIELDS, raw_row)}),
            frozenset(j for j, x in enumerate(part_row) if x != x),
            flags,
            {n: ("data" if d else "judgment") for n, d in zip(PARTS, data_row)},
        ))
    return tuple(info)


def _id_key(value: Hashable) -> tuple:
    if isinstance(value, Real) and not isinstance(value, bool):
        return (0, float(value), "")
    return (1, 0.0, str(value))


def _ratio(x: np.ndarray, ref: float | None, *, cap: bool) -> np.ndarray:
    if ref is None:
        return np.full(x.shape, np.nan)
    out = x / ref
    return np.minimum(out, 1.0) if cap else out


def _saturate(x: np.ndarray, ref: float | None) -> np.ndarray:
    """x / (x + ref): 0 at 0, 0.5 at the reference, towards 1 above it; NaN without a reference."""
    if ref is None:
        return np.full(x.shape, np.nan)
    return x / (x + ref)
