"""Before/after tests against scipy and statsmodels, the verdict, and the sample's done initiatives."""
from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

from journeymap.analysis import before_after as ba
from journeymap.analysis import metrics
from journeymap.samples.insurance import build_sample
from journeymap.storage.read import open_project


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.jmap"
    build_sample(path)
    return path, open_project(path)


def test_welch_matches_scipy():
    rng = np.random.default_rng(1)
    a, b = rng.normal(3.2, 1.0, 140), rng.normal(3.5, 1.6, 90)
    a[3] = np.nan                                                   # missing answers are left out
    t = ba.welch(a, b)
    ref = stats.ttest_ind(b[np.isfinite(b)], a[np.isfinite(a)], equal_var=False)
    assert t.p == pytest.approx(ref.pvalue) and (t.n_before, t.n_after) == (139, 90)
    assert t.after - t.before == pytest.approx(np.nanmean(b) - np.nanmean(a))


def test_two_proportions_matches_statsmodels():
    t = ba.two_proportions(120, 400, 165, 410)
    _, p = proportions_ztest([165, 120], [410, 400])
    assert t.p == pytest.approx(p) and (t.before, t.after) == (0.3, pytest.approx(165 / 410))


def test_nps_wald_by_hand():
    a = np.array([10] * 30 + [8] * 40 + [3] * 30, float)            # NPS 0
    b = np.array([10] * 45 + [8] * 35 + [3] * 20, float)            # NPS 25
    t = ba.nps_wald(a, b)
    se_a = 100 * math.sqrt((0.3 + 0.3 - 0.0 ** 2) / 100)
    se_b = 100 * math.sqrt((0.45 + 0.2 - 0.25 ** 2) / 100)
    z = 25 / math.sqrt(se_a ** 2 + se_b ** 2)
    assert (t.before, t.after) == pytest.approx((0.0, 25.0))
    assert t.p == pytest.approx(2 * stats.norm.sf(z))
    assert t.p == pytest.approx(metrics.wald(metrics.nps(a), metrics.nps(b)).p)


def test_verdict_follows_direction_and_significance():
    up = ba.Test(3.0, 3.5, 500, 500, 0.001, "welch")
    assert ba.verdict(up, "higher") == "improved" and ba.verdict(up, "lower") == "worsened"
    assert ba.verdict(ba.Test(3.0, 3.5, 5, 5, 0.2, "welch")) == "no change"
    assert ba.verdict(ba.Test(3.0, 3.5, 1, 1, math.nan, "welch")) == "no change"


def test_item_tests_use_top2box_or_nps_by_scale():
    five = ba.item_tests([1, 2, 4, 5, 5], [4, 5, 5, 5, 4], label="x", scale=(1, 5), better="higher")
    assert [r["metric"] for r in five] == ["mean", "top-2-box"]
    assert five[1]["before"] == pytest.approx(0.6) and five[1]["after"] == 1.0
    effort = ba.item_tests([1, 2, 6, 7], [1, 1, 2, 3], label="e", scale=(1, 7), better="lower")
    assert effort[1]["before"] == 0.5 and effort[1]["after"] == 0.75       # 1-2 are the best on effort
    ten = ba.item_tests([9, 10, 3], [9, 9, 9], label="r", scale=(0, 10), better="higher")
    assert [r["metric"] for r in ten] == ["mean", "NPS"]


def test_split_periods_leaves_out_the_month_it_went_live():
    periods = [f"2026-{m:02d}" for m in range(1, 13)]
    assert ba.split_periods(periods, "2026-05-29") == (["2026-02", "2026-03", "2026-04"],
                                                       ["2026-06", "2026-07", "2026-08"])
    assert ba.split_periods(periods, "2026-11-02", window=3) == (["2026-08", "2026-09", "2026-10"], ["2026-12"])


def test_sample_bill_worked_welcome_pack_did_not(sample_file):
    path, project = sample_file
    bill = ba.before_after(path, project, project.get("initiatives", "in-plain-bill"))
    mean = next(r for r in bill["metrics"] if r["item"] == "Clarity of the bill" and r["metric"] == "mean")
    assert mean["verdict"] == "improved" and mean["n_before"] > 1000 and mean["p_value"] < 0.001
    assert bill["sentence"].startswith("Improved: 'Clarity of the bill' mean")
    contacts = next(r for r in bill["metrics"] if r["item"] == "Contact volume")
    assert contacts["verdict"] == "improved" and contacts["n_before"] == 3      # n counts periods
    pack = ba.before_after(path, project, project.get("initiatives", "in-welcome-digital"))
    assert pack["sentence"].startswith("No detectable change at this n")
    open_one = ba.before_after(path, project, project.get("initiatives", "in-complaint-owner"))
    assert open_one["sentence"] == "Not done yet: nothing to compare."
