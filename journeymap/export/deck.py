"""The deck itself: template, layouts, where things go on a slide, titles, footers, notes, fonts.

Slides are placed relative to the template's own slide size, so a corporate 4:3 template still
gets a sensible layout; without a template the built-in 16:9 one (resources/templates) is used.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

from journeymap import resource_path

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
BUILT_IN = "templates/journeymap-16x9.pptx"
CJK_FONTS = {"zh_CN": "Microsoft YaHei", "zh_TW": "Microsoft JhengHei", "en": "Microsoft YaHei"}
LANG_TAGS = {"en": "en-US", "zh_CN": "zh-CN", "zh_TW": "zh-TW"}
INK, GREY = RGBColor(0x20, 0x21, 0x24), RGBColor(0x5F, 0x63, 0x68)


class TemplateError(ValueError):
    """A --template that cannot be used; the message says why."""


def open_template(path: str | Path | None):
    """A Presentation from ``path`` (.pptx or .potx), its own slides removed; the built-in without a path."""
    source = Path(path) if path else resource_path(*BUILT_IN.split("/"))
    if not source.is_file():
        raise TemplateError(f"template {source} does not exist.")
    data = source.read_bytes()
    if source.suffix.lower() == ".potx":
        data = _potx_as_pptx(data)
    try:
        prs = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises several kinds for a file that is not a deck
        raise TemplateError(f"{source.name} is not a PowerPoint template ({exc}).") from None
    _drop_slides(prs)
    return prs


def _potx_as_pptx(data: bytes) -> bytes:
    """A template (.potx) differs from a deck only in its main part's content type."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"presentationml.template.main+xml", b"presentationml.presentation.main+xml")
            zout.writestr(item, body)
    return out.getvalue()


def _drop_slides(prs) -> None:
    ids = prs.slides._sldIdLst
    for sld in list(ids):
        prs.part.drop_rel(sld.rId)
        ids.remove(sld)


def layout(prs, kind: str):
    """The template's layout for ``kind``: 'title' (a centred title) or 'title_only'."""
    layouts = list(prs.slide_layouts)
    def types(lay):
        return [str(p.placeholder_format.type) for p in lay.placeholders]
    if kind == "title":
        found = [lay for lay in layouts if any("CENTER_TITLE" in t for t in types(lay))]
        return found[0] if found else layouts[0]
    named = [lay for lay in layouts if lay.name.lower() in ("title only", "nur titel", "仅标题", "僅標題")]
    if named:
        return named[0]
    titled = [lay for lay in layouts if any(t.endswith("TITLE (1)") or "TITLE" in t and "CENTER" not in t
                                            and "SUB" not in t for t in types(lay))]
    return min(titled or layouts, key=lambda lay: len(lay.placeholders))


@dataclass
class Box:
    left: int
    top: int
    width: int
    height: int

    def tuple(self):
        return Emu(self.left), Emu(self.top), Emu(self.width), Emu(self.height)


class Deck:
    """A presentation being built: slides in order, each with its title, footer and notes."""

    def __init__(self, prs, *, lang: str = "en"):
        self.prs, self.lang = prs, lang
        self.w, self.h = prs.slide_width, prs.slide_height

    @property
    def content(self) -> Box:
        """Below the title, above the footer, inside the side margins."""
        m = int(self.w * 0.045)
        return Box(m, int(self.h * 0.205), self.w - 2 * m, int(self.h * 0.70))

    def slide(self, title: str, *, kind: str = "title_only"):
        slide = self.prs.slides.add_slide(layout(self.prs, kind))
        if slide.shapes.title is not None:
            slide.shapes.title.text_frame.text = title
            slide.shapes.title.text_frame.word_wrap = True
            for p in slide.shapes.title.text_frame.paragraphs:
                for r in p.runs:
                    if kind != "title":
                        r.font.size = Pt(26 if len(title) < 80 else 22)
                        r.font.bold = True
                    self.cjk(r)
        else:   # a layout without a title: a text box where a title goes
            self.text(slide, title, Box(int(self.w * 0.045), int(self.h * 0.05), int(self.w * 0.91),
                                        int(self.h * 0.14)), size=26, bold=True)
        return slide

    def text(self, slide, text: str, box: Box, *, size: int = 14, bold: bool = False, colour=INK):
        shape = slide.shapes.add_textbox(*box.tuple())
        frame = shape.text_frame
        frame.word_wrap = True
        for k, line in enumerate(str(text).split("\n")):
            para = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
            run = para.add_run()
            run.text = line
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, colour
            self.cjk(run)
        return shape

    def footer(self, slide, text: str) -> None:
        m = int(self.w * 0.045)
        self.text(slide, text, Box(m, int(self.h * 0.925), self.w - 2 * m, int(self.h * 0.055)), size=11,
                  colour=GREY)

    def notes(self, slide, lines: list[str]) -> None:
        frame = slide.notes_slide.notes_text_frame
        frame.text = "\n".join(lines)
        for p in frame.paragraphs:
            for r in p.runs:
                self.cjk(r)

    def cjk(self, run) -> None:
        """Name the East Asian face on ``run`` so Chinese text is not drawn in a Latin font."""
        rpr = run._r.get_or_add_rPr()
        rpr.set("lang", LANG_TAGS.get(self.lang, "en-US"))
        if self.lang != "en":
            rpr.set("altLang", "en-US")
        set_ea(rpr, self.lang)


def set_ea(rpr, lang: str) -> None:
    """``<a:ea typeface=...>`` on a run's (or a chart's default) properties, in schema order."""
    for old in rpr.findall(f"{{{A}}}ea"):
        rpr.remove(old)
    ea = etree.SubElement(rpr, f"{{{A}}}ea")
    ea.set("typeface", CJK_FONTS.get(lang, CJK_FONTS["en"]))
    latin = rpr.find(f"{{{A}}}latin")
    if latin is not None:   # schema order: ln, fills, effects, highlight, uLnTx.., latin, ea, cs, sym
        latin.addnext(ea)
    else:
        later = [c for c in rpr if etree.QName(c).localname in ("cs", "sym", "hlinkClick", "hlinkMouseOver",
                                                                "rtl", "extLst")]
        if later:
            later[0].addprevious(ea)
