"""The heatmap slide's table, read back from the written deck: inside the content area above the footer,
headers broken only between words, every row tall enough for its text, every stage and metric shown.

Text is measured with PIL and the fonts LibreOffice draws the deck in here (DejaVu Sans for Latin text,
Noto Sans CJK for Chinese), not with the exporter's own width table."""
import copy

import pytest
from pptx import Presentation
from textmeasure import _line_pt, _lines, _pt_width, _words

from journeymap.charts import catalogue
from journeymap.export.run import Request, export

EMPTY = ["報價清晰", "投保容易", "理賠速度"]     # stages an import made, nothing measured at them yet


def _deck(bundle, out, lang):
    export(bundle, Request(out, formats=("pptx",), charts=["heatmap"], lang=lang))
    return Presentation(str(next(out.glob("*.pptx"))))


def _heat_slides(prs, bundle, lang):
    finding = catalogue.by_name("heatmap").draw(bundle, lang).layout.meta["finding"]
    slides = [s for s in prs.slides if s.shapes.title and s.shapes.title.text_frame.text.startswith(finding)]
    assert slides
    return slides


def _with_empty_stages(bundle):
    out = copy.deepcopy(bundle)
    first = out["stage_metrics"][0]
    for name in EMPTY:
        out["stage_metrics"].append(dict(first, stage=name, stage_id=f"st-{name}", value=None, n=0, flags=["no data"]))
    return out


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_heatmap_table_fits_above_the_footer_and_breaks_headers_between_words(sample_bundle, tmp_path, lang):
    bundle = _with_empty_stages(sample_bundle)
    prs = _deck(bundle, tmp_path, lang)
    content_top, footer_top = int(prs.slide_height * 0.2), int(prs.slide_height * 0.925)
    shown_stages, shown_heads = [], []
    for slide in _heat_slides(prs, bundle, lang):
        (shape,) = [s for s in slide.shapes if s.has_table]
        table = shape.table
        assert shape.left >= 0 and shape.left + sum(c.width for c in table.columns) <= prs.slide_width
        assert shape.top >= content_top
        assert shape.top + sum(r.height for r in table.rows) <= footer_top      # the footer stays visible
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                runs = [run for p in cell.text_frame.paragraphs for run in p.runs]
                pt = runs[0].font.size.pt
                assert pt >= 9
                room = (table.columns[c].width - cell.margin_left - cell.margin_right) / 12700
                text = cell.text_frame.text
                for word in _words(text):                 # a header breaks between words, never inside one
                    assert _pt_width(word, pt, bold=r == 0) <= room, (word, pt, room)
                lines = _lines(text, room, pt, r == 0)
                need = sum(_line_pt(s, pt) for s in lines) + (cell.margin_top + cell.margin_bottom) / 12700
                assert need <= row.height / 12700 + 0.5, (text, lines, need, row.height / 12700)
        shown_stages += [table.cell(r, 0).text_frame.text for r in range(1, len(table.rows))]
        shown_heads += [table.cell(0, c).text_frame.text for c in range(1, len(table.columns))]
    stages = list(dict.fromkeys(r["stage"] for r in sample_bundle["stage_metrics"]))
    assert len(stages) == 21 and set(stages) <= set(shown_stages)
    assert not set(EMPTY) & set(shown_stages)               # nothing to show: named in the notes instead
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in _heat_slides(prs, bundle, lang))
    assert all(name in notes for name in EMPTY)
    metrics = dict.fromkeys(r["metric"] for r in sample_bundle["stage_metrics"])
    assert len(shown_heads) == len(metrics)
    assert "Wait time (s)" in shown_heads or lang != "en"
