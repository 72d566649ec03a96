"""Vectorised conversions of string columns, each returning values plus masks of the problems.

Numbers go through pyarrow compute (a cast of 1M cells takes ~20 ms); low-cardinality columns
(dates, periods, outcome labels) are factorised and only their distinct values parsed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_NUMBER = r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$"
DATE_FORMATS = ("%Y/%m/%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y年%m月%d日", "%Y.%m.%d",
                "%Y%m%d", "%Y/%m/%d %H:%M:%S", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M")


@dataclass
class Parsed:
    values: np.ndarray   # float64 (NaN where empty, missing or bad) or datetime64[ns]
    empty: np.ndarray    # bool: blank cell (a missing value, not an error)
    bad: np.ndarray      # bool: not a number / not a date


def strings(series: pd.Series) -> pa.ChunkedArray:
    """The column as trimmed Arrow strings, without a copy when it is Arrow-backed already."""
    try:
        arr = series.array.__arrow_array__()
    except (AttributeError, TypeError):
        arr = pa.array(series.astype(object).where(series.notna(), "").to_numpy(), type=pa.large_string())
    if not isinstance(arr, pa.ChunkedArray):
        arr = pa.chunked_array([arr])
    return pc.utf8_trim_whitespace(pc.fill_null(arr, ""))


def numbers(series: pd.Series, *, missing: Sequence[Any] = ()) -> Parsed:
    """Numbers; blanks and the ``missing`` codes (numbers or texts) are missing, others bad."""
    arr = strings(series)
    empty = pc.equal(arr, "").to_numpy(zero_copy_only=False)
    blank = pa.scalar(None, arr.type)
    try:
        values = pc.cast(pc.if_else(pc.equal(arr, ""), blank, arr), pa.float64())
        bad = np.zeros(len(arr), dtype=bool)
    except pa.ArrowInvalid:   # some non-numbers: find them, cast the rest
        ok = pc.match_substring_regex(arr, _NUMBER).to_numpy(zero_copy_only=False)
        values = pc.cast(pc.if_else(pa.chunked_array([ok]), arr, blank), pa.float64())
        bad = ~ok & ~empty
    out = values.to_numpy(zero_copy_only=False).astype(np.float64, copy=False)
    coded = _missing_mask(arr, out, missing)
    out = np.where(coded, np.nan, out)
    return Parsed(out, empty | coded, bad & ~coded)


def _missing_mask(arr: pa.ChunkedArray, values: np.ndarray, missing: Sequence[Any]) -> np.ndarray:
    mask = np.zeros(len(values), dtype=bool)
    nums = [float(m) for m in missing if isinstance(m, (int, float)) and not isinstance(m, bool)]
    texts = [str(m).strip().casefold() for m in missing if isinstance(m, str)]
    if nums:
        mask |= np.isin(values, nums)
    if texts:
        mask |= pc.is_in(pc.utf8_lower(arr), value_set=pa.array(texts, pa.large_string())) \
            .to_numpy(zero_copy_only=False)
    return mask


def codes(series: pd.Series) -> tuple[np.ndarray, list[str]]:
    """(codes, distinct trimmed values): parse the few distinct values, then take()."""
    trimmed = pd.Series(strings(series).to_pandas(), copy=False) if len(series) else series
    c, uniques = pd.factorize(trimmed)
    return c, [str(u) for u in uniques]


def texts(series: pd.Series) -> pd.Series:
    """Trimmed text, NA where blank (for segment, reason, stage, comment columns)."""
    out = pd.Series(strings(series).to_pandas(), index=series.index).astype("str")
    return out.where(out != "")


def dates(series: pd.Series, *, fmt: str | None = None) -> Parsed:
    """Dates: ``fmt`` if given, else ISO 8601, else the one common form that reads the most."""
    c, uniques = codes(series)
    parsed = _parse_dates(pd.Series(uniques, dtype=object), fmt)
    values = parsed.to_numpy(dtype="datetime64[ns]").take(c) if len(uniques) else \
        np.full(len(c), np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    empty_u = np.array([u == "" for u in uniques], dtype=bool)
    bad_u = ~empty_u & parsed.isna().to_numpy()
    return Parsed(values, empty_u.take(c) if len(uniques) else np.ones(len(c), bool),
                  bad_u.take(c) if len(uniques) else np.zeros(len(c), bool))


def _parse_dates(uniques: pd.Series, fmt: str | None) -> pd.Series:
    if fmt:
        return _local(uniques, fmt)
    best = _local(uniques, "ISO8601")
    filled = (uniques != "").sum()
    for form in DATE_FORMATS:
        if best.notna().sum() == filled:
            break
        trial = _local(uniques, form)
        if trial.notna().sum() > best.notna().sum():
            best = trial
    return best


_OFFSET = r"\s*(?:Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$"


def _local(uniques: pd.Series, form: str) -> pd.Series:
    """The dates as written, at the local time the file gives (naive datetime64).

    Exports mix UTC offsets (+01:00 and +02:00 across a daylight-saving change, or Z beside
    offsets); pandas refuses a column with several. The day a customer met a stage is the day on
    their clock, so the offset is dropped rather than converted (a conversion to UTC would move
    late-evening answers to the next day, and month ends to the next month).
    """
    try:
        parsed = pd.to_datetime(uniques, format=form, errors="coerce")
    except ValueError as exc:
        if "Mixed timezones" not in str(exc) and "mixed" not in str(exc).lower():
            raise
        stripped = uniques.astype(str).str.replace(_OFFSET, "", regex=True)
        parsed = pd.to_datetime(stripped, format=form, errors="coerce")
    if not pd.api.types.is_datetime64_any_dtype(parsed):      # a mix pandas kept as objects
        parsed = pd.to_datetime(uniques.astype(str).str.replace(_OFFSET, "", regex=True),
                                format=form, errors="coerce")
    return parsed.dt.tz_localize(None) if getattr(parsed.dt, "tz", None) else parsed


def check_date_format(fmt: str) -> str | None:
    """Why ``fmt`` is not a usable strftime date form (None when it is)."""
    import re
    if "%" not in fmt:
        return "has no % directive (e.g. %Y-%m-%d)"
    if not any(d in fmt for d in ("%Y", "%y", "%d", "%m", "%b", "%B", "%j")):
        return "names no year, month or day (%Y, %m, %d ...)"
    try:
        pd.to_datetime(pd.Series(["2026-01-02"]), format=fmt, errors="coerce")
    except (ValueError, re.error) as exc:
        return f"is not a date form pandas can read ({exc})"
    return None


def categories(series: pd.Series) -> pd.Categorical:
    """Trimmed text as a categorical; blank cells are NA."""
    c, uniques = codes(series)
    blank = uniques.index("") if "" in uniques else -2
    cats = [u for u in uniques if u != ""]
    if blank >= 0:   # renumber around the blank value
        c = np.where(c == blank, -1, np.where(c > blank, c - 1, c))
    return pd.Categorical.from_codes(c, categories=pd.Index(cats, dtype="str"))


def no_texts(n: int) -> pd.Series:
    """An all-NA text column (an unmapped id), built without a Python list."""
    return pd.Series(pd.array(pa.nulls(n, pa.large_string()), dtype="str"))


def no_categories(n: int) -> pd.Categorical:
    return pd.Categorical.from_codes(np.full(n, -1), categories=pd.Index([], dtype="str"))


def periods(values: np.ndarray, *, rule: str) -> pd.Categorical:
    """'YYYY-MM' (month) or 'YYYY-Qn' (quarter) of datetime64 values; NA where NaT."""
    dt = pd.DatetimeIndex(values)
    key = np.where(dt.isna(), -1, dt.year * 12 + dt.month - 1)
    if rule == "quarter":
        key = np.where(key < 0, -1, key - key % 12 + (key % 12) // 3 * 3)
    uniques = np.unique(key[key >= 0])
    labels = [_period_label(int(k), rule) for k in uniques]
    c = np.searchsorted(uniques, key)
    return pd.Categorical.from_codes(np.where(key < 0, -1, c), categories=pd.Index(labels, dtype="str"))


def _period_label(key: int, rule: str) -> str:
    year, month = divmod(key, 12)
    return f"{year:04d}-Q{month // 3 + 1}" if rule == "quarter" else f"{year:04d}-{month + 1:02d}"
