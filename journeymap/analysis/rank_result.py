"""A ranking's result: rows in rank order, their intervals and side ranks, and the JSON/CSV documents.

Split from scoring.py (the model) so that each stays small; no Qt. ``disagreement`` marks the
discussion points of a workshop: a row in the top 5 by the data alone and in the bottom half by the
judgment alone ("data"), or the other way round ("judgment"). On a list of fewer than 10 the top is
the top half (rounded down), so that "top" and "bottom half" never overlap.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from numbers import Real
from typing import TYPE_CHECKING, Any, Hashable, Mapping

import numpy as np

if TYPE_CHECKING:
    from journeymap.analysis.scoring import ScoringTable

TOP = 5  # "top 5 by one side ..."
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RankedRow:
    rank: int
    id: Hashable
    title: str
    stage: str
    score: float | None  # None when no weighted part is known for the row
    components: Mapping[str, float]  # weighted parts present; they add up to score
    parts: Mapping[str, float]  # every known part on its fixed scale, 0..1 (unweighted)
    raw: Mapping[str, float | None]  # the input values
    flags: tuple[str, ...]
    stability: float | None  # None when not computed
    sources: Mapping[str, str] = field(default_factory=dict)  # component -> data | judgment
    rank_low: int | None = None  # rank interval (None when not computed)
    rank_high: int | None = None
    data_rank: int | None = None  # rank by the row's data parts alone (None: it has none)
    judgment_rank: int | None = None
    disagreement: str | None = None  # "data" | "judgment": the side that puts it in the top 5

    def rank_text(self) -> str:
        """'3 (2-5)': the rank and its interval."""
        if self.rank_low is None or self.rank_high is None:
            return str(self.rank)
        return f"{self.rank} ({self.rank_low}-{self.rank_high})"


@dataclass(frozen=True, eq=False)
class RankResult:
    """A ranking. ``rows`` (rank order) are built on first use; a view showing a few rows of a large
    list can call :meth:`row` for those alone."""

    weights: Mapping[str, float]  # every part, 0.0 for parts not used
    table: ScoringTable = field(repr=False)
    order: np.ndarray = field(repr=False)  # input indices in rank order
    component_matrix: np.ndarray = field(repr=False)  # n x len(PARTS), input order
    stability_array: np.ndarray | None = field(repr=False)  # input order; None: not computed
    bounds: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)  # (low, high), input order
    data_rank: np.ndarray | None = field(default=None, repr=False)  # 0 = no data part
    judgment_rank: np.ndarray | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.order)

    def row(self, position: int) -> RankedRow:
        """The row at ``position`` (0-based) in rank order; its rank is position + 1."""
        i = int(self.order[position])
        stability = None if self.stability_array is None else float(self.stability_array[i])
        return self.table.make_row(i, rank=position + 1, used=self._used,
                                   components=self.component_matrix[i].tolist(), stability=stability,
                                   extra=self._extra(i))

    @cached_property
    def _used(self) -> tuple[tuple[int, str], ...]:
        from journeymap.analysis.scoring import PARTS
        return tuple((j, n) for j, n in enumerate(PARTS) if self.weights[n] > 0)

    @cached_property
    def disagreements(self) -> np.ndarray:
        """Per row (input order): "data", "judgment" or "" (see the module docstring)."""
        out = np.full(len(self), "", dtype=object)
        if self.data_rank is None or self.judgment_rank is None:
            return out
        both = (self.data_rank > 0) & (self.judgment_rank > 0)
        d = np.where(both, self.data_rank, 0)
        j = np.where(both, self.judgment_rank, 0)
        d_order = np.argsort(np.where(both, d, np.iinfo(np.int64).max), kind="stable")
        j_order = np.argsort(np.where(both, j, np.iinfo(np.int64).max), kind="stable")
        k = int(both.sum())
        if k < 2:
            return out
        # positions among the rows that have both sides, so a row without one side does not shift them
        d_pos, j_pos = np.empty(len(self), int), np.empty(len(self), int)
        d_pos[d_order] = np.arange(1, len(self) + 1)
        j_pos[j_order] = np.arange(1, len(self) + 1)
        half = k / 2
        top = min(TOP, k // 2)  # on a short list the top 5 would reach into the bottom half
        out[both & (d_pos <= top) & (j_pos > half)] = "data"
        out[both & (j_pos <= top) & (d_pos > half)] = "judgment"
        return out

    def _extra(self, i: int) -> dict:
        low, high = (None, None) if self.bounds is None else (int(self.bounds[0][i]), int(self.bounds[1][i]))
        side = (lambda a: None if a is None or a[i] == 0 else int(a[i]))
        return {"rank_low": low, "rank_high": high, "data_rank": side(self.data_rank),
                "judgment_rank": side(self.judgment_rank), "disagreement": self.disagreements[i] or None}

    @cached_property
    def rows(self) -> tuple[RankedRow, ...]:
        return tuple(self.row(k) for k in range(len(self)))

    def to_dict(self, *, journey: str | None) -> dict[str, Any]:
        """The ``journeymap rank --json`` document (docs/cli.md)."""
        return {
            "journey": journey,
            "weights": dict(self.weights),
            "scales": self.table.scales.to_dict(),
            "pain_points": [
                {"rank": r.rank, "rank_low": r.rank_low, "rank_high": r.rank_high, "data_rank": r.data_rank,
                 "judgment_rank": r.judgment_rank, "disagreement": r.disagreement, "id": r.id,
                 "title": r.title, "stage": r.stage, "score": r.score, "components": dict(r.components),
                 "component_sources": dict(r.sources), "flags": list(r.flags), "stability": r.stability,
                 "parts": dict(r.parts), "raw": dict(r.raw)}
                for r in self.rows
            ],
        }

    def to_csv_rows(self) -> list[list[str]]:
        """Header plus one row per pain point, every cell a string made inert for spreadsheets."""
        used = [p for _, p in self._used]
        header = ["rank", "rank_low", "rank_high", "data_rank", "judgment_rank", "id", "title", "stage", "score",
                  *[f"component_{p}" for p in used], "flags", "stability", "disagreement"]
        rows = [header]
        for r in self.rows:
            cells = [r.rank, r.rank_low, r.rank_high, r.data_rank, r.judgment_rank, r.id, r.title, r.stage,
                     r.score, *[r.components.get(p) for p in used], ";".join(r.flags), r.stability,
                     r.disagreement]
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


__all__ = ["RankResult", "RankedRow", "inert_cell"]
