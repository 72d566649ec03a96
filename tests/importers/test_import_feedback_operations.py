"""Feedback comments (coded by column or by rules) and operating data aggregated per stage/period."""
import numpy as np
import pytest

from journeymap.analysis.reasons import Rule
from journeymap.importers.errors import ImportProblem
from journeymap.importers.prepare import prepare_import

FEEDBACK = {"kind": "feedback", "name": "Complaints", "journey": "Online order", "text": "comment",
            "reason": "reason_code", "score": "review_score", "scale": [1, 5], "date": "created_at",
            "stage": "Delivery", "reason_stages": {"wrong item": "Receipt"}, "source_column": "who"}


def test_feedback_rows(write):
    text = ("comment,reason_code,review_score,created_at,who\n"
            "\"Late again,\nsecond time\",late,2,2026-10-03,customer\n"
            "Got a blue one,Wrong Item,1,2026-10-04,Customer\n"
            ",,,,customer\n"
            "System keeps timing out,,3,2026-11-01,员工\n")
    prep = prepare_import(write("fb.csv", text), FEEDBACK)
    f = prep.frame
    assert prep.report.ok and prep.report.left_out == ["1 row has neither a comment nor a reason (line 5)"]
    assert f["line"].tolist() == [2, 4, 6]
    assert f["stage"].tolist() == ["Delivery", "Receipt", "Delivery"]   # reason_stages, without case
    assert f["source"].tolist() == ["customer", "customer", "employee"]
    assert f["period"].astype(object).tolist() == ["2026-10", "2026-10", "2026-11"]
    assert f["coded_by"].tolist() == ["column", "column", ""]
    np.testing.assert_array_equal(f["score"], [2, 1, 3])


def test_feedback_problems(write):
    text = "comment,reason_code,review_score,created_at,who\nA,x,7,2026-10-03,robot\n"
    prep = prepare_import(write("fb.csv", text), FEEDBACK)
    assert prep.report.problems[["column", "problem"]].values.tolist() == [
        ["review_score", "is off the scale 1-5"], ["who", "is not a source: use customer or employee"]]


def test_feedback_coded_by_rules_in_chinese(write):
    m = {"kind": "feedback", "name": "c", "journey": "j", "text": "意见", "stage": "Service",
         "reason_stages": {"Attitude": "Counter"}}
    text = "意见\n客服態度很差\n快递太慢了\n还可以\n"
    rules = [Rule("Attitude", ("态度",)), Rule("Slow", ("慢",))]
    f = prepare_import(write("fb.csv", text, encoding="gb18030"), m, rules=rules).frame
    assert f["reason"].tolist()[:2] == ["Attitude", "Slow"] and f["reason"].isna().tolist()[2]
    assert f["coded_by"].tolist() == ["rule", "rule", ""]
    assert f["stage"].tolist() == ["Counter", "Service", "Service"]


OPS = {"kind": "operations", "name": "Contact centre", "journey": "Insurance", "stage_column": "stage",
       "period": "month", "date": "date", "segment": "team", "metrics": [
           {"column": "calls", "metric": "Contact volume", "agg": "sum", "better": "lower"},
           {"column": "aht_s", "metric": "AHT", "agg": "mean", "unit": "s", "better": "lower"},
           {"column": "case", "metric": "Cases", "agg": "count"}]}


def test_operations_aggregate(write):
    text = ("stage,date,team,calls,aht_s,case\n"
            "Claim,2026-10-01,A,10,300,c1\n"
            "Claim,2026-10-15,A,5,,c2\n"
            "Claim,2026-11-02,A,1,100,\n"
            "Quote,2026-10-03,,2,60,c4\n")
    prep = prepare_import(write("ops.csv", text), OPS)
    assert prep.report.ok
    rows = {(r.stage, r.metric, r.period, r.segment): (r.value, r.n) for r in prep.frame.itertuples()}
    assert rows[("Claim", "Contact volume", "2026-10", "A")] == (15, 2)
    assert rows[("Claim", "AHT", "2026-10", "A")] == (300, 1)         # the blank is not a zero
    assert rows[("Claim", "Cases", "2026-10", "A")] == (2, 2)
    assert rows[("Quote", "AHT", "2026-10", "")] == (60, 1)
    assert ("Claim", "Cases", "2026-11", "A") not in rows              # no value, no row
    assert list(prep.frame.columns) == ["stage", "metric", "period", "segment", "value", "n"]


def test_operations_problems(write):
    text = "stage,date,team,calls,aht_s,case\n,2026-10-01,A,ten,1,x\nClaim,,A,1,1,x\n"
    prep = prepare_import(write("ops.csv", text), OPS, skip_invalid=False)
    assert prep.report.problems[["line", "column", "problem"]].values.tolist() == [
        [2, "calls", "is not a number"], [2, "stage", "has no stage"], [3, "date", "has no date, so no period"]]
    with pytest.raises(ImportProblem, match="Every row has a problem"):
        prepare_import(write("ops.csv", text), OPS, skip_invalid=True)


def test_operations_fixed_stage_without_period(write):
    m = {"kind": "operations", "name": "x", "journey": "j", "stage": "Claim",
         "metrics": [{"column": "fcr", "metric": "FCR", "agg": "mean", "target": 0.8}]}
    prep = prepare_import(write("ops.csv", "fcr\n0.5\n1\n"), m)
    assert prep.frame[["stage", "period", "segment", "value", "n"]].values.tolist() == [["Claim", "", "", 0.75, 2]]
