"""One unit per label (issue 8): a stage whose items differ in scale or direction is not shown as
'CSAT'; every satisfaction row states its unit; a label used on two scales says which."""
from __future__ import annotations

import numpy as np
import pytest

from journeymap.analysis import stage_data
from journeymap.analysis.stage_data import stage_metric_table
from journeymap.importers.project_import import run_import
from journeymap.samples.templates import build
from journeymap.storage import write
from journeymap.storage.read import open_project

JOURNEY = "Insurance end to end"
QUOTE, CLAIM, SETTLED = "Gets an online quote", "Reports a claim", "Claim is settled"


@pytest.fixture
def imported(tmp_path):
    stage_data.clear_cache()
    path = tmp_path / "u.jmap"
    write.save(build("insurance"), path)
    rng = np.random.default_rng(3)
    lines = ["id,ok,quote,claim,claim effort,settled"]
    for i in range(120):
        lines.append(f"r{i},{'yes' if i % 3 else 'no'},{rng.integers(1, 6)},{rng.integers(1, 6)},"
                     f"{rng.integers(1, 8)},{rng.integers(1, 8)}")
    csv = tmp_path / "u.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mapping = {"kind": "survey", "name": "Units", "journey": JOURNEY, "id": "id",
               "outcome": {"column": "ok", "type": "binary", "positive": ["yes"]},
               "items": [{"column": "quote", "stage": QUOTE, "scale": [1, 5]},
                         {"column": "claim", "stage": CLAIM, "scale": [1, 5]},
                         {"column": "claim effort", "stage": CLAIM, "scale": [1, 7], "better": "lower"},
                         {"column": "settled", "stage": SETTLED, "scale": [1, 7]}]}
    run_import(path, csv, mapping)
    project = open_project(path)
    yield path, project, project.journey_by_name(JOURNEY).id, np.genfromtxt(csv, delimiter=",", skip_header=1)
    stage_data.clear_cache()


def rows_of(table, stage):
    return {r.metric: r for r in table[table.stage == stage].itertuples(index=False)}


def test_mixed_stage_has_a_score_not_a_csat(imported):
    path, project, jid, data = imported
    table = stage_metric_table(path, project, journey_id=jid)
    claim = rows_of(table, CLAIM)
    assert not any(m.startswith("CSAT") for m in claim), list(claim)
    score = claim["Score (0-100)"]
    assert score.unit == "0-100"
    claim_score = 100 * (data[:, 3].mean() - 1) / 4
    effort_score = 100 * (1 - (data[:, 4].mean() - 1) / 6)
    assert score.value == pytest.approx((claim_score + effort_score) / 2)


def test_a_label_on_two_scales_names_its_scale_and_every_row_states_its_unit(imported):
    path, project, jid, data = imported
    table = stage_metric_table(path, project, journey_id=jid)
    quote, settled = rows_of(table, QUOTE), rows_of(table, SETTLED)
    assert quote["CSAT (1-5)"].value == pytest.approx(data[:, 2].mean()) and quote["CSAT (1-5)"].unit == "1-5"
    assert settled["CSAT (1-7)"].value == pytest.approx(data[:, 5].mean())
    assert quote["Score (0-100)"].value == pytest.approx(100 * (data[:, 2].mean() - 1) / 4)
    assert quote["Top-2-box"].unit == "share"
    rated = table[table.value.notna()]
    assert len(rated) and all(rated.unit != ""), rated[["metric", "unit"]]


def test_an_unrated_stage_says_no_data_under_the_label_the_rated_ones_use(imported):
    path, project, jid, data = imported
    table = stage_metric_table(path, project, journey_id=jid)
    unrated = table[table["flags"].apply(lambda f: "no data" in f)]
    assert len(unrated) and set(unrated.metric) == {"CSAT (1-5)"} and set(unrated.unit) == {"1-5"}
