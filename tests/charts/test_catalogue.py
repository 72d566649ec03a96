"""Every chart of the catalogue, drawn from the sample's export bundle: data, finding, footer, theme."""
import json

import numpy as np
import pytest

from journeymap.charts import catalogue
from journeymap.charts.drivers import certain, cut_lines
from journeymap.charts.heatmap import distance
from journeymap.charts.labels import say
from journeymap.charts.theme import HEIGHT, WIDTH, columns, wrap, wrap_lines

from projects import FORMULA, SCRIPT


def _footer(fig):
    return [a.text for a in fig.layout.annotations if a.name == "footer"][0]


@pytest.mark.parametrize("name", catalogue.NAMES)
def test_each_chart_is_a_slide_with_its_finding_and_footer(sample_bundle, name):
    charts, skipped = catalogue.available(sample_bundle, [name])
    assert not skipped, skipped
    fig = charts[0].draw(sample_bundle, "en")
    assert (fig.layout.width, fig.layout.height) == (WIDTH, HEIGHT)
    assert fig.layout.meta["finding"] and fig.layout.meta["finding"][0].isupper() or fig.layout.meta["finding"][0] in "\u201c0123456789"
    footer = _footer(fig)
    assert "Source:" in footer and "Period: all periods" in footer
    json.dumps(fig.to_plotly_json(), default=lambda v: v.tolist())


def test_ranked_bars_are_the_weighted_parts_of_the_ranked_rows(sample_bundle):
    rank = sample_bundle["rank"]
    fig = catalogue.by_name("ranked").draw(sample_bundle, "en")
    bars = [t for t in fig.data if t.type == "bar"]
    top = rank["pain_points"][:10][::-1]
    for bar in bars:
        part = next(p for p in rank["weights"] if say(f"part.{p}") == bar.name)
        assert list(bar.x) == pytest.approx([r["components"].get(part) or 0 for r in top])
    totals = np.sum([list(b.x) for b in bars], axis=0)
    assert totals == pytest.approx([r["score"] for r in top])   # the parts add up to the score
    assert rank["pain_points"][0]["title"] in fig.layout.meta["finding"]


def test_pareto_has_bars_cumulative_line_and_80_percent_line(sample_bundle):
    reasons = sample_bundle["pareto"]["reasons"]
    fig = catalogue.by_name("pareto").draw(sample_bundle, "en")
    assert list(fig.data[0].y) == [r["count"] for r in reasons]
    assert list(fig.data[1].y) == pytest.approx([100 * r["cum_share"] for r in reasons])
    assert fig.data[1].yaxis == "y2"
    assert any(s.y0 == 80 and s.y1 == 80 and s.yref == "y2" for s in fig.layout.shapes)
    k = next(i for i, r in enumerate(reasons, 1) if r["cum_share"] >= 0.8)
    assert fig.layout.meta["finding"].startswith(f"{k} of {len(reasons)} reasons")


def test_ipa_marks_concentrate_quadrant_and_draws_uncertain_items_open(sample_bundle):
    drivers = sample_bundle["drivers"]
    fig = catalogue.by_name("ipa").draw(sample_bundle, "en")
    mx, my = cut_lines(drivers["items"])
    assert any(s.type == "line" and s.x0 == pytest.approx(mx) for s in fig.layout.shapes)
    rect = [s for s in fig.layout.shapes if s.type == "rect"][0]
    assert rect.x0 == pytest.approx(mx) and rect.y1 == pytest.approx(my)
    symbols = {}
    for trace in fig.data:
        if trace.x and trace.x[0] is not None:
            for x, sym in zip(trace.x, trace.marker.symbol):
                symbols[round(x, 9)] = sym
    assert sorted(symbols) == pytest.approx(sorted(round(i["weight_pct"], 9) for i in drivers["items"]))
    for item in drivers["items"]:
        expect = "circle" if certain(item, mx) else "circle-open"
        assert symbols[round(item["weight_pct"], 9)] == expect
    assert any(not certain(i, mx) for i in drivers["items"])   # the sample has some: the legend names them
    assert say("ipa.uncertain") in [t.name for t in fig.data]


def test_heatmap_colours_only_cells_with_a_target(sample_bundle):
    rows = sample_bundle["stage_metrics"]
    fig = catalogue.by_name("heatmap").draw(sample_bundle, "en")
    coloured = fig.data[1]
    flat = [v for row in coloured.z for v in row]
    with_target = [r for r in rows if distance(r) is not None]
    assert sum(v is not None for v in flat) == len(with_target) > 0
    missed = sum(distance(r) < 0 for r in with_target)
    assert fig.layout.meta["finding"].startswith(f"{missed} of {len(with_target)}")


def test_curve_flow_trend_voices_follow_their_data(sample_bundle):
    b = sample_bundle
    curve = catalogue.by_name("curve").draw(b, "en")
    assert list(curve.data[0].y) == [c["score"] for c in b["curve"]]
    assert list(curve.data[1].y) == [c["emotion"] for c in b["curve"]]
    flow = catalogue.by_name("flow").draw(b, "en")
    dropouts = [n for n in b["flow"]["nodes"] if n["dropout"]]
    assert dropouts and flow.data[0].node.color[b["flow"]["nodes"].index(dropouts[0])] == "#D55E00"
    assert f"{sum(n['volume'] for n in dropouts):.0%}" in flow.layout.meta["finding"]
    trend = catalogue.by_name("trend").draw(b, "en")
    assert [t.name for t in trend.data] == [s["stage"] for s in b["trend"]["series"]]
    voices = catalogue.by_name("voices").draw(b, "en")
    assert {t.name for t in voices.data} == {"Customers", "Employees"}


def test_flow_volumes_follow_the_shares(sample_bundle):
    flow = sample_bundle["flow"]
    for link in flow["links"]:
        src = flow["nodes"][link["source"]]
        assert link["value"] == pytest.approx(src["volume"] * link["share"])


def test_wrap_breaks_chinese_without_spaces_and_keeps_punctuation_attached():
    text = "理赔评估需要数周时间，客户多次来电询问进度，体验很差"
    lines = wrap_lines(text, 20)
    assert len(lines) > 1 and "".join(lines) == text
    assert all(columns(line) <= 22 for line in lines)        # 20 columns, plus a held-back comma
    assert not any(line[0] in "，。" for line in lines)
    assert wrap("Claims <b>hand-offs</b> cost us", 12).count("<br>") >= 1
    assert "<b>" not in wrap("Claims <b>hand-offs</b> cost us", 12)


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_chinese_labels_and_cjk_font(sample_bundle, lang):
    fig = catalogue.by_name("pareto").draw(sample_bundle, lang)
    assert fig.layout.font.family.startswith("Noto Sans CJK")
    assert fig.data[0].name == say("pareto.comments", lang) != say("pareto.comments", "en")
    assert "来源" in _footer(fig) or "來源" in _footer(fig)


def test_user_text_is_escaped_in_every_chart(hostile_bundle):
    charts, _ = catalogue.available(hostile_bundle)
    for chart in charts:
        fig = chart.draw(hostile_bundle, "en").to_plotly_json()
        fig["layout"].pop("meta")                       # plain text for the deck; plotly never renders it
        text = json.dumps(fig, default=lambda v: v.tolist())
        assert SCRIPT not in text, chart.name           # plotly renders HTML tags: user text must be escaped
    ranked = json.dumps(catalogue.by_name("ranked").draw(hostile_bundle, "en").to_plotly_json())
    assert FORMULA.replace('"', '\\"') in ranked        # a title in a chart is text, shown as typed
