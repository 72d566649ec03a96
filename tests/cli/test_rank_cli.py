"""``journeymap rank``: components add up, weights move rows, missing parts flagged, CSV inert, read-only."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "analysis"))
from test_survey_data import JOURNEY, make_project  # noqa: E402

from journeymap.cli import main  # noqa: E402
from journeymap.core import model  # noqa: E402
from journeymap.storage import write  # noqa: E402

ROOT = Path(__file__).parents[2]
EVIL = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    path, project, arrays = make_project(tmp_path_factory.mktemp("rank"), n=800)
    project.add(model.PainPoint("pp-evil", JOURNEY, "st-0", EVIL, severity=1, share_affected=0.01))
    write.save(project, path)
    return path, project


def rank(capsys, path, *extra, fmt="--json"):
    code = main(["rank", str(path), *([fmt] if fmt else []), *extra])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 and fmt == "--json" else out), err


def test_json_keys_and_components_add_up(claims, capsys):
    path, _ = claims
    code, data, err = rank(capsys, path)
    assert code == 0 and "using journey 'Claims'" in err
    assert data["journey"] == "Claims" and set(data["weights"]) >= {"reach", "gap", "importance", "votes"}
    rows = data["pain_points"]
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1)) and len(rows) == 5
    for r in rows:
        assert {"rank", "rank_low", "rank_high", "data_rank", "judgment_rank", "id", "title", "stage", "score",
                "components", "component_sources", "flags", "stability", "disagreement"} <= set(r)
        assert r["score"] == pytest.approx(sum(r["components"].values()), abs=1e-12)
        assert 0 <= r["stability"] <= 1
        assert 1 <= r["rank_low"] <= r["rank"] <= r["rank_high"] <= len(rows)
        assert set(r["component_sources"]) == set(r["components"])
        assert r["component_sources"]["severity"] == "judgment" and r["component_sources"]["votes"] == "judgment"
    assert data["importance"]["method"] == "stage_shapley" and "Shapley" in data["importance"]["label"]
    assert {i["part"] for i in data["influence"]} >= {"reach", "votes"} and data["dominant"] in data["weights"]
    assert sum(i["share"] for i in data["influence"]) == pytest.approx(1.0)
    assert [g["status"] for g in data["left_out"]] == ["dismissed"]
    assert set(data["scales"]) >= {"customers", "value", "fair_votes"}
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert {r["stage"] for r in rows} <= {"Report claim", "Assessment", "Repair", "Payout"}
    assert data["drivers"]["dataset"] == "Claims survey"


@pytest.mark.parametrize("part", ["severity", "votes", "reach", "gap", "importance"])
def test_raising_a_weight_moves_strong_rows_up(claims, capsys, part):
    path, _ = claims
    _, base, _ = rank(capsys, path)
    best = max(r["parts"].get(part, -1) for r in base["pain_points"])
    strongest = [r for r in base["pain_points"] if r["parts"].get(part) == best]
    _, heavy, _ = rank(capsys, path, "--weights", f"{part}=1000", "--resamples", "0")
    assert heavy["weights"][part] == 1000
    new_rank = {r["id"]: r["rank"] for r in heavy["pain_points"]}
    assert all(new_rank[r["id"]] <= r["rank"] for r in strongest)
    # the part now leads the order among the rows that have it (a row without it is ranked on what it has)
    assert next(r for r in heavy["pain_points"] if part in r["parts"])["parts"][part] == best


@pytest.mark.parametrize("part", ["severity", "votes", "gap", "value"])
def test_overtaking_follows_the_formula(claims, capsys, part):
    """Tripling one weight: a row overtakes another (both with the same parts) only if it is stronger there."""
    path, _ = claims
    _, base, _ = rank(capsys, path)
    _, heavy, _ = rank(capsys, path, "--weights", f"{part}=3")
    old = {r["id"]: r for r in base["pain_points"]}
    new = {r["id"]: r for r in heavy["pain_points"]}
    for a in old:
        for b in old:
            if set(old[a]["parts"]) != set(old[b]["parts"]) or part not in old[a]["parts"]:
                continue
            if old[a]["rank"] > old[b]["rank"] and new[a]["rank"] < new[b]["rank"]:
                assert old[a]["parts"][part] > old[b]["parts"][part]


def test_missing_part_flagged_not_sunk(claims, capsys):
    path, _ = claims
    _, data, _ = rank(capsys, path)
    row = next(r for r in data["pain_points"] if r["id"] == "pp-3")   # share affected unknown
    assert "missing:reach" in row["flags"] and "reach" not in row["components"]
    w = data["weights"]
    present = [p for p in row["parts"] if w.get(p, 0) > 0]
    expected = sum(w[p] * row["parts"][p] for p in present) / sum(w[p] for p in present)
    assert row["score"] == pytest.approx(expected)
    assert row["rank"] < len(data["pain_points"])                      # not sunk to the bottom


def test_csv_makes_formulas_inert(claims, capsys):
    path, _ = claims
    code, out, _ = rank(capsys, path, fmt="--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:9] == ["rank", "rank_low", "rank_high", "data_rank", "judgment_rank", "id", "title", "stage",
                           "score"]
    titles = [r[6] for r in rows[1:]]
    assert "'" + EVIL in titles and EVIL not in titles
    assert all(not c.startswith(("=", "+", "@")) for r in rows for c in r)


def test_text_table(claims, capsys):
    path, _ = claims
    code, out, _ = rank(capsys, path, "--period", "2026-10", fmt=None)
    assert code == 0 and "period 2026-10" in out and "stable" in out and "missing:reach" in out
    assert "Repairs take too long" in out and "stage-level Shapley" in out and "influence on the order" in out
    assert "left out: 1 pain point not open or accepted: 'Dismissed one' (dismissed)." in out


def test_reads_do_not_write(claims, capsys):
    path, _ = claims
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns
    rank(capsys, path)
    rank(capsys, path, fmt="--csv")
    rank(capsys, path, "--weights", "bad")
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("extra, words", [
    (["--journey", "Nope"], ["no journey named 'Nope'"]),
    (["--period", "1999-01"], ["no period '1999-01'", "'2026-09'"]),
    (["--weights", "reach"], ["'reach' is not part=number"]),
    (["--weights", "speed=2"], ["unknown part 'speed'", "importance"]),
    (["--weights", "reach=lots"], ["'lots' is not a number"]),
    (["--weights", "reach=-1"], ["reach must be a number >= 0"]),
    (["--weights", "reach=0,gap=0,importance=0,value=0,votes=0,severity=0"], ["all weights are zero"]),
    (["--weights", "reach_x_gap=1,reach=1"], ["reach_x_gap already counts reach and gap"]),
    (["--resamples", "-3"], ["--resamples must be 0 or more"]),
])
def test_bad_input_exit_2(claims, capsys, extra, words):
    path, _ = claims
    code, _, err = rank(capsys, path, *extra)
    assert code == 2 and all(w in err for w in words) and "Traceback" not in err


def test_no_survey_importance_flagged(tmp_path, capsys):
    path, *_ = make_project(tmp_path, with_survey=False)
    code, data, _ = rank(capsys, path)
    assert code == 0 and data["drivers"] is None and "no survey dataset" in data["drivers_missing"]
    assert all("missing:importance" in r["flags"] for r in data["pain_points"])
    code, out, err = rank(capsys, path, fmt=None)
    assert code == 0 and "importance left out" in err


def test_reach_x_gap_alone_replaces_reach_and_gap(claims, capsys):
    path, _ = claims
    code, data, _ = rank(capsys, path, "--weights", "reach_x_gap=2", "--resamples", "0")
    assert code == 0 and data["weights"]["reach"] == 0 and data["weights"]["gap"] == 0
    assert data["weights"]["reach_x_gap"] == 2 and data["pain_points"][0]["rank_low"] is None


def test_item_sum_importance_is_an_option_and_named(claims, capsys):
    path, _ = claims
    code, data, _ = rank(capsys, path, "--importance", "item_sum", "--resamples", "20")
    assert code == 0 and data["importance"]["method"] == "item_sum"
    assert all("sum of the stage's item weights" in r["sources"].get("importance", "sum of the stage's item weights")
               for r in data["pain_points"])


def test_rank_interval_holds_the_rank_and_shows_in_the_text(claims, capsys):
    path, _ = claims
    code, out, _ = rank(capsys, path, fmt=None)
    assert code == 0
    _, data, _ = rank(capsys, path)
    first = data["pain_points"][0]
    assert f"{first['rank']} ({first['rank_low']}-{first['rank_high']})" in out


def test_not_a_project(tmp_path, capsys):
    bad = tmp_path / "x.jmap"
    bad.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = rank(capsys, bad)
    assert code == 2 and "not a JourneyMap project" in err


def test_subprocess_no_qt(claims):
    path, _ = claims
    code = ("import sys; from journeymap.cli import main; rc = main(['rank', %r, '--csv']);"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; sys.exit(rc)"
            % str(path))
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("rank,rank_low,rank_high,data_rank,judgment_rank,id,title")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from journeymap.samples import write_sample
    path = tmp_path_factory.mktemp("sample") / "sample.jmap"
    write_sample(path)
    return path


def test_sample_end_to_end(sample, capsys):
    before = sample.read_bytes()
    assert main(["drivers", str(sample), "--json"]) == 0
    drivers = json.loads(capsys.readouterr().out)
    assert drivers["n"] > 100 and sum(i["weight"] for i in drivers["items"]) == pytest.approx(drivers["r2"])
    assert any(i["quadrant"] == "concentrate" for i in drivers["items"])
    code, data, _ = rank(capsys, sample)
    assert code == 0 and len(data["pain_points"]) >= 3
    for r in data["pain_points"]:
        assert r["score"] == pytest.approx(sum(r["components"].values()))
    assert sample.read_bytes() == before
    from journeymap.analysis.candidates import suggest
    from journeymap.storage.read import open_project
    project = open_project(sample)
    journey = project.default_journey()
    found = suggest(project, journey_id=journey.id, drivers=drivers)
    assert found and all(c.evidence for c in found)
