"""Impact scoring: rank a journey's pain points by a transparent, additive score.

Pure Python and numpy: no Qt, no storage. The model is documented in docs/ranking.md:
each part is normalised to 0..1 across the pain points given, and

    score = sum(w_i * part_i over the parts present) / sum(w_i over those parts)

A part missing for a row is left out of that row's sum and denominator (and the row is
flagged ``missing:<part>``), never counted as zero. ``components`` are the weighted parts
w_i * part_i / sum(w present); they add up to the score. Stability: each weight > 0 is
moved up and down by 20%, one at a time, and a row's stability is the share of those
runs in which it keeps its rank.

Use :func:`rank` for a one-off ranking; for a live re-rank (weight sliders), call
:func:`prepare` once and then :meth:`ScoringTable.rank` or :meth:`ScoringTable.ranks`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from numbers import Real
from types import MappingProxyType
from typing import Any, Hashable, Iterable, Mapping

import numpy as np

RAW_FIELDS = ("reach", "gap", "importance", "value", "votes", "severity")
#: The parts in report order. ``reach_x_gap`` is reach * gap ("customers made worse off").
PARTS = ("reach", "gap", "reach_x_gap", "importance", "value", "votes", "severity")
#: Equal weights on the six basic parts; ``reach_x_gap`` is off (it would count reach and
#: gap twice). The user's to change; a weight of 0 (or absent) means the part is not used.
DEFAULT_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {"reach": 1.0, "gap": 1.0, "reach_x_gap": 0.0, "importance": 1.0,
     "value": 1.0, "votes": 1.0, "severity": 1.0}
)
STABILITY_STEP = 0.2  # each weight is moved by +-20%
TIE_DECIMALS = 12  # scores equal to this many decimals are ties (broken by id)
_NON_NEGATIVE = ("reach", "importance", "value", "votes")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MISSING = tuple(f"missing:{p}" for p in PARTS)


class ScoringError(ValueError):
    """Bad input to the scoring model; the message names the pain point and the field."""


@dataclass(frozen=True)
class PainPointInput:
    """One pain point's raw values; ``None`` (or NaN) means unknown.

    reach: customers affected per period (customers passing the stage x share affected);
    gap: how much worse affected customers fare, or distance below target (>= 0);
    importance: the stage's driver weight; value: revenue at risk (per affected customer,
    or in total: one definition per journey); votes: workshop votes; severity: 1..5.
    """

    id: Hashable
    title: str
    stage: str
    reach: float | None = None
    gap: float | None = None
    importance: float | None = None
    value: float | None = None
    votes: float | None = None
    severity: float | None = None


@dataclass(frozen=True)
class RankedRow:
    rank: int
    id: Hashable
    title: str
    stage: str
    score: float | None  # None when no weighted part is known for the row
    components: Mapping[str, float]  # weighted parts present; they add up to score
    parts: Mapping[str, float]  # every known part, normalised to 0..1 (unweighted)
    raw: Mapping[str, float | None]  # the input values
    flags: tuple[str, ...]
    stability: float | None  # None when not computed


@dataclass(frozen=True, eq=False)
class RankResult:
    """A ranking. ``rows`` (rank order) are built on first use; a view showing a few rows of
    a large list can call :meth:`row` for those alone."""

    weights: Mapping[str, float]  # every part, 0.0 for parts not used
    table: ScoringTable = field(repr=False)
    order: np.ndarray = field(repr=False)  # input indices in rank order
    component_matrix: np.ndarray = field(repr=False)  # n x len(PARTS), input order
    stability_array: np.ndarray | None = field(repr=False)  # input order; None: not computed

    def __len__(self) -> int:
        return len(self.order)

    def row(self, position: int) -> RankedRow:
        """The row at ``position`` (0-based) in rank order; its rank is position + 1."""
        i = int(self.order[position])
        stability = None if self.stability_array is None else float(self.stability_array[i])
        return self.table.make_row(i, rank=position + 1, used=self._used,
                                   components=self.component_matrix[i].tolist(),
                                   stability=stability)

    @cached_property
    def _used(self) -> tuple[tuple[int, str], ...]:
        return tuple((j, n) for j, n in enumerate(PARTS) if self.weights[n] > 0)

    @cached_property
    def rows(self) -> tuple[RankedRow, ...]:
        comps, used = self.component_matrix.tolist(), self._used
        stab = ([None] * len(self) if self.stability_array is None
                else self.stability_array.tolist())
        return tuple(self.table.make_row(i, rank=k + 1, used=used, components=comps[i],
                                         stability=stab[i])
                     for k, i in enumerate(self.order.tolist()))

    def to_dict(self, *, journey: str | None) -> dict[str, Any]:
        """The ``journeymap rank --json`` document (shared/docs/cli.md)."""
        return {
            "journey": journey,
            "weights": dict(self.weights),
            "pain_points": [
                {"rank": r.rank, "id": r.id, "title": r.title, "stage": r.stage,
                 "score": r.score, "components": dict(r.components), "flags": list(r.flags),
                 "stability": r.stability, "parts": dict(r.parts), "raw": dict(r.raw)}
                for r in self.rows
            ],
        }

    def to_csv_rows(self) -> list[list[str]]:
        """Header plus one row per pain point, every cell a string made inert for spreadsheets."""
        used = [p for p in PARTS if self.weights[p] > 0]
        header = ["rank", "id", "title", "stage", "score",
                  *[f"component_{p}" for p in used], "flags", "stability"]
        rows = [header]
        for r in self.rows:
            cells = [r.rank, r.id, r.title, r.stage, r.score,
                     *[r.components.get(p) for p in used], ";".join(r.flags), r.stability]
            rows.append([inert_cell(c) for c in cells])
        return rows


def inert_cell(value: Any) -> str:
    """A CSV cell a spreadsheet will not run: text starting =, +, -, @, tab or CR gets a ' prefix.

    Numbers are written as numbers (a negative number is not a formula); None and NaN are empty.
    """
    if value is None:
        return ""
    if isinstance(value, Real) and not isinstance(value, bool):
        return "" if math.isnan(value) else str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


@dataclass(frozen=True, eq=False)
class ScoringTable:
    """Validated, normalised pain points, ready to be ranked under any weights.

    ``parts`` is n x len(PARTS), NaN where a part is missing. Normalisation does not depend
    on the weights, so a weight change only redoes the (vectorised) weighted sums and sort.
    """

    inputs: tuple[PainPointInput, ...]
    raw: np.ndarray  # n x len(RAW_FIELDS), NaN = missing
    parts: np.ndarray
    id_order: np.ndarray  # row indices sorted by id: the tiebreak
    filled: np.ndarray  # parts with NaN -> 0
    known: np.ndarray  # 1.0 where a part is present, else 0.0
    row_info: tuple  # per row: (parts map, raw map, missing part indices, weight-free flags)

    def scores(self, weights: Mapping[str, float] | None = None) -> np.ndarray:
        """Scores (NaN where no weighted part is known) under ``weights``."""
        return self._scores(weight_vector(weights)[None, :])[:, 0]

    def ranks(self, weights: Mapping[str, float] | None = None) -> np.ndarray:
        """Rank (1 = highest) of each row, in input order: the fast path for a live re-rank."""
        return self._ranks(self._scores(weight_vector(weights)[None, :]))[:, 0]

    def stability(self, weights: Mapping[str, float] | None = None) -> np.ndarray:
        """Per row, the share of the 2k one-at-a-time +-20% weight moves that keep its rank."""
        return self._ranks_and_stability(weight_vector(weights))[1]

    def rank(self, *, weights: Mapping[str, float] | None = None,
             stability: bool = True) -> RankResult:
        w = weight_vector(weights)
        if stability:
            rank_of, stab = self._ranks_and_stability(w)
        else:
            rank_of, stab = self._ranks(self._scores(w[None, :]))[:, 0], None
        with np.errstate(invalid="ignore", divide="ignore"):
            comps = self.filled * w / (self.known @ w)[:, None]
        order = np.argsort(rank_of)
        for a in (order, comps) + ((stab,) if stab is not None else ()):
            a.setflags(write=False)
        return RankResult(weights=MappingProxyType(dict(zip(PARTS, w.tolist()))), table=self,
                          order=order, component_matrix=comps, stability_array=stab)

    def make_row(self, i: int, *, rank: int, used: tuple[tuple[int, str], ...],
                 components: list[float], stability: float | None) -> RankedRow:
        """Row ``i`` (input order) as shown; ``used``: (index, name) of the parts weighted > 0."""
        p, (parts, raw, missing, static_flags) = self.inputs[i], self.row_info[i]
        shown = {n: components[j] for j, n in used if j not in missing}
        flags = [_MISSING[j] for j, _ in used if j in missing]
        flags += static_flags if shown else (*static_flags, "unscored")
        return RankedRow(rank=rank, id=p.id, title=p.title, stage=p.stage,
                         score=sum(shown.values()) if shown else None, components=shown,
                         parts=parts, raw=raw, flags=tuple(flags), stability=stability)

    def _ranks_and_stability(self, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        active = np.flatnonzero((w > 0) & self.known.any(axis=0))  # parts no row has: skip
        k = active.size
        runs = np.repeat(w[None, :], 2 * k + 1, axis=0)  # run 0 is the base
        runs[1 + np.arange(k), active] *= 1 + STABILITY_STEP
        runs[1 + k + np.arange(k), active] *= 1 - STABILITY_STEP
        ranks = self._ranks(self._scores(runs))
        if k == 0:  # no weight to move (no rows, or no weighted part known anywhere)
            return ranks[:, 0], np.ones(len(self.inputs))
        return ranks[:, 0], (ranks[:, 1:] == ranks[:, :1]).mean(axis=1)

    def _scores(self, runs: np.ndarray) -> np.ndarray:
        """n x m scores for m weight vectors (rows of ``runs``)."""
        num = self.filled @ runs.T
        den = self.known @ runs.T
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(den > 0, num / den, np.nan)

    def _ranks(self, scores: np.ndarray) -> np.ndarray:
        """n x m ranks: score descending, ties (to TIE_DECIMALS) by id, unscored rows last."""
        n, m = scores.shape
        key = np.round(scores, TIE_DECIMALS)
        key = np.where(np.isnan(key), np.inf, -key)[self.id_order]
        order = self.id_order[np.argsort(key, axis=0, kind="stable")]
        ranks = np.empty((n, m), dtype=np.int64)
        np.put_along_axis(ranks, order, np.arange(1, n + 1)[:, None].repeat(m, axis=1), axis=0)
        return ranks


def prepare(inputs: Iterable[PainPointInput]) -> ScoringTable:
    """Validate the pain points and normalise each part across them (see docs/ranking.md)."""
    items = tuple(inputs)
    _check_ids(items)
    raw = np.array([_raw_values(p) for p in items], dtype=float)
    raw = raw.reshape(len(items), len(RAW_FIELDS))
    reach, gap, importance, value, votes, severity = raw.T
    gap = np.where(gap < 0, 0.0, gap)  # affected customers faring better: no gap
    parts = np.column_stack([
        _share_of_largest(reach), _share_of_largest(gap), _share_of_largest(reach * gap),
        _share_of_largest(importance), _share_of_largest(value), _share_of_total(votes),
        (severity - 1.0) / 4.0,
    ]).reshape(len(items), len(PARTS))
    id_order = np.array(sorted(range(len(items)), key=lambda i: _id_key(items[i].id)),
                        dtype=np.int64)
    known = (~np.isnan(parts)).astype(float)
    filled = np.nan_to_num(parts, nan=0.0)
    for a in (raw, parts, id_order, known, filled):
        a.setflags(write=False)
    return ScoringTable(inputs=items, raw=raw, parts=parts, id_order=id_order,
                        filled=filled, known=known, row_info=_row_info(raw, parts))


def _row_info(raw: np.ndarray, parts: np.ndarray) -> tuple:
    """What a row shows that does not depend on the weights, computed once per table."""
    info = []
    for raw_row, part_row in zip(raw.tolist(), parts.tolist()):
        info.append((
            MappingProxyType({n: x for n, x in zip(PARTS, part_row) if x == x}),
            MappingProxyType({n: (x if x == x else None) for n, x in zip(RAW_FIELDS, raw_row)}),
            frozenset(j for j, x in enumerate(part_row) if x != x),
            ("clipped:gap",) if raw_row[1] < 0 else (),
        ))
    return tuple(info)


def rank(inputs: Iterable[PainPointInput], *, weights: Mapping[str, float] | None = None,
         stability: bool = True) -> RankResult:
    """Rank pain points by impact score (rank 1 = highest). ``weights=None``: DEFAULT_WEIGHTS."""
    weights = weight_vector(weights)  # check the weights before the rows
    return prepare(inputs).rank(weights=dict(zip(PARTS, weights.tolist())), stability=stability)


def weight_vector(weights: Mapping[str, float] | None) -> np.ndarray:
    """Weights as a vector in PARTS order; absent parts are 0. Raises ScoringError if invalid."""
    if weights is None:
        weights = DEFAULT_WEIGHTS
    unknown = sorted(str(k) for k in weights if k not in PARTS)
    if unknown:
        raise ScoringError(f"unknown weight {', '.join(map(repr, unknown))}; "
                           f"the parts are {', '.join(PARTS)}")
    out = np.zeros(len(PARTS))
    for i, name in enumerate(PARTS):
        w = weights.get(name, 0.0)
        if isinstance(w, bool) or not isinstance(w, Real) or not math.isfinite(w) or w < 0:
            raise ScoringError(f"weight {name!r} must be a number >= 0, got {w!r}")
        out[i] = float(w)
    if not out.any():
        raise ScoringError("all weights are zero: give at least one part a weight above 0")
    return out


def _raw_values(p: PainPointInput) -> list[float]:
    who = f"pain point {p.id!r} ({p.title!r})"
    values = []
    for name in RAW_FIELDS:
        v = getattr(p, name)
        if v is None:
            values.append(math.nan)
            continue
        if isinstance(v, bool) or not isinstance(v, Real):
            raise ScoringError(f"{who}: {name} must be a number, got {v!r}")
        x = float(v)
        if math.isinf(x):
            raise ScoringError(f"{who}: {name} must be finite, got {v!r}")
        if name in _NON_NEGATIVE and x < 0:
            raise ScoringError(f"{who}: {name} must not be negative, got {v!r}")
        if name == "severity" and not 1 <= x <= 5:
            raise ScoringError(f"{who}: severity must be between 1 and 5, got {v!r}")
        values.append(x)
    return values


def _check_ids(items: tuple[PainPointInput, ...]) -> None:
    seen: set = set()
    for p in items:
        if not isinstance(p, PainPointInput):
            raise ScoringError(f"expected a PainPointInput, got {type(p).__name__}")
        if p.id in seen:
            raise ScoringError(f"pain point id {p.id!r} appears twice ({p.title!r})")
        seen.add(p.id)


def _id_key(value: Hashable) -> tuple:
    if isinstance(value, Real) and not isinstance(value, bool):
        return (0, float(value), "")
    return (1, 0.0, str(value))


def _share_of_largest(x: np.ndarray) -> np.ndarray:
    """x / max(x) over the known values; all zero when the largest is 0. NaN stays NaN."""
    top = np.max(x, initial=0.0, where=~np.isnan(x))
    return x / top if top > 0 else np.where(np.isnan(x), np.nan, 0.0)


def _share_of_total(x: np.ndarray) -> np.ndarray:
    """x / sum(x) over the known values (votes as a share of votes cast)."""
    total = np.nansum(x)
    return x / total if total > 0 else np.where(np.isnan(x), np.nan, 0.0)
