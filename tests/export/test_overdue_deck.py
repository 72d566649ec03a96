"""The deck counts overdue initiatives once: the timeline's title and the status table's title give the
same k of n (QA: '1 of 10 initiatives are overdue' beside '1 overdue of 11'), in English that agrees in
number, and the timeline's axis note names the colour its overdue bars are drawn in."""
from __future__ import annotations

import copy
import re

from pptx import Presentation

from journeymap.export.run import Request, export, stem


def _deck(bundle, out):
    export(bundle, Request(out, formats=("pptx",), charts=["timeline"]))
    prs = Presentation(str(out / f"{stem(bundle)}.pptx"))
    return {s.shapes.title.text_frame.text: s for s in prs.slides if s.shapes.title}


def _with_overdue(bundle, ids):
    b = copy.deepcopy(bundle)
    for r in b["roadmap"]["initiatives"]:
        r["overdue"] = r["id"] in ids
    return b


def test_timeline_and_table_count_the_same_initiatives(sample_bundle, tmp_path):
    rows = sample_bundle["roadmap"]["initiatives"]
    assert any(not r["due"] for r in rows)                  # one without a due date: not on the timeline
    slides = _deck(_with_overdue(sample_bundle, {"in-sms-fallback"}), tmp_path)
    titles = list(slides)
    assert f"1 of {len(rows)} initiatives is overdue" in titles, titles
    assert f"Initiatives: 1 overdue of {len(rows)}" in titles, titles


def test_plural_when_several_are_overdue(sample_bundle, tmp_path):
    slides = _deck(_with_overdue(sample_bundle, {"in-sms-fallback", "in-phone-callback"}), tmp_path)
    rows = sample_bundle["roadmap"]["initiatives"]
    assert f"2 of {len(rows)} initiatives are overdue" in slides, list(slides)


def test_the_axis_note_names_the_overdue_bars_colour(sample_bundle, tmp_path):
    slides = _deck(_with_overdue(sample_bundle, {"in-sms-fallback"}), tmp_path)
    gantt = next(s for t, s in slides.items() if "is overdue" in t)
    (chart,) = [sh.chart for sh in gantt.shapes if sh.has_chart]
    note = chart.value_axis.axis_title.text_frame.text
    assert re.search(r"\bred = overdue", note), note
    categories = list(chart.plots[0].categories)
    span = chart.plots[0].series[1]
    late = next(k for k, c in enumerate(categories) if "voice-call fallback" in c)
    assert str(span.points[late].format.fill.fore_color.rgb) == "C5221F"     # red, as the status table's rows
