"""Mapping suggestions: stage by fuzzy name, scale from values, direction from wording."""
import pandas as pd
import pytest

from journeymap.importers.suggest import (detect_scale, guess_better, guess_columns, match_stage,
                                          outcome_type, suggest_items)

STAGES = ["Check-in", "Boarding", "Baggage claim", "Complaint"]


@pytest.mark.parametrize("column,stage", [("Online boarding", "Boarding"), ("checkin ease", "Check-in"),
                                          ("Baggage handling", "Baggage claim"), ("Seat comfort", None)])
def test_match_stage(column, stage):
    assert match_stage(column, STAGES)[0] == stage


def test_match_stage_chinese():
    assert match_stage("登机体验", ["值机", "登机", "行李提取"])[0] == "登机"
    assert match_stage("行李提取速度", ["值机", "登机", "行李提取"])[0] == "行李提取"


@pytest.mark.parametrize("values,scale,missing", [
    ([1, 2, 3, 4, 5, 5], (1, 5), ()), ([1, 7, 4], (1, 7), ()), ([0, 10, 9, 3], (0, 10), ()),
    ([0, 1, 1, 0], (0, 1), ()), ([1, 2, 5, 99, 3], (1, 5), (99.0,)), ([2, 6, 8, 10], (0, 10), ()),
    ([1, 2, 3, 4, 5, 0] + [3] * 20, (1, 5), (0.0,)),
    ([1, 2, 3, 4, 5, 9, 9, 3, 2], (1, 5), (9.0,)), ([1, 2, 3, 4, 5, -1, 3], (1, 5), (-1.0,)),
    ([1, 2, 3, 4, 5, 6, 7, 9, 4], (1, 7), (9.0,)), ([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (0, 10), ()),
    ([1, 2, 3, 4, 5, 0, 99, 3, 3, 4], (1, 5), (0.0, 99.0)),
    (list(range(0, 200)), (0, 199), ())])
def test_detect_scale(values, scale, missing):
    guess = detect_scale(values)
    assert guess.scale == scale and guess.missing == missing


def test_detect_scale_nothing():
    assert detect_scale([float("nan")]) is None


@pytest.mark.parametrize("header,better", [("Effort to claim", "lower"), ("How difficult was it", "lower"),
                                           ("办理过程费力程度", "lower"), ("辦理過程費力程度", "lower"),
                                           ("Seat comfort", "higher"), ("满意度", "higher")])
def test_direction(header, better):
    assert guess_better(header) == better


def test_suggest_items_and_columns():
    frame = pd.DataFrame({"id": ["1", "2", "3"], "Online boarding": ["5", "4", "1"],
                          "Effort to claim": ["1", "7", "3"], "comment": ["a", "b", "c"],
                          "Overall satisfaction": ["satisfied", "no", "no"]}, dtype="str")
    out = {s.column: s for s in suggest_items(frame, stages=STAGES, skip=["id"])}
    assert set(out) == {"Online boarding", "Effort to claim"}
    assert out["Online boarding"].to_item() == {"column": "Online boarding", "stage": "Boarding",
                                                "better": "higher", "scale": [1, 5]}
    assert out["Effort to claim"].better == "lower" and out["Effort to claim"].scale == (1, 7)
    assert guess_columns(list(frame.columns)) == {"id": "id", "outcome": "Overall satisfaction"}
    assert outcome_type(frame["Overall satisfaction"]) == "binary"
    assert outcome_type(pd.Series(["0", "10", "7"])) == "nps"


def test_missing_code_hints_from_the_off_scale_problems():
    """Off-scale values that are usual missing codes (0, 9, 99, -1 ...) become suggestions, per
    item, with how many rows; other off-scale values do not."""
    import pandas as pd

    from journeymap.importers.suggest import missing_code_hints
    problems = pd.DataFrame({"line": [4, 9, 17, 20, 30], "column": ["Inflight service"] * 3 + ["Seat", "Seat"],
                             "value": ["0", "0", "0", "6", "99"],
                             "problem": ["is off the scale 1-5"] * 5})
    hints = missing_code_hints(problems)
    assert hints == {"Inflight service": {0.0: 3}, "Seat": {99.0: 1}}
    assert missing_code_hints(problems.iloc[3:4]) == {}


def test_row_numbers_are_no_items_ratings_are_and_the_positive_answer_is_found():
    import pandas as pd

    from journeymap.importers.suggest import positive_values, suggest_items
    frame = pd.DataFrame({"": [str(i) for i in range(40)], "Seat comfort": [str(1 + i % 5) for i in range(40)],
                          "Age": [str(18 + i % 30) for i in range(40)]})
    found = {g.column: g for g in suggest_items(frame, stages=[])}
    assert "" not in found                                    # the unnamed row number
    assert found["Seat comfort"].rating and not found["Age"].rating
    answers = pd.Series(["neutral or dissatisfied", "satisfied", "satisfied"])
    assert positive_values(answers) == ["satisfied"]
    assert positive_values(pd.Series(["Ja", "Nein"])) == []


def test_segment_column_is_guessed_from_its_header_and_few_values():
    import pandas as pd

    from journeymap.importers.suggest import guess_segment
    frame = pd.DataFrame({"Gender": ["Male", "Female"] * 20, "Customer Type": ["Loyal", "disloyal"] * 20,
                          "Type of Travel": ["Business", "Personal"] * 20, "Class": ["Eco", "Business"] * 20,
                          "Seat type": [str(i % 5) for i in range(40)]})
    assert guess_segment(frame) == "Customer Type"
    assert guess_segment(frame[["Gender", "Seat type"]]) is None            # numbers are no segment
    assert guess_segment(pd.DataFrame({"客户类型": ["个人", "企业"] * 5})) == "客户类型"
