"""The impact-effort slide read back: bubbles see-through (they lie on each other at low effort), labels
cut only between words (never "w…"), and every initiative without a label named in the notes."""
import pytest
from pptx import Presentation

from journeymap.export.run import Request, export

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_bubbles_see_through_labels_whole_words_and_the_rest_in_the_notes(sample_bundle, tmp_path, lang):
    export(sample_bundle, Request(tmp_path, formats=("pptx",), charts=["impact_effort"], lang=lang))
    prs = Presentation(str(next(tmp_path.glob("*.pptx"))))
    slide = next(s for s in prs.slides if any(sh.has_chart for sh in s.shapes))
    chart = next(sh.chart for sh in slide.shapes if sh.has_chart)
    rows = [r for r in sample_bundle["roadmap"]["initiatives"] if r["effort"] and r["rice_parts"]["impact"]]
    points = list(chart.plots[0].series[0].points)
    assert len(points) == len(rows)
    notes = slide.notes_slide.notes_text_frame.text
    labelled = 0
    for point, row in zip(points, rows):
        alpha = point.format.fill._xPr.find(f".//{A}srgbClr/{A}alpha")
        assert alpha is not None and int(alpha.get("val")) <= 75000        # see-through
        text = point.data_label.text_frame.text if point.data_label.has_text_frame else ""
        text = text.removeprefix("\u2605 ")
        if not text:
            assert row["title"] in notes, row["title"]                       # no label: named in the notes
            continue
        labelled += 1
        if text.endswith("\u2026"):
            kept = text[:-1].rstrip()
            assert row["title"].startswith(kept) and row["title"][len(kept)] == " ", text   # cut between words
            assert len(kept.split()[-1]) >= 3 or len(kept.split()) == 1, text
        else:
            assert text == row["title"]
    assert labelled >= len(rows) // 2
    from journeymap.analysis.roadmap import quick_win
    shown = " ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    wins = [r["title"] for r in rows if r["id"] in quick_win(sample_bundle["roadmap"]["initiatives"])]
    assert wins and all(title in shown for title in wins)                    # the slide's point, in full
