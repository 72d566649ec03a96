"""``journeymap import``: real files (UTF-8, GBK with Chinese headers, semicolons, XLSX with two
sheets) into real projects; every failure exits 2 and leaves the project's bytes unchanged."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.storage import schema

ROOT = Path(__file__).parents[2]
JOURNEY = "Insurance end to end"
HEAD = "id,segment,date,satisfied,Claim speed,Quote,New thing"
ROWS = [f"r{i},{'Gold' if i % 2 else 'Basic'},2026-10-{1 + i % 28:02d},{'yes' if i % 3 else 'no'},"
        f"{1 + i % 5},{1 + (i * 7) % 5},{1 + (i * 3) % 5}" for i in range(40)]


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run(*argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def info(path, capsys) -> dict:
    code, out, _ = run("info", path, "--json", capsys=capsys)
    assert code == 0
    return json.loads(out)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "template.jmap"
    subprocess.run([sys.executable, "-m", "journeymap", "new", str(path), "--template", "insurance"],
                   cwd=ROOT, check=True, capture_output=True)
    return path.read_bytes()


@pytest.fixture
def project(tmp_path, template):
    path = tmp_path / "x.jmap"
    path.write_bytes(template)
    return path


def mapping(tmp_path, *, stages=("Reports a claim", "Gets an online quote", "Brand new stage"),
            create=True, name="Claims survey", extra=None, columns=("Claim speed", "Quote", "New thing")):
    data = {"kind": "survey", "name": name, "journey": JOURNEY, "create_stages": create, "id": "id",
            "segment": "segment", "date": "date",
            "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]},
            "items": [{"column": c, "stage": s, "scale": [1, 5]} for c, s in zip(columns, stages)]}
    data.update(extra or {})
    path = tmp_path / f"map-{abs(hash(json.dumps(data, sort_keys=True))) % 10**8}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def csv_file(tmp_path, rows=ROWS, head=HEAD, name="survey.csv", encoding="utf-8", sep=","):
    path = tmp_path / name
    path.write_bytes(("\n".join([head] + rows) + "\n").replace(",", sep).encode(encoding))
    return path


def raw_count(project, name) -> int:
    with sqlite3.connect(project) as conn:
        ds = conn.execute("SELECT id FROM datasets WHERE name=?", (name,)).fetchone()[0]
        return conn.execute(f"SELECT count(*) FROM {schema.raw_table(ds)}").fetchone()[0]


def test_survey_import_and_info_lists_it(project, tmp_path, capsys):
    code, out, err = run("import", project, csv_file(tmp_path), "--mapping", mapping(tmp_path), capsys=capsys)
    assert code == 0, err
    assert "imported 40 rows as dataset 'Claims survey'" in out and "created stages: Brand new stage" in out
    data = info(project, capsys)
    ds = [d for d in data["datasets"] if d["name"] == "Claims survey"][0]
    assert ds["rows"] == 40 and ds["kind"] == "survey" and ds["journey"] == JOURNEY
    assert raw_count(project, "Claims survey") == 40
    with sqlite3.connect(project) as conn:
        assert conn.execute("SELECT count(*) FROM survey_items").fetchone()[0] == 3


def test_create_stages_exactly_the_missing_in_mapping_order(project, tmp_path, capsys):
    m = mapping(tmp_path, stages=("Zeta stage", "Reports a claim", "Alpha stage"))
    code, out, err = run("import", project, csv_file(tmp_path), "--mapping", m, capsys=capsys)
    assert code == 0, err
    with sqlite3.connect(project) as conn:
        rows = conn.execute("SELECT s.name, p.name FROM stages s JOIN phases p ON s.phase = p.id "
                            "ORDER BY s._order").fetchall()
    assert [r[0] for r in rows][-2:] == ["Zeta stage", "Alpha stage"]
    assert rows[-2][1] == "Zeta stage" and rows[-1][1] == "Alpha stage"
    assert info(project, capsys)["journeys"][0]["stages"] == 21 + 2


def test_unknown_stage_without_create_stages_exit_2(project, tmp_path, capsys):
    before = digest(project)
    code, _, err = run("import", project, csv_file(tmp_path), "--mapping", mapping(tmp_path, create=False),
                       capsys=capsys)
    assert code == 2 and "Brand new stage" in err and digest(project) == before


def test_missing_column_exit_2_naming_it(project, tmp_path, capsys):
    before = digest(project)
    head = HEAD.replace("Quote", "Quotation")
    code, _, err = run("import", project, csv_file(tmp_path, head=head), "--mapping", mapping(tmp_path),
                       capsys=capsys)
    assert code == 2 and "Quote" in err and "Traceback" not in err and digest(project) == before


def test_off_scale_lists_lines_then_skip_invalid(project, tmp_path, capsys):
    rows = list(ROWS)
    rows[3] = rows[3].rsplit(",", 1)[0] + ",9"      # line 5
    rows[10] = rows[10].rsplit(",", 1)[0] + ",0"    # line 12
    f = csv_file(tmp_path, rows=rows)
    before = digest(project)
    code, _, err = run("import", project, f, "--mapping", mapping(tmp_path), capsys=capsys)
    assert code == 2 and "9 on line 5; 0 on line 12" in err and "'New thing'" in err and digest(project) == before
    code, out, err = run("import", project, f, "--mapping", mapping(tmp_path), "--skip-invalid", capsys=capsys)
    assert code == 0, err
    assert "2 rows with problems were skipped" in out and "imported 38 rows" in out
    assert raw_count(project, "Claims survey") == 38


def test_dry_run_changes_nothing(project, tmp_path, capsys):
    before = digest(project)
    code, out, _ = run("import", project, csv_file(tmp_path), "--mapping", mapping(tmp_path), "--dry-run",
                       capsys=capsys)
    assert code == 0 and "dry run: would import 40 rows" in out and digest(project) == before
    code, _, _ = run("import", project, csv_file(tmp_path), "--mapping", mapping(tmp_path, create=False),
                     "--dry-run", capsys=capsys)
    assert code == 2 and digest(project) == before


def test_same_name_needs_replace_and_mapping_name_reuse(project, tmp_path, capsys):
    m, f = mapping(tmp_path), csv_file(tmp_path)
    assert run("import", project, f, "--mapping", m, capsys=capsys)[0] == 0
    before = digest(project)
    code, _, err = run("import", project, f, "--mapping", m, capsys=capsys)
    assert code == 2 and "--replace" in err and digest(project) == before
    code, out, _ = run("import", project, csv_file(tmp_path, rows=ROWS[:25]), "--mapping", m, "--replace",
                       capsys=capsys)
    assert code == 0 and "replaced the earlier 'Claims survey'" in out
    assert [d["rows"] for d in info(project, capsys)["datasets"]] == [25]
    nxt = csv_file(tmp_path, rows=ROWS[:30], name="november.csv")
    code, out, err = run("import", project, nxt, "--mapping", "Claims survey", "--name", "Claims 2026-11",
                         capsys=capsys)
    assert code == 0, err
    assert {d["name"]: d["rows"] for d in info(project, capsys)["datasets"]} == {"Claims survey": 25,
                                                                             "Claims 2026-11": 30}
    code, _, err = run("import", project, nxt, "--mapping", "No such mapping", capsys=capsys)
    assert code == 2 and "saved mappings: 'Claims survey', 'Claims 2026-11'" in err


def test_gbk_chinese_headers_and_semicolons(project, tmp_path, capsys):
    head = "编号;客户类型;日期;满意;理赔速度;报价;新环节"
    rows = [r.replace(",", ";") for r in ROWS[:12]]
    f = tmp_path / "调查.csv"
    f.write_bytes(("\n".join([head] + rows) + "\n").encode("gbk"))
    m = {"kind": "survey", "name": "理赔调查", "journey": JOURNEY, "create_stages": True, "id": "编号",
         "segment": "客户类型", "date": "日期", "outcome": {"column": "满意", "positive": ["yes"]},
         "items": [{"column": "理赔速度", "stage": "Reports a claim", "scale": [1, 5]},
                   {"column": "报价", "stage": "报价环节", "scale": [1, 5]}]}
    mp = tmp_path / "m.json"
    mp.write_text(json.dumps(m, ensure_ascii=False), encoding="utf-8")
    code, out, err = run("import", project, f, "--mapping", mp, capsys=capsys)
    assert code == 0, err
    assert "encoding: gb" in out and "';'" in out
    data = info(project, capsys)
    assert [(d["name"], d["rows"]) for d in data["datasets"]] == [("理赔调查", 12)]


def test_xlsx_two_sheets(project, tmp_path, capsys):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["nothing here"])
    ws = wb.create_sheet("October")
    ws.append(HEAD.split(","))
    for r in ROWS[:20]:
        cells = r.split(",")
        ws.append(cells[:4] + [int(c) for c in cells[4:]])
    f = tmp_path / "survey.xlsx"
    wb.save(f)
    code, out, err = run("import", project, f, "--mapping", mapping(tmp_path), "--sheet", "October",
                         capsys=capsys)
    assert code == 0, err
    assert raw_count(project, "Claims survey") == 20


def test_read_only_project_exit_2(project, tmp_path, capsys):
    os.chmod(project, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        before = digest(project)
        code, _, err = run("import", project, csv_file(tmp_path), "--mapping", mapping(tmp_path), capsys=capsys)
        assert code == 2 and "read-only" in err and digest(project) == before
    finally:
        os.chmod(project, 0o644)


def test_headless_in_a_subprocess(project, tmp_path):
    code = ("import sys; from journeymap.cli import main; rc = main(sys.argv[1:]); "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'PyQt'))]; sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code, "import", str(project), str(csv_file(tmp_path)),
                           "--mapping", str(mapping(tmp_path))], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
