"""The columnar copy of an import's raw rows (rawcol_<id>): written beside raw_<id> in the import's
transaction, read back equal to the rows (NaN, Chinese text), older files fall back to the rows,
dropped with the dataset, absent after a cancelled import."""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest

from journeymap.analysis import stage_data
from journeymap.analysis.stage_data import stage_metric_table
from journeymap.analysis.survey_data import load_survey
from journeymap.importers.project_import import ImportCancelled, commit_import, plan_import, run_import
from journeymap.importers.project_import_entities import remove_dataset
from journeymap.samples.templates import build
from journeymap.storage import datasets, schema, write
from journeymap.storage.read import open_project

JOURNEY = "Insurance end to end"
QUOTE, CLAIM = "Gets an online quote", "Reports a claim"


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "x.jmap"
    write.save(build("insurance"), path)
    stage_data.clear_cache()
    yield path
    stage_data.clear_cache()


def survey_csv(tmp_path, n=40):
    lines = ["id,客户类型,answered,satisfied,Quote,Claim speed"]
    for i in range(n):
        seg = ["个人客户", "企业客户", ""][i % 3]
        quote = "" if i % 4 == 0 else str(1 + i % 5)
        lines.append(f"r{i},{seg},2026-03-{1 + i % 28:02d},{'yes' if i % 3 else 'no'},{quote},{1 + (i * 3) % 5}")
    path = tmp_path / "s.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def mapping():
    return {"kind": "survey", "name": "Columnar survey", "journey": JOURNEY, "id": "id", "date": "answered",
            "segment": "客户类型",
            "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]},
            "items": [{"column": "Quote", "stage": QUOTE, "scale": [1, 5]},
                      {"column": "Claim speed", "stage": CLAIM, "scale": [1, 5]}]}


def tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def from_rows(path, dataset_id) -> pd.DataFrame:
    """The row table's content, as read_columns gives it (numbers as float, text as object)."""
    conn = sqlite3.connect(path)
    try:
        cols = datasets._rows_to_columns(conn, dataset_id, None)
    finally:
        conn.close()
    return pd.DataFrame({c: v if not isinstance(v, list) else pd.array(v, dtype=object) for c, v in cols.items()})


def drop_copy(path, dataset_id):
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {datasets.rawcol_table(dataset_id)}")
    conn.commit()
    conn.close()


def test_import_writes_both_tables_with_equal_content(project_path, tmp_path):
    out = run_import(project_path, survey_csv(tmp_path), mapping())
    assert {schema.raw_table(out.dataset_id), datasets.rawcol_table(out.dataset_id)} <= tables(project_path)
    conn = sqlite3.connect(project_path)
    kinds = dict(conn.execute(f"SELECT name, kind FROM {datasets.rawcol_table(out.dataset_id)}").fetchall())
    conn.close()
    assert set(kinds) == {"line", "rid", "segment", "period", "date", "weight", "outcome", "i0", "i1"}
    assert kinds["i0"] == "REAL" and kinds["segment"] == "TEXT" and kinds["line"] == "INTEGER"
    col = datasets.read_frame(project_path, out.dataset_id, fallback=False)
    assert col is not None
    rows = from_rows(project_path, out.dataset_id)
    pd.testing.assert_frame_equal(col, rows)
    assert col["i0"].isna().sum() == 10 and "个人客户" in set(col["segment"].dropna())
    assert col["segment"].isna().sum() == 13
    assert col["weight"].isna().all()
    # the old row-based reader agrees too (its all-NULL weight column is object there)
    old = datasets.read_raw(project_path, out.dataset_id)
    assert list(old.columns) == list(col.columns)
    for c in col.columns:
        a, b = col[c].tolist(), old[c].tolist()
        assert [None if (isinstance(x, float) and x != x) else x for x in a] == \
               [None if (isinstance(x, float) and x != x) else x for x in b], c


def test_readers_agree_with_and_without_the_copy(project_path, tmp_path):
    out = run_import(project_path, survey_csv(tmp_path), mapping())
    p = open_project(project_path)
    jid = p.journey_by_name(JOURNEY).id
    stage_data.clear_cache()
    with_copy = stage_metric_table(project_path, p, journey_id=jid)
    s_with = load_survey(project_path, p, journey_id=jid, dataset_id=out.dataset_id, segment="企业客户")
    some = datasets.read_columns(project_path, out.dataset_id, ["i1", "segment"])
    drop_copy(project_path, out.dataset_id)
    assert datasets.read_columns(project_path, out.dataset_id, fallback=False) is None
    stage_data.clear_cache()
    without = stage_metric_table(project_path, p, journey_id=jid)
    s_without = load_survey(project_path, p, journey_id=jid, dataset_id=out.dataset_id, segment="企业客户")
    pd.testing.assert_frame_equal(with_copy, without)
    assert s_with.rows == s_without.rows == 13
    np.testing.assert_array_equal(s_with.x, s_without.x)
    np.testing.assert_array_equal(s_with.y, s_without.y)
    fallback = datasets.read_columns(project_path, out.dataset_id, ["i1", "segment"])   # from the rows
    np.testing.assert_array_equal(some["i1"], fallback["i1"])
    assert some["segment"] == fallback["segment"]


def test_a_copy_that_no_longer_matches_the_rows_is_ignored(project_path, tmp_path):
    out = run_import(project_path, survey_csv(tmp_path), mapping())
    conn = sqlite3.connect(project_path)
    conn.execute(f"DELETE FROM {schema.raw_table(out.dataset_id)} WHERE line > 30")
    conn.commit()
    conn.close()
    assert datasets.read_columns(project_path, out.dataset_id, fallback=False) is None
    assert len(datasets.read_frame(project_path, out.dataset_id)) == len(from_rows(project_path, out.dataset_id))


def test_deleting_the_dataset_drops_both_tables(project_path, tmp_path):
    out = run_import(project_path, survey_csv(tmp_path), mapping())
    p = open_project(project_path)
    remove_dataset(p, out.dataset_id)
    write.save(p, project_path)
    names = tables(project_path)
    assert schema.raw_table(out.dataset_id) not in names
    assert datasets.rawcol_table(out.dataset_id) not in names
    assert not any(n.startswith("rawcol_") for n in names)


@pytest.mark.parametrize("checks", [2, 3])   # before the copy; after it (the last check)
def test_cancelled_import_leaves_neither_table(project_path, tmp_path, monkeypatch, checks):
    plan = plan_import(project_path, survey_csv(tmp_path), mapping())
    calls, copies = [], []
    real = datasets.write_columns
    monkeypatch.setattr(datasets, "write_columns", lambda *a, **k: copies.append(real(*a, **k)))

    def cancel():
        calls.append(1)
        return len(calls) > checks

    with pytest.raises(ImportCancelled):
        commit_import(project_path, plan, cancel=cancel)
    assert copies == ([True] if checks == 3 else [])
    assert not any(n.startswith(("raw_", "rawcol_")) for n in tables(project_path) - tables_of_sample(tmp_path))


def tables_of_sample(tmp_path) -> set[str]:
    path = tmp_path / "sample.jmap"
    write.save(build("insurance"), path)
    return tables(path)


def test_write_raw_writes_both_for_small_writers(tmp_path):
    path = tmp_path / "x.jmap"
    write.save(build("insurance"), path)
    cols = datasets.survey_columns(2)
    rows = [(1, "a", "企业", "2026Q1", "2026-01-01", None, 1.0, 4.0, None),
            (2, "b", None, "2026Q1", "2026-01-02", 2.0, 0.0, None, 3.0)]
    conn = sqlite3.connect(path)
    with conn:
        datasets.write_raw(conn, "ds-x", cols, rows)
    conn.close()
    got = datasets.read_columns(path, "ds-x", fallback=False)
    assert got["segment"] == ["企业", None]
    np.testing.assert_array_equal(got["line"], [1, 2])
    np.testing.assert_array_equal(got["i1"], [np.nan, 3.0])
    pd.testing.assert_frame_equal(datasets.read_frame(path, "ds-x"), from_rows(path, "ds-x"))


def test_a_text_column_that_cannot_be_stored_exactly_writes_no_copy(tmp_path):
    path = tmp_path / "x.jmap"
    write.save(build("insurance"), path)
    conn = sqlite3.connect(path)
    with conn:
        datasets.write_raw(conn, "ds-y", [("a", "TEXT")], [(1.5,), ("x",)])
    conn.close()
    assert datasets.rawcol_table("ds-y") not in tables(path)
    assert datasets.read_columns(path, "ds-y")["a"] == ["1.5", "x"]
