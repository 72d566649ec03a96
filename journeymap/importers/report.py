"""The validation report: every problem by line, column, value and what is wrong.

Problems are kept as one DataFrame (a million bad cells stay cheap); the summary lists counts per
column and the first lines of each, and all line numbers stay available through ``lines()``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import ImportProblem

_COLUMNS = ["line", "column", "value", "problem"]


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    value: str
    problem: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column!r}: {self.value!r} {self.problem}"


@dataclass
class ValidationReport:
    path: str
    kind: str
    rows_read: int = 0
    rows_dropped: int = 0
    skip_invalid: bool = False           # --skip-invalid: rows with problems were dropped
    notes: list[str] = field(default_factory=list)
    _parts: list[pd.DataFrame] = field(default_factory=list, repr=False)
    _frame: pd.DataFrame | None = field(default=None, repr=False)

    def add(self, *, mask: np.ndarray, lines: np.ndarray, column: str, raw: pd.Series | None,
            problem: str) -> int:
        """Record ``problem`` for every row where ``mask`` is true; returns how many."""
        idx = np.flatnonzero(mask)
        if len(idx):
            values = raw.iloc[idx].astype(str).to_numpy() if raw is not None else [""] * len(idx)
            self._parts.append(pd.DataFrame({"line": lines[idx], "column": column, "value": values,
                                             "problem": problem}))
            self._frame = None
        return len(idx)

    @property
    def problems(self) -> pd.DataFrame:
        """All problems, ordered by line: columns line, column, value, problem."""
        if self._frame is None:
            parts = [p for p in self._parts if len(p)]
            frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=_COLUMNS)
            self._frame = frame.sort_values(["line", "column"], kind="stable", ignore_index=True)
        return self._frame

    @property
    def ok(self) -> bool:
        return not any(len(p) for p in self._parts)

    @property
    def rows_kept(self) -> int:
        return self.rows_read - self.rows_dropped

    def lines(self) -> np.ndarray:
        """Every line with a problem, sorted, once each."""
        return np.unique(self.problems["line"].to_numpy(dtype=np.int64))

    def first(self, n: int = 20) -> list[Problem]:
        return [Problem(int(r.line), r.column, r.value, r.problem)
                for r in self.problems.head(n).itertuples(index=False)]

    def counts(self) -> pd.DataFrame:
        """Problems per column and kind: column, problem, count, first_lines (up to 10)."""
        p = self.problems
        if p.empty:
            return pd.DataFrame(columns=["column", "problem", "count", "first_lines"])
        g = p.groupby(["column", "problem"], sort=False)["line"]
        return pd.DataFrame({"count": g.size(), "first_lines": g.agg(lambda s: list(s.head(10)))}) \
            .reset_index().sort_values("count", ascending=False, kind="stable", ignore_index=True)

    def summary(self, *, max_lines: int = 10) -> str:
        """What a person reads: counts per column with their first lines, then the notes."""
        head = f"{self.path}: {self.rows_read} rows read"
        if self.rows_dropped:
            head += f", {self.rows_dropped} rows with problems dropped (--skip-invalid)"
        out = [head]
        for r in self.counts().itertuples(index=False):
            shown = ", ".join(str(x) for x in r.first_lines[:max_lines])
            more = " ..." if r.count > max_lines else ""
            out.append(f"  column {r.column!r}: {r.count} {r.problem} (lines {shown}{more})")
        out += [f"  note: {n}" for n in self.notes]
        return "\n".join(out)

    def to_dict(self, *, max_problems: int = 100) -> dict:
        return {"path": self.path, "kind": self.kind, "ok": self.ok, "rows_read": self.rows_read,
                "rows_dropped": self.rows_dropped, "rows_kept": self.rows_kept, "notes": self.notes,
                "counts": [{**r._asdict(), "first_lines": [int(x) for x in r.first_lines]}
                           for r in self.counts().itertuples(index=False)],
                "problems": [p.__dict__ for p in self.first(max_problems)]}

    def raise_if_invalid(self) -> None:
        """ImportProblem (exit 2) with the summary when problems remain."""
        if not self.ok and not self.skip_invalid:
            raise ImportProblem(self.summary() + "\nFix these rows, or import with --skip-invalid "
                                "to leave them out.", path=self.path)
