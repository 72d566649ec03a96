"""The slide theme every chart uses: 16:9, large type, colour-blind-safe colours,
the finding as the title, and the source, n and period in a footer.

A chart function builds its figure with plain data and calls ``apply(fig, ...)`` last;
nothing else in a chart sets fonts, colours or margins (docs/charts.md).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .labels import say

if TYPE_CHECKING:
    import plotly.graph_objects as go

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
GOOD, BAD, NEUTRAL, MUTED = "#009E73", "#D55E00", "#0072B2", "#9AA0A6"
FONTS = {  # the CJK face first for Chinese, so its punctuation and widths are the Chinese ones
    "en": "Noto Sans, Arial, Liberation Sans, Noto Sans CJK SC, sans-serif",
    "zh_CN": "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, Noto Sans, sans-serif",
    "zh_TW": "Noto Sans CJK TC, Microsoft JhengHei, PingFang TC, Noto Sans, sans-serif",
}
FONT = FONTS["en"]
WIDTH, HEIGHT = 1600, 900  # 16:9; exported at scale 1 this is a full-HD slide
BOTTOM = 140  # bottom margin: the x-axis title, then the footer
TITLE_CHARS = 72  # a finding wider than this (in Latin columns) wraps onto a second line


@dataclass(frozen=True)
class Footer:
    """What a slide's footer says: where the numbers come from, how many, and when."""
    source: str
    n: int | float | None = None
    note: str = ""
    period: str | None = None
    lang: str = "en"

    def text(self) -> str:
        from journeymap import i18n
        colon = ": " if self.lang == "en" else "\uff1a"      # Chinese writes a full-width colon
        parts = [f"{say('source', self.lang)}{colon}{self.source}"]
        if self.n is not None:
            parts.append(f"n = {i18n.format_number(round(self.n), digits=0, lang=self.lang)}")
        period = i18n.format_period(self.period, lang=self.lang) if self.period else say("all_periods", self.lang)
        parts.append(f"{say('period', self.lang)}{colon}{period}")
        if self.note:
            parts.append(self.note)
        return "  \u00b7  ".join(parts)


def apply(fig: go.Figure, *, title: str, footer: Footer, subtitle: str = "", dark: bool = False,
          lang: str | None = None, bottom: int = BOTTOM) -> go.Figure:
    """Give ``fig`` the slide look; returns it for chaining. ``title`` is plain text (escaped here).
    ``bottom``: the margin under the plot, tall enough for the x-axis labels and the footer under them."""
    lang = lang or footer.lang
    ink = "#E8EAED" if dark else "#202124"
    paper = "#202124" if dark else "#FFFFFF"
    grid = "#3C4043" if dark else "#E8EAED"
    heading = f"<b>{wrap(title, TITLE_CHARS)}</b>"
    if subtitle:
        heading += f"<br><span style='font-size:20px;color:{MUTED}'>{_escape(subtitle)}</span>"
    fig.update_layout(
        width=WIDTH, height=HEIGHT, template="none", colorway=PALETTE,
        paper_bgcolor=paper, plot_bgcolor=paper,
        font=dict(family=FONTS.get(lang, FONT), size=20, color=ink),
        title=dict(text=heading, x=0.03, xanchor="left", y=0.96, yanchor="top", font=dict(size=32)),
        margin=dict(l=110, r=60, t=(150 if subtitle else 120) + 40 * (len(wrap_lines(title, TITLE_CHARS)) - 1),
                    b=bottom),
        legend=dict(font=dict(size=18), orientation="h", y=1.0, yanchor="bottom", x=1, xanchor="right",
                    bgcolor="rgba(0,0,0,0)"),
        hoverlabel=dict(font=dict(family=FONTS.get(lang, FONT), size=16)),
    )
    fig.update_xaxes(gridcolor=grid, zerolinecolor=grid, linecolor=ink, title_font=dict(size=22),
                     tickfont=dict(size=18), automargin=True)
    fig.update_yaxes(gridcolor=grid, zerolinecolor=grid, linecolor=ink, title_font=dict(size=22),
                     tickfont=dict(size=18), automargin=True)
    # In pixels below the plot area, under the x-axis title, whatever the plot's height.
    fig.add_annotation(text=_escape(footer.text()), xref="paper", yref="paper", x=0, y=0,
                       xanchor="left", yanchor="top", showarrow=False,
                       font=dict(size=16, color=MUTED), yshift=-(bottom - 40), name="footer")
    fig.layout.meta = {"finding": title, "footer": footer.text()}
    return fig


def _escape(text: str) -> str:
    """Plotly renders a subset of HTML in text: what users typed must stay text."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def escape(text: str) -> str:
    return _escape(text)


_WIDE = re.compile(r"[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF"
                   r"\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]")
# One breakable piece: a run of spaces, one CJK character (a line may break after any of them),
# or a run of anything else (a Latin word, a number).
_TOKEN = re.compile(rf"\s+|{_WIDE.pattern}|[^\s{_WIDE.pattern[1:-1]}]+")
# Chinese punctuation that must not begin a line (kinsoku): it stays with what precedes it.
_NO_START = set("，。、；：！？）」』】》〉”’,.;:!?)%…")


def columns(text: str) -> int:
    """Display width in Latin columns: a CJK character is as wide as two Latin ones."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(text))


def wrap(text: str, width: int = 28) -> str:
    """Break a long label for an axis (plotly wraps nothing by itself), escaped for plotly.

    Latin text breaks at spaces; Chinese text, which has none, between characters, never
    before closing punctuation. ``width`` counts Latin columns (a CJK character counts 2).
    """
    return "<br>".join(_escape(line) for line in wrap_lines(text, width))


def wrap_lines(text: str, width: int = 28) -> list[str]:
    text = str(text)
    if columns(text) <= width:
        return [text]
    lines, line = [], ""
    for token in _TOKEN.findall(text):
        if token.isspace():
            line += " " if line else ""
            continue
        fits = columns(line.rstrip()) + columns(token) <= width
        if line.strip() and not fits and token[0] not in _NO_START:
            lines.append(line.rstrip())
            line = token
        else:
            line += token
    lines.append(line.rstrip())
    return [x for x in lines if x]


def short(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns with an ellipsis (for tick labels that must stay one line)."""
    text = str(text)
    if columns(text) <= width:
        return text
    out = ""
    for c in text:
        if columns(out + c) > width - 1:
            break
        out += c
    return out.rstrip() + "\u2026"
