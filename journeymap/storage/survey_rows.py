"""A survey dataset's raw rows as frames and arrays: everything analysis needs of them, so that
analysis never opens the file, writes SQL or knows how the rows are laid out (of the analysis
modules, an import-linter contract in pyproject.toml lets only analysis.survey_data import storage).

The raw table of a survey holds ``line, rid, segment, period, date, weight, outcome, i0..iK`` and
sometimes ``contact_date`` (storage.datasets). Each reader takes the columnar copy (``rawcol_<id>``,
datasets.read_columns) when the file has a matching one, else the rows. Stdlib sqlite3, read-only;
pandas is imported only inside the functions that build frames (``journeymap info`` stays light).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Sequence

import numpy as np

from . import datasets, schema
from .read import connect_readonly

CHUNK = 200_000          # rows fetched at a time on the row path (bounds the tuples alive at once)
FILTERS = ("segment", "period")
LAG_TEXTS = ("date", "contact_date")    # read as text when the table has both: the survey lag


class RowsUnreadable(sqlite3.OperationalError):
    """The rows cannot be read as asked: no raw table, or a column it lacks (a damaged file).
    A sqlite3.OperationalError still, for callers that catch sqlite3.Error."""


def distinct_values(path, dataset_id: str, column: str) -> list[str]:
    """The distinct non-empty values of ``segment`` or ``period`` in a dataset's rows, sorted
    ([] when the dataset has no raw table)."""
    if column not in FILTERS:
        raise ValueError(f"no distinct values for column {column!r}")
    conn = connect_readonly(Path(path))
    try:
        table = schema.raw_table(dataset_id)
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is None:
            return []
        cur = conn.execute(f'SELECT DISTINCT "{column}" FROM {table} WHERE "{column}" IS NOT NULL '
                           f'AND "{column}" != \'\'')
        return sorted(str(r[0]) for r in cur.fetchall())
    finally:
        conn.close()


def answers(path, dataset_id: str, columns: Sequence[str], *, segment: str | None = None,
            period: str | None = None):
    """A DataFrame of ``columns`` for the rows with this ``segment`` and ``period`` (None: any):
    numeric columns as float, text columns as objects. Raises RowsUnreadable."""
    filters = [(c, v) for c, v in zip(FILTERS, (segment, period)) if v is not None]
    try:
        frame = _answers_from_copy(path, dataset_id, list(columns), filters)
        if frame is None:
            where = " AND ".join(f'"{c}" = ?' for c, _ in filters)
            frame = datasets.read_raw(path, dataset_id, columns, where=f"WHERE {where}" if where else "",
                                      params=[v for _, v in filters])
    except sqlite3.OperationalError as exc:
        raise RowsUnreadable(str(exc)) from exc
    return frame


def _answers_from_copy(path, dataset_id: str, columns: list[str], filters: list[tuple[str, str]]):
    """answers() from the columnar copy, or None when the file has none (then the rows are read)."""
    import pandas as pd

    cols = datasets.read_columns(path, dataset_id, columns + [c for c, _ in filters], fallback=False)
    if cols is None:
        return None
    keep = None
    for c, v in filters:
        hit = np.array(cols[c], dtype=object) == v
        keep = hit if keep is None else keep & hit
    data = {c: np.asarray(cols[c], dtype=float) if not isinstance(cols[c], list)
            else np.array(cols[c], dtype=object) for c in columns}
    if keep is not None:
        data = {c: v[keep] for c, v in data.items()}
    return pd.DataFrame(data, columns=columns)


def wave_columns(path, dataset_id: str, names: Sequence[str]) -> dict:
    """{name: values} of a dataset's rows, every row (datasets.read_columns: numeric columns as
    float arrays, text columns as lists). Raises RowsUnreadable."""
    try:
        cols = datasets.read_columns(path, dataset_id, names)
    except sqlite3.OperationalError as exc:
        raise RowsUnreadable(str(exc)) from exc
    assert cols is not None, "read_columns falls back to the rows: never None"
    return cols


def rows_frame(path, dataset_id: str, numeric: Sequence[str]):
    """Every row of a dataset as a DataFrame: ``segment`` and ``period`` (categoricals), the
    ``numeric`` columns (float, NaN = missing) and, when the table has both, ``date`` and
    ``contact_date`` (text objects, for the survey lag). The fast path of the stage metrics: from
    the columnar copy when there is one, else a chunk of plain tuples at a time straight into
    numpy (read_raw's sqlite3.Row records take twice as long on a million rows).
    Raises RowsUnreadable."""
    numeric = list(numeric)
    conn = connect_readonly(Path(path))
    conn.row_factory = None
    try:
        try:
            have = set(datasets.columns_of(conn, dataset_id))
            texts = list(FILTERS) + (list(LAG_TEXTS) if set(LAG_TEXTS) <= have else [])
            cols = datasets.read_columns(path, dataset_id, numeric + texts, fallback=False) if have else None
            if cols is not None:        # the columnar copy: no rows built
                return _from_columns(cols, numeric, texts)
            return _from_rows(conn, dataset_id, numeric, texts)
        except sqlite3.OperationalError as exc:
            raise RowsUnreadable(str(exc)) from exc
    finally:
        conn.close()


def _from_columns(cols: dict, numeric: list[str], texts: list[str]):
    n = len(cols[texts[0]])
    num = np.empty((n, len(numeric)), dtype=float, order="F")   # column-major: pandas takes it as is
    for j, c in enumerate(numeric):
        num[:, j] = cols[c]
    txt = np.empty((n, len(texts)), dtype=object, order="F")
    for j, c in enumerate(texts):
        txt[:, j] = cols[c]
    return _frame(num, txt, numeric, texts)


def _from_rows(conn: sqlite3.Connection, dataset_id: str, numeric: list[str], texts: list[str]):
    table = schema.raw_table(dataset_id)
    nums, strs = [], []
    cur = conn.execute(f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in numeric)} FROM {table}")
    while rows := cur.fetchmany(CHUNK):
        nums.append(np.array(rows, dtype=float).reshape(len(rows), len(numeric)))
    cur = conn.execute(f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in texts)} FROM {table}")
    while rows := cur.fetchmany(CHUNK):
        strs.append(np.array(rows, dtype=object).reshape(len(rows), len(texts)))
    num = np.concatenate(nums) if nums else np.zeros((0, len(numeric)))
    txt = np.concatenate(strs) if strs else np.zeros((0, len(texts)), dtype=object)
    return _frame(num, txt, numeric, texts)


def _frame(num: np.ndarray, txt: np.ndarray, numeric: list[str], texts: list[str]):
    import pandas as pd

    frame = pd.DataFrame(num, columns=numeric)
    for j, c in enumerate(texts[len(FILTERS):], start=len(FILTERS)):
        frame[c] = pd.Series(txt[:, j], dtype=object, copy=False)   # objects: a str column costs 0.2 s/1M
    frame.insert(0, "period", pd.Categorical(txt[:, 1]))
    frame.insert(0, "segment", pd.Categorical(txt[:, 0]))
    return frame
