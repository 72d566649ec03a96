"""Raw rows of imported datasets: written once, at import, in their own table.

A survey's table has the columns ``line`` (its line in the source file), ``rid``,
``segment``, ``period``, ``date``, ``weight``, ``outcome`` and ``i0``..``iK`` (one per
SurveyItem, by ``position``), then ``contact_date`` when the survey's mapping names one (when the
customer met the stage: with ``date`` it gives the survey lag). Tables written before that column
existed, or for surveys without it, simply lack it: readers ask ``columns_of`` first. Raw tables
are per dataset and not part of the entity schema (storage.schema). Reading goes through stdlib
sqlite3, read-only. Beside each row table the import writes a columnar copy, ``rawcol_<id>``
(write_columns; write_raw writes both from plain rows), which read_columns / read_frame use
when it matches the rows (see docs/file-format.md).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable, Sequence

from . import schema
from .read import connect_readonly

SURVEY_COLUMNS = [("line", "INTEGER"), ("rid", "TEXT"), ("segment", "TEXT"), ("period", "TEXT"),
                  ("date", "TEXT"), ("weight", "REAL"), ("outcome", "REAL")]


CONTACT_DATE = ("contact_date", "TEXT")


def survey_columns(n_items: int, *, contact_date: bool = False) -> list[tuple[str, str]]:
    """The columns of a survey's raw table; ``contact_date`` (optional) comes last."""
    return SURVEY_COLUMNS + [(f"i{k}", "REAL") for k in range(n_items)] + ([CONTACT_DATE] if contact_date else [])


def columns_of(conn: sqlite3.Connection, dataset_id: str) -> list[str]:
    """The column names of a dataset's raw table ([] when there is no table)."""
    return [r[1] for r in conn.execute(f"PRAGMA table_info({schema.raw_table(dataset_id)})")]


def create_raw_table(conn: sqlite3.Connection, dataset_id: str, columns: Sequence[tuple[str, str]]) -> str:
    table = schema.raw_table(dataset_id)
    conn.execute(f"DROP TABLE IF EXISTS {table}")
    cols = ", ".join(f'"{name}" {ctype}' for name, ctype in columns)
    conn.execute(f"CREATE TABLE {table} ({cols})")
    return table


def insert_raw_rows(conn: sqlite3.Connection, dataset_id: str, columns: Sequence[str],
                    rows: Iterable[Sequence]) -> None:
    """Bulk insert inside the caller's transaction. NaN is stored as NULL by SQLite."""
    table = schema.raw_table(dataset_id)
    quoted = ", ".join(f'"{c}"' for c in columns)
    conn.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(columns))})", rows)


def read_raw(path, dataset_id: str, columns: Sequence[str] | None = None, *,
             where: str = "", params: Sequence = ()):
    """The dataset's rows as a pandas DataFrame (pandas is imported only here)."""
    import pandas as pd

    conn = connect_readonly(Path(path))
    try:
        table = schema.raw_table(dataset_id)
        cols = ", ".join(f'"{c}"' for c in columns) if columns else "*"
        cursor = conn.execute(f"SELECT {cols} FROM {table} {where}", params)
        names = [d[0] for d in cursor.description]
        return pd.DataFrame.from_records(cursor.fetchall(), columns=names)
    finally:
        conn.close()


def raw_row_count(conn: sqlite3.Connection, dataset_id: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {schema.raw_table(dataset_id)}").fetchone()[0]


# -- the columnar copy ------------------------------------------------------------------------
# Beside ``raw_<id>`` the import writes ``rawcol_<id>`` (name, kind, data): one row per column of
# the raw table. ``kind`` is the column's SQL type; INTEGER and REAL columns are little-endian
# float64 (NaN for NULL), TEXT columns a UTF-8 JSON array (null for NULL). Plain data only: never
# pickle. Readers take it when it matches the row table (same columns, same number of rows) and
# fall back to the rows otherwise (files from before it, the bundled sample, edited tables).

_NUMERIC_KINDS = ("INTEGER", "REAL")
_EXACT_INT = 2.0 ** 53


def rawcol_table(dataset_id: str) -> str:
    """Name of the table holding the columnar copy of a dataset's raw rows."""
    return "rawcol_" + schema.raw_table(dataset_id)[len("raw_"):]


def _encode(ctype: str, values, n: int):
    """(kind, blob) of one column, or None when it cannot be stored exactly as the row table
    stores it (then no columnar copy is written and readers use the rows)."""
    import json

    import numpy as np

    kind = ctype.upper()
    if values is None:
        values = [None] * n
    if kind in _NUMERIC_KINDS:
        try:
            arr = np.array([np.nan if v is None else v for v in values], dtype="<f8") \
                if isinstance(values, list) or getattr(values, "dtype", None) == object \
                else np.asarray(values, dtype="<f8")
        except (TypeError, ValueError):
            return None
        if kind == "INTEGER" and arr.size and np.nanmax(np.abs(arr), initial=0.0) >= _EXACT_INT:
            return None
        if len(arr) != n:
            return None
        return kind, arr.tobytes()
    if kind != "TEXT":
        return None
    items = values.tolist() if hasattr(values, "tolist") else list(values)
    if len(items) != n:
        return None
    out = []
    for v in items:
        if v is None or type(v) is str:
            out.append(v)
        elif isinstance(v, bool):
            out.append(str(int(v)))       # SQLite's TEXT affinity stores True as '1'
        elif isinstance(v, int):
            out.append(str(v))
        else:                             # floats, dates...: text forms may differ from SQLite's
            return None
    return kind, json.dumps(out, ensure_ascii=False).encode("utf-8")


def write_columns(conn: sqlite3.Connection, dataset_id: str, columns: Sequence[tuple[str, str]],
                  data: Sequence, n: int) -> bool:
    """Inside the caller's transaction: (re)write the columnar copy of ``n`` rows from ``data``
    (one array or list per column, None for a column of NULLs). False (and no copy) when a column
    cannot be stored exactly; readers then use the rows."""
    table = rawcol_table(dataset_id)
    conn.execute(f"DROP TABLE IF EXISTS {table}")
    encoded = []
    for (name, ctype), values in zip(columns, data):
        enc = _encode(ctype, values, n)
        if enc is None:
            return False
        encoded.append((name, enc[0], enc[1]))
    conn.execute(f"CREATE TABLE {table} (name TEXT PRIMARY KEY, kind TEXT, data BLOB)")
    conn.executemany(f"INSERT INTO {table} (name, kind, data) VALUES (?, ?, ?)", encoded)
    return True


def write_raw(conn: sqlite3.Connection, dataset_id: str, columns: Sequence[tuple[str, str]],
              rows: Sequence[Sequence]) -> None:
    """Both tables of a dataset from plain rows, inside the caller's transaction: the row table
    (create_raw_table + insert_raw_rows) and its columnar copy. For small writers (the sample)."""
    rows = list(rows)
    names = [c for c, _ in columns]
    create_raw_table(conn, dataset_id, columns)
    insert_raw_rows(conn, dataset_id, names, rows)
    data = [list(col) for col in zip(*rows)] if rows else [[] for _ in names]
    write_columns(conn, dataset_id, columns, data, len(rows))


def _decode(kind: str, blob: bytes):
    import json

    import numpy as np

    if kind in _NUMERIC_KINDS:
        arr = np.frombuffer(blob, dtype="<f8").astype(float)   # a writable, native copy
        if kind == "INTEGER" and not np.isnan(arr).any():
            return arr.astype(np.int64)
        return arr
    return json.loads(bytes(blob).decode("utf-8"))


def _usable_columns(conn: sqlite3.Connection, dataset_id: str) -> dict[str, str] | None:
    """{name: kind} of the columnar copy when it matches the row table's columns, else None."""
    table = rawcol_table(dataset_id)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is None:
        return None
    kinds = dict(conn.execute(f"SELECT name, kind FROM {table}").fetchall())
    if set(kinds) != set(columns_of(conn, dataset_id)):
        return None
    return kinds


def _rows_to_columns(conn: sqlite3.Connection, dataset_id: str, names: Sequence[str] | None) -> dict:
    import numpy as np

    types = {r[1]: (r[2] or "").upper() for r in conn.execute(f"PRAGMA table_info({schema.raw_table(dataset_id)})")}
    names = list(types) if names is None else list(names)
    quoted = ", ".join(f'"{c}"' for c in names)
    rows = conn.execute(f"SELECT {quoted} FROM {schema.raw_table(dataset_id)}").fetchall()
    cols = list(zip(*rows)) if rows else [() for _ in names]
    out: dict[str, list | np.ndarray] = {}
    for name, values in zip(names, cols):
        kind = types.get(name, "")
        if kind in _NUMERIC_KINDS:
            try:
                arr = np.array([np.nan if v is None else v for v in values], dtype=float)
            except (TypeError, ValueError):
                out[name] = list(values)
                continue
            out[name] = arr.astype(np.int64) if kind == "INTEGER" and not np.isnan(arr).any() else arr
        else:
            out[name] = list(values)
    return out


def read_columns(path, dataset_id: str, names: Sequence[str] | None = None, *,
                 fallback: bool = True) -> dict | None:
    """{name: values} of a dataset's raw columns (all, or ``names`` in that order): numeric
    columns as float64 arrays (NaN for missing; int64 for INTEGER columns without missing), text
    columns as lists (None for missing). From the columnar copy when there is a matching one;
    otherwise from the rows (``fallback``) or None (``fallback=False``). Unknown names raise
    sqlite3.OperationalError, as a SELECT of them would."""
    conn = connect_readonly(Path(path))
    try:
        kinds = _usable_columns(conn, dataset_id)
        if kinds is not None:
            want = list(kinds) if names is None else list(names)
            missing = [c for c in want if c not in kinds]
            if missing:
                raise sqlite3.OperationalError(f"no such column: {missing[0]}")
            out = {}
            if want:
                marks = ", ".join("?" * len(want))
                blobs = dict((r[0], (r[1], r[2])) for r in conn.execute(
                    f"SELECT name, kind, data FROM {rawcol_table(dataset_id)} WHERE name IN ({marks})", want))
                n = conn.execute(f"SELECT max(rowid) FROM {schema.raw_table(dataset_id)}").fetchone()[0] or 0
                for c in want:
                    out[c] = _decode(*blobs[c])
                    if len(out[c]) != n:         # the row table changed since: trust the rows
                        kinds = None
                        break
            if kinds is not None:
                if names is None:                 # the row table's column order
                    order = columns_of(conn, dataset_id)
                    out = {c: out[c] for c in order}
                return out
        if not fallback:
            return None
        return _rows_to_columns(conn, dataset_id, names)
    finally:
        conn.close()


def read_frame(path, dataset_id: str, names: Sequence[str] | None = None, *, fallback: bool = True):
    """read_columns as a pandas DataFrame (None when ``fallback`` is False and there is no copy)."""
    import pandas as pd

    cols = read_columns(path, dataset_id, names, fallback=fallback)
    if cols is None:
        return None
    return pd.DataFrame({c: (v if not isinstance(v, list) else pd.array(v, dtype=object)) for c, v in cols.items()},
                        columns=list(cols))
