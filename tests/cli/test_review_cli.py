"""``journeymap review``: contract keys on the sample's December, a named period, bad input, read-only."""
from __future__ import annotations

import hashlib
import json

import pytest

from journeymap.cli import main
from journeymap.samples.insurance import build_sample

KEYS = {"journey", "period", "previous_period", "new_pain_points", "rank_changes", "moved_metrics", "overdue", "due",
        "recurring_unowned"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("review") / "sample.jmap"
    build_sample(path)
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_keys_on_the_sample(sample, capsys):
    before = hashlib.sha256(sample.read_bytes()).hexdigest()
    code, out, err = run(capsys, "review", str(sample), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert KEYS <= set(data) and (data["period"], data["previous_period"]) == ("2026-12", "2026-11")
    for m in data["moved_metrics"]:
        assert {"stage", "metric", "before", "after", "n_before", "n_after", "p_value"} <= set(m)
    for r in data["rank_changes"]:
        assert set(r) >= {"id", "title", "from", "to"} and r["from"] != r["to"]
    assert [r["id"] for r in data["recurring_unowned"]] == ["pp-claim-repeat"]
    assert hashlib.sha256(sample.read_bytes()).hexdigest() == before


def test_text_of_a_named_period(sample, capsys):
    code, out, _ = run(capsys, "review", str(sample), "--period", "2026-06", "--as-of", "2026-06-30")
    assert code == 0 and "review of 2026-06 against 2026-05" in out
    moved = out.split("metrics that moved beyond noise")[1].split("overdue:")[0]
    assert "Clarity of the bill" in moved and "improved" in moved


@pytest.mark.parametrize("argv, message", [
    (["--period", "2031-01"], "no period '2031-01'"),
    (["--journey", "Nope"], "no journey named 'Nope'"),
    (["--as-of", "31.12.2026"], "is not a date"),
])
def test_bad_input_exits_2(sample, capsys, argv, message):
    code, out, err = run(capsys, "review", str(sample), *argv)
    assert code == 2 and message in err and "Traceback" not in err and out == ""


def test_not_a_project(tmp_path, capsys):
    path = tmp_path / "x.jmap"
    path.write_text("not sqlite")
    code, _, err = run(capsys, "review", str(path))
    assert code == 2 and "Traceback" not in err


def test_text_p_values_are_never_zero_and_columns_line_up(sample, capsys):
    """Found running the README's example: 'p 0.0000' (a p-value is never 0), and an operating metric's long
    name ('First-contact resolution (%)') pushed its row's numbers out of the column."""
    code, out, _ = run(capsys, "review", str(sample), "--period", "2026-12")
    moved = [line for line in out.split("metrics that moved beyond noise")[1].split("\n")[1:]
             if line.startswith("  improved") or line.startswith("  worsened")]
    assert len(moved) >= 2
    assert not any("p 0.0000" in line for line in moved) and any("p < 0.0001" in line for line in moved)
    starts = {line.index(" -> ") for line in moved}
    assert len(starts) == 1, moved                       # the before -> after column starts at one place


def test_text_top_2_box_reads_as_a_percentage(sample, capsys):
    import re
    code, out, _ = run(capsys, "review", str(sample), "--period", "2026-12")
    line = next(s for s in out.splitlines() if "top-2-box" in s)
    assert re.search(r"\d+\.\d% -> \d+\.\d%", line), line
