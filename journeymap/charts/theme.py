"""The slide theme every chart uses: 16:9, large type, colour-blind-safe colours,
the finding as the title, and the source with its n in a footer.

A chart function builds its figure with plain data and calls ``apply(fig, ...)`` last;
nothing else in a chart sets fonts, colours or margins (docs/charts.md).
"""
from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
GOOD, BAD, NEUTRAL, MUTED = "#009E73", "#D55E00", "#0072B2", "#9AA0A6"
FONT = "Noto Sans, Noto Sans CJK SC, Noto Sans CJK TC, Arial, sans-serif"
WIDTH, HEIGHT = 1600, 900  # 16:9; exported at scale 1 this is a full-HD slide
BOTTOM = 140  # bottom margin: the x-axis title, then the footer
TITLE_CHARS = 72  # a finding longer than this wraps onto a second line


@dataclass(frozen=True)
class Footer:
    """What a slide's footer says: where the numbers come from and how many there are."""
    source: str
    n: int | float | None = None
    note: str = ""

    def text(self) -> str:
        parts = [f"Source: {self.source}"]
        if self.n is not None:
            parts.append(f"n = {int(round(self.n)):,}")
        if self.note:
            parts.append(self.note)
        return "  ·  ".join(parts)


def apply(fig, *, title: str, footer: Footer, subtitle: str = "", dark: bool = False):
    """Give ``fig`` the slide look; returns it for chaining."""
    ink = "#E8EAED" if dark else "#202124"
    paper = "#202124" if dark else "#FFFFFF"
    grid = "#3C4043" if dark else "#E8EAED"
    heading = f"<b>{wrap(title, TITLE_CHARS)}</b>"
    if subtitle:
        heading += f"<br><span style='font-size:20px;color:{MUTED}'>{_escape(subtitle)}</span>"
    fig.update_layout(
        width=WIDTH, height=HEIGHT, template="none", colorway=PALETTE,
        paper_bgcolor=paper, plot_bgcolor=paper,
        font=dict(family=FONT, size=20, color=ink),
        title=dict(text=heading, x=0.03, xanchor="left", y=0.96, yanchor="top", font=dict(size=32)),
        margin=dict(l=110, r=60, t=(150 if subtitle else 120) + (40 if len(title) > TITLE_CHARS else 0),
                    b=BOTTOM),
        legend=dict(font=dict(size=18), orientation="h", y=1.0, yanchor="bottom", x=1, xanchor="right",
                    bgcolor="rgba(0,0,0,0)"),
        hoverlabel=dict(font=dict(family=FONT, size=16)),
    )
    fig.update_xaxes(gridcolor=grid, zerolinecolor=grid, linecolor=ink, title_font=dict(size=22),
                     tickfont=dict(size=18), automargin=True)
    fig.update_yaxes(gridcolor=grid, zerolinecolor=grid, linecolor=ink, title_font=dict(size=22),
                     tickfont=dict(size=18), automargin=True)
    # In pixels below the plot area, under the x-axis title, whatever the plot's height.
    fig.add_annotation(text=_escape(footer.text()), xref="paper", yref="paper", x=0, y=0,
                       xanchor="left", yanchor="top", showarrow=False,
                       font=dict(size=16, color=MUTED), yshift=-(BOTTOM - 40))
    return fig


def _escape(text: str) -> str:
    """Plotly renders a subset of HTML in text: what users typed must stay text."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def escape(text: str) -> str:
    return _escape(text)


def wrap(text: str, width: int = 28) -> str:
    """Break a long label for an axis (plotly wraps nothing by itself)."""
    words, lines, line = str(text).split(), [], ""
    if not words or len(text) <= width:
        return _escape(text)
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(_escape(x) for x in lines)
