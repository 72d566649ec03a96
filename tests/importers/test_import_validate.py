"""Typed survey frames and the validation report: by line, column, value and problem."""
import numpy as np
import pandas as pd
import pytest

from journeymap.importers.errors import ImportProblem
from journeymap.importers.mapping import load_mapping
from journeymap.importers.prepare import prepare_import
from journeymap.importers.readers import read_table
from journeymap.importers.validate import validate_survey


def survey_mapping(**changes) -> dict:
    m = {"kind": "survey", "name": "test", "journey": "Air travel", "id": "id",
         "outcome": {"column": "sat", "type": "binary", "positive": ["satisfied"]},
         "items": [{"column": "boarding", "stage": "Boarding", "scale": [1, 5], "missing": [0]},
                   {"column": "effort", "stage": "Claim", "scale": [1, 7], "better": "lower"}]}
    m.update(changes)
    return m



def run(write, text, mapping=None, **kw):
    m = load_mapping(mapping or survey_mapping())
    raw = read_table(write("survey.csv", text), columns=m.columns())
    return validate_survey(raw, m, **kw)


GOOD = ("id,sat,boarding,effort,other\n"
        "1,satisfied,5,1,x\n"
        "2,Satisfied ,0,7,\n"        # 0 is a missing code; case and spaces do not matter
        "3,neutral,,3,y\n"           # empty cell: missing
        "4,,4,2,z\n")                # empty outcome: missing


def test_typed_frame(write):
    res = run(write, GOOD)
    f = res.frame
    assert res.report.ok and res.report.summary().startswith(str(res.report.path))
    assert list(f.columns[:7]) == ["line", "id", "segment", "date", "period", "weight", "outcome"]
    assert f["line"].tolist() == [2, 3, 4, 5] and f["id"].tolist() == ["1", "2", "3", "4"]
    np.testing.assert_array_equal(f["outcome"], [1, 1, 0, np.nan])
    np.testing.assert_array_equal(f["boarding"], [5, np.nan, np.nan, 4])
    assert f["effort"].dtype == np.float64 and f["weight"].tolist() == [1.0] * 4


def test_values_off_scale_are_listed_by_line(write):
    text = "id,sat,boarding,effort\n1,satisfied,6,1\n2,satisfied,5,8\n3,satisfied,9,0\n4,satisfied,3,3\n"
    res = run(write, text)
    rep = res.report
    assert not rep.ok and rep.lines().tolist() == [2, 3, 4]
    p = rep.problems
    assert p.loc[p["column"] == "boarding", "line"].tolist() == [2, 4]
    assert p.loc[p["column"] == "effort", "value"].tolist() == ["8", "0"]   # 0 is no missing code here
    assert set(p["problem"]) == {"is off the scale 1-5", "is off the scale 1-7"}
    summary = rep.summary()
    assert "column 'boarding': 2 rows have values off the scale 1-5 (6 on line 2; 9 on line 4)" in summary
    assert "column 'effort': 2 rows have values off the scale 1-7 (8 on line 3; 0 on line 4)" in summary


def test_off_scale_summary_counts_rows_and_names_values_and_lines(write):
    """Issue 8: "column 'Inflight service': 3 is off the scale 1-5" read as the value 3."""
    plain = survey_mapping(items=[{"column": "boarding", "stage": "Boarding", "scale": [1, 5]},
                                  {"column": "effort", "stage": "Claim", "scale": [1, 7]}])
    rows = ["id,sat,boarding,effort"] + [f"{i},satisfied,{0 if i in (3, 8, 16) else 4},2" for i in range(1, 30)]
    rep = run(write, "\n".join(rows) + "\n", plain).report
    assert "column 'boarding': 3 rows have values off the scale 1-5 (0 on lines 4, 9, 17)" in rep.summary()
    one = run(write, "id,sat,boarding,effort\n1,satisfied,0,2\n2,satisfied,3,2\n", plain).report
    assert "column 'boarding': 1 row has a value off the scale 1-5 (0 on line 2)" in one.summary()
    with pytest.raises(ImportProblem, match="--skip-invalid"):
        rep.raise_if_invalid()


def test_mixed_types_and_non_numbers(write):
    text = "id,sat,boarding,effort\n1,satisfied,five,1\n2,satisfied,4.0,2\n3,satisfied,n/a,1e0\n4,satisfied, 3 ,x2\n"
    res = run(write, text)
    p = res.report.problems
    assert p[["line", "column", "value"]].values.tolist() == [
        [2, "boarding", "five"], [4, "boarding", "n/a"], [5, "effort", "x2"]]
    assert (p["problem"] == "is not a number").all()
    np.testing.assert_array_equal(res.frame["boarding"], [np.nan, 4, np.nan, 3])


def test_text_missing_codes(write):
    m = survey_mapping(items=[{"column": "boarding", "stage": "B", "scale": [1, 5], "missing": ["N/A", 99]}])
    res = run(write, "id,sat,boarding\n1,satisfied,n/a\n2,satisfied,99\n3,satisfied,2\n", m)
    assert res.report.ok
    np.testing.assert_array_equal(res.frame["boarding"], [np.nan, np.nan, 2])


def test_empty_and_duplicate_ids(write):
    res = run(write, "id,sat,boarding,effort\nA,satisfied,1,1\n,satisfied,1,1\nA,satisfied,1,1\nB,x,1,1\n")
    p = res.report.problems
    assert p[["line", "problem"]].values.tolist() == [[3, "has no id"], [4, "repeats an id of an earlier line"]]


def test_numeric_ids_duplicates(write):
    res = run(write, "id,sat,boarding,effort\n1,satisfied,1,1\n2,satisfied,1,1\n1,satisfied,1,1\n")
    assert res.report.problems["line"].tolist() == [4]


def test_skip_invalid_drops_rows_and_says_how_many(write):
    res = run(write, "id,sat,boarding,effort\n1,satisfied,6,1\n2,satisfied,5,1\n3,satisfied,x,1\n",
              skip_invalid=True)
    assert res.frame["line"].tolist() == [3] and res.report.rows_dropped == 2
    assert res.report.rows_kept == 1 and "2 rows with problems dropped" in res.report.summary()
    res.report.raise_if_invalid()   # dropped: nothing left to refuse


def test_skip_invalid_with_nothing_left(write):
    with pytest.raises(ImportProblem, match="Every row has a problem"):
        run(write, "id,sat,boarding,effort\n1,satisfied,6,1\n", skip_invalid=True)


@pytest.mark.parametrize("value,problem", [("11", "is off the scale 0-10"), ("ten", "is not a number"),
                                           ("7.5", "is not a whole number"), ("-1", "is off the scale 0-10")])
def test_unknown_nps_outcome_values(write, value, problem):
    m = survey_mapping(outcome={"column": "ltr", "type": "nps"})
    res = run(write, f"id,ltr,boarding,effort\n1,9,1,1\n2,{value},1,1\n3,,1,1\n", m)
    assert res.report.problems[["line", "column", "problem"]].values.tolist() == [[3, "ltr", problem]]
    np.testing.assert_array_equal(res.frame["outcome"], [9, np.nan, np.nan])


def test_scale_outcome(write):
    m = survey_mapping(outcome={"column": "overall", "type": "scale", "scale": [1, 10]})
    res = run(write, "id,overall,boarding,effort\n1,10,1,1\n2,0,1,1\n", m)
    assert res.report.problems["line"].tolist() == [3]


def test_dates_periods_segments_weights(write):
    m = survey_mapping(date="when", segment="seg", weight="w", period="quarter")
    text = ("id,sat,boarding,effort,when,seg,w\n"
            "1,satisfied,1,1,2026-03-31,Business,1.5\n"
            "2,satisfied,1,1,2026-04-01, Leisure ,0.5\n"
            "3,satisfied,1,1,31/13/2026,,2\n"
            "4,satisfied,1,1,,Business,-1\n"
            "5,satisfied,1,1,2026-05-02,Business,\n")
    res = run(write, text, m)
    p = res.report.problems
    assert p[["line", "column", "problem"]].values.tolist() == [
        [4, "when", "is not a date (expected e.g. 2026-03-31)"], [5, "w", "is a negative weight"],
        [6, "w", "has no weight"]]
    f = res.frame
    assert f["period"].astype(object).tolist()[:2] == ["2026-Q1", "2026-Q2"]
    assert pd.isna(f["period"].iloc[2]) and pd.isna(f["period"].iloc[3])
    assert f["segment"].astype(object).tolist()[:2] == ["Business", "Leisure"] and pd.isna(f["segment"][2])
    assert f["weight"].tolist()[:3] == [1.5, 0.5, 2.0]
    assert f["date"].dtype.kind == "M"


def test_other_date_forms_and_period_column(write):
    m = survey_mapping(date="when", period="wave")
    text = "id,sat,boarding,effort,when,wave\n1,satisfied,1,1,2026年3月5日,W1\n2,satisfied,1,1,2026年12月1日,W2\n"
    res = run(write, text, m)
    assert res.report.ok
    assert res.frame["date"].dt.month.tolist() == [3, 12]
    assert res.frame["period"].astype(object).tolist() == ["W1", "W2"]


def test_month_periods(write):
    m = survey_mapping(date="when")
    res = run(write, "id,sat,boarding,effort,when\n1,satisfied,1,1,2026/03/05\n2,satisfied,1,1,2026/12/01\n", m)
    assert res.frame["period"].astype(object).tolist() == ["2026-03", "2026-12"]


def test_item_specs_feed_stage_metrics(write):
    from journeymap.analysis.metrics import stage_metrics
    res = run(write, GOOD)
    assert res.item_specs[1] == {"key": "effort", "column": "effort", "stage": "Claim", "phase": None,
                                 "label": None, "scale": (1, 7), "better": "lower"}
    t = stage_metrics(res.frame, res.item_specs).query("level == 'stage' and segment == '' and period == ''")
    assert t.set_index("stage").loc["Claim", "mean"] == pytest.approx(13 / 4)


def test_item_without_scale_is_detected_with_a_note(write):
    m = survey_mapping(items=[{"column": "boarding", "stage": "B"}])
    res = run(write, "id,sat,boarding\n1,satisfied,1\n2,satisfied,7\n3,satisfied,3\n", m)
    assert res.scales["boarding"] == (1, 7)
    assert "detected 1-7" in res.report.notes[0]


def test_reserved_item_name_gets_its_own_column(write):
    m = survey_mapping(id=None, items=[{"column": "id", "stage": "B", "scale": [1, 5]}])
    res = run(write, "id,sat\n1,satisfied\n", m)
    assert res.items == {"id": "id (item)"} and res.frame["id (item)"].tolist() == [1.0]


def test_report_to_dict_and_counts(write):
    res = run(write, "id,sat,boarding,effort\n1,satisfied,6,1\n2,satisfied,7,1\n")
    d = res.report.to_dict()
    assert d["ok"] is False and d["counts"][0]["count"] == 2 and d["counts"][0]["first_lines"] == [2, 3]
    assert d["problems"][0] == {"line": 2, "column": "boarding", "value": "6", "problem": "is off the scale 1-5"}


def test_prepare_import_end_to_end(write):
    path = write("survey.csv", GOOD)
    prep = prepare_import(path, survey_mapping(), name="next month")
    assert prep.mapping.name == "next month" and prep.rows == 4 and prep.encoding == "utf-8"
    assert prep.file_name == "survey.csv" and len(prep.sha256) == 64 and prep.report.ok


def test_binary_outcome_whose_positive_values_match_nothing_is_refused_naming_the_values(write):
    """Issue 8: it imported silently and then failed as a 'constant outcome'."""
    m = survey_mapping(outcome={"column": "sat", "type": "binary", "positive": ["yes"]})
    text = "id,sat,boarding,effort\n1,satisfied,5,1\n2,neutral or dissatisfied,4,2\n3,satisfied,3,3\n"
    with pytest.raises(ImportProblem) as err:
        run(write, text, m)
    message = str(err.value)
    assert "'sat'" in message and "'yes'" in message
    assert "'satisfied'" in message and "'neutral or dissatisfied'" in message
