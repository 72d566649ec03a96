"""The validation report: every problem by line, column, value and what is wrong.

Problems are kept as one DataFrame (a million bad cells stay cheap); the summary lists counts per
column and the first lines of each, and all line numbers stay available through ``lines()``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from journeymap.i18n import N_
from journeymap.i18n import gettext as _

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
    rows_dropped: int = 0                # rows with problems, dropped by --skip-invalid
    skip_invalid: bool = False           # --skip-invalid: rows with problems were dropped
    notes: list[str] = field(default_factory=list)
    rows_left_out: int = 0               # rows with nothing to import (a blank comment): not problems
    left_out: list[str] = field(default_factory=list)   # why, per reason: "4 rows have no comment text (lines 3, 5)"
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
        """The rows the import stores: what the Check page and --dry-run promise."""
        return self.rows_read - self.rows_dropped - self.rows_left_out

    def leave_out(self, lines: np.ndarray, *, many: str, one: str, max_lines: int = 10) -> None:
        """Count rows left out for a reason that is not a problem (``many``/``one``: 'have no comment
        text' / 'has no comment text', messages said with the count and the first lines)."""
        n = len(lines)
        if not n:
            return
        self.rows_left_out += n
        shown = ", ".join(str(x) for x in lines[:max_lines]) + (" ..." if n > max_lines else "")
        at = (_("line {n}") if n == 1 else _("lines {n}")).format(n=shown)
        said = (_("{count} rows {what}{rest}").format(count=n, what=_(many), rest="") if n != 1
                else _("1 row {what}{rest}").format(what=_(one), rest=""))   # counted()'s messages
        self.left_out.append(f"{said} ({at})")

    def lines(self) -> np.ndarray:
        """Every line with a problem, sorted, once each."""
        return np.unique(self.problems["line"].to_numpy(dtype=np.int64))

    def first(self, n: int = 20) -> list[Problem]:
        return [Problem(int(r.line), r.column, r.value, r.problem)
                for r in self.problems.head(n).itertuples(index=False)]

    def counts(self) -> pd.DataFrame:
        """Problems per column and kind: column, problem, count (rows), first_lines (up to 10),
        message ("3 rows have values off the scale 1-5") and where ("0 on lines 4, 9, 17")."""
        p = self.problems
        if p.empty:
            return pd.DataFrame(columns=["column", "problem", "count", "first_lines", "message", "where"])
        g = p.groupby(["column", "problem"], sort=False)["line"]
        out = pd.DataFrame({"count": g.size(), "first_lines": g.agg(lambda s: list(s.head(10)))}).reset_index()
        out["message"] = [counted(r.problem, r.count) for r in out.itertuples(index=False)]
        out["where"] = [where(p, r.column, r.problem) for r in out.itertuples(index=False)]
        out["_row"] = out["column"] == ""   # a whole row's problem (too few fields) comes first
        out = out.sort_values(["_row", "count"], ascending=False, kind="stable", ignore_index=True)
        return out.drop(columns="_row")

    def summary(self, *, max_lines: int = 10) -> str:
        """What a person reads: counts per column with their values and first lines, then the notes."""
        head = _("{path}: {n} rows read").format(path=self.path, n=self.rows_read)
        if self.rows_dropped:
            head += _(", {n} rows with problems dropped (--skip-invalid)").format(n=self.rows_dropped)
        out = [head]
        for r in self.counts().itertuples(index=False):
            out.append(_("  column {column!r}: {message} ({where})").format(column=r.column, message=r.message,
                                                                          where=r.where) if r.column else
                       _("  {message} ({where})").format(message=r.message, where=r.where))
        out += [_("  note: {note}").format(note=n) for n in self.notes]
        return "\n".join(out)

    def to_dict(self, *, max_problems: int = 100) -> dict:
        return {"path": self.path, "kind": self.kind, "ok": self.ok, "rows_read": self.rows_read,
                "rows_dropped": self.rows_dropped, "rows_left_out": self.rows_left_out,
                "rows_kept": self.rows_kept, "left_out": self.left_out, "notes": self.notes,
                "counts": [{**r._asdict(), "first_lines": [int(x) for x in r.first_lines]}
                           for r in self.counts().itertuples(index=False)],
                "problems": [p.__dict__ for p in self.first(max_problems)]}

    def raise_if_invalid(self) -> None:
        """ImportProblem (exit 2) with the summary when problems remain."""
        if not self.ok and not self.skip_invalid:
            raise ImportProblem(self.summary() + "\nFix these rows, or import with --skip-invalid "
                                "to leave them out.", path=self.path)


# A problem is recorded as said of one value ("is off the scale 1-5"); counted over rows it reads
# "3 rows have values off the scale 1-5". The count must never read as the value (issue 8).
# The phrases are messages (journeymap.i18n): Chinese says each with its count ("3 行的值超出量表 1-5").
_PLURAL = ((N_("is off the scale"), N_("have values off the scale"), N_("has a value off the scale")),
           (N_("is not a number"), N_("have values that are not numbers"), N_("has a value that is not a number")),
           (N_("is not a whole number"), N_("have values that are not whole numbers"),
            N_("has a value that is not a whole number")),
           (N_("is not a date"), N_("have values that are not dates"), N_("has a value that is not a date")),
           (N_("is a negative weight"), N_("have a negative weight"), N_("has a negative weight")),
           (N_("has no id"), N_("have no id"), N_("has no id")),
           (N_("has no weight"), N_("have no weight"), N_("has no weight")),
           (N_("has no stage"), N_("have no stage"), N_("has no stage")),
           (N_("has no date, so no period"), N_("have no date, so no period"), N_("has no date, so no period")),
           (N_("has no"), N_("have no"), N_("has no")),
           (N_("repeats an id of an earlier line"), N_("repeat an id of an earlier line"),
            N_("repeats an id of an earlier line")),
           (N_("repeats"), N_("repeat"), N_("repeats")),
           (N_("has too few fields"), N_("have too few fields"), N_("has too few fields")))
# What follows a phrase: the expected form of a date, said in the language.
_REST = {" (expected e.g. 2026-03-31)": N_(" (expected e.g. 2026-03-31)")}


def _rest(rest: str) -> str:
    if rest in _REST:
        return _(_REST[rest])
    if rest.startswith(" (expected e.g. 2026-03-31 in the form "):
        return _(" (expected e.g. 2026-03-31 in the form {form})").format(form=rest[40:-1])
    return rest


def counted(problem: str, count: int) -> str:
    """'3 rows have values off the scale 1-5' / '1 row has a value off the scale 1-5'."""
    for said, many, one in _PLURAL:
        if problem.startswith(said):
            rest = _rest(problem[len(said):])
            return (_("{count} rows {what}{rest}").format(count=count, what=_(many), rest=rest) if count != 1
                    else _("1 row {what}{rest}").format(what=_(one), rest=rest))
    return (_("{count} rows: value {problem}") if count != 1 else _("1 row: value {problem}")).format(
        count=count, problem=problem)


def where(problems: pd.DataFrame, column: str, problem: str, *, values: int = 3, max_lines: int = 10) -> str:
    """'0 on lines 4, 9, 17; 7 on line 30': the commonest values of one column's problem and their
    first lines ('lines 4, 9' when the cells are blank)."""
    mine = problems.loc[(problems["column"] == column) & (problems["problem"] == problem)]
    by_value = mine.groupby("value", sort=False)["line"]
    sizes = by_value.size().sort_values(ascending=False, kind="stable")
    parts = []
    for value in sizes.index[:values]:
        lines = by_value.get_group(value).head(max_lines).tolist()
        numbers = ", ".join(str(x) for x in lines) + (" ..." if sizes[value] > max_lines else "")
        text = (_("line {n}") if len(lines) == 1 else _("lines {n}")).format(n=numbers)
        parts.append(_("{value} on {lines}").format(value=value, lines=text) if str(value).strip() else text)
    if len(sizes) > values:
        parts.append(_("{n} other values").format(n=len(sizes) - values))
    return "; ".join(parts)
