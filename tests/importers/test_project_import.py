"""plan_import / commit_import / run_import into real project files, and stage_data on the result."""
from __future__ import annotations

import hashlib
import json
import sqlite3

import numpy as np
import pytest

from journeymap.analysis import stage_data
from journeymap.analysis.stage_data import stage_metric_table, stage_trend
from journeymap.core import model
from journeymap.importers.errors import ImportProblem
from journeymap.importers.project_import import (ImportCancelled, commit_import, plan_import,
                                                 run_import)
from journeymap.samples.templates import build
from journeymap.storage import schema, write
from journeymap.storage.read import open_project

JOURNEY = "Insurance end to end"


def digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture
def project_path(tmp_path):
    p = build("insurance")
    p.add(model.Reason("rs-wait", "等待时间长", ["等待", "排队", "慢"], priority=1))
    p.add(model.Reason("rs-price", "价格太贵", ["贵", "价格"]))
    path = tmp_path / "x.jmap"
    write.save(p, path)
    return path


def survey_csv(tmp_path, n=60, name="s.csv", bad_lines=()):
    rng = np.random.default_rng(3)
    lines = ["id,Customer Type,date,satisfied,Claim speed,Claim effort,Quote"]
    for i in range(n):
        q1 = 9 if i + 2 in bad_lines else int(rng.integers(1, 6))
        lines.append(f"r{i},{'A' if i % 2 else 'B'},2026-0{1 + i % 3}-15,{'yes' if i % 3 else 'no'},"
                     f"{q1},{int(rng.integers(1, 8))},{int(rng.integers(1, 6))}")
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def survey_mapping(create=True, stages=("Reports a claim", "New stage B", "Gets an online quote")):
    return {"kind": "survey", "name": "Claims survey", "journey": JOURNEY, "create_stages": create,
            "id": "id", "segment": "Customer Type", "date": "date",
            "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]},
            "items": [{"column": "Claim speed", "stage": stages[0], "scale": [1, 5]},
                      {"column": "Claim effort", "stage": stages[1], "scale": [1, 7], "better": "lower",
                       "phase": "Claims extra"},
                      {"column": "Quote", "stage": stages[2], "scale": [1, 5]}]}


def raw_count(path, dataset_id) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {schema.raw_table(dataset_id)}").fetchone()[0]


def test_survey_import_writes_dataset_items_rows_and_mapping(project_path, tmp_path):
    csv = survey_csv(tmp_path)
    plan = plan_import(project_path, csv, survey_mapping())
    assert plan.new_stages == ["New stage B"] and plan.replaces is None and plan.report.ok
    assert "stages to create: New stage B" in plan.summary() and "60 read" in plan.summary()
    seen = []
    out = commit_import(project_path, plan, progress=lambda d, t: seen.append((d, t)))
    assert out.rows == 60 and out.created_stages == ["New stage B"] and seen[-1] == (60, 60)
    p = open_project(project_path)
    ds = p.get("datasets", out.dataset_id)
    assert (ds.name, ds.kind, ds.rows, ds.file_name) == ("Claims survey", "survey", 60, "s.csv")
    assert ds.sha256 == hashlib.sha256(csv.read_bytes()).hexdigest() and ds.imported_at.endswith("+00:00")
    items = sorted(p.where("survey_items", dataset=ds.id), key=lambda i: i.position)
    assert [i.column for i in items] == ["Claim speed", "Claim effort", "Quote"]
    assert items[1].better == "lower" and items[1].scale_max == 7
    new = [s for s in p.all("stages") if s.name == "New stage B"][0]
    assert items[1].stage == new.id and p.get("phases", new.phase).name == "Claims extra"
    assert raw_count(project_path, ds.id) == 60
    assert p.find("mappings", "Claims survey").mapping["items"][0]["column"] == "Claim speed"


def test_unknown_stage_without_create_stages_is_refused(project_path, tmp_path):
    before = digest(project_path)
    with pytest.raises(ImportProblem, match="New stage B"):
        plan_import(project_path, survey_csv(tmp_path), survey_mapping(create=False))
    assert digest(project_path) == before


def test_cancel_after_first_chunk_leaves_bytes(project_path, tmp_path, monkeypatch):
    from journeymap.importers import project_import_rows
    monkeypatch.setattr(project_import_rows, "CHUNK", 10)
    before = digest(project_path)
    plan = plan_import(project_path, survey_csv(tmp_path), survey_mapping())
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ImportCancelled):
        commit_import(project_path, plan, cancel=cancel)
    assert digest(project_path) == before
    assert not (project_path.parent / (project_path.name + "-journal")).exists()


def test_replace_and_saved_mapping_reuse(project_path, tmp_path):
    first = run_import(project_path, survey_csv(tmp_path), survey_mapping())
    with pytest.raises(ImportProblem, match="--replace"):
        plan_import(project_path, survey_csv(tmp_path), survey_mapping())
    again = run_import(project_path, survey_csv(tmp_path, n=40), survey_mapping(), replace=True)
    p = open_project(project_path)
    assert again.replaced == "Claims survey" and [d.name for d in p.all("datasets")] == ["Claims survey"]
    assert not p.where("survey_items", dataset=first.dataset_id)
    with sqlite3.connect(project_path) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name=?",
                            (schema.raw_table(first.dataset_id),)).fetchone()[0] == 0
    nxt = run_import(project_path, survey_csv(tmp_path, n=30, name="next.csv"), "Claims survey",
                     name="Claims survey 2026-04")
    p = open_project(project_path)
    assert p.get("datasets", nxt.dataset_id).rows == 30 and raw_count(project_path, nxt.dataset_id) == 30
    assert {m.name for m in p.all("mappings")} == {"Claims survey", "Claims survey 2026-04"}


def test_operations_aggregate_into_metric_values(project_path, tmp_path):
    csv = tmp_path / "ops.csv"
    csv.write_text("stage;date;calls;aht_s\n"
                   "Reports a claim;2026-10-01;10;100\nReports a claim;2026-10-20;30;200\n"
                   "Reports a claim;2026-11-02;5;50\nCalls with a question;2026-10-05;7;300\n", encoding="utf-8")
    mapping = {"kind": "operations", "name": "Contact centre", "journey": JOURNEY, "stage_column": "stage",
               "period": "month", "date": "date",
               "metrics": [{"column": "calls", "metric": "Contact volume", "agg": "sum", "better": "lower",
                            "target": 20},
                           {"column": "aht_s", "metric": "Average handling time", "agg": "mean", "unit": "s"}]}
    out = run_import(project_path, csv, mapping)
    p = open_project(project_path)
    defs = {d.name: d.id for d in p.all("metrics")}
    claim = [s.id for s in p.all("stages") if s.name == "Reports a claim"][0]
    vals = {(v.metric, v.period): (v.value, v.n) for v in p.where("metric_values", stage=claim)}
    assert vals[(defs["Contact volume"], "2026-10")] == (40.0, 2.0)
    assert vals[(defs["Average handling time"], "2026-10")] == (150.0, 2.0)
    assert all(v.dataset == out.dataset_id for v in p.all("metric_values"))
    assert raw_count(project_path, out.dataset_id) == 4
    table = stage_metric_table(project_path, p, journey_id=p.journey_by_name(JOURNEY).id)
    row = table[(table.stage_id == claim) & (table.metric == "Contact volume")].iloc[0]
    assert row.value == 45 and row.on_target is False and "off target" in row["flags"] and row.kind == "operating"
    trend = stage_trend(project_path, p, stage_id=claim, metric="Contact volume")
    assert trend["period"].tolist() == ["2026-10", "2026-11"] and trend["value"].tolist() == [40, 5]


def test_feedback_chinese_comments_coded_by_rules(project_path, tmp_path):
    csv = tmp_path / "fb.csv"
    csv.write_bytes("评论,评分,日期\n等待了很久，排队太慢,2,2026-10-01\n价格太贵了,1,2026-10-02\n"
                    "服务很好,5,2026-10-03\n".encode("gbk"))
    mapping = {"kind": "feedback", "name": "投诉", "journey": JOURNEY, "text": "评论", "score": "评分",
               "scale": [1, 5], "date": "日期", "stage": "Reports a claim"}
    out = run_import(project_path, csv, mapping)
    p = open_project(project_path)
    items = p.where("feedback", dataset=out.dataset_id)
    assert [i.reason for i in items] == ["等待时间长", "价格太贵", ""]
    assert [i.coded_by for i in items] == ["rule", "rule", ""] and items[0].date == "2026-10-01"
    assert p.get("datasets", out.dataset_id).encoding in ("gb18030", "gbk")


def test_stage_metric_table_survey_and_cache(project_path, tmp_path):
    out = run_import(project_path, survey_csv(tmp_path, n=50), survey_mapping())
    p = open_project(project_path)
    jid = p.journey_by_name(JOURNEY).id
    warm = stage_metric_table(project_path, p, journey_id=jid)
    stage_data.clear_cache()
    cold = stage_metric_table(project_path, p, journey_id=jid)
    assert warm.drop(columns="flags").equals(cold.drop(columns="flags"))
    claim = [s.id for s in p.all("stages") if s.name == "Reports a claim"][0]
    row = cold[(cold.stage_id == claim) & (cold.metric == "CSAT")].iloc[0]
    text = survey_csv(tmp_path, n=50).read_text().splitlines()[1:]
    speeds = [int(line.split(",")[4]) for line in text]
    assert row.value == pytest.approx(np.mean(speeds)) and row.n == 50 and row["flags"] == []
    effort = cold[cold.metric == "CES"].iloc[0]
    assert effort.better == "lower"
    empty = cold[(cold.stage == "Drops out")].iloc[0]
    assert empty["flags"] == ["no data"] and np.isnan(empty.value)
    seg = stage_metric_table(project_path, p, journey_id=jid, segment="A")
    assert seg[(seg.stage_id == claim) & (seg.metric == "CSAT")].iloc[0].n == 25
    assert "n<30" in seg[(seg.stage_id == claim) & (seg.metric == "CSAT")].iloc[0]["flags"]
    trend = stage_trend(project_path, p, stage_id=claim, metric="CSAT")
    assert trend["period"].tolist() == ["2026-01", "2026-02", "2026-03"] and trend["n"].sum() == 50
    assert json.dumps(out.__dict__)


def test_stage_metric_table_follows_edits(project_path, tmp_path):
    run_import(project_path, survey_csv(tmp_path, n=50), survey_mapping())
    p = open_project(project_path)
    jid = p.journey_by_name(JOURNEY).id
    claim = [s.id for s in p.all("stages") if s.name == "Reports a claim"][0]
    stage_metric_table(project_path, p, journey_id=jid)
    p.update("stages", claim, name="Reports a claim online")
    p.add(model.MetricDef("mt-csat", "CSAT", target=4.5, kind="satisfaction"))
    write.save(p, project_path)
    after = stage_metric_table(project_path, p, journey_id=jid)
    row = after[(after.stage_id == claim) & (after.metric == "CSAT")].iloc[0]
    assert row.stage == "Reports a claim online" and row.target == 4.5
    assert row.on_target is False and "off target" in row["flags"]


def test_unknown_journey_and_unreadable_file(project_path, tmp_path):
    m = dict(survey_mapping(create=False), journey="Nope")
    with pytest.raises(ImportProblem, match="'Nope'"):
        plan_import(project_path, survey_csv(tmp_path), m)
    with pytest.raises(ImportProblem, match="missing.csv"):
        plan_import(project_path, tmp_path / "missing.csv", survey_mapping())
