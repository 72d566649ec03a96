"""Real PowerPoint tables: the ranked pain points (the stage heatmap's: export.heat_table)."""
from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from journeymap.charts.labels import say
from journeymap.charts.ranking import used_parts
from journeymap.charts.theme import short

from .deck import Box, Deck

TABLE_ROWS = 15     # rows on the ranked table slide; the workbook holds them all
HEAD = RGBColor(0x20, 0x21, 0x24)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
STRIPE = RGBColor(0xF1, 0xF3, 0xF4)


def _cell(deck: Deck, cell, text: str, *, size: int = 12, bold: bool = False, colour=None, fill=None,
          right: bool = False) -> None:
    frame = cell.text_frame
    frame.text = str(text) or " "    # an empty cell would keep the default 18 pt line height
    frame.word_wrap = True
    cell.margin_left = cell.margin_right = Emu(60000)
    cell.margin_top = cell.margin_bottom = Emu(0 if size < 11 else 20000)
    para = frame.paragraphs[0]
    if right:
        from pptx.enum.text import PP_ALIGN
        para.alignment = PP_ALIGN.RIGHT
    for r in para.runs:
        r.font.size, r.font.bold = Pt(size), bold
        if colour is not None:
            r.font.color.rgb = colour
        deck.cjk(r)
    if fill is not None:
        cell.fill.solid()
        cell.fill.fore_color.rgb = fill


def _table(slide, box: Box, rows: int, cols: int, widths: list[float]):
    shape = slide.shapes.add_table(rows, cols, *box.tuple())
    table = shape.table
    table.first_col = table.horz_banding = False   # our own fills, not the template's banding
    total = sum(widths)
    for k, w in enumerate(widths):
        table.columns[k].width = Emu(int(box.width * w / total))
    for r in range(rows):
        table.rows[r].height = Emu(int(box.height / rows))
    return table


def ranked_table(slide, deck: Deck, rank: dict):
    lang, rows = deck.lang, rank["pain_points"][:TABLE_ROWS]
    size = 11 if deck.content.width > Inches(11) else 9   # a 4:3 template's narrower table
    parts = used_parts(rank)
    head = [say("col.rank", lang), say("col.title", lang), say("col.stage", lang), say("col.score", lang)] + \
        [say(f"part.{p}", lang) for p in parts] + [say("col.stability", lang)]
    table = _table(slide, deck.content, len(rows) + 1, len(head), [0.7, 3.6, 2.3, 0.9] + [1.15] * len(parts) + [0.9])
    for c, text in enumerate(head):
        _cell(deck, table.cell(0, c), text, size=size - 1, bold=True, colour=WHITE, fill=HEAD)
    for r, row in enumerate(rows, start=1):
        fill = STRIPE if r % 2 == 0 else WHITE
        unscored = row.get("score") is None        # no data of its own yet: no score, no stability to claim
        values = [str(row["rank"]), short(row["title"], 70), short(row.get("stage") or "", 40),
                  "\u2013" if unscored else f"{row['score']:.3f}"]
        values += ["\u2013" if row["components"].get(p) is None else f"{row['components'][p]:.3f}" for p in parts]
        values.append("\u2013" if unscored or row.get("stability") is None else f"{row['stability']:.0%}")
        for c, text in enumerate(values):
            _cell(deck, table.cell(r, c), text, size=size, fill=fill, right=c == 0 or c >= 3)
    return table
