"""Real-world and hostile import input through `journeymap import`: exit 0 with the right numbers,
or exit 2 with a message naming the field, the project's bytes unchanged; never a traceback."""
from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.storage import schema

ROOT = Path(__file__).parents[2]
JOURNEY = "Insurance end to end"
DST = (b"id,date,sat,q1\n1,2026-03-28T10:00:00+01:00,yes,4\n2,2026-03-30T23:30:00+02:00,no,2\n"
       b"3,2026-04-01T10:00:00Z,yes,5\n4,2026-03-31 08:00,yes,3\n")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "t.jmap"
    subprocess.run([sys.executable, "-m", "journeymap", "new", str(path), "--template", "insurance"],
                   cwd=ROOT, check=True, capture_output=True)
    return path.read_bytes()


@pytest.fixture
def project(tmp_path, template):
    path = tmp_path / "p.jmap"
    path.write_bytes(template)
    return path


def survey(**changes) -> dict:
    m = {"kind": "survey", "name": "S", "journey": JOURNEY, "create_stages": True, "id": "id", "date": "date",
         "outcome": {"column": "sat", "type": "binary", "positive": ["yes"]},
         "items": [{"column": "q1", "stage": "Reports a claim", "scale": [1, 5]}]}
    m.update(changes)
    return m


def run(capsys, project, data: bytes, mapping, *extra, name="s.csv"):
    folder = project.parent
    (folder / name).write_bytes(data)
    if isinstance(mapping, dict):
        mapping = json.dumps(mapping).encode()
    if isinstance(mapping, bytes):
        (folder / "m.json").write_bytes(mapping)
        mapping = folder / "m.json"
    before = project.read_bytes()
    code = main(["import", str(project), str(folder / name), "--mapping", str(mapping), *extra])
    out, err = capsys.readouterr()
    if code != 0:
        assert code == 2 and project.read_bytes() == before, err
    return code, out, err


def stored(project, name="S"):
    with sqlite3.connect(project) as conn:
        ds = conn.execute("SELECT id, rows FROM datasets WHERE name = ?", (name,)).fetchone()
        return ds[1], conn.execute(f"SELECT date, period FROM {schema.raw_table(ds[0])} ORDER BY line").fetchall()


# -- 3. real-world dates ---------------------------------------------------------------------------

def test_offsets_across_a_daylight_saving_change_import_at_local_time(capsys, project):
    code, out, err = run(capsys, project, DST, survey())
    assert code == 0, err
    rows, values = stored(project)
    assert rows == 4
    assert [v[0][:10] for v in values] == ["2026-03-28", "2026-03-30", "2026-04-01", "2026-03-31"]
    assert [v[1] for v in values] == ["2026-03", "2026-03", "2026-04", "2026-03"]   # 23:30 stays in March


def test_mixed_offsets_in_feedback(capsys, project):
    data = b"text,date\nslow,2026-10-24T09:00:00+02:00\nrude,2026-10-26T09:00:00+01:00\nok,2026-10-27T09:00:00Z\n"
    mapping = {"kind": "feedback", "name": "F", "journey": JOURNEY, "text": "text", "date": "date",
               "stage": "Reports a claim"}
    code, out, err = run(capsys, project, data, mapping)
    assert code == 0, err and "imported 3 rows" in out


@pytest.mark.parametrize("fmt", ["%", "%Q", "%s", "%Y%Y", "no directive"])
def test_bad_date_format_is_refused_naming_the_key(capsys, project, fmt):
    code, _, err = run(capsys, project, DST, survey(date_format=fmt))
    assert code == 2 and "'date_format'" in err and "Traceback" not in err


# -- 5. mappings and options ---------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ('"scale": [NaN, 5]', "'scale'"), ('"scale": [1, Infinity]', "'scale'"),
    ('"scale": [1, ' + "9" * 400 + "]", "'scale'"),
    ('"scale": [1, 5], "missing": [' + "9" * 400 + "]", "'missing'"),
    ('"scale": [1, 5], "missing": [NaN]', "'missing'"),
])
def test_numbers_that_are_not_numbers_are_refused(capsys, project, text, key):
    mapping = json.dumps(survey()).replace('"scale": [1, 5]', text).encode()
    code, _, err = run(capsys, project, DST, mapping)
    assert code == 2 and key in err


def test_positive_and_target_of_400_digits(capsys, project):
    m = survey(outcome={"column": "sat", "type": "binary", "positive": [int("9" * 400)]})
    code, _, err = run(capsys, project, DST, m)
    assert code == 2 and "'positive'" in err
    ops = {"kind": "operations", "name": "O", "journey": JOURNEY, "stage": "Reports a claim",
           "metrics": [{"column": "q1", "metric": "Calls", "target": int("9" * 400)}]}
    code, _, err = run(capsys, project, DST, ops)
    assert code == 2 and "'target'" in err


@pytest.mark.parametrize("encoding", ["rot13", "hex", "undefined", "punycode", "idna", "utf\x00-8", "nope"])
def test_encodings_that_do_not_read_files_are_refused(capsys, project, encoding):
    code, _, err = run(capsys, project, DST, survey(), "--encoding", encoding)
    assert code == 2 and "encoding" in err


def test_utf16_mapping_file_is_read(capsys, project):
    code, out, err = run(capsys, project, DST, json.dumps(survey()).encode("utf-16"))
    assert code == 0, err


def test_deep_json_and_huge_integers_are_messages(capsys, project):
    code, _, err = run(capsys, project, DST, b"[" * 100_000 + b"]" * 100_000)
    assert code == 2 and "nested too deeply" in err
    code, _, err = run(capsys, project, DST, json.dumps(survey()).replace("[1, 5]", "[1, " + "9" * 5000 + "]")
                       .encode())
    assert code == 2 and "mapping" in err


def test_a_mapping_name_longer_than_a_file_name_may_be(capsys, project):
    code, _, err = run(capsys, project, DST, "m" * 300)
    assert code == 2 and "no such mapping file" in err


def test_a_header_field_over_128_kib(capsys, project):
    data = b"id,date,sat,q1," + b"h" * 140_000 + b"\n1,2026-01-01,yes,4,x\n"
    code, out, err = run(capsys, project, data, survey())
    assert code == 0, err


def _xlsx(change=None) -> bytes:
    import openpyxl
    buf = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active.append(["id", "date", "sat", "q1"])
    wb.active.append([1, "2026-01-01", "yes", 4])
    wb.save(buf)
    if change is None:
        return buf.getvalue()
    src, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for n in src.namelist():
            data = change(n, src.read(n))
            if data is not None:
                dst.writestr(n, data)
    return out.getvalue()


@pytest.mark.parametrize("label, change", [
    ("no sheets", lambda n, d: None if "worksheets/" in n else d),
    ("malformed sheet XML", lambda n, d: d[:len(d) // 2] if n.endswith("sheet1.xml") else d),
    ("not a zip", None),
])
def test_bad_xlsx_is_a_message(capsys, project, label, change):
    data = _xlsx(change) if change else b"PK\x03\x04 not really a zip"
    code, _, err = run(capsys, project, data, survey(), name="s.xlsx")
    assert code == 2 and "s.xlsx" in err and "Traceback" not in err, label


def test_xlsx_is_known_by_its_content_not_its_name(capsys, project):
    code, out, err = run(capsys, project, _xlsx(), survey(), name="export.dat")
    assert code == 0, err and "imported 1 rows" in out


# -- 6. wrong numbers with exit 0 -----------------------------------------------------------------

def test_blank_comments_are_not_counted_as_imported(capsys, project):
    data = b"text,reason\nslow,\n,\n , \nrude,\n"
    mapping = {"kind": "feedback", "name": "F", "journey": JOURNEY, "text": "text", "reason": "reason",
               "stage": "Reports a claim"}
    code, out, err = run(capsys, project, data, mapping)
    assert code == 0, err
    assert "imported 2 rows" in out
    with sqlite3.connect(project) as conn:
        ds_id, rows = conn.execute("SELECT id, rows FROM datasets WHERE name = 'F'").fetchone()
        assert rows == 2 == conn.execute(f"SELECT count(*) FROM {schema.raw_table(ds_id)}").fetchone()[0]


def test_a_short_file_two_encodings_read_differently_needs_encoding(capsys, project):
    data = "text,score\n服务态度很差,1\n等了很久,2\n价格太贵,1\n".encode("gb18030")
    mapping = {"kind": "feedback", "name": "F", "journey": JOURNEY, "text": "text", "score": "score",
               "scale": [1, 5], "stage": "Reports a claim"}
    code, _, err = run(capsys, project, data, mapping)
    assert code == 2 and "--encoding" in err and "gb18030" in err and "big5" in err
    code, out, err = run(capsys, project, data, mapping, "--encoding", "gb18030")
    assert code == 0, err


# -- 8. smaller faults ------------------------------------------------------------------------------

def test_an_unbalanced_quote_is_named_by_its_file_line(capsys, project):
    data = b'id,date,sat,q1\n1,2026-01-01,yes,"4\nfour"\n2,2026-01-02,"no,3\n3,2026-01-03,yes,2\n'
    code, _, err = run(capsys, project, data, survey())
    assert code == 2 and "line 4 opens a quote" in err   # pandas said "row 2"; line 2-3 is one record


def test_metric_columns_differing_only_in_case(capsys, project):
    ops = {"kind": "operations", "name": "O", "journey": JOURNEY, "create_stages": True, "stage_column": "stage",
           "metrics": [{"column": "calls", "metric": "Contact volume", "agg": "sum"},
                       {"column": "Calls", "metric": "Escalated calls", "agg": "sum"}]}
    code, out, err = run(capsys, project, b"stage,calls,Calls\nReports a claim,5,6\nReports a claim,1,2\n", ops)
    assert code == 0, err
