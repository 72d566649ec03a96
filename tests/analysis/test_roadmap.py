"""RICE, overdue, recurring unowned, and projected impact through unstandardised coefficients."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import statsmodels.api as sm

from journeymap.analysis import projection, roadmap
from journeymap.core import model
from journeymap.core.project import Project


def init(**kw):
    base = dict(id="in-1", journey="jn", title="Fix it", owner="Ana", due="2027-03-31", status="planned")
    base.update(kw)
    return model.Initiative(**base)


def test_rice_keeps_each_part_and_leaves_a_missing_part_missing():
    r = roadmap.rice(init(reach=2000, impact=2, confidence=0.5, effort=4))
    assert r.score == pytest.approx(2000 * 2 * 0.5 / 4) == 500
    assert r.to_dict() == {"score": 500.0, "reach": 2000, "impact": 2, "confidence": 0.5, "effort": 4,
                           "missing": []}
    missing = roadmap.rice(init(reach=2000, impact=None, confidence=0.5, effort=4))
    assert missing.score is None and missing.missing == ("impact",)


def test_overdue_and_due_in_period():
    day = dt.date(2027, 4, 1)
    assert roadmap.is_overdue(init(due="2027-03-31"), day)
    assert not roadmap.is_overdue(init(due="2027-04-01"), day)
    assert not roadmap.is_overdue(init(due="2027-03-31", status="done", done="2027-03-30"), day)
    assert not roadmap.is_overdue(init(due="2027-03-31", status="cancelled"), day)   # legacy word for dropped
    assert not roadmap.is_overdue(init(due=None), day)
    assert roadmap.due_in(init(due="2027-03-31"), "2027-03") and roadmap.due_in(init(due="2027-03-31"), "2027-Q1")
    assert not roadmap.due_in(init(due="2027-04-01"), "2027-Q1")
    assert roadmap.period_end("2026-12") == dt.date(2026, 12, 31)
    assert roadmap.period_end("2027-Q1") == dt.date(2027, 3, 31)
    assert roadmap.period_end("2028-02") == dt.date(2028, 2, 29)


def test_recurring_unowned_needs_top_n_in_each_period_and_no_owned_initiative():
    p = Project()
    p.add(model.Journey("jn", "J"))
    for k in "abcdef":
        p.add(model.PainPoint(f"pp-{k}", "jn", None, f"pain {k}"))
    p.add(init(id="in-a", pain_points=["pp-a"]))                       # owned
    p.add(init(id="in-b", pain_points=["pp-b"], owner=""))             # no owner
    p.add(init(id="in-c", pain_points=["pp-c"], due=None))             # no deadline
    p.add(init(id="in-d", pain_points=["pp-d"], status="dropped"))     # dropped: as if none
    ranks = [["pp-a", "pp-b", "pp-c", "pp-d", "pp-e", "pp-f"], ["pp-f", "pp-a", "pp-b", "pp-c", "pp-d", "pp-e"]]
    out = roadmap.recurring_unowned(p, ranks, top_n=4, periods=2)
    assert [(r["id"], r["why"], r["rank"]) for r in out] == [
        ("pp-b", "no owner", 3), ("pp-c", "no deadline", 4)]            # pp-d, pp-e fell out; pp-f is new
    out = roadmap.recurring_unowned(p, ranks, top_n=5, periods=2)
    assert [(r["id"], r["why"]) for r in out] == [("pp-b", "no owner"), ("pp-c", "no deadline"),
                                                  ("pp-d", "no initiative")]
    assert roadmap.recurring_unowned(p, ranks[:1], top_n=5, periods=2) == []


def regression_data(n=400, seed=3):
    rng = np.random.default_rng(seed)
    x = rng.integers(1, 6, size=(n, 3)).astype(float)
    y = 1.0 + 0.5 * x[:, 0] - 0.3 * x[:, 1] + 0.1 * x[:, 2] + rng.normal(0, 0.8, n)
    w = rng.uniform(0.5, 2.0, n)
    x[5, 1] = np.nan                                                      # a listwise drop
    return x, y, w


def test_coefficients_and_their_interval_match_statsmodels_wls():
    x, y, w = regression_data()
    coefs = projection.fit(x, y, columns=["a", "b", "c"], weights=w)
    ok = ~np.isnan(x).any(axis=1)
    ref = sm.WLS(y[ok], sm.add_constant(x[ok]), weights=w[ok]).fit()
    assert coefs.n == ok.sum() == 399
    assert np.allclose(coefs.b, ref.params[1:])
    assert np.allclose(coefs.cov, ref.cov_params()[1:, 1:])
    # one item: 0.4 points on item a -> 0.4 b_a, interval 0.4 x the coefficient's 95% interval
    effect, low, high = coefs.interval(np.array([0.4, 0, 0]))
    lo_b, hi_b = ref.conf_int(0.05)[1]
    assert (effect, low, high) == pytest.approx((0.4 * ref.params[1], 0.4 * lo_b, 0.4 * hi_b))
    # two items at once: the interval of the sum uses their covariance (statsmodels' t_test of a contrast)
    delta = np.array([0.4, -0.2, 0])
    effect, low, high = coefs.interval(delta)
    ci = ref.t_test(np.r_[0, delta]).conf_int(alpha=0.05)[0]
    assert (low, high) == pytest.approx(tuple(ci)) and effect == pytest.approx(float(ref.params[1:] @ delta))


def project_with_items():
    p = Project()
    p.add(model.Journey("jn", "J"))
    p.add(model.Stage("st-a", "jn", None, "A"))
    p.add(model.Stage("st-b", "jn", None, "B"))
    p.add(model.Dataset("ds", "S", "survey", "jn"))
    p.add(model.SurveyItem("si-a", "ds", "a", "st-a", "Item a"))
    p.add(model.SurveyItem("si-b", "ds", "b", "st-b", "Effort b", 1, 1, 7, "lower"))
    p.add(model.MetricDef("mt-fcr", "First-contact resolution", "%"))
    return p


def test_projection_of_an_item_uplift_by_hand():
    p = project_with_items()
    coefs = projection.Coefficients(("a", "b"), np.array([0.5, -0.25]), np.diag([0.01, 0.0025]), 1000, 997)
    t = 1.9623                                                            # t(0.975, 997)
    out = projection.project_initiative(p, init(uplift_target="item:si-a", expected_uplift=0.4), coefs)
    assert out.effect == pytest.approx(0.2) and out.b == 0.5
    assert (out.low, out.high) == pytest.approx((0.2 - t * 0.04, 0.2 + t * 0.04), abs=1e-4)
    # an effort item: an improvement of 0.4 is an answer 0.4 lower; b < 0 makes it a gain
    out = projection.project_initiative(p, init(uplift_target="item:si-b", expected_uplift=0.4), coefs)
    assert out.delta == -0.4 and out.effect == pytest.approx(0.1)
    assert (out.low, out.high) == pytest.approx((0.1 - t * 0.02, 0.1 + t * 0.02), abs=1e-4)


def test_an_operating_metric_needs_a_stated_link_shown_as_an_assumption():
    p = project_with_items()
    coefs = projection.Coefficients(("a", "b"), np.array([0.5, -0.25]), np.diag([0.01, 0.0025]), 1000, 997)
    bare = init(uplift_target="metric:mt-fcr", expected_uplift=5)
    out = projection.project_initiative(p, bare, coefs)
    assert out.effect is None and "stated link" in out.note
    linked = init(uplift_target="metric:mt-fcr", expected_uplift=5, link_item="si-a", link_slope=0.04)
    out = projection.project_initiative(p, linked, coefs)
    assert out.delta == pytest.approx(0.2) and out.effect == pytest.approx(0.1)
    assert out.assumption.startswith("assumption: +5 % of First-contact resolution moves 'Item a' by +0.20")


def test_what_if_sums_initiatives_and_moves_stage_scores():
    p = project_with_items()
    cov = np.array([[0.01, 0.002], [0.002, 0.0025]])
    coefs = projection.Coefficients(("a", "b"), np.array([0.5, -0.25]), cov, 1000, 997)
    one = init(id="in-1", uplift_target="item:si-a", expected_uplift=0.4)
    two = init(id="in-2", uplift_target="item:si-b", expected_uplift=0.6)
    none = init(id="in-3", title="Vague")
    out = projection.what_if(p, [one, two, none], coefs)
    delta = np.array([0.4, -0.6])
    assert out.effect == pytest.approx(0.2 + 0.15)
    se = np.sqrt(delta @ cov @ delta)
    assert out.high - out.effect == pytest.approx(1.9623 * se, abs=1e-4)
    assert out.stage_changes == pytest.approx({"st-a": 100 * 0.4 / 4, "st-b": 100 * 0.6 / 6})
    assert out.skipped == ("Vague: no expected uplift on a survey item or metric",)


def test_quick_wins_are_high_value_low_effort():
    rows = [{"id": k, "effort": e, "rice_parts": {"impact": i, "confidence": c}}
            for k, e, i, c in (("a", 2, 2, 0.8), ("b", 20, 3, 0.8), ("c", 3, 0.5, 0.5), ("d", 30, 0.5, 0.5))]
    assert roadmap.quick_win(rows) == {"a"}
