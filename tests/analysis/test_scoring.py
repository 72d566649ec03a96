"""The impact-scoring model on fixed scales: the behaviour a user ranking pain points relies on."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.analysis.scoring import (
    DEFAULT_WEIGHTS,
    GAP_HALF,
    PARTS,
    PainPointInput,
    Scales,
    ScoringError,
    inert_cell,
    prepare,
    rank,
)

SCALES = Scales(customers=10_000, value=500, fair_votes=4)


def pp(id, **values):
    return PainPointInput(id=id, title=f"Pain {id}", stage=values.pop("stage", "Claim"), **values)


def ranked(rows, weights=None, scales=SCALES, **kw):
    return rank(rows, weights=weights, scales=scales, **kw)


def by_id(result):
    return {r.id: r for r in result.rows}


def order(result):
    return [r.id for r in result.rows]


INSURER = [
    pp("hold", stage="Service", reach=12_000, gap=0.30, importance=0.22, value=40, votes=9, severity=4),
    pp("docs", stage="Claim", reach=3_000, gap=0.45, importance=0.31, value=None, votes=5, severity=5),
    pp("bill", stage="Billing", reach=8_000, gap=None, importance=0.12, value=25, votes=2, severity=2),
    pp("app", stage="Onboarding", reach=None, gap=0.10, importance=None, value=10, votes=0, severity=3),
    pp("quote", stage="Quote", reach=500, gap=0.05, importance=0.08, value=60, votes=None, severity=None),
]


def test_a_score_computed_by_hand_on_the_fixed_scales():
    row = ranked([pp("x", reach=2_000, gap=0.25, importance=0.3, value=500, votes=12, severity=4)]).rows[0]
    # reach 2000/10000 = 0.2; gap 0.25/(0.25+0.25) = 0.5; importance 0.3; value 500/(500+500) = 0.5;
    # votes 12/(12+4) = 0.75; severity (4-1)/4 = 0.75 -> mean of six = 3.0 / 6
    assert row.parts == pytest.approx({"reach": 0.2, "gap": 0.5, "reach_x_gap": 0.1, "importance": 0.3,
                                       "value": 0.5, "votes": 0.75, "severity": 0.75})
    assert row.score == pytest.approx(0.5)
    weighted = ranked([pp("x", reach=2_000, gap=0.25, severity=4)], weights={"reach": 3, "severity": 1}).rows[0]
    assert weighted.score == pytest.approx((3 * 0.2 + 1 * 0.75) / 4)
    assert weighted.components == pytest.approx({"reach": 0.6 / 4, "severity": 0.75 / 4})


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_removing_or_adding_another_row_leaves_every_score_unchanged(data):
    rows = data.draw(points)
    weights = data.draw(weight_sets)
    full = {r.id: r.score for r in ranked(rows, weights).rows}
    if rows:
        k = data.draw(st.integers(0, len(rows) - 1))
        fewer = {r.id: r.score for r in ranked(rows[:k] + rows[k + 1:], weights).rows}
        assert all(fewer[i] == full[i] or fewer[i] == pytest.approx(full[i], abs=1e-12) for i in fewer)
    extra = pp(-1, reach=1e9, gap=5.0, importance=1.0, value=1e9, votes=1e6, severity=5)
    more = {r.id: r.score for r in ranked(rows + [extra], weights).rows}
    assert all(more[i] == full[i] or more[i] == pytest.approx(full[i], abs=1e-12) for i in full)


def test_resolving_the_top_row_does_not_lift_the_others():
    before = by_id(ranked(INSURER))
    after = by_id(ranked(INSURER[1:]))
    for pid, row in after.items():
        assert row.score == before[pid].score and row.parts == before[pid].parts


def test_weighted_parts_add_up_to_the_score_for_every_row():
    for weights in (None, {"reach": 2, "votes": 0.5}, {"reach_x_gap": 1, "severity": 3}):
        for row in ranked(INSURER, weights=weights).rows:
            assert row.score is not None
            assert sum(row.components.values()) == pytest.approx(row.score, abs=1e-12)
            assert 0.0 <= row.score <= 1.0


@pytest.mark.parametrize(("gap", "part"), [(0.0, 0.0), (GAP_HALF, 0.5), (0.75, 0.75), (-0.2, 0.0)])
def test_gap_goes_through_a_bounded_transform(gap, part):
    row = ranked([pp("g", gap=gap)], weights={"gap": 1}).rows[0]
    assert row.parts["gap"] == pytest.approx(part)
    assert ("clipped:gap" in row.flags) == (gap < 0)


def test_reach_is_a_share_of_the_journeys_customers_capped_and_flagged():
    rows = by_id(ranked([pp("a", reach=2_500), pp("b", reach=15_000)], weights={"reach": 1}))
    assert rows["a"].parts["reach"] == 0.25
    assert rows["b"].parts["reach"] == 1.0 and "clipped:reach" in rows["b"].flags


def test_value_and_votes_saturate_at_their_reference():
    rows = by_id(ranked([pp("a", value=500, votes=4), pp("b", value=1500, votes=0)],
                        weights={"value": 1, "votes": 1}))
    assert rows["a"].parts["value"] == 0.5 and rows["a"].parts["votes"] == 0.5
    assert rows["b"].parts["value"] == 0.75 and rows["b"].parts["votes"] == 0.0


def test_a_part_without_its_reference_is_missing_not_zero():
    result = rank([pp("a", reach=100, severity=5), pp("b", reach=900, severity=1)], scales=Scales())
    for row in result.rows:
        assert "reach" not in row.parts and "missing:reach" in row.flags
    assert order(result) == ["a", "b"]


@pytest.mark.parametrize(("severity", "part"), [(1, 0.0), (2, 0.25), (3, 0.5), (4, 0.75), (5, 1.0)])
def test_severity_maps_one_to_five_onto_zero_to_one(severity, part):
    row = ranked([pp("x", severity=severity)], weights={"severity": 1}).rows[0]
    assert row.parts["severity"] == part and row.score == part


def test_reach_x_gap_is_one_part_and_replaces_reach_and_gap():
    rows = by_id(ranked([pp("a", reach=5_000, gap=0.25), pp("c", reach=500)], weights={"reach_x_gap": 1}))
    assert rows["a"].parts["reach_x_gap"] == pytest.approx(0.5 * 0.5)
    assert rows["c"].flags == ("missing:reach_x_gap", "unscored")
    for weights in ({"reach_x_gap": 1, "reach": 1}, {"reach_x_gap": 1, "gap": 0.5}):
        with pytest.raises(ScoringError, match="already counts reach and gap"):
            ranked(INSURER, weights=weights)


def test_a_row_missing_a_part_is_flagged_and_not_sunk():
    rows = [pp("strong", reach=10_000, gap=None, importance=0.4, severity=5),
            pp("p2", reach=6_000, gap=0.5, importance=0.3, severity=4),
            pp("p3", reach=2_000, gap=0.2, importance=0.1, severity=2)]
    weights = {"reach": 1, "gap": 1, "importance": 1, "severity": 1}
    top = ranked(rows, weights=weights).rows[0]
    assert top.id == "strong" and top.score == pytest.approx((1 + 0.4 + 1) / 3)
    assert "missing:gap" in top.flags and "gap" not in top.components


def test_a_part_with_zero_or_absent_weight_is_neither_used_nor_flagged():
    result = ranked([pp("a", reach=10, votes=None), pp("b", reach=5, votes=3)], weights={"reach": 1, "votes": 0})
    assert result.weights["votes"] == 0.0 and result.weights["gap"] == 0.0
    for row in result.rows:
        assert set(row.components) == {"reach"} and row.flags == ()


def test_raising_a_weight_moves_the_rows_strong_in_that_part_up_exactly_where_the_formula_says():
    # A: reach part 1.0, severity 0.0; B: reach 0.4, severity 1.0; A overtakes B when wr > ws / 0.6.
    rows = [pp("A", reach=10_000, severity=1), pp("B", reach=4_000, severity=5)]
    assert order(ranked(rows, weights={"reach": 1.6, "severity": 1.0})) == ["B", "A"]
    assert order(ranked(rows, weights={"reach": 1.7, "severity": 1.0})) == ["A", "B"]


def test_each_part_is_tagged_data_or_judgment_and_ranked_on_each_side():
    rows = [pp("typed", reach=1_000, gap=0.6, gap_source="judgment", severity=2, votes=1),
            pp("measured", reach=1_000, gap=0.3, gap_se=0.02, severity=1, votes=0),
            pp("room", reach=500, gap=0.1, severity=5, votes=12)]
    result = by_id(ranked(rows, weights={"reach": 1, "gap": 1, "votes": 1, "severity": 1}))
    assert result["typed"].sources == {"reach": "data", "gap": "judgment", "votes": "judgment",
                                       "severity": "judgment"}
    assert result["measured"].sources["gap"] == "data"
    # data side: typed has only its reach 0.1 (its gap is judgment); measured (0.1 + 0.3/0.55) / 2;
    # room (0.05 + 0.1/0.35) / 2
    assert [result[i].data_rank for i in ("measured", "room", "typed")] == [1, 2, 3]
    assert result["room"].judgment_rank == 1 and result["measured"].judgment_rank == 3


def test_disagreements_are_top_five_by_one_side_and_bottom_half_by_the_other():
    rows = [pp(f"d{i}", reach=9_000 - 1_000 * i, severity=1) for i in range(6)]
    rows += [pp(f"j{i}", reach=100 * i, severity=5 - (i % 2)) for i in range(6)]
    result = by_id(ranked(rows, weights={"reach": 1, "severity": 1}))
    assert [result[f"d{i}"].disagreement for i in range(5)] == ["data"] * 5
    assert result["d5"].disagreement is None          # 6th by data: not in the top 5
    assert sum(result[f"j{i}"].disagreement == "judgment" for i in range(6)) == 5
    assert all(result[f"d{i}"].judgment_rank > 6 for i in range(6))


def test_stability_is_one_for_a_dominant_row_and_a_half_for_a_pair_that_swaps():
    rows = [pp("top", reach=10_000, severity=5), pp("A", reach=10_000, severity=1), pp("B", reach=4_000, severity=5)]
    result = by_id(ranked(rows, weights={"reach": 1.6, "severity": 1.0}))
    assert result["top"].rank == 1 and result["top"].stability == 1.0
    assert result["A"].stability == 0.5 and result["B"].stability == 0.5


def test_ties_are_broken_by_id_and_unscored_rows_go_last():
    rows = [pp("c", reach=10), pp("a", reach=10), pp("none"), pp("b", reach=10)]
    result = ranked(rows, weights={"reach": 1})
    assert order(result) == ["a", "b", "c", "none"]
    last = result.rows[-1]
    assert last.score is None and last.components == {} and "unscored" in last.flags


def test_live_rerank_agrees_with_a_fresh_ranking():
    table = prepare(INSURER, scales=SCALES)
    for weights in ({"reach": 5, "gap": 1}, {"votes": 1, "severity": 2}, dict(DEFAULT_WEIGHTS)):
        fresh = ranked(INSURER, weights=weights)
        ranks = dict(zip([p.id for p in INSURER], table.ranks(weights).tolist()))
        assert {r.id: r.rank for r in fresh.rows} == ranks
        assert [table.rank(weights=weights).row(k) for k in range(len(fresh))] == list(fresh.rows)


def test_json_document_has_the_cli_contract_keys():
    doc = json.loads(json.dumps(ranked(INSURER, intervals=50).to_dict(journey="Insurance"), allow_nan=False))
    assert doc["journey"] == "Insurance" and doc["weights"] == dict(DEFAULT_WEIGHTS)
    assert doc["scales"]["customers"] == 10_000
    for point in doc["pain_points"]:
        assert {"rank", "rank_low", "rank_high", "data_rank", "judgment_rank", "id", "title", "stage", "score",
                "components", "component_sources", "flags", "stability"} <= set(point)
        assert point["rank_low"] <= point["rank"] <= point["rank_high"]
        assert set(point["component_sources"]) == set(point["components"])
        assert set(point["component_sources"].values()) <= {"data", "judgment"}
        assert sum(point["components"].values()) == pytest.approx(point["score"], abs=1e-12)


def test_csv_rows_make_formula_like_titles_inert():
    rows = [PainPointInput(id="p1", title='=HYPERLINK("http://x","click")', stage="+Claim",
                           reach=10),
            PainPointInput(id="p2", title="@SUM(A1)", stage="Service", reach=5),
            PainPointInput(id="p3", title="-2+3", stage="\tTab", reach=1),
            PainPointInput(id="p4", title="Plain title", stage="Claim", reach=None, gap=0.1)]
    csv = ranked(rows, weights={"reach": 1, "gap": 1}).to_csv_rows()
    header, body = csv[0], csv[1:]
    assert header[:9] == ["rank", "rank_low", "rank_high", "data_rank", "judgment_rank", "id", "title", "stage",
                          "score"]
    assert header[-3:] == ["flags", "stability", "disagreement"]
    cells = {row[5]: dict(zip(header, row)) for row in body}
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
        ranked([pp("fine", reach=1), PainPointInput(stage="S", **point)])
    for word in words:
        assert word in str(err.value)


def test_duplicate_ids_are_refused():
    with pytest.raises(ScoringError, match="'a' appears twice"):
        ranked([pp("a", reach=1), pp("a", reach=2)])


@pytest.mark.parametrize(("weights", "pattern"), [
    ({"reach": 1, "reech": 2}, "unknown weight 'reech'"),
    ({"reach": -1}, "weight 'reach' must be a number >= 0"),
    ({"reach": math.nan}, "weight 'reach' must be a number >= 0"),
    ({"reach": 0, "gap": 0}, "all weights are zero"),
    ({}, "all weights are zero"),
])
def test_bad_weights_are_refused_with_a_clear_message(weights, pattern):
    with pytest.raises(ScoringError, match=pattern):
        ranked(INSURER, weights=weights)
    assert issubclass(ScoringError, ValueError)


# --- properties -----------------------------------------------------------------------------

maybe = lambda s: st.one_of(st.none(), s)  # noqa: E731
amount = st.floats(0, 1e6, allow_nan=False)
points = st.lists(
    st.builds(PainPointInput, id=st.integers(0, 10_000), title=st.text(max_size=5),
              stage=st.just("S"), reach=maybe(amount), gap=maybe(st.floats(-1, 1)),
              importance=maybe(st.floats(0, 1)), value=maybe(amount),
              votes=maybe(st.integers(0, 50)), severity=maybe(st.integers(1, 5)),
              gap_se=maybe(st.floats(0, 0.2)), gap_source=st.sampled_from(["data", "judgment"])),
    max_size=25, unique_by=lambda p: p.id)
weight_sets = st.dictionaries(st.sampled_from(PARTS), st.floats(0, 10), min_size=1).filter(
    lambda w: any(v > 0 for v in w.values())).map(
    lambda w: {k: v for k, v in w.items() if k not in ("reach", "gap")} if w.get("reach_x_gap") else w).filter(
    lambda w: any(v > 0 for v in w.values()))


@settings(max_examples=150, deadline=None)
@given(points, weight_sets)
def test_property_scores_components_ranks_intervals_are_well_formed(inputs, weights):
    result = ranked(inputs, weights=weights, intervals=20)
    assert sorted(r.rank for r in result.rows) == list(range(1, len(inputs) + 1))
    scored = [r.score for r in result.rows if r.score is not None]
    assert all(a >= b - 1e-12 for a, b in zip(scored, scored[1:]))  # rank follows the score
    assert all(r.score is None for r in result.rows[len(scored):])  # unscored rows last
    for row in result.rows:
        assert 0.0 <= row.stability <= 1.0
        assert 1 <= row.rank_low <= row.rank <= row.rank_high <= len(inputs)
        if row.score is None:
            assert row.components == {} and "unscored" in row.flags
            continue
        assert -1e-12 <= row.score <= 1.0 + 1e-12
        assert sum(row.components.values()) == pytest.approx(row.score, abs=1e-12)
        assert all(0.0 <= part <= 1.0 for part in row.parts.values())


def test_bad_scales_are_refused():
    for scales, word in ((Scales(customers=0), "customers"), (Scales(value=-1), "value"),
                         (Scales(fair_votes=math.inf), "fair_votes"), (Scales(gap_half=0), "gap_half")):
        with pytest.raises(ScoringError, match=word):
            rank(INSURER, scales=scales)
    with pytest.raises(ScoringError, match="importance must be a share"):
        ranked([pp("x", importance=40.0)])
    with pytest.raises(ScoringError, match="gap_source"):
        ranked([pp("x", gap=0.1, gap_source="typed")])
    assert np.isfinite(prepare([], scales=SCALES).scores().sum())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.just(math.nan), st.sampled_from([0.0, 0.25, 0.5, 1.0]), st.floats(0, 1)),
                min_size=1, max_size=40), st.integers(1, 5))
def test_property_fast_integer_ranks_equal_a_stable_sort_with_ties_by_id(values, columns):
    table = prepare([pp(f"p{i:02d}", reach=1) for i in range(len(values))], scales=SCALES)
    rng = np.random.default_rng(len(values))
    scores = np.column_stack([rng.permutation(np.array(values)) for _ in range(columns)])
    assert np.array_equal(table.ranks_of(scores), table._ranks_stable(scores))
    assert np.array_equal(table.ranks_of(np.round(scores, 9), decimals=9), table._ranks_stable(np.round(scores, 9)))


def test_the_worked_example_of_docs_ranking_md():
    scales = Scales(customers=20_000, value=400, fair_votes=5)
    rows = [pp("PP-1", reach=4000, gap=0.25, gap_source="judgment", importance=0.22, value=400,
               value_source="judgment", votes=15, severity=4),
            pp("PP-2", reach=1000, gap=0.75, gap_se=0.05, importance=0.31, votes=5, severity=5),
            pp("PP-3", reach=6000, importance=0.12, value=100, votes=0, severity=2),
            pp("PP-4", reach=10000, gap=0.25, gap_se=0.02, importance=0.10, value=1200, value_source="judgment",
               votes=0, severity=3)]
    result = rank(rows, scales=scales, intervals=200)
    assert [(r.id, round(r.score, 4), r.data_rank, r.judgment_rank, r.disagreement) for r in result.rows] == [
        ("PP-2", 0.522, 1, 1, None), ("PP-1", 0.4867, 3, 2, "judgment"), ("PP-4", 0.3917, 2, 3, "data"),
        ("PP-3", 0.174, 4, 4, None)]
    assert [r.rank_text() for r in result.rows] == ["1 (1-1)", "2 (2-2)", "3 (3-3)", "4 (4-4)"]
    assert [round(r.score, 4) for r in rank(rows[1:], scales=scales).rows] == [0.522, 0.3917, 0.174]
    balanced = {"reach": 1.5, "gap": 2.1, "importance": 3.0, "value": 1.1, "votes": 0.8, "severity": 0.9}
    assert [round(r.score, 4) for r in rank(rows, scales=scales, weights=balanced).rows] == [
        0.4675, 0.408, 0.359, 0.1719]
