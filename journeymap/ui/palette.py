"""The application's light and dark palettes (Fusion). Here, below the app module, so the UI
can switch them (View > Dark colours) without importing the app that builds it."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def apply_palette(app: QApplication, *, dark: bool) -> None:
    app.setPalette(dark_palette() if dark else light_palette())


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def dark_palette() -> QPalette:
    p, c, role = QPalette(), QColor, QPalette.ColorRole
    for r, colour in ((role.Window, "#2B2D31"), (role.WindowText, "#ECECEC"), (role.Base, "#1E1F22"),
                      (role.AlternateBase, "#26282C"), (role.ToolTipBase, "#34373D"),
                      (role.ToolTipText, "#F2F2F2"), (role.Text, "#ECECEC"), (role.Button, "#34373D"),
                      (role.ButtonText, "#ECECEC"), (role.BrightText, "#FF7F50"), (role.Link, "#56B4E9"),
                      (role.Highlight, "#2A82C8"), (role.HighlightedText, "#FFFFFF"),
                      (role.PlaceholderText, "#8A8E96"), (role.Mid, "#44474D"), (role.Dark, "#1A1B1E"),
                      (role.Light, "#4A4D54"), (role.Shadow, "#000000")):
        p.setColor(r, c(colour))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(disabled, r, c("#7A7D84"))
    return p
