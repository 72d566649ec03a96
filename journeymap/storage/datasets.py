"""Raw rows of imported datasets: written once, at import, in their own table.

A survey's table has the columns ``line`` (its line in the source file), ``rid``,
``segment``, ``period``, ``date``, ``weight``, ``outcome`` and ``i0``..``iK`` (one per
SurveyItem, by ``position``), then ``contact_date`` when the survey's mapping names one (when the
customer met the stage: with ``date`` it gives the survey lag). Tables written before that column
existed, or for surveys without it, simply lack it: readers ask ``columns_of`` first. Raw tables
are per dataset and not part of the entity schema (storage.schema). Reading goes through stdlib
sqlite3, read-only.
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
