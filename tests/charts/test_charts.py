"""Charts built from real analysis results carry the data, the finding and the footer."""
import json

import numpy as np
import plotly.io as pio

from journeymap.analysis.drivers import ItemSpec, analyse
from journeymap.charts.drivers import driver_bars, ipa_chart, ipa_finding
from journeymap.charts.pareto import pareto_chart, pareto_finding
from journeymap.charts.theme import HEIGHT, WIDTH


def _drivers_result():
    rng = np.random.default_rng(7)
    n = 2000
    halo = rng.normal(size=n)
    x = np.column_stack([halo + rng.normal(size=n) for _ in range(4)])
    y = 1.5 * x[:, 0] + 0.2 * x[:, 3] + rng.normal(size=n)
    x = np.clip(np.round(3 + x), 1, 5)
    x[:, 0] = np.clip(x[:, 0] - 1, 1, 5)  # the strongest driver also performs worst
    items = [ItemSpec("Claim <handling>", "Claim <desk>", 1, 5), ItemSpec("Billing", "Payment", 1, 5),
             ItemSpec("Onboarding", "Onboarding", 1, 5), ItemSpec("App", "Service", 1, 5)]
    result = analyse(x, y, items=items, bootstrap=50, seed=1).to_dict()
    result["outcome"] = "overall satisfaction"
    return result


def test_ipa_chart_plots_every_item_at_its_importance_and_states_the_finding():
    result = _drivers_result()
    fig = ipa_chart(result, source="Test survey")
    xs = sorted(x for trace in fig.data for x in trace.x)
    assert np.allclose(xs, sorted(i["weight_pct"] for i in result["items"]))
    assert fig.layout.width == WIDTH and fig.layout.height == HEIGHT
    title = fig.layout.title.text.replace("<br>", " ")
    assert ipa_finding(result).replace("<", "&lt;").replace(">", "&gt;") in title
    assert "Claim &lt;desk&gt;" in title  # user text is escaped, not rendered as HTML
    footer = [a.text for a in fig.layout.annotations if "Source" in a.text][0]
    assert "Test survey" in footer and f"n = {result['n']:,}" in footer


def test_driver_bars_show_intervals_around_each_weight():
    result = _drivers_result()
    fig = driver_bars(result, source="Test survey")
    bar = fig.data[0]
    by_weight = sorted(result["items"], key=lambda i: i["weight_pct"])
    assert list(bar.x) == [i["weight_pct"] for i in by_weight]
    for i, item in enumerate(by_weight):
        assert bar.error_x.arrayminus[i] == item["weight_pct"] - item["ci_low"]
        assert bar.error_x.array[i] == item["ci_high"] - item["weight_pct"]


def test_pareto_chart_and_finding(tmp_path):
    counts = [50, 30, 10, 6, 4]
    total = sum(counts)
    cum = np.cumsum(counts) / total
    reasons = [{"reason": f"R{k}", "count": c, "share": c / total, "cum_share": float(cum[k])}
               for k, c in enumerate(counts)]
    fig = pareto_chart({"reasons": reasons}, source="Comments")
    assert list(fig.data[0].y) == counts
    assert list(fig.data[1].y) == [100 * r["cum_share"] for r in reasons]
    assert pareto_finding(reasons) == "2 of 5 reasons cover 80% of the comments"
    out = tmp_path / "pareto.html"
    pio.write_html(fig, out, include_plotlyjs=False)
    assert "R0" in out.read_text(encoding="utf-8")
    json.dumps(fig.to_plotly_json(), default=lambda v: v.tolist())
