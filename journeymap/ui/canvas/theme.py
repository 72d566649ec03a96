"""Colours and fonts of the canvas: follows the application palette (light or dark).

Colours for meaning (segments, severity, diff) come from the Okabe-Ito palette, which
stays distinguishable for the common forms of colour blindness.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtSvg import QSvgRenderer

from journeymap import resource_path

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
SEVERITY = {1: "#56B4E9", 2: "#009E73", 3: "#F0E442", 4: "#E69F00", 5: "#D55E00"}
DIFF = {"added": "#009E73", "removed": "#D55E00", "changed": "#E69F00"}
HEAT = {"on": "#009E73", "near": "#E69F00", "off": "#D55E00"}
FAMILY = "DejaVu Sans"
ICON_DIR = resource_path("icons", "channels")


@dataclass(frozen=True)
class Theme:
    dark: bool
    background: QColor
    column: tuple[QColor, QColor]
    header: QColor
    header_text: QColor
    lane_header: QColor
    grid: QColor
    card: QColor
    card_border: QColor
    text: QColor
    muted: QColor
    selection: QColor
    arrow: QColor
    loop: QColor
    dropout: QColor
    sticky_text: QColor

    def font(self, points: float, *, bold: bool = False) -> QFont:
        return _font(points, bold)

    def segment_color(self, index: int) -> QColor:
        return QColor(OKABE_ITO[index % (len(OKABE_ITO) - 1)])

    def severity_color(self, severity: int | None) -> QColor:
        return QColor(SEVERITY.get(severity or 0, "#BBBBBB" if not self.dark else "#777777"))

    def diff_color(self, status: str) -> QColor:
        return QColor(DIFF[status])

    def heat_color(self, band: str) -> QColor:
        return QColor(HEAT[band])

    def heat_fill(self, band: str) -> QColor:
        """The card's background in the heatmap: the band's colour, light enough for text."""
        base, tint = QColor(self.card), QColor(HEAT[band])
        a = 0.45 if self.dark else 0.30
        return QColor(round(base.red() * (1 - a) + tint.red() * a),
                      round(base.green() * (1 - a) + tint.green() * a),
                      round(base.blue() * (1 - a) + tint.blue() * a))


def families() -> list[str]:
    """The Latin face, then the Chinese face of the app's language, named rather than left to the
    system's fallback (which may draw 繁體 with simplified glyph shapes, or not at all)."""
    from journeymap import i18n
    return [FAMILY, "Noto Sans CJK TC" if i18n.language() == "zh_TW" else "Noto Sans CJK SC"]


@lru_cache(maxsize=None)
def _font(points: float, bold: bool) -> QFont:
    font = QFont(FAMILY)
    font.setFamilies(families())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


NAME_PT = 13.5     # a stage's name at 100%: readable from the back of the room
TEXT_PT = 12.5     # lane texts, sticky notes
SMALL_PT = 10.0    # department, share labels, legend
HEADER_PT = 16.0   # phase headers


def current() -> Theme:
    """The theme for the application palette now (dark when the window colour is dark)."""
    palette = QGuiApplication.palette() if QGuiApplication.instance() is not None else QPalette()
    return make(palette.color(QPalette.ColorRole.Window).lightness() < 128)


@lru_cache(maxsize=2)
def make(dark: bool) -> Theme:
    c = QColor
    if dark:
        return Theme(True, c("#1E1F22"), (c("#26282C"), c("#2C2F34")), c("#34373D"), c("#F2F2F2"),
                     c("#2A2C30"), c("#44474D"), c("#31343A"), c("#6A6E76"), c("#F2F2F2"),
                     c("#B5B8BE"), c("#56B4E9"), c("#C9CCD2"), c("#E69F00"), c("#FF7F50"),
                     c("#1B1B1B"))
    return Theme(False, c("#FFFFFF"), (c("#F6F7F9"), c("#EDF0F4")), c("#DDE3EA"), c("#1B1F24"),
                 c("#E8ECF1"), c("#C9D0D8"), c("#FFFFFF"), c("#8A939E"), c("#1B1F24"),
                 c("#59626D"), c("#0072B2"), c("#4A535E"), c("#B36B00"), c("#D55E00"),
                 c("#1B1B1B"))


@lru_cache(maxsize=64)
def channel_icon(channel: str, color: str) -> QSvgRenderer | None:
    """The channel's SVG icon drawn in ``color`` (None when there is no icon)."""
    path = ICON_DIR / f"{channel or 'other'}.svg"
    if not path.exists():
        path = ICON_DIR / "other.svg"
    if not path.exists():
        return None
    svg = path.read_text(encoding="utf-8").replace("#333333", color)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))
