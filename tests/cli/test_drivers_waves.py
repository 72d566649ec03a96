"""Survey waves: next month's file imported through the CLI as its own dataset with the saved mapping is
read beside the first by `drivers`, the stage metrics and the trend, checked against pandas on the
generator's own arrays (not on anything the app stored)."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest

from journeymap.cli import main
from journeymap.samples import insurance as sample
from journeymap.samples import insurance_data as data
from journeymap.storage.read import open_project

MAPPING = "Relationship survey 2026"


def _frame(survey) -> pd.DataFrame:
    """The generator's answers (missing codes already NaN), weights, outcome and period."""
    frame = pd.DataFrame(survey.values, columns=[it.column for it in data.ITEMS])
    frame["period"], frame["weight"], frame["outcome"] = survey.periods, survey.weights, survey.outcome
    frame["segment"] = survey.segments
    return frame


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    """The sample plus January 2027 imported by `journeymap import --mapping --name`, and the pandas
    frame of both (the sample's survey drawn again from its seed)."""
    tmp = tmp_path_factory.mktemp("waves")
    path = tmp / "sample.jmap"
    assert main(["demo", str(path)]) == 0
    first = data.both_waves(data.survey(np.random.default_rng(sample.SEED)),
                            data.second_wave(np.random.default_rng(sample.SEED + 1)))
    january = data.survey(np.random.default_rng(11), 400, "2027-01-04", "2027-01-29", 6001)
    two = tmp / "two.jmap"
    shutil.copy(path, two)
    csv = tmp / "survey_2027-01.csv"
    csv.write_text(january.csv_text, encoding="utf-8")
    assert main(["import", str(two), str(csv), "--mapping", MAPPING, "--name", "Survey 2027-01"]) == 0
    return path, two, pd.concat([_frame(first), _frame(january)], ignore_index=True)


def _drivers(capsys, path, *extra) -> dict:
    code = main(["drivers", str(path), "--json", "--bootstrap", "0", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _listwise(frame: pd.DataFrame) -> int:
    return int(frame[[it.column for it in data.ITEMS] + ["outcome"]].notna().all(axis=1).sum())


def test_drivers_read_every_wave_of_the_mapping(waves, capsys):
    one, two, frame = waves
    before = _drivers(capsys, one)
    after = _drivers(capsys, two)
    assert after["rows"] == len(frame) == before["rows"] + 400
    assert after["n"] == _listwise(frame) > before["n"]
    rows = {d["name"]: d["rows"] for d in after["datasets"]}
    assert rows == {"Survey 2027-01": 400, MAPPING: before["rows"]}
    assert before["datasets"] == [{"id": before["dataset_id"], "name": MAPPING, "rows": before["rows"]}]
    for key in ("journey", "dataset", "outcome", "method", "n", "r2", "items", "stages"):   # docs/cli.md
        assert key in after
    january = _drivers(capsys, two, "--period", "2027-01")
    assert january["n"] == _listwise(frame.loc[frame["period"] == "2027-01"]) and january["rows"] == 400
    assert january["datasets"] == [{"id": january["datasets"][0]["id"], "name": "Survey 2027-01", "rows": 400}]
    only = _drivers(capsys, two, "--dataset", MAPPING)                 # --dataset still picks one
    assert (only["n"], only["rows"], only["r2"]) == (before["n"], before["rows"], before["r2"])
    assert [d["name"] for d in only["datasets"]] == [MAPPING]


def test_an_unknown_period_names_those_of_every_wave(waves, capsys):
    _one, two, _frame = waves
    assert main(["drivers", str(two), "--period", "2031-01"]) == 2
    err = capsys.readouterr().err
    assert "'2027-01'" in err and "'2026-12'" in err and "Traceback" not in err


def _stage_means(frame: pd.DataFrame) -> dict:
    """stage name -> (weighted mean of its item, rows answering it): the sample has one item per stage."""
    out = {}
    for it in data.ITEMS:
        x, w = frame[it.column].to_numpy(float), frame["weight"].to_numpy(float)
        ok = ~np.isnan(x)
        out[it.stage] = (float(np.sum(x[ok] * w[ok]) / np.sum(w[ok])), int(ok.sum()))
    return out


@pytest.mark.parametrize("period", [None, "2027-01", "2026-12"])
def test_stage_metrics_per_period_come_from_every_wave(waves, period):
    from journeymap.analysis.stage_data import stage_metric_table
    _one, two, frame = waves
    project = open_project(two)
    table = stage_metric_table(two, project, journey_id=project.default_journey().id, period=period)
    want = _stage_means(frame if period is None else frame.loc[frame["period"] == period])
    csat = table.loc[table["metric"].str.startswith(("CSAT", "CES"))].set_index("stage")
    assert sum(n for _, n in want.values()) > 0
    for stage, (mean, n) in want.items():
        assert csat.loc[stage, "n"] == n, stage
        assert csat.loc[stage, "value"] == pytest.approx(mean, rel=1e-9), stage


def test_the_trend_reaches_the_new_month(waves):
    from journeymap.analysis.stage_data import stage_trend
    _one, two, frame = waves
    project = open_project(two)
    stage = next(s for s in project.all("stages") if s.name == data.ITEMS[0].stage
                 and s.journey == project.default_journey().id)
    trend = stage_trend(two, project, stage_id=stage.id, metric="CSAT (1-5)")
    assert trend["period"].iloc[-1] == "2027-01"
    jan = _stage_means(frame.loc[frame["period"] == "2027-01"])[stage.name]
    assert trend["value"].iloc[-1] == pytest.approx(jan[0]) and trend["n"].iloc[-1] == jan[1]


def test_the_new_month_as_the_newest_wave_keeps_the_question_and_the_order(waves, capsys, tmp_path):
    """In real use next month's import is the newest dataset (the sample's is dated in the future): the
    newest wave owns `dataset`, and the outcome keeps the question the first mapping gave it (the saved
    mapping reused with --name has no label)."""
    import sqlite3
    _one, two, frame = waves
    dated = tmp_path / "dated.jmap"
    shutil.copy(two, dated)
    conn = sqlite3.connect(dated)
    conn.execute("UPDATE datasets SET imported_at = '2026-01-02T09:00:00' WHERE name = ?", (MAPPING,))
    conn.commit()
    conn.close()
    out = _drivers(capsys, dated)
    assert out["dataset"] == "Survey 2027-01" and [d["name"] for d in out["datasets"]] == ["Survey 2027-01", MAPPING]
    assert out["outcome"] == data.OUTCOME[1] and out["n"] == _listwise(frame)
