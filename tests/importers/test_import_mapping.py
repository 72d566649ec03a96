"""Mapping files: parsing, required keys named, round trip through to_dict()."""
import json

import pytest

from journeymap.importers.errors import ImportProblem
from journeymap.importers.mapping import (FeedbackMapping, OperationsMapping, SurveyMapping,
                                          load_mapping)

CLI_SURVEY = {
    "kind": "survey", "name": "2026-Q3 relational survey", "journey": "Air travel",
    "create_stages": True, "id": "id", "date": None, "segment": "Customer Type", "weight": None,
    "outcome": {"column": "satisfaction", "type": "binary", "positive": ["satisfied"]},
    "items": [{"column": "Online boarding", "stage": "Boarding", "scale": [1, 5], "missing": [0]},
              {"column": "Effort to claim", "stage": "Claim", "scale": [1, 7], "better": "lower"}]}
CLI_FEEDBACK = {"kind": "feedback", "name": "Complaint comments", "journey": "Online order",
                "create_stages": True, "text": "comment", "reason": "reason_code", "score": "review_score",
                "scale": [1, 5], "date": "created_at", "source": "customer", "stage": "Delivery",
                "reason_stages": {"late": "Delivery", "wrong item": "Receipt"}}
CLI_OPERATIONS = {"kind": "operations", "name": "Contact centre 2026-10", "journey": "Insurance",
                  "stage_column": "stage", "period": "month", "date": "date", "metrics": [
                      {"column": "calls", "metric": "Contact volume", "agg": "sum", "unit": "contacts",
                       "better": "lower"},
                      {"column": "aht_s", "metric": "Average handling time", "agg": "mean", "unit": "s",
                       "better": "lower"},
                      {"column": "fcr", "metric": "First-contact resolution", "agg": "mean", "unit": "%",
                       "better": "higher", "target": 0.8}]}


def survey_mapping(**changes) -> dict:
    m = {"kind": "survey", "name": "test", "journey": "Air travel", "id": "id",
         "outcome": {"column": "sat", "type": "binary", "positive": ["satisfied"]},
         "items": [{"column": "boarding", "stage": "Boarding", "scale": [1, 5], "missing": [0]},
                   {"column": "effort", "stage": "Claim", "scale": [1, 7], "better": "lower"}]}
    m.update(changes)
    return m



def test_cli_examples_parse():
    s = load_mapping(CLI_SURVEY)
    assert isinstance(s, SurveyMapping) and s.create_stages and s.segment == "Customer Type"
    assert s.items[0].missing == (0,) and s.items[1].better == "lower" and s.items[1].scale == (1, 7)
    assert s.columns() == ["id", "satisfaction", "Customer Type", "Online boarding", "Effort to claim"]
    f = load_mapping(CLI_FEEDBACK)
    assert isinstance(f, FeedbackMapping) and dict(f.reason_stages)["wrong item"] == "Receipt"
    assert f.period_rule == "month"      # a date without a period: by month
    o = load_mapping(CLI_OPERATIONS)
    assert isinstance(o, OperationsMapping) and o.metrics[2].target == 0.8
    assert o.columns() == ["stage", "date", "calls", "aht_s", "fcr"]


@pytest.mark.parametrize("source", [CLI_SURVEY, CLI_FEEDBACK, CLI_OPERATIONS])
def test_round_trip(source):
    m = load_mapping(source)
    assert load_mapping(m.to_dict()) == m
    json.dumps(m.to_dict())


def test_unknown_keys_are_kept():
    m = load_mapping({**CLI_SURVEY, "comment": "from the 2025 wizard"})
    assert m.to_dict()["comment"] == "from the 2025 wizard"


def test_from_file_and_json_text(tmp_path):
    path = tmp_path / "map.json"
    path.write_text(json.dumps(CLI_SURVEY), encoding="utf-8")
    assert load_mapping(path) == load_mapping(str(path)) == load_mapping(json.dumps(CLI_SURVEY))


def test_bad_json_names_line(tmp_path):
    path = tmp_path / "map.json"
    path.write_text('{"kind": "survey",\n "name": }', encoding="utf-8")
    with pytest.raises(ImportProblem, match=r"map.json: not valid JSON at line 2"):
        load_mapping(path)


@pytest.mark.parametrize("drop,key", [("kind", "kind"), ("name", "name"), ("journey", "journey"),
                                      ("outcome", "outcome"), ("items", "items")])
def test_missing_required_key_is_named(drop, key):
    data = {k: v for k, v in CLI_SURVEY.items() if k != drop}
    with pytest.raises(ImportProblem, match=f"'{key}' is required"):
        load_mapping(data)


@pytest.mark.parametrize("change,message", [
    ({"kind": "poll"}, "'kind' is 'poll'; use one of survey, feedback, operations"),
    ({"outcome": {"column": "x", "type": "binary"}}, "outcome: 'positive' is required"),
    ({"outcome": {"column": "x", "type": "scale"}}, "outcome: 'scale' is required"),
    ({"items": [{"column": "a", "stage": "S", "scale": [5, 1]}]}, r"items\[0\]: 'scale' is \[5, 1\]"),
    ({"items": [{"column": "a", "stage": "S", "better": "up"}]}, "'better' is 'up'"),
    ({"items": [{"column": "a"}]}, r"items\[0\]: 'stage' is required"),
    ({"items": [{"column": "a", "stage": "S"}, {"column": "a", "stage": "T"}]}, "column 'a' twice"),
    ({"period": "quarter"}, "'period' is 'quarter' but no 'date'"),
])
def test_invalid_mappings(change, message):
    with pytest.raises(ImportProblem, match=message):
        load_mapping({**CLI_SURVEY, **change})


def test_operations_needs_a_stage_and_known_aggs():
    with pytest.raises(ImportProblem, match="'stage_column' or 'stage' is required"):
        load_mapping({k: v for k, v in CLI_OPERATIONS.items() if k != "stage_column"})
    bad = {**CLI_OPERATIONS, "metrics": [{"column": "calls", "agg": "avg"}]}
    with pytest.raises(ImportProblem, match=r"metrics\[0\]: 'agg' is 'avg'"):
        load_mapping(bad)


def test_nps_outcome_has_its_scale_and_overrides():
    m = load_mapping(survey_mapping(outcome={"column": "ltr", "type": "nps"}))
    assert m.outcome.scale == (0, 10)
    m2 = m.with_overrides(name="2026-11", encoding="gbk", sheet=None)
    assert (m2.name, m2.encoding, m2.sheet) == ("2026-11", "gbk", None)
