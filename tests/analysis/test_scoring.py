"""The impact-scoring model: the behaviour a user ranking pain points relies on."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.analysis.scoring import (
    DEFAULT_WEIGHTS,
    PARTS,
    PainPointInput,
    ScoringError,
    inert_cell,
    prepare,
    rank,
)


def pp(id, **values):
    return PainPointInput(id=id, title=f"Pain {id}", stage=values.pop("stage", "Claim"), **values)


def by_id(result):
    return {r.id: r for r in result.rows}


def order(result):
    return [r.id for r in result.rows]


INSURER = [
    pp("hold", stage="Service", reach=12_000, gap=0.30, importance=0.22, value=40, votes=9,
       severity=4),
    pp("docs", stage="Claim", reach=3_000, gap=0.45, importance=0.31, value=None, votes=5,
       severity=5),
    pp("bill", stage="Billing", reach=8_000, gap=None, importance=0.12, value=25, votes=2,
       severity=2),
    pp("app", stage="Onboarding", reach=None, gap=0.10, importance=None, value=10, votes=0,
       severity=3),
    pp("quote", stage="Quote", reach=500, gap=0.05, importance=0.08, value=60, votes=None,
       severity=None),
]


def test_weighted_parts_add_up_to_the_score_for_every_row():
    for weights in (None, {"reach": 2, "votes": 0.5}, {"reach_x_gap": 1, "severity": 3}):
        for row in rank(INSURER, weights=weights).rows:
            assert row.score is not None
            assert sum(row.components.values()) == pytest.approx(row.score, abs=1e-12)
            assert 0.0 <= row.score <= 1.0


def test_score_is_the_weighted_mean_of_the_present_parts():
    row = by_id(rank(INSURER, weights={"reach": 3, "gap": 1, "severity": 2}))["bill"]
    # reach 8000/12000, gap missing (left out), severity (2-1)/4
    assert row.score == pytest.approx((3 * 8 / 12 + 2 * 0.25) / (3 + 2))
    assert row.components == pytest.approx({"reach": 3 * 8 / 12 / 5, "severity": 2 * 0.25 / 5})


def test_raising_a_weight_moves_the_rows_strong_in_that_part_up_exactly_where_the_formula_says():
    # A: reach part 1.0, severity part 0.0; B: reach 0.4, severity 1.0.
    # score_A = wr / (wr + ws), score_B = (0.4 wr + ws) / (wr + ws):
    # A overtakes B when wr > ws / 0.6.
    rows = [pp("A", reach=1000, severity=1), pp("B", reach=400, severity=5)]
    assert order(rank(rows, weights={"reach": 1.0, "severity": 1.0})) == ["B", "A"]
    assert order(rank(rows, weights={"reach": 1.6, "severity": 1.0})) == ["B", "A"]
    assert order(rank(rows, weights={"reach": 1.7, "severity": 1.0})) == ["A", "B"]
    at_crossover = by_id(rank(rows, weights={"reach": 5 / 3, "severity": 1.0}))
    assert at_crossover["A"].score == pytest.approx(at_crossover["B"].score)


def test_raising_the_votes_weight_lifts_the_room_favourite_over_the_data_favourite():
    rows = [pp("data", reach=10_000, gap=0.5, votes=1), pp("room", reach=2_000, gap=0.1, votes=9),
            pp("other", reach=5_000, gap=0.2, votes=0)]
    base = rank(rows, weights={"reach": 1, "gap": 1, "votes": 1})
    assert order(base) == ["data", "room", "other"]
    # room: (0.2 + 0.2 + 0.9 w) / (2 + w) beats data: (1 + 1 + 0.1 w) / (2 + w) once w > 2
    assert order(rank(rows, weights={"reach": 1, "gap": 1, "votes": 2.1}))[0] == "room"
    assert order(rank(rows, weights={"reach": 1, "gap": 1, "votes": 1.9}))[0] == "data"


def test_a_row_missing_a_part_is_flagged_and_not_sunk():
    rows = [
        pp("strong", reach=10_000, gap=None, importance=0.4, severity=5),
        pp("p2", reach=6_000, gap=0.5, importance=0.3, severity=4),
        pp("p3", reach=2_000, gap=0.2, importance=0.1, severity=2),
    ]
    weights = {"reach": 1, "gap": 1, "importance": 1, "severity": 1}
    result = rank(rows, weights=weights)
    top = result.rows[0]
    assert top.id == "strong" and top.score == pytest.approx(1.0)
    assert "missing:gap" in top.flags
    assert "gap" not in top.components
    assert all(not r.flags for r in result.rows[1:])
    # Had the missing gap counted as zero, the row would have sunk below p2.
    as_zero = rank([pp("strong", reach=10_000, gap=0.0, importance=0.4, severity=5), *rows[1:]],
                   weights=weights)
    assert order(as_zero)[0] == "p2"


def test_a_part_with_zero_or_absent_weight_is_neither_used_nor_flagged():
    result = rank([pp("a", reach=10, votes=None), pp("b", reach=5, votes=3)],
                  weights={"reach": 1, "votes": 0})
    assert result.weights["votes"] == 0.0 and result.weights["gap"] == 0.0
    for row in result.rows:
        assert set(row.components) == {"reach"} and row.flags == ()


def test_each_data_part_is_a_share_of_the_largest():
    rows = [pp("a", reach=200, gap=0.1, importance=0.3, value=50),
            pp("b", reach=800, gap=0.4, importance=0.15, value=None),
            pp("c", reach=0, gap=0.2, importance=0.6, value=100)]
    parts = {r.id: r.parts for r in rank(rows).rows}
    assert [parts[i]["reach"] for i in "abc"] == pytest.approx([0.25, 1.0, 0.0])
    assert [parts[i]["gap"] for i in "abc"] == pytest.approx([0.25, 1.0, 0.5])
    assert [parts[i]["importance"] for i in "abc"] == pytest.approx([0.5, 0.25, 1.0])
    assert parts["a"]["value"] == pytest.approx(0.5) and parts["c"]["value"] == 1.0
    assert "value" not in parts["b"]


def test_reach_x_gap_is_customers_made_worse_off_and_needs_both():
    rows = [pp("a", reach=1000, gap=0.1), pp("b", reach=200, gap=1.0), pp("c", reach=500)]
    result = by_id(rank(rows, weights={"reach_x_gap": 1}))
    assert result["a"].parts["reach_x_gap"] == pytest.approx(0.5)  # 100 of 200 worse off
    assert result["b"].parts["reach_x_gap"] == pytest.approx(1.0)
    assert result["c"].flags == ("missing:reach_x_gap", "unscored")


def test_votes_are_a_share_of_the_votes_cast():
    rows = [pp("a", votes=6), pp("b", votes=3), pp("c", votes=1), pp("d", votes=None)]
    parts = {r.id: r.parts for r in rank(rows, weights={"votes": 1}).rows}
    assert [parts[i]["votes"] for i in "abc"] == pytest.approx([0.6, 0.3, 0.1])
    assert "votes" not in parts["d"]


@pytest.mark.parametrize(("severity", "part"),
                         [(1, 0.0), (2, 0.25), (3, 0.5), (4, 0.75), (5, 1.0)])
def test_severity_maps_one_to_five_onto_zero_to_one(severity, part):
    row = rank([pp("x", severity=severity)], weights={"severity": 1}).rows[0]
    assert row.parts["severity"] == part and row.score == part


def test_stability_is_one_for_a_dominant_row_and_a_half_for_a_pair_that_swaps():
    # A and B cross at wr / ws = 5/3; at 1.6 they swap when reach goes up 20% (1.92) or severity
    # goes down 20% (2.0), and hold when reach goes down (1.28) or severity up (1.33): 2 of 4 runs.
    rows = [pp("top", reach=1000, severity=5), pp("A", reach=1000, severity=1),
            pp("B", reach=400, severity=5)]
    result = by_id(rank(rows, weights={"reach": 1.6, "severity": 1.0}))
    assert result["top"].rank == 1 and result["top"].stability == 1.0
    assert result["B"].rank == 2 and result["A"].rank == 3
    assert result["A"].stability == 0.5 and result["B"].stability == 0.5


def test_stability_counts_only_weights_in_use_and_can_be_skipped():
    rows = [pp("a", reach=10, gap=0.2), pp("b", reach=5, gap=0.4)]
    stable = rank(rows, weights={"reach": 1})  # one weight: moving it cannot reorder anything
    assert [r.stability for r in stable.rows] == [1.0, 1.0]
    assert all(r.stability is None for r in rank(rows, stability=False).rows)


def test_ties_are_broken_by_id_and_unscored_rows_go_last():
    rows = [pp("c", reach=10), pp("a", reach=10), pp("none"), pp("b", reach=10)]
    result = rank(rows, weights={"reach": 1})
    assert order(result) == ["a", "b", "c", "none"]
    assert [r.rank for r in result.rows] == [1, 2, 3, 4]
    last = result.rows[-1]
    assert last.score is None and last.components == {} and "unscored" in last.flags


def test_a_negative_gap_is_clipped_to_zero_and_flagged():
    row = by_id(rank([pp("a", gap=-0.2, reach=1), pp("b", gap=0.4, reach=1)]))["a"]
    assert row.parts["gap"] == 0.0 and row.raw["gap"] == -0.2 and "clipped:gap" in row.flags


def test_live_rerank_agrees_with_a_fresh_ranking():
    table = prepare(INSURER)
    for weights in ({"reach": 5, "gap": 1}, {"votes": 1, "severity": 2}, dict(DEFAULT_WEIGHTS)):
        fresh = rank(INSURER, weights=weights)
        ranks = dict(zip([p.id for p in INSURER], table.ranks(weights).tolist()))
        assert {r.id: r.rank for r in fresh.rows} == ranks
        assert [table.rank(weights=weights).row(k) for k in range(len(fresh))] == list(fresh.rows)


def test_json_document_has_the_cli_contract_keys():
    doc = rank(INSURER).to_dict(journey="Insurance")
    doc = json.loads(json.dumps(doc, allow_nan=False))
    assert doc["journey"] == "Insurance"
    assert doc["weights"] == dict(DEFAULT_WEIGHTS)
    assert [p["rank"] for p in doc["pain_points"]] == [1, 2, 3, 4, 5]
    for point in doc["pain_points"]:
        assert {"rank", "id", "title", "stage", "score", "components", "flags",
                "stability"} <= set(point)
        assert sum(point["components"].values()) == pytest.approx(point["score"], abs=1e-12)
        assert 0.0 <= point["stability"] <= 1.0


def test_csv_rows_make_formula_like_titles_inert():
    rows = [PainPointInput(id="p1", title='=HYPERLINK("http://x","click")', stage="+Claim",
                           reach=10),
            PainPointInput(id="p2", title="@SUM(A1)", stage="Service", reach=5),
            PainPointInput(id="p3", title="-2+3", stage="\tTab", reach=1),
            PainPointInput(id="p4", title="Plain title", stage="Claim", reach=None, gap=0.1)]
    csv = rank(rows, weights={"reach": 1, "gap": 1}).to_csv_rows()
    header, body = csv[0], csv[1:]
    assert header[:5] == ["rank", "id", "title", "stage", "score"]
    assert header[-2:] == ["flags", "stability"]
    cells = {row[1]: dict(zip(header, row)) for row in body}
    assert cells["p1"]["title"] == "'" + '=HYPERLINK("http://x","click")'
    assert cells["p1"]["stage"] == "'+Claim"
    assert cells["p2"]["title"] == "'@SUM(A1)"
    assert cells["p3"]["title"] == "'-2+3" and cells["p3"]["stage"] == "'\tTab"
    assert cells["p4"]["title"] == "Plain title"
    assert cells["p4"]["component_reach"] == "" and cells["p4"]["flags"] == "missing:reach"
    assert all(isinstance(c, str) for row in csv for c in row)


@pytest.mark.parametrize(("value", "cell"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("a=b", "a=b"), ("", ""), (None, ""), (-0.5, "-0.5"), (3, "3"),
    (math.nan, ""),
])
def test_inert_cell(value, cell):
    assert inert_cell(value) == cell


@pytest.mark.parametrize(("point", "words"), [
    (dict(id="P7", title="Long hold", severity=6), ["P7", "Long hold", "severity", "1 and 5"]),
    (dict(id="P7", title="Long hold", severity=0), ["P7", "severity"]),
    (dict(id=3, title="Lost form", reach=-5), ["3", "Lost form", "reach", "negative"]),
    (dict(id=3, title="Lost form", votes=-1), ["Lost form", "votes", "negative"]),
    (dict(id=3, title="Lost form", value="high"), ["Lost form", "value", "number"]),
    (dict(id=3, title="Lost form", gap=math.inf), ["Lost form", "gap", "finite"]),
])
def test_bad_input_names_the_pain_point_and_the_field(point, words):
    with pytest.raises(ScoringError) as err:
        rank([pp("fine", reach=1), PainPointInput(stage="S", **point)])
    for word in words:
        assert word in str(err.value)


def test_duplicate_ids_are_refused():
    with pytest.raises(ScoringError, match="'a' appears twice"):
        rank([pp("a", reach=1), pp("a", reach=2)])


@pytest.mark.parametrize(("weights", "pattern"), [
    ({"reach": 1, "reech": 2}, "unknown weight 'reech'"),
    ({"reach": -1}, "weight 'reach' must be a number >= 0"),
    ({"reach": math.nan}, "weight 'reach' must be a number >= 0"),
    ({"reach": 0, "gap": 0}, "all weights are zero"),
    ({}, "all weights are zero"),
])
def test_bad_weights_are_refused_with_a_clear_message(weights, pattern):
    with pytest.raises(ScoringError, match=pattern):
        rank(INSURER, weights=weights)
    assert issubclass(ScoringError, ValueError)


# --- properties -----------------------------------------------------------------------------

maybe = lambda s: st.one_of(st.none(), s)  # noqa: E731
amount = st.floats(0, 1e6, allow_nan=False)
points = st.lists(
    st.builds(PainPointInput, id=st.integers(0, 10_000), title=st.text(max_size=5),
              stage=st.just("S"), reach=maybe(amount), gap=maybe(st.floats(-1, 1)),
              importance=maybe(st.floats(0, 1)), value=maybe(amount),
              votes=maybe(st.integers(0, 50)), severity=maybe(st.integers(1, 5))),
    max_size=25, unique_by=lambda p: p.id)
weight_sets = st.dictionaries(st.sampled_from(PARTS), st.floats(0, 10), min_size=1).filter(
    lambda w: any(v > 0 for v in w.values()))


@settings(max_examples=150, deadline=None)
@given(points, weight_sets)
def test_property_scores_components_ranks_and_stability_are_well_formed(inputs, weights):
    result = rank(inputs, weights=weights)
    assert sorted(r.rank for r in result.rows) == list(range(1, len(inputs) + 1))
    scored = [r.score for r in result.rows if r.score is not None]
    assert all(a >= b - 1e-12 for a, b in zip(scored, scored[1:]))  # rank follows the score
    assert all(r.score is None for r in result.rows[len(scored):])  # unscored rows last
    for row in result.rows:
        assert 0.0 <= row.stability <= 1.0
        if row.score is None:
            assert row.components == {} and "unscored" in row.flags
            continue
        assert -1e-12 <= row.score <= 1.0 + 1e-12
        assert sum(row.components.values()) == pytest.approx(row.score, abs=1e-12)
        assert all(0.0 <= part <= 1.0 for part in row.parts.values())


@settings(max_examples=150, deadline=None)
@given(points, weight_sets, st.sampled_from(PARTS))
def test_property_raising_a_weight_never_drops_a_row_below_one_it_beat_and_is_stronger_in(
        inputs, weights, part):
    complete = [p for p in rank(inputs, weights=weights).rows
                if all(n in p.parts for n in PARTS)]  # same denominator for every row
    before = rank([p for p in inputs if p.id in {r.id for r in complete}], weights=weights)
    after = by_id(rank([p for p in inputs if p.id in {r.id for r in complete}],
                       weights=dict(weights, **{part: weights.get(part, 0) + 1})))
    for a in before.rows:
        for b in before.rows:
            if a.rank < b.rank and a.score > b.score + 1e-9 and a.parts[part] >= b.parts[part]:
                assert after[a.id].score >= after[b.id].score - 1e-12
