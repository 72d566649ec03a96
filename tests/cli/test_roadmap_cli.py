"""``journeymap roadmap``: contract keys, RICE parts, overdue, projections, CSV inert, read-only, bad input."""
from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest

from journeymap.cli import main
from journeymap.core import model
from journeymap.samples.insurance import build_sample
from journeymap.storage import write
from journeymap.storage.read import open_project

KEYS = {"id", "title", "status", "owner", "department", "start", "due", "done", "effort", "rice", "pain_points",
        "projected_impact"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("roadmap") / "sample.jmap"
    build_sample(path)
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_contract_keys_and_reads_do_not_write(sample, capsys):
    before = hashlib.sha256(sample.read_bytes()).hexdigest()
    code, out, err = run(capsys, "roadmap", str(sample), "--json", "--as-of", "2026-11-29")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["journey"] == "Insurance end to end" and len(data["initiatives"]) == 11
    assert all(KEYS <= set(r) for r in data["initiatives"])
    by_id = {r["id"]: r for r in data["initiatives"]}
    bill = by_id["in-plain-bill"]
    parts = bill["rice_parts"]
    assert bill["rice"] == pytest.approx(parts["reach"] * parts["impact"] * parts["confidence"] / parts["effort"],
                                         abs=1e-3)
    assert [r["id"] for r in data["initiatives"] if r["overdue"]] == ["in-sms-fallback"]
    assert {r["status"] for r in data["initiatives"]} == {"idea", "planned", "in_progress", "done", "dropped"}
    p = by_id["in-complaint-owner"]["projected_impact"]
    assert p["ci_low"] < p["effect"] < p["ci_high"] and p["effect"] == pytest.approx(p["b"] * p["item_change"], abs=1e-3)
    assert by_id["in-live-chat"]["projected_impact"]["assumption"].startswith("assumption: +15 % of First-contact")
    assert by_id["in-price-early"]["projected_impact"]["effect"] is None
    assert hashlib.sha256(sample.read_bytes()).hexdigest() == before


def test_text_marks_overdue_and_states_assumptions(sample, capsys):
    code, out, err = run(capsys, "roadmap", str(sample), "--as-of", "2026-11-29")
    assert code == 0 and "using journey 'Insurance end to end'" in err
    overdue = [line for line in out.splitlines() if "OVERDUE" in line]
    assert len(overdue) == 1 and "A voice-call fallback" in overdue[0]
    assert "assumption: -40 s of Wait time" in out


def test_csv_cells_are_inert(tmp_path, capsys):
    path = tmp_path / "evil.jmap"
    project = open_project(_sample_copy(tmp_path))
    project.update("initiatives", "in-plain-bill", title='=HYPERLINK("http://x","y")')
    write.save(project, path)
    code, out, _ = run(capsys, "roadmap", str(path), "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 11
    assert next(r for r in rows if r["id"] == "in-plain-bill")["title"].startswith("'=")


def _sample_copy(tmp_path):
    src = tmp_path / "src.jmap"
    build_sample(src)
    return src


@pytest.mark.parametrize("argv, message", [
    (["--journey", "Nope"], "no journey named 'Nope'"),
    (["--as-of", "tomorrow"], "--as-of 'tomorrow' is not a date"),
])
def test_bad_input_exits_2_with_a_message(sample, capsys, argv, message):
    code, out, err = run(capsys, "roadmap", str(sample), *argv)
    assert code == 2 and message in err and "Traceback" not in err and out == ""


def test_a_project_without_initiatives_or_survey(tmp_path, capsys):
    from journeymap.core.project import Project
    p = Project()
    p.add(model.Journey("jn", "Plain"))
    path = tmp_path / "plain.jmap"
    write.save(p, path)
    code, out, _ = run(capsys, "roadmap", str(path))
    assert code == 0 and "no initiatives in this journey yet." in out
