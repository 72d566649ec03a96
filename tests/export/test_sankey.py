"""The deck's journey flow: a label per stage, none on top of another (the stacked small stages at the
journey's end drew theirs over each other), all on the slide, at a readable size."""
from itertools import combinations

from journeymap.export.deck import Deck, open_template
from journeymap.export.sankey import draw_flow


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
