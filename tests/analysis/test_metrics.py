"""Stage metrics against hand-computed values."""
import math

import numpy as np
import pandas as pd
import pytest

from journeymap.analysis import metrics as M
from journeymap.analysis import quality as Q

NPS_A = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0]      # p+ = .5, p- = .3
NPS_B = [10] * 6 + [8] * 2 + [0] * 2          # p+ = .6, p- = .2


def test_nps_and_its_se():
    est = M.nps(NPS_A)
    assert est.value == pytest.approx(20.0)
    assert est.se == pytest.approx(100 * math.sqrt((0.8 - 0.2 ** 2) / 10))   # 27.568
    assert est.se == pytest.approx(27.5680975)
    assert (est.n, est.n_weighted) == (10, 10)


def test_weighted_nps_uses_effective_n():
    est = M.nps([10, 0, 8, np.nan], weights=[2, 1, 1, 5])     # p+ = 2/4, p- = 1/4
    n_eff = 4 ** 2 / (4 + 1 + 1)
    assert est.value == pytest.approx(25.0) and (est.n, est.n_weighted) == (3, 4.0)
    assert est.se == pytest.approx(100 * math.sqrt((0.75 - 0.25 ** 2) / n_eff))


def test_top2box_of_a_lower_is_better_item():
    effort = [1, 2, 2, 3, 5, 4, 1, 5]                         # best two points: 1 and 2
    assert M.top2box(effort, scale=(1, 5), better="lower").value == pytest.approx(4 / 8)
    assert M.top2box(effort, scale=(1, 5), better="higher").value == pytest.approx(3 / 8)
    assert M.top2box([7, 6, 5, np.nan], scale=(1, 7)).value == pytest.approx(2 / 3)   # CES 2.0


def test_weighted_mean_across_periods():
    frame = pd.DataFrame({"period": ["P1", "P1", "P2", "P2"], "weight": [1.0, 3.0, 2.0, 2.0],
                          "q": [4.0, 5.0, 2.0, 3.0]})
    assert M.mean(frame["q"], weights=frame["weight"]).value == pytest.approx(29 / 8)
    table = M.stage_metrics(frame, [{"key": "q", "stage": "S", "scale": (1, 5)}], by=["period"])
    item = table[table["level"] == "item"].set_index("period")
    assert item.loc["", "mean"] == pytest.approx(3.625)      # (4 + 15 + 4 + 6) / 8
    assert item.loc["P1", "mean"] == pytest.approx(4.75) and item.loc["P2", "mean"] == pytest.approx(2.5)
    assert item.loc["", "n"] == 4 and item.loc["", "n_weighted"] == 8.0
    assert item.loc["P1", "top2box"] == pytest.approx(4 / 4)   # 4 and 5 are the best two
    assert item.loc["P2", "top2box"] == pytest.approx(0.0)


def test_mean_and_se():
    est = M.mean([1, 2, 3, 4])
    assert est.value == 2.5 and est.se == pytest.approx(math.sqrt(1.25 / 4))
    assert math.isnan(M.mean([np.nan]).value)


def test_ces_and_score_direction():
    assert M.ces([1, 2, 3], scale=(1, 5), better="lower").value == 2
    assert M.score(2, scale=(1, 5), better="lower") == pytest.approx(75)
    assert M.score(6, scale=(1, 7), better="higher") == pytest.approx(100 * 5 / 6)


def test_wald_between_two_periods():
    frame = pd.DataFrame({"period": ["a"] * 10 + ["b"] * 10, "outcome": NPS_A + NPS_B, "weight": 1.0})
    w = M.compare_periods_nps(frame, first="a", second="b")
    se = math.sqrt(0.76 * 100 ** 2 / 10 + 0.64 * 100 ** 2 / 10)     # 27.57 and 25.30 combined
    assert w.diff == pytest.approx(20) and w.se == pytest.approx(se)
    assert w.z == pytest.approx(20 / se) and w.p == pytest.approx(math.erfc(20 / se / math.sqrt(2)))
    assert 0.5 < w.p < 0.7


def test_stage_rollup_mean_of_item_means_or_pooled():
    frame = pd.DataFrame({"i1": [5, 4, np.nan, 1], "i2": [3, 3, 3, 3.0], "i3": [np.nan] * 4})
    items = [{"key": "i1", "stage": "S", "scale": (1, 5)}, {"key": "i2", "stage": "S", "scale": (1, 5)},
             {"key": "i3", "stage": "Empty", "scale": (1, 5)}]
    t = M.stage_metrics(frame, items, by=())
    s = t[(t["level"] == "stage") & (t["stage"] == "S")].iloc[0]
    assert s["mean"] == pytest.approx((10 / 3 + 3) / 2) and s["n"] == 4
    assert s["top2box"] == pytest.approx((2 / 3 + 0) / 2)
    pooled = M.stage_metrics(frame, items, by=(), rollup="pooled")
    p = pooled[(pooled["level"] == "stage") & (pooled["stage"] == "S")].iloc[0]
    assert p["mean"] == pytest.approx(22 / 7) and p["top2box"] == pytest.approx(2 / 7)
    empty = t[(t["level"] == "stage") & (t["stage"] == "Empty")].iloc[0]
    assert empty["n"] == 0 and math.isnan(empty["mean"])


def test_mixed_directions_roll_up_by_score_only():
    frame = pd.DataFrame({"sat": [5.0, 4.0], "effort": [1.0, 2.0]})
    items = [{"key": "sat", "stage": "S", "scale": (1, 5)},
             {"key": "effort", "stage": "S", "scale": (1, 5), "better": "lower"}]
    s = M.stage_metrics(frame, items, by=()).query("level == 'stage'").iloc[0]
    assert math.isnan(s["mean"]) and s["score"] == pytest.approx(87.5) and s["top2box"] == 1.0


def test_stage_metrics_by_segment_and_period_with_na():
    frame = pd.DataFrame({"segment": ["a", "a", "b", None], "period": ["p1", "p2", "p1", "p1"],
                          "weight": 1.0, "q": [5.0, 3.0, 1.0, 4.0]})
    t = M.stage_metrics(frame, [{"key": "q", "stage": "S", "scale": (1, 5)}])
    item = t[t["level"] == "item"].set_index(["segment", "period"])["mean"]
    assert item[("", "")] == pytest.approx(13 / 4)           # the NA segment counts in totals
    assert item[("", "p1")] == pytest.approx(10 / 3)
    assert item[("a", "")] == pytest.approx(4) and item[("b", "p1")] == 1
    assert ("b", "p2") not in item.index                     # no respondents: no row


def test_outcome_metrics_nps_per_period():
    frame = pd.DataFrame({"period": ["a"] * 10 + ["b"] * 10, "outcome": NPS_A + NPS_B, "weight": 1.0})
    t = M.outcome_metrics(frame, kind="nps", by=["period"]).set_index("period")
    assert t.loc["a", "nps"] == pytest.approx(20) and t.loc["b", "nps"] == pytest.approx(40)
    assert t.loc["a", "nps_se"] == pytest.approx(M.nps(NPS_A).se)
    assert t.loc["", "nps"] == pytest.approx(30)


def test_targets_honour_direction():
    assert M.gap_to_target(70, target=80, better="higher") == 10
    assert M.gap_to_target(300, target=240, better="lower") == 60
    assert M.on_target(200, target=240, better="lower")
    np.testing.assert_array_equal(M.on_target([0.7, 0.9], target=0.8), [False, True])


def test_quality_flags():
    frame = pd.DataFrame({"q": [4.0] * 10, "contact_date": pd.to_datetime(["2026-01-01"] * 10),
                          "date": pd.to_datetime(["2026-01-02"] * 5 + ["2026-01-06"] * 5)})
    table = M.stage_metrics(frame, [{"key": "q", "stage": "Boarding", "scale": (1, 5)}], by=())
    lag = Q.survey_lag(frame)
    assert lag.median_days == 3 and lag.share_late == 0.5 and lag.n == 10
    flags = Q.quality_flags(table, stages=["Boarding", "Claim"], lag=lag)
    assert [(f.flag, f.stage) for f in flags] == [("small_n", "Boarding"), ("no_data", "Claim"),
                                                  ("survey_lag", None)]
    assert Q.survey_lag(frame.drop(columns="contact_date")) is None


def test_operating_summary():
    long = pd.DataFrame({"stage": ["Claim"] * 4, "metric": ["Calls", "Calls", "AHT", "AHT"],
                         "period": ["2026-10", "2026-11"] * 2, "segment": "",
                         "value": [100.0, 50.0, 300.0, 200.0], "n": [10, 5, 10, 30]})
    metrics = [{"metric": "Calls", "agg": "sum", "better": "lower"},
               {"metric": "AHT", "agg": "mean", "unit": "s", "better": "lower", "target": 240}]
    s = M.operating_summary(long, metrics=metrics).set_index("metric")
    assert s.loc["Calls", "value"] == 150 and s.loc["Calls", "n"] == 15
    assert s.loc["AHT", "value"] == pytest.approx((3000 + 6000) / 40)    # 225: means combine by n
    assert s.loc["AHT", "gap"] == pytest.approx(-15) and s.loc["AHT", "on_target"]
    one = M.operating_summary(long, metrics=metrics, period="2026-10").set_index("metric")
    assert one.loc["AHT", "value"] == 300 and not one.loc["AHT", "on_target"]


def test_stage_metrics_covers_every_stage_on_a_large_frame():
    # Its speed is measured in benchmarks/bench_read.py.
    rng = np.random.default_rng(0)
    n = 200_000
    frame = pd.DataFrame({f"i{k}": rng.integers(1, 6, n).astype(float) for k in range(15)})
    frame["segment"] = pd.Categorical(rng.choice(["a", "b", "c"], n))
    frame["period"] = pd.Categorical(rng.choice(["2026-01", "2026-02"], n))
    items = [{"key": f"i{k}", "stage": f"S{k // 2}", "scale": (1, 5)} for k in range(15)]
    table = M.stage_metrics(frame, items)
    assert {f"S{k}" for k in range(8)} <= set(table["stage"].dropna())


def test_pooled_mixed_scales_give_no_mean():
    frame = pd.DataFrame({"a": [5.0, 4.0], "b": [7.0, 1.0]})
    items = [{"key": "a", "stage": "S", "scale": (1, 5)}, {"key": "b", "stage": "S", "scale": (1, 7)}]
    s = M.stage_metrics(frame, items, by=(), rollup="pooled").query("level == 'stage'").iloc[0]
    assert math.isnan(s["mean"]) and s["top2box"] == pytest.approx(3 / 4)
    assert s["score"] == pytest.approx((87.5 + 50) / 2)
