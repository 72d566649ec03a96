"""The journey map's slides, from the sample's map as the canvas draws it: each piece fills the content
area at its full height (fitted whole or in two rows on one slide, its text came out at 2-3 pt), the
pieces hold every column of the map once, cuts fall where little is drawn (between phases, not through
a stage card), and each piece after the first repeats the lane titles."""
import io

import pytest
from PIL import Image, ImageChops
from pptx import Presentation

from journeymap.export.run import Request, export


@pytest.fixture(scope="module")
def map_picture(qapp, sample_path):
    from journeymap.storage.read import open_project
    from journeymap.ui.canvas.export import map_png
    from journeymap.ui.canvas.scene import JourneyScene
    from journeymap.ui.session import Session
    project = open_project(sample_path)
    scene = JourneyScene(Session(project), project.default_journey().id)
    try:
        return map_png(scene)
    finally:
        scene.clear()


def _same(a, b):
    return ImageChops.difference(a, b).getbbox() is None


def test_map_pieces_fill_the_content_area_and_are_cut_where_little_is_drawn(map_picture, sample_bundle, tmp_path):
    export(sample_bundle, Request(tmp_path, formats=("pptx",), charts=["ranked"]), map_png=map_picture)
    prs = Presentation(str(next(tmp_path.glob("*.pptx"))))
    slides = [s for s in prs.slides if s.shapes.title and s.shapes.title.text_frame.text.startswith("The journey:")]
    cw, ch = prs.slide_width * 0.91, prs.slide_height * 0.70
    original = Image.open(io.BytesIO(map_picture)).convert("RGB")
    w, h = original.size
    assert w / h > 3                                        # the sample's map is wide: it needs cutting
    pieces = []
    for slide in slides:
        (pic,) = [s for s in slide.shapes if s.shape_type == 13]
        assert pic.width <= cw + 2 and pic.height <= ch + 2
        assert pic.width >= 0.95 * cw or pic.height >= 0.95 * ch          # uses the whole content area
        piece = Image.open(io.BytesIO(pic.image.blob)).convert("RGB")
        assert piece.height == h and pic.height / h >= 0.8 * ch / h     # the map's full height at least
        pieces.append(piece)                                            # 80% of the area's: readable
    assert len(pieces) >= 2 and all(s.shapes.title.text_frame.text.endswith(f"of {len(pieces)})") for s in slides)
    strip = 0                                                # the lane titles each later piece repeats
    while strip < 400 and all(_same(p.crop((0, 0, strip + 1, h)), original.crop((0, 0, strip + 1, h)))
                              for p in pieces):
        strip += 1
    assert strip >= 40
    grey = original.convert("L")
    ink = sorted(sum(grey.getpixel((x, y)) < 240 for y in range(0, h, 2)) for x in range(0, w, 4))
    x = pieces[0].width
    for piece in pieces[1:]:
        assert _same(piece.crop((strip, 0, piece.width, h)), original.crop((x, 0, x + piece.width - strip, h)))
        at_cut = sum(grey.getpixel((x, y)) < 240 for y in range(0, h, 2))
        assert at_cut <= ink[len(ink) // 3], (x, at_cut)           # little drawn there: no card cut through
        x += piece.width - strip
    assert x == w                                            # every column of the map, once
