"""storage.survey_rows: a survey's rows read back as frames and arrays from a real project file made
by the real import (a CSV with segments, months, contact dates, blanks and Chinese text), from the
columnar copy and, once it is dropped (a file from before it), from the rows: both agree."""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest

from journeymap.importers.project_import import run_import
from journeymap.samples.templates import build
from journeymap.storage import datasets, survey_rows, write

JOURNEY = "Insurance end to end"
QUOTE, CLAIM = "Gets an online quote", "Reports a claim"
N = 60


def survey_csv(tmp_path):
    """Row i: segment by i % 3 (the third blank), answered in March or April, contact 0-3 days
    earlier (blank on every 7th row), Quote blank on every 4th row, Claim 9 (its missing code) on
    every 5th."""
    lines = ["id,客户类型,contact,answered,satisfied,weight,Quote,Claim speed"]
    for i in range(N):
        seg = ["个人客户", "企业客户", ""][i % 3]
        month = 3 + i % 2
        contact = "" if i % 7 == 0 else f"2026-{month:02d}-{1 + i % 20:02d}"
        answered = f"2026-{month:02d}-{1 + i % 20 + i % 4:02d}"
        quote = "" if i % 4 == 0 else str(1 + i % 5)
        claim = "9" if i % 5 == 0 else str(1 + (i * 3) % 5)
        lines.append(f"r{i},{seg},{contact},{answered},{'yes' if i % 3 else 'no'},{1 + i % 2},{quote},{claim}")
    path = tmp_path / "s.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def mapping(*, contact=True):
    m = {"kind": "survey", "name": "Rows survey", "journey": JOURNEY, "id": "id", "date": "answered",
         "period": "month", "segment": "客户类型", "weight": "weight",
         "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]},
         "items": [{"column": "Quote", "stage": QUOTE, "scale": [1, 5]},
                   {"column": "Claim speed", "stage": CLAIM, "scale": [1, 5], "missing": [9]}]}
    if contact:
        m["contact_date"] = "contact"
    return m


def imported(tmp_path, **kw):
    path = tmp_path / "x.jmap"
    write.save(build("insurance"), path)
    out = run_import(path, survey_csv(tmp_path), mapping(**kw))
    return path, out.dataset_id


def drop_copy(path, dataset_id):
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {datasets.rawcol_table(dataset_id)}")
    conn.commit()
    conn.close()


@pytest.fixture
def survey(tmp_path):
    return imported(tmp_path)


def test_distinct_values(survey):
    path, ds = survey
    assert survey_rows.distinct_values(path, ds, "segment") == sorted(["个人客户", "企业客户"])
    assert survey_rows.distinct_values(path, ds, "period") == ["2026-03", "2026-04"]
    assert survey_rows.distinct_values(path, "ds-none", "period") == []
    with pytest.raises(ValueError, match="'weight'"):
        survey_rows.distinct_values(path, ds, "weight")


def test_rows_frame_from_the_copy_equals_from_the_rows(survey, monkeypatch):
    path, ds = survey
    numeric = ["weight", "i0", "i1"]
    from_copy = survey_rows.rows_frame(path, ds, numeric)
    assert list(from_copy.columns) == ["segment", "period", "weight", "i0", "i1", "date", "contact_date"]
    assert isinstance(from_copy["segment"].dtype, pd.CategoricalDtype)
    assert from_copy["date"].dtype == object      # text kept as objects, not a (slow) str column
    assert len(from_copy) == N and from_copy["i0"].isna().sum() == N // 4
    assert from_copy["i1"].isna().sum() == N // 5   # the import stored the missing code 9 as empty
    assert from_copy["weight"].tolist() == [float(1 + i % 2) for i in range(N)]
    assert from_copy["contact_date"].isna().sum() == len(range(0, N, 7))
    drop_copy(path, ds)
    monkeypatch.setattr(survey_rows, "CHUNK", 7)    # several chunks of plain tuples
    from_rows = survey_rows.rows_frame(path, ds, numeric)
    pd.testing.assert_frame_equal(from_copy, from_rows)


def test_rows_frame_without_contact_dates_has_no_date_columns(tmp_path):
    path, ds = imported(tmp_path, contact=False)
    frame = survey_rows.rows_frame(path, ds, ["weight", "i0"])
    assert list(frame.columns) == ["segment", "period", "weight", "i0"]


def test_answers_filtered_from_the_copy_and_from_the_rows(survey):
    path, ds = survey
    cols = ["weight", "outcome", "i0", "i1"]
    every = survey_rows.answers(path, ds, cols)
    assert list(every.columns) == cols and len(every) == N
    business = survey_rows.answers(path, ds, cols, segment="企业客户", period="2026-04")
    want = [i for i in range(N) if i % 3 == 1 and i % 2 == 1]
    assert len(business) == len(want)
    assert business["weight"].tolist() == [float(1 + i % 2) for i in want]
    drop_copy(path, ds)
    again = survey_rows.answers(path, ds, cols, segment="企业客户", period="2026-04")
    np.testing.assert_array_equal(business.to_numpy(dtype=float), again.to_numpy(dtype=float))


def test_wave_columns_read_every_row(survey):
    path, ds = survey
    cols = survey_rows.wave_columns(path, ds, ["period", "segment", "outcome", "i1"])
    assert list(cols) == ["period", "segment", "outcome", "i1"]
    assert cols["period"][:2] == ["2026-03", "2026-04"] and cols["segment"][2] is None
    assert len(cols["i1"]) == N and np.isnan(cols["i1"]).sum() == N // 5


@pytest.mark.parametrize("read", [
    lambda p, ds: survey_rows.answers(p, ds, ["outcome", "i7"]),
    lambda p, ds: survey_rows.wave_columns(p, ds, ["i7"]),
    lambda p, ds: survey_rows.rows_frame(p, "ds-none", ["weight"]),
    lambda p, ds: survey_rows.answers(p, "ds-none", ["outcome"]),
])
def test_a_column_or_table_that_is_not_there_is_unreadable(survey, read):
    path, ds = survey
    with pytest.raises(survey_rows.RowsUnreadable, match="no such") as info:
        read(path, ds)
    assert isinstance(info.value, sqlite3.OperationalError)   # callers catching sqlite3.Error still do
