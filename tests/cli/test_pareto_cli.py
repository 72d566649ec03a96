"""``journeymap pareto``: JSON keys and order, customer vs employee, period and stage filters,
read-only projects work and keep their bytes."""
from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.core import model
from journeymap.importers.project_import import run_import
from journeymap.samples.templates import build
from journeymap.storage import write

JOURNEY = "Insurance end to end"
KEYS = {"reason", "count", "share", "cum_share", "mean_score", "stage"}
COMMENTS = [  # text, score, date, who
    ("排队等待太久", 1, "2026-10-01", "customer"), ("等了一个小时，太慢", 2, "2026-10-03", "customer"),
    ("价格太贵", 2, "2026-10-04", "customer"), ("系统慢，客户排队", 3, "2026-11-02", "employee"),
    ("报价系统价格算错", 2, "2026-11-03", "employee"), ("价格不透明，贵", 1, "2026-11-05", "employee"),
    ("工作人员很好", 5, "2026-11-06", "customer"), ("还是排队", 2, "2026-11-08", "customer"),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pareto")
    p = build("insurance")
    claim = [s.id for s in p.all("stages") if s.name == "Reports a claim"][0]
    p.add(model.Reason("rs-wait", "等待时间长", ["等待", "排队", "慢"], stage=claim, priority=1))
    p.add(model.Reason("rs-price", "价格太贵", ["贵", "价格"]))
    path = tmp / "p.jmap"
    write.save(p, path)
    csv = tmp / "comments.csv"
    csv.write_bytes(("内容,评分,日期,来源\n" + "".join(f"{t},{s},{d},{w}\n" for t, s, d, w in COMMENTS))
                    .encode("gb18030"))
    run_import(path, csv, {"kind": "feedback", "name": "意见", "journey": JOURNEY, "text": "内容",
                           "score": "评分", "scale": [1, 5], "date": "日期", "source_column": "来源",
                           "stage": "Reports a claim"})
    return path


def pareto(capsys, path, *extra):
    code = main(["pareto", str(path), "--json", *extra])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else None), err


def test_keys_and_order(project, capsys):
    code, data, _ = pareto(capsys, project)
    assert code == 0 and data["journey"] == JOURNEY
    rows = data["reasons"]
    assert all(set(r) >= KEYS for r in rows)
    assert [(r["reason"], r["count"]) for r in rows] == [("等待时间长", 4), ("价格太贵", 3)]
    assert rows[0]["share"] == pytest.approx(4 / 7) and rows[-1]["cum_share"] == pytest.approx(1.0)
    assert rows[0]["mean_score"] == pytest.approx(2.0) and rows[0]["stage"] == "Reports a claim"
    assert data["uncoded"] == 1


def test_customer_vs_employee(project, capsys):
    _, cust, _ = pareto(capsys, project, "--source", "customer")
    _, emp, _ = pareto(capsys, project, "--source", "employee")
    assert [(r["reason"], r["count"]) for r in cust["reasons"]] == [("等待时间长", 3), ("价格太贵", 1)]
    assert [(r["reason"], r["count"]) for r in emp["reasons"]] == [("价格太贵", 2), ("等待时间长", 1)]


def test_period_and_stage_filters(project, capsys):
    _, oct_, _ = pareto(capsys, project, "--period", "2026-10")
    assert sum(r["count"] for r in oct_["reasons"]) == 3
    _, q4, _ = pareto(capsys, project, "--period", "2026-Q4")
    assert sum(r["count"] for r in q4["reasons"]) == 7
    _, st, _ = pareto(capsys, project, "--stage", "Reports a claim")
    assert sum(r["count"] for r in st["reasons"]) == 7
    code, _, err = pareto(capsys, project, "--journey", "Nope")
    assert code == 2 and "no journey named 'Nope'" in err


def test_read_only_project_works_and_keeps_bytes(project, capsys):
    before = hashlib.sha256(Path(project).read_bytes()).hexdigest()
    os.chmod(project, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        code, data, _ = pareto(capsys, project, "--source", "employee")
        assert code == 0 and data["reasons"]
        assert main(["pareto", str(project)]) == 0
        capsys.readouterr()
    finally:
        os.chmod(project, 0o644)
    assert hashlib.sha256(Path(project).read_bytes()).hexdigest() == before
