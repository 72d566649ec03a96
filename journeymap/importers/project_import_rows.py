"""The raw rows of an import, written in chunks inside the import's transaction.

Columns become plain Python lists a chunk at a time (numpy ``tolist``), and ``executemany`` takes
the zipped tuples: no per-row Python beyond the zip. NaN binds as NULL in SQLite.
"""
from __future__ import annotations

import itertools
import sqlite3
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from ..storage import datasets

RawData = tuple[list[tuple[str, str]], list]   # (columns: name and SQL type, one array per column or None)

CHUNK = 100_000


class ImportCancelled(Exception):
    """The user cancelled the import; the transaction was rolled back and nothing changed."""


def _dates(values: np.ndarray) -> list:
    """datetime64 -> 'YYYY-MM-DD' (or with a time when there is one); None for NaT."""
    codes, uniques = pd.factorize(pd.Series(values))
    labels = [u.strftime("%Y-%m-%d") if (u.hour, u.minute, u.second) == (0, 0, 0) else u.isoformat()
              for u in pd.DatetimeIndex(uniques)]
    return np.array(labels + [None], dtype=object).take(codes).tolist()


def column_values(series: pd.Series) -> np.ndarray:
    """A column as something chunk-sliceable that yields plain Python values (None for NA)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = np.array([str(c) for c in series.cat.categories] + [None], dtype=object)
        codes = series.cat.codes.to_numpy()
        return cats.take(np.where(codes < 0, len(cats) - 1, codes))
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return np.array(_dates(series.to_numpy()), dtype=object)
    if pd.api.types.is_float_dtype(series.dtype) or pd.api.types.is_integer_dtype(series.dtype) \
            or pd.api.types.is_bool_dtype(series.dtype):
        return series.to_numpy()
    values = series.astype(object).to_numpy()   # read-only under pandas' copy-on-write
    return np.where(pd.isna(values), np.array(None, dtype=object), values)


def write_rows(conn: sqlite3.Connection, dataset_id: str, columns: Sequence[tuple[str, str]], data: Sequence,
               n: int, *, progress: Callable | None = None, cancel: Callable | None = None) -> None:
    """Create the dataset's raw table and insert ``n`` rows from ``data`` (one array per column,
    or None for a column of NULLs), a chunk at a time, reporting progress and checking cancel;
    then its columnar copy (storage.datasets.write_columns), in the same transaction."""
    datasets.create_raw_table(conn, dataset_id, columns)
    names = [c for c, _ in columns]
    conn.execute("PRAGMA cache_size = -131072")   # 128 MB: fewer spills mid-transaction
    if progress:
        progress(0, n)
    for start in range(0, n, CHUNK):
        if cancel is not None and cancel():
            raise ImportCancelled("the import was cancelled; nothing was changed")
        end = min(start + CHUNK, n)
        cols = [itertools.repeat(None, end - start) if d is None else d[start:end].tolist() for d in data]
        datasets.insert_raw_rows(conn, dataset_id, names, zip(*cols))
        if progress:
            progress(end, n)
    if cancel is not None and cancel():
        raise ImportCancelled("the import was cancelled; nothing was changed")
    datasets.write_columns(conn, dataset_id, columns, data, n)   # the columnar copy, same transaction
    if cancel is not None and cancel():
        raise ImportCancelled("the import was cancelled; nothing was changed")


def survey_data(frame: pd.DataFrame, item_keys: Sequence[str], *, has_weight: bool) -> RawData:
    """(columns, data) of a survey's raw table (storage.datasets.survey_columns); with the
    ``contact_date`` column when the frame has one (the mapping named it)."""
    contact = "contact_date" in frame.columns
    columns = datasets.survey_columns(len(item_keys), contact_date=contact)
    data = [frame["line"].to_numpy(), column_values(frame["id"]), column_values(frame["segment"]),
            column_values(frame["period"]), column_values(frame["date"]),
            frame["weight"].to_numpy() if has_weight else None, frame["outcome"].to_numpy()]
    data += [frame[k].to_numpy(dtype=float) for k in item_keys]
    if contact:
        data.append(column_values(frame["contact_date"]))
    return columns, data


def typed_data(frame: pd.DataFrame) -> RawData:
    """(columns, data) of a raw table holding a typed frame as it is (operations, feedback)."""
    columns, data = [], []
    for name in frame.columns:
        s = frame[name]
        numeric = pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype)
        ctype = "INTEGER" if pd.api.types.is_integer_dtype(s.dtype) else "REAL" if numeric else "TEXT"
        columns.append((str(name).replace('"', "'"), ctype))
        data.append(column_values(s))
    return columns, data
