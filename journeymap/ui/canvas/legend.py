"""The heatmap's legend: which colour means what, pinned to the view's top-right corner."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from .theme import HEAT


def tr(text: str) -> str:
    return QCoreApplication.translate("HeatLegend", text)


class HeatLegend(QLabel):
    # A child of the view, not of its viewport: the viewport scrolls its children with the map.
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.hide()

    def restyle(self) -> None:
        """Colours of the map's theme: a white box on a dark map glared."""
        theme = self.view.scene().theme
        back, text, border = (("rgba(43,45,49,235)", "#ECECEC", "#5A5E66") if theme.dark
                              else ("rgba(255,255,255,235)", "#202124", "#BDC1C6"))
        self.setStyleSheet(f"QLabel {{ background: {back}; color: {text}; border: 1px solid {border};"
                           " border-radius: 6px; padding: 8px 12px; font-size: 11pt; }")

    def show_for(self, metric, heat: dict) -> None:
        if metric is None:
            self.hide()
            return
        self.restyle()
        relative = any(h.relative for h in heat.values())
        if relative or metric.target is None:
            labels = {"on": tr("best third"), "near": tr("middle"), "off": tr("worst third")}
            head = tr("%1 (no target: stages compared)").replace("%1", escape(metric.name))
        else:
            target = f"{metric.target:g}{metric.unit if metric.unit in ('%', 's') else ''}"
            labels = {"on": tr("on target"), "near": tr("within 10% of target"), "off": tr("off target")}
            head = tr("%1 against target %2").replace("%1", escape(metric.name)).replace("%2", target)
        counts = {band: sum(1 for h in heat.values() if h.band == band) for band in HEAT}
        # One line, so it sits in the strip above the phase headers instead of over the map.
        rows = "".join(f"&nbsp;&nbsp;<span style='color:{HEAT[b]}'>&#9632;</span> {labels[b]} ({counts[b]})"
                       for b in ("on", "near", "off"))
        none = len(self.view.scene().cards) - len(heat)
        if none > 0:
            rows += "&nbsp;&nbsp;&#9633; " + tr("no data (%1)").replace("%1", str(none))
        self.setText(f"<b>{head}:</b>{rows}")
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        box = self.view.viewport().geometry()
        self.move(box.left() + max(8, box.width() - self.width() - 16), box.top() + 6)


class PaneTitle(QLabel):
    """The caption of a map shown beside another (current vs future state)."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setStyleSheet("QLabel { background: rgba(32,33,36,220); color: white; border-radius: 6px;"
                           " padding: 3px 8px; font-size: 10pt; font-weight: bold; }")
        self.hide()

    def show_text(self, text: str | None) -> None:
        if not text:
            self.hide()
            return
        self.setText(escape(text))
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        box = self.view.viewport().geometry()
        self.move(box.left() + 8, box.top() + 6)
