"""Survey lag per stage: a real CSV with contact and survey dates, imported into a real project,
read back through stage_data.stage_metric_table (fresh from the file and from the import's rows)."""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from journeymap.analysis import stage_data, stage_rows
from journeymap.analysis.stage_data import LAG_DAYS, stage_metric_table
from journeymap.importers.project_import import run_import
from journeymap.samples.templates import build
from journeymap.storage import datasets, schema, write
from journeymap.storage.read import open_project

JOURNEY = "Insurance end to end"
QUOTE, CLAIM, SETTLED = "Gets an online quote", "Reports a claim", "Claim is settled"


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "x.jmap"
    write.save(build("insurance"), path)
    stage_data.clear_cache()
    yield path
    stage_data.clear_cache()


def lag_csv(tmp_path):
    """Rows 0-59 rate the quote and the claim, answered 0 or 1 day after the contact; rows 60-89
    rate only the settlement, answered 5 days after it (row 89: 7 days; median stays 5)."""
    lines = ["id,contact,answered,satisfied,Quote,Claim speed,Settlement"]
    for i in range(90):
        contact = date(2026, 3, 1) + timedelta(days=i % 20)
        late = 0 if i < 60 else (7 if i == 89 else 5)
        lag = i % 2 if i < 60 else late
        quote, claim, settled = (str(1 + i % 5), str(1 + (i * 3) % 5), "") if i < 60 else ("", "", str(1 + i % 5))
        lines.append(f"r{i},{contact.isoformat()},{(contact + timedelta(days=lag)).isoformat()},"
                     f"{'yes' if i % 3 else 'no'},{quote},{claim},{settled}")
    path = tmp_path / "lag.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def mapping(contact=True):
    m = {"kind": "survey", "name": "Lag survey", "journey": JOURNEY, "id": "id", "date": "answered",
         "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]},
         "items": [{"column": "Quote", "stage": QUOTE, "scale": [1, 5]},
                   {"column": "Claim speed", "stage": CLAIM, "scale": [1, 5]},
                   {"column": "Settlement", "stage": SETTLED, "scale": [1, 5]}]}
    if contact:
        m["contact_date"] = "contact"
    return m


def sat(table, stage_name):
    return table[(table.stage == stage_name) & (table.metric == "CSAT")].iloc[0]


def check_lags(table):
    late = sat(table, SETTLED)
    assert late.lag_days == 5.0 and "lag 5d" in late["flags"] and late.n == 30
    for name in (QUOTE, CLAIM):
        row = sat(table, name)
        assert row.lag_days == pytest.approx(0.5) and row.lag_days <= LAG_DAYS
        assert not any(f.startswith("lag") for f in row["flags"]) and row.n == 60
    t2b = table[(table.stage == SETTLED) & (table.metric == "Top-2-box")].iloc[0]
    assert t2b.lag_days == 5.0 and "lag 5d" in t2b["flags"]
    empty = sat(table, "Drops out")
    assert empty.lag_days is None and empty["flags"] == ["no data"]
    assert all(v is None for v in table.loc[table.kind == "operating", "lag_days"])


def test_late_stage_is_flagged_with_its_median_lag(project_path, tmp_path):
    out = run_import(project_path, lag_csv(tmp_path), mapping())
    conn = sqlite3.connect(project_path)
    assert "contact_date" in datasets.columns_of(conn, out.dataset_id)
    conn.close()
    p = open_project(project_path)
    jid = p.journey_by_name(JOURNEY).id
    warm = stage_metric_table(project_path, p, journey_id=jid)        # rows handed over by the import
    check_lags(warm)
    stage_data.clear_cache()
    cold = stage_metric_table(project_path, p, journey_id=jid)        # rows read from the file
    check_lags(cold)
    assert warm.drop(columns=["flags", "lag_days"]).equals(cold.drop(columns=["flags", "lag_days"]))
    assert warm["flags"].tolist() == cold["flags"].tolist()
    assert warm["lag_days"].tolist() == cold["lag_days"].tolist()
    again = stage_metric_table(project_path, p, journey_id=jid)       # from the table cache
    check_lags(again)


def test_survey_without_contact_date_has_no_lag(project_path, tmp_path):
    out = run_import(project_path, lag_csv(tmp_path), mapping(contact=False))
    conn = sqlite3.connect(project_path)
    assert "contact_date" not in datasets.columns_of(conn, out.dataset_id)
    conn.close()
    p = open_project(project_path)
    jid = p.journey_by_name(JOURNEY).id
    for _ in range(2):
        table = stage_metric_table(project_path, p, journey_id=jid)
        assert all(v is None for v in table["lag_days"])
        assert not any(f.startswith("lag") for flags in table["flags"] for f in flags)
        assert sat(table, SETTLED).n == 30
        stage_data.clear_cache()


def test_old_raw_table_without_the_column_still_reads(project_path, tmp_path):
    out = run_import(project_path, lag_csv(tmp_path), mapping())
    table = schema.raw_table(out.dataset_id)
    conn = sqlite3.connect(project_path)                 # rewrite it as a table from before the column
    old_cols = [c for c, _ in datasets.survey_columns(3)]
    quoted = ", ".join(f'"{c}"' for c in old_cols)
    conn.execute(f"CREATE TABLE old_rows AS SELECT {quoted} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE old_rows RENAME TO {table}")
    conn.commit()
    assert datasets.columns_of(conn, out.dataset_id) == old_cols
    conn.close()
    stage_data.clear_cache()
    p = open_project(project_path)
    t = stage_metric_table(project_path, p, journey_id=p.journey_by_name(JOURNEY).id)
    assert sat(t, SETTLED).n == 30 and sat(t, QUOTE).n == 60
    assert all(v is None for v in t["lag_days"])
    assert not any(f.startswith("lag") for flags in t["flags"] for f in flags)
    frame = datasets.read_raw(project_path, out.dataset_id)
    assert len(frame) == 90 and "contact_date" not in frame


def test_lag_days_from_iso_texts():
    lag = stage_rows.lag_days(["2026-03-06", "2026-03-02T12:00:00", None, "2026-03-01"],
                              ["2026-03-01", "2026-03-01", "2026-03-01", None])
    assert lag[:2].tolist() == [5.0, 1.5] and all(x != x for x in lag[2:])
