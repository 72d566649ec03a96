"""The deck's IPA and drivers slides state the same finding as the Drivers view: on random answers
(QA's survey_big5) no item is named."""
from __future__ import annotations

import copy

from pptx import Presentation

from journeymap.export.run import Request, export


def _noise(drivers: dict) -> dict:
    """The sample's drivers result with QA's numbers: R² = 0.02, intervals from 2 % to 92 %."""
    out = copy.deepcopy(drivers)
    out.update(r2=0.02, n=300, outcome="整體滿意")
    rows = [("投保容易", 47.8, 2.2, 91.9, 48.2, "concentrate"), ("理賠速度", 38.3, 0.7, 94.1, 49.7, "keep_up"),
            ("報價清晰", 13.9, 0.2, 70.9, 47.7, "low_priority")]
    out["items"] = [dict(out["items"][k], item=name, stage=name, weight_pct=w, ci_low=lo, ci_high=hi,
                         performance=perf, quadrant=q, quadrant_certain=False, n=300)
                    for k, (name, w, lo, hi, perf, q) in enumerate(rows)]
    return out


def test_drivers_slides_name_no_item_on_random_answers(sample_bundle, tmp_path):
    bundle = dict(sample_bundle, drivers=_noise(sample_bundle["drivers"]))
    export(bundle, Request(tmp_path, formats=("pptx",), charts=["ipa", "drivers"]))
    prs = Presentation(str(next(tmp_path.glob("*.pptx"))))
    titles = [s.shapes.title.text_frame.text for s in prs.slides if s.shapes.title is not None]
    found = [t for t in titles if t.startswith("No item stands out")]
    assert len(found) == 2, titles
    assert all("2%" in t and "整體滿意" in t and "n = 300" in t for t in found)
    assert not any("Concentrate on" in t for t in titles)


def test_ipa_slide_performance_axis_spans_thirty_points_on_random_answers(sample_bundle, tmp_path):
    bundle = dict(sample_bundle, drivers=_noise(sample_bundle["drivers"]))
    export(bundle, Request(tmp_path, formats=("pptx",), charts=["ipa"]))
    prs = Presentation(str(next(tmp_path.glob("*.pptx"))))
    chart = next(sh.chart for s in prs.slides for sh in s.shapes if sh.has_chart)
    low, high = chart.value_axis.minimum_scale, chart.value_axis.maximum_scale
    assert high - low >= 30 and 0 <= low < 47.7 and 49.7 < high <= 100, (low, high)
