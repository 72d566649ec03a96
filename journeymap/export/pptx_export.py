"""The deck: ``write_pptx(bundle, path, ...)`` from the export bundle, the chosen charts' figures
(their findings and footers) and pictures (the map; the Sankey, which PowerPoint cannot draw)."""
from __future__ import annotations

from pathlib import Path

from .deck import Deck, open_template
from .slides import Context, build_deck


def write_pptx(ctx: Context, path: Path, *, template=None, tick=lambda name: None) -> list[str]:
    prs = open_template(template)
    deck = Deck(prs, lang=ctx.lang)
    made = build_deck(deck, ctx, tick=tick)
    prs.save(str(path))
    return made
