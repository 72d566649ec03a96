"""Checks shared by the three kinds: a report collector and the columns every kind may have."""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..i18n import gettext as _
from . import convert
from .errors import ImportProblem
from .mapping import MappingBase
from .readers import RawTable
from .report import ValidationReport


class Checker:
    """Collects problems into the report and remembers which rows have any."""

    def __init__(self, raw: RawTable, kind: str, skip_invalid: bool):
        self.raw, self.lines = raw, raw.lines
        self.report = ValidationReport(raw.path, kind, rows_read=len(raw), skip_invalid=skip_invalid)
        self.bad_rows = np.zeros(len(raw), dtype=bool)
        if raw.fields is not None:   # first: a short row's blanks are no answers, its other problems follow
            short = raw.fields < raw.width
            said = pd.Series([_("{n} of {width} fields").format(n=n, width=raw.width) for n in raw.fields])
            if self.report.add(mask=short, lines=self.lines, column="", raw=said, problem="has too few fields"):
                self.bad_rows |= short

    def flag(self, mask: np.ndarray, column: str, problem: str) -> None:
        if self.report.add(mask=mask, lines=self.lines, column=column, raw=self.raw.frame[column],
                           problem=problem):
            self.bad_rows |= mask

    def finish(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Drop bad rows when asked; refuse a file in which no row survives."""
        if self.report.skip_invalid and self.bad_rows.any():
            frame = frame.loc[~self.bad_rows].reset_index(drop=True)
            self.report.rows_dropped = int(self.bad_rows.sum())
            if frame.empty:
                raise ImportProblem(self.report.summary() + "\nEvery row has a problem; nothing is "
                                    "left to import. Check the mapping's columns and scales.",
                                    path=self.raw.path)
        return frame


# -- shared columns ----------------------------------------------------------------------------

def scaled(ck: Checker, column: str, *, scale: tuple[float, float] | None, missing: Sequence = (),
           whole: bool = False) -> np.ndarray:
    parsed = convert.numbers(ck.raw.frame[column], missing=missing)
    ck.flag(parsed.bad, column, "is not a number")
    values = parsed.values
    if scale is not None:
        lo, hi = scale
        off = ~np.isnan(values) & ((values < lo) | (values > hi))
        ck.flag(off, column, f"is off the scale {lo:g}-{hi:g}")
        values = np.where(off, np.nan, values)
    if whole:
        frac = ~np.isnan(values) & (values != np.round(values))
        ck.flag(frac, column, "is not a whole number")
        values = np.where(frac, np.nan, values)
    return values


def dates(ck: Checker, column: str | None, fmt: str | None) -> np.ndarray | None:
    if not column:
        return None
    parsed = convert.dates(ck.raw.frame[column], fmt=fmt)
    ck.flag(parsed.bad, column, "is not a date (expected e.g. 2026-03-31" +
            (f" in the form {fmt})" if fmt else ")"))
    return parsed.values


def common(ck: Checker, m: MappingBase) -> dict:
    """line, segment, date and period: the same in every kind. Segment and period are
    categoricals: few distinct values over many rows (and cheap to group by)."""
    f, n = ck.raw.frame, len(ck.raw)
    date = dates(ck, m.date, m.date_format)
    out = {"line": ck.lines,
           "segment": convert.categories(f[m.segment]) if m.segment else convert.no_categories(n),
           "date": date if date is not None else np.full(n, np.datetime64("NaT", "ns"), "datetime64[ns]")}
    rule = m.period_rule
    if rule == "column":
        out["period"] = convert.categories(f[m.period])
    elif rule and date is not None:
        out["period"] = convert.periods(date, rule=rule)
    else:
        out["period"] = convert.no_categories(n)
    return out


def ids(ck: Checker, column: str | None) -> pd.Series | None:
    """Ids as text; blank and repeated ids are problems. Numeric ids take a faster path."""
    if not column:
        return None
    arr = convert.strings(ck.raw.frame[column])
    try:
        dup = pd.Series(pc.cast(arr, pa.int64()).to_numpy()).duplicated(keep="first").to_numpy()
        blank = np.zeros(len(arr), dtype=bool)
    except pa.ArrowInvalid:   # text ids (or blanks): hash the strings
        text = pd.Series(arr.to_pandas(), copy=False)
        blank = (text == "").to_numpy()
        dup = text.duplicated(keep="first").to_numpy() & ~blank
    ck.flag(blank, column, "has no id")
    if dup.any():
        ck.flag(dup, column, "repeats an id of an earlier line")
    return convert.texts(ck.raw.frame[column])


def frame_of(cols: dict) -> pd.DataFrame:
    return pd.DataFrame({k: v for k, v in cols.items()}, copy=False)
