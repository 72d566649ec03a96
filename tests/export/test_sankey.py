"""The deck's journey flow: a label per stage, none on top of another (the stacked small stages at the
journey's end drew theirs over each other), all on the slide, at a readable size."""
import copy
from itertools import combinations

import pytest
from PIL import Image, ImageDraw
from pptx import Presentation
from pptx.enum.dml import MSO_FILL_TYPE
from textmeasure import _line_pt, _lines, _pt_width

from journeymap.export.deck import Deck, open_template
from journeymap.export.run import Request, export
from journeymap.export.sankey import draw_flow

NO_FLOW = ["報價清晰", "投保容易", "理賠速度", "报价清晰"]


def _labels(bundle):
    deck = Deck(open_template(None))
    slide = deck.slide("flow")
    before = len(slide.shapes)
    draw_flow(slide, deck, bundle["flow"], deck.content)
    boxes = [s for s in list(slide.shapes)[before:] if s.has_text_frame and s.text_frame.text]
    return deck, boxes


def test_every_stage_is_labelled_once_and_no_label_covers_another(sample_bundle):
    deck, boxes = _labels(sample_bundle)
    nodes = sample_bundle["flow"]["nodes"]
    texts = [b.text_frame.text for b in boxes]
    assert len(texts) == len(nodes)
    for node in nodes:
        assert sum(t.startswith(node["name"][:20]) for t in texts) >= 1, node["name"]
    rects = [(b.left, b.top, b.left + b.width, b.top + b.height) for b in boxes]
    for (ta, a), (tb, b) in combinations(zip(texts, rects), 2):
        dx, dy = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
        assert dx <= 12700 or dy <= 12700, (ta, tb)        # touching (under 1 pt) is not covering
    for b in boxes:
        assert 0 <= b.left and b.left + b.width <= deck.w and 0 <= b.top and b.top + b.height <= deck.h
        sizes = {r.font.size.pt for p in b.text_frame.paragraphs for r in p.runs}
        assert sizes and min(sizes) >= 7


def _flowless(bundle):
    """The sample with four stages an import made: in the flow, no customer reaches them."""
    out = copy.deepcopy(bundle)
    for name in NO_FLOW:
        out["flow"]["nodes"].append({"id": f"st-{name}", "name": name, "volume": 0.0, "dropout": False})
    return out


def _polygon(shape):
    """A freeform's outline in slide points."""
    path = shape._element.xpath(".//a:custGeom//a:path")[0]
    w, h = int(path.get("w")), int(path.get("h"))
    pts = [(int(p.get("x")), int(p.get("y"))) for p in path.xpath(".//a:pt")]
    return [((shape.left + x * shape.width / w) / 12700, (shape.top + y * shape.height / h) / 12700) for x, y in pts]


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_labels_keep_off_bars_and_ribbons_and_stages_without_flow_are_not_drawn(sample_bundle, tmp_path, lang):
    bundle = _flowless(sample_bundle)
    export(bundle, Request(tmp_path, formats=("pptx",), charts=["flow"], lang=lang))
    prs = Presentation(str(next(tmp_path.glob("*.pptx"))))
    slide = next(s for s in prs.slides if any(sh.shape_type == 5 for sh in s.shapes))
    texts = [s for s in slide.shapes if s.shape_type == 17 and s.text_frame.text]
    labels = [s for s in texts if s.top < prs.slide_height * 0.9]            # not the footer
    bars = [s for s in slide.shapes if s.shape_type == 1 and not s.text_frame.text]
    assert len(bars) == len(labels) == len(sample_bundle["flow"]["nodes"])   # no bar, no label: no flow
    assert not any(name in s.text_frame.text for s in labels for name in NO_FLOW)
    assert all(name in slide.notes_slide.notes_text_frame.text for name in NO_FLOW)
    scale = 2                                                                 # half-point pixels
    mask = Image.new("L", (int(prs.slide_width / 12700 * scale), int(prs.slide_height / 12700 * scale)))
    draw = ImageDraw.Draw(mask)
    for s in slide.shapes:
        if s.shape_type == 5:
            draw.polygon([(x * scale, y * scale) for x, y in _polygon(s)], fill=255)
    for b in bars:
        draw.rectangle([b.left / 12700 * scale, b.top / 12700 * scale, (b.left + b.width) / 12700 * scale,
                        (b.top + b.height) / 12700 * scale], fill=255)
    backed = []
    for s in labels:
        run = s.text_frame.paragraphs[0].runs[0]
        pt, room = run.font.size.pt, s.width / 12700
        lines = _lines(s.text_frame.text, room, pt, False)
        assert sum(_line_pt(x, pt) for x in lines) <= s.height / 12700 + 1, (s.text_frame.text, lines)
        assert all(_pt_width(x, pt, False) <= room for x in lines)            # drawn inside its box
        box = [int(v / 12700 * scale) for v in (s.left, s.top, s.left + s.width, s.top + s.height)]
        covered = sum(mask.crop(box).histogram()[128:])
        if covered > 0.02 * (box[2] - box[0]) * (box[3] - box[1]):    # only where nothing was clear: backed
            backed.append(s.text_frame.text)
            assert s.fill.type == MSO_FILL_TYPE.SOLID and str(s.fill.fore_color.rgb) == "FFFFFF"
    assert len(backed) <= len(labels) // 10, backed          # the exception, not the way out
