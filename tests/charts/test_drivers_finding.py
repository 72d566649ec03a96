"""The drivers' finding says when no item stands out, instead of naming one, and the IPA chart's
performance axis does not blow a small gap up to fill the plot."""
import numpy as np

from journeymap.analysis.drivers import ItemSpec, analyse
from journeymap.charts.drivers import driver_bars, ipa_chart, ipa_finding

ITEMS = [ItemSpec("Easy to buy", "Purchase", 1, 5), ItemSpec("Claim speed", "Claim", 1, 5),
         ItemSpec("Clear quote", "Quote", 1, 5)]


def _result(x, y):
    result = analyse(x, y, items=ITEMS, bootstrap=200, seed=3).to_dict()
    result["outcome"] = "overall satisfaction"
    return result


def _noise(n=300, seed=5):
    """QA's survey_big5: answers drawn at random, so the items explain almost nothing."""
    rng = np.random.default_rng(seed)
    return rng.integers(1, 6, size=(n, 3)).astype(float), rng.integers(1, 6, size=n).astype(float)


def test_random_answers_name_no_item():
    result = _result(*_noise())
    assert result["r2"] < 0.05
    for finding in (ipa_finding(result), driver_bars(result, source="s").layout.meta["finding"]):
        assert finding.startswith("No item stands out"), finding
        assert "Concentrate" not in finding and f"{result['r2']:.0%}" in finding and "n = 300" in finding


def test_equal_drivers_with_overlapping_intervals_name_no_item():
    rng = np.random.default_rng(11)
    x = rng.normal(size=(120, 3))
    y = x.sum(axis=1) + rng.normal(size=120)          # three equal drivers, R² about 0.75
    result = _result(np.clip(np.round(3 + x), 1, 5), y)
    assert result["r2"] > 0.3
    top = max(result["items"], key=lambda i: i["weight_pct"])
    assert top["ci_low"] < 100 / 3                       # its interval reaches the average share
    finding = ipa_finding(result)
    assert finding.startswith("No item stands out") and "overlap" in finding, finding


def test_a_clear_driver_is_still_named():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(2000, 3))
    y = 2 * x[:, 1] + 0.3 * x[:, 0] + rng.normal(size=2000)
    x = np.clip(np.round(3 + x), 1, 5)
    x[:, 1] = np.clip(x[:, 1] - 1, 1, 5)                # the strongest driver also performs worst
    finding = ipa_finding(_result(x, y))
    assert finding.startswith("Concentrate on") and "Claim" in finding


def test_the_finding_says_it_in_chinese():
    result = _result(*_noise())
    for lang in ("zh_CN", "zh_TW"):
        finding = ipa_finding(result, lang)
        assert "2%" in finding or f"{result['r2']:.0%}" in finding
        assert not finding.startswith("No item"), finding


def test_performance_axis_spans_at_least_thirty_points_of_the_scale():
    result = _result(*_noise())
    ys = [i["performance"] for i in result["items"]]
    assert max(ys) - min(ys) < 5                         # a few points apart on 0-100
    low, high = ipa_chart(result, source="s").layout.yaxis.range
    assert high - low >= 30 and 0 <= low and high <= 100
    assert low < min(ys) and high > max(ys)


def test_a_long_outcome_is_shortened_so_the_finding_fits_two_lines():
    from journeymap.charts.theme import TITLE_CHARS, wrap_lines
    result = dict(_result(*_noise()), outcome="Overall, how satisfied are you with us? (1-5)")
    finding = ipa_finding(result)
    assert len(wrap_lines(finding, TITLE_CHARS)) <= 2, finding
    assert finding.startswith("No item stands out") and finding.endswith("ask about other causes")
    assert "Overall, how satisfied" in finding
