"""Builds resources/templates/journeymap-16x9.pptx, the deck template used without --template.

python-pptx's default template is 4:3 (10 x 7.5 in); a 16:9 deck made from it keeps every
placeholder where a 4:3 slide has it. This widens the master and every layout to 13.333 x 7.5 in,
placing each placeholder for 16:9, and names theme fonts with East Asian faces. Run it again
after changing it: `python resources/templates/build_template.py`.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.util import Emu, Inches, Pt

OUT = Path(__file__).with_name("journeymap-16x9.pptx")
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WIDE, HIGH = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)
# Where each kind of placeholder goes on a 16:9 slide (left, top, width, height).
TITLE_BOX = (MARGIN, Inches(0.35), WIDE - 2 * MARGIN, Inches(1.1))
BODY_BOX = (MARGIN, Inches(1.6), WIDE - 2 * MARGIN, Inches(5.0))
FOOT_Y, FOOT_H = Inches(6.95), Inches(0.4)


def _place(shape, box) -> None:
    shape.left, shape.top, shape.width, shape.height = (Emu(int(v)) for v in box)


def _widen(shapes, *, title_slide: bool = False) -> None:
    for shape in shapes:
        if not shape.is_placeholder:
            continue
        kind = shape.placeholder_format.type
        name = str(kind)
        if title_slide and "CENTER_TITLE" in name:
            _place(shape, (Inches(1.0), Inches(2.2), WIDE - Inches(2.0), Inches(1.6)))
        elif title_slide and "SUBTITLE" in name:
            _place(shape, (Inches(1.0), Inches(4.0), WIDE - Inches(2.0), Inches(1.2)))
        elif "TITLE" in name:
            _place(shape, TITLE_BOX)
        elif "DATE" in name:
            _place(shape, (MARGIN, FOOT_Y, Inches(2.5), FOOT_H))
        elif "FOOTER" in name:
            _place(shape, (Inches(3.4), FOOT_Y, WIDE - Inches(6.8), FOOT_H))
        elif "SLIDE_NUMBER" in name:
            _place(shape, (WIDE - MARGIN - Inches(1.5), FOOT_Y, Inches(1.5), FOOT_H))
        elif shape._element.spPr.find(f"{{{A}}}xfrm") is not None:
            # bodies, content, pictures with their own position: scaled across (columns stay columns);
            # those without one inherit the (widened) master's
            scale = WIDE / Inches(10)
            shape.left, shape.width = Emu(int(shape.left * scale)), Emu(int(shape.width * scale))


def _fonts(prs) -> None:
    """Theme fonts: Calibri for Latin, Microsoft YaHei for East Asian text (PowerPoint substitutes
    PingFang on a Mac; LibreOffice finds Noto Sans CJK through fontconfig)."""
    master = prs.slide_master
    theme_part = next(r.target_part for r in master.part.rels.values() if r.reltype.endswith("/theme"))
    root = etree.fromstring(theme_part.blob)
    for font in root.iter(f"{{{A}}}majorFont", f"{{{A}}}minorFont"):
        font.find(f"{{{A}}}ea").set("typeface", "Microsoft YaHei")
        for script in font.findall(f"{{{A}}}font"):
            if script.get("script") in ("Hans",):
                script.set("typeface", "Microsoft YaHei")
            if script.get("script") in ("Hant",):
                script.set("typeface", "Microsoft JhengHei")
    theme_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build() -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDE, HIGH
    _widen(prs.slide_master.placeholders)
    for k, layout in enumerate(prs.slide_layouts):
        _widen(layout.placeholders, title_slide=(k == 0))
    title = prs.slide_master.placeholders[0]
    title.text_frame.paragraphs[0].font.size = Pt(32)
    _fonts(prs)
    prs.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
