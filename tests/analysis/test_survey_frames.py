"""Analysis takes frames: the computing halves of the survey readers (survey_frame.answers_frame,
waves.stack_waves, stage_rows) on frames made by hand, no file; and the seam (survey_data) giving
the same rows whether an import handed them over or they are read back from a real file, with or
without its columnar copy."""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest
from test_survey_data import ITEMS, build

from journeymap.analysis import stage_rows, survey_data
from journeymap.analysis.lru import Lru
from journeymap.analysis.survey_frame import SurveyDataError, answer_columns, answers_frame, rated_items
from journeymap.analysis.waves import stack_waves, wave_columns
from journeymap.core import model
from journeymap.core.project import Project
from journeymap.importers.project_import import run_import
from journeymap.samples.templates import build as template
from journeymap.storage import datasets, write
from journeymap.storage.read import open_project


def test_answers_frame_from_a_frame():
    project = build()
    dataset = project.get("datasets", "ds-new")
    items = rated_items(project, dataset)
    assert answer_columns(items) == ["weight", "outcome", "i0", "i1", "i2", "i3", "i4"]
    frame = pd.DataFrame({"weight": [1.0, 1.0, 1.0], "outcome": [1.0, 0.0, np.nan],
                          "i0": [0.0, 3.0, 4.0], "i1": [5.0, np.nan, 2.0], "i2": [9.0, 9.0, 1.0],
                          "i3": [1.0, 2.0, 3.0], "i4": [7.0, 1.0, 2.0]})
    data = answers_frame(frame, project, dataset, items, segment="Private")
    assert data.rows == 3 and data.weights is None and data.segment == "Private"
    assert np.isnan(data.x[0, 0]) and data.x[1, 0] == 3.0            # item 0's missing code 0
    assert np.isnan(data.x[:2, 2]).all() and data.x[2, 2] == 1.0      # item 2's missing code 9
    assert np.isnan(data.y[2]) and [s.name for s in data.items] == [i[0] for i in ITEMS]
    weighted = answers_frame(frame.assign(weight=[1.0, 2.0, 0.5]), project, dataset, items)
    assert weighted.weights.tolist() == [1.0, 2.0, 0.5]
    with pytest.raises(SurveyDataError, match="lack the column 'i4'"):
        answers_frame(frame.drop(columns="i4"), project, dataset, items)


def _wave(project, ds_id, imported_at, columns):
    project.add(model.Dataset(ds_id, ds_id, "survey", "jo", imported_at=imported_at,
                              mapping={"outcome": {"column": "sat", "type": "binary", "label": "Satisfied?"}}))
    for k, column in enumerate(columns):
        project.add(model.SurveyItem(f"{ds_id}-{k}", ds_id, column, "st", position=k, missing=[9]))
    return project.get("datasets", ds_id), sorted(project.where("survey_items", dataset=ds_id),
                                                  key=lambda it: it.position)


def test_stack_waves_newest_owns_a_shared_period():
    project = Project(model.ProjectInfo(title="t"))
    new, new_items = _wave(project, "ds-feb", "2026-03-01", ["Quote", "Claim"])
    old, old_items = _wave(project, "ds-jan", "2026-02-01", ["Claim"])
    assert wave_columns(old_items) == ["period", "segment", "weight", "outcome", "i0"]
    feb = {"period": ["2026-02", "2026-03", "2026-03"], "segment": ["A", None, "B"], "weight": [1.0, np.nan, 2.0],
           "outcome": [1.0, 0.0, 1.0], "i0": [5.0, 4.0, 9.0], "i1": [1.0, 2.0, 3.0]}
    jan = {"period": ["2026-01", "2026-02", None], "segment": ["A", "A", "B"], "weight": [1.0, 1.0, 1.0],
           "outcome": [0.0, 0.0, 1.0], "i0": [3.0, 3.0, 9.0]}
    waves = stack_waves([(new, new_items, feb), (old, old_items, jan)], outcome_label="Satisfied?",
                        outcome_type="binary")
    # January's 2026-02 row is left out: February's file holds that period
    assert waves.periods.tolist() == ["2026-02", "2026-03", "2026-03", "2026-01", ""]
    assert waves.datasets == ((new, 3), (old, 2))
    assert waves.segments.tolist() == ["A", "", "B", "A", "B"]
    assert waves.weights.tolist() == [1.0, 1.0, 2.0, 1.0, 1.0]                  # no weight: 1
    np.testing.assert_array_equal(waves.answers["Quote"], [5.0, 4.0, np.nan, np.nan, np.nan])
    np.testing.assert_array_equal(waves.answers["Claim"], [1.0, 2.0, 3.0, 3.0, np.nan])   # 9: missing
    assert waves.period_list() == ["2026-01", "2026-02", "2026-03"] and waves.outcome_label == "Satisfied?"


def test_clean_rows_and_stack_wave_rows():
    specs_new = [{"key": "i0", "column": "Quote", "missing": (9,)}, {"key": "i1", "column": "Claim", "missing": ()}]
    specs_old = [{"key": "i0", "column": "Claim", "missing": ()}]
    new = stage_rows.clean_rows(pd.DataFrame({
        "segment": pd.Categorical(["A", "B"]), "period": pd.Categorical(["2026-02", "2026-03"]),
        "weight": [np.nan, 2.0], "i0": [9.0, 4.0], "i1": [1.0, 2.0],
        "date": pd.Series(["2026-02-03", "2026-03-09"], dtype=object),
        "contact_date": pd.Series(["2026-02-01", None], dtype=object)}), specs_new)
    assert list(new.columns) == ["segment", "period", "weight", "i0", "i1", stage_rows.LAG]
    assert new["weight"].tolist() == [1.0, 2.0] and np.isnan(new["i0"][0])
    assert new[stage_rows.LAG][0] == 2.0 and np.isnan(new[stage_rows.LAG][1])
    old = stage_rows.clean_rows(pd.DataFrame({
        "segment": pd.Categorical(["A", "A"]), "period": pd.Categorical(["2026-01", "2026-02"]),
        "weight": [1.0, 1.0], "i0": [3.0, 5.0]}), specs_old)
    rows = stage_rows.stack_wave_rows([(new, specs_new), (old, specs_old)], specs_new)
    assert rows["period"].tolist() == ["2026-02", "2026-03", "2026-01"]
    assert rows["i1"].tolist() == [1.0, 2.0, 3.0]                    # January's Claim, renamed to i1
    assert np.isnan(rows["i0"][2])                                    # January did not ask Quote
    assert isinstance(rows["period"].dtype, pd.CategoricalDtype)


def test_lru_keeps_the_most_recently_used():
    cache = Lru(2)
    cache.put("a", 1), cache.put("b", 2)
    assert cache.get("a") == 1
    cache.put("c", 3)                     # "b" was used least recently
    assert cache.get("b") is None and cache.get("a") == 1 and cache.get("c") == 3 and len(cache) == 2
    cache.clear()
    assert cache.get("a") is None


def _survey_csv(tmp_path):
    lines = ["id,seg,contact,answered,satisfied,Quote,Claim speed"]
    for i in range(50):
        lines.append(f"r{i},{['Private', 'Business', ''][i % 3]},2026-03-{1 + i % 20:02d},"
                     f"2026-0{3 + i % 2}-{1 + i % 20 + i % 3:02d},{'yes' if i % 2 else 'no'},"
                     f"{'' if i % 4 == 0 else 1 + i % 5},{9 if i % 5 == 0 else 1 + (i * 3) % 5}")
    path = tmp_path / "s.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_rows_handed_over_by_the_import_equal_rows_read_back(tmp_path):
    path = tmp_path / "x.jmap"
    write.save(template("insurance"), path)
    survey_data.forget_rows()
    out = run_import(path, _survey_csv(tmp_path), {
        "kind": "survey", "name": "S", "journey": "Insurance end to end", "id": "id", "date": "answered",
        "period": "month", "segment": "seg", "contact_date": "contact",
        "outcome": {"column": "satisfied", "type": "binary", "positive": ["yes"]},
        "items": [{"column": "Quote", "stage": "Gets an online quote", "scale": [1, 5]},
                  {"column": "Claim speed", "stage": "Reports a claim", "scale": [1, 5], "missing": [9]}]})
    project = open_project(path)
    dataset = project.get("datasets", out.dataset_id)
    specs = stage_rows.row_specs(project, dataset)
    handed = survey_data.survey_rows(path, dataset, specs)          # kept by the import (remember_rows)
    survey_data.forget_rows()
    from_copy = survey_data.survey_rows(path, dataset, specs)
    assert list(from_copy.columns) == ["segment", "period", "weight", "i0", "i1", stage_rows.LAG]
    assert from_copy is not handed and from_copy[stage_rows.LAG].notna().sum() == 50
    pd.testing.assert_frame_equal(handed[from_copy.columns], from_copy)
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {datasets.rawcol_table(out.dataset_id)}")   # a file from before the copy
    conn.commit()
    conn.close()
    survey_data.forget_rows()
    pd.testing.assert_frame_equal(survey_data.survey_rows(path, dataset, specs), from_copy)
    survey_data.forget_rows()
