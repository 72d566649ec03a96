"""The deck timeline's speaker notes count its bars in good English: "1 initiative", "2 initiatives"
(QA saw "n: 1 initiatives"); Chinese has no plural and says the same either way."""
from __future__ import annotations

import copy

from pptx import Presentation

from journeymap.export.run import Request, export, stem


def _timeline_notes(bundle, out, keep: int, lang: str = "en") -> str:
    b = copy.deepcopy(bundle)
    dated = [r for r in b["roadmap"]["initiatives"] if r["due"]]
    for r in dated[keep:]:
        r["due"] = None                                   # an undated initiative is not on the timeline
    export(b, Request(out, formats=("pptx",), charts=["timeline"], lang=lang))
    prs = Presentation(str(out / f"{stem(b)}.pptx"))
    (slide,) = [s for s in prs.slides if any(sh.has_chart and sh.chart.plots[0].categories
                                             and len(sh.chart.plots[0].series) == 2 for sh in s.shapes)]
    return slide.notes_slide.notes_text_frame.text


def test_one_bar_is_one_initiative(sample_bundle, tmp_path):
    notes = _timeline_notes(sample_bundle, tmp_path / "one", 1)
    assert "n: 1 initiative" in notes.splitlines(), notes


def test_two_bars_are_initiatives(sample_bundle, tmp_path):
    assert "n: 2 initiatives" in _timeline_notes(sample_bundle, tmp_path / "two", 2).splitlines()


def test_chinese_says_the_count_alike(sample_bundle, tmp_path):
    one = _timeline_notes(sample_bundle, tmp_path / "cn1", 1, "zh_CN").splitlines()
    two = _timeline_notes(sample_bundle, tmp_path / "cn2", 2, "zh_CN").splitlines()
    assert "n\uff1a1 \u9879\u6539\u8fdb\u4e3e\u63aa" in one and "n\uff1a2 \u9879\u6539\u8fdb\u4e3e\u63aa" in two
    tw = _timeline_notes(sample_bundle, tmp_path / "tw1", 1, "zh_TW").splitlines()
    assert "n\uff1a1 \u9805\u6539\u9032\u8209\u63aa" in tw


def test_no_slide_of_a_one_initiative_roadmap_says_initiatives(sample_bundle, tmp_path):
    """The status table's and the impact-effort chart's notes counted alike ("n: 1 initiatives")."""
    b = copy.deepcopy(sample_bundle)
    b["roadmap"]["initiatives"] = b["roadmap"]["initiatives"][:1]
    out = tmp_path / "one"
    export(b, Request(out, formats=("pptx",), charts=["impact_effort", "timeline"]))
    prs = Presentation(str(out / f"{stem(b)}.pptx"))
    notes = [line for s in prs.slides if s.has_notes_slide for line in s.notes_slide.notes_text_frame.text.splitlines()]
    assert not [line for line in notes if "1 initiatives" in line], notes
    assert sum("n: 1 initiative" == line for line in notes) >= 2
