"""Dark colours and back (issue 8, item 6): the window's own text stays readable both ways."""
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from journeymap.ui.canvas import theme


def luminance(color: QColor) -> float:
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def drawn_contrast(widget) -> float:
    """The strongest contrast between any pixel of the widget, drawn on its parent as on screen,
    and the background there (its corner)."""
    top = widget.window()
    image = top.grab(QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())).toImage()
    background = image.pixelColor(1, 1)
    return max(contrast(image.pixelColor(x, y), background)
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


@pytest.fixture
def window(insurance_window):
    yield insurance_window
    insurance_window.set_dark(False)


def switch(qtbot, window, dark: bool) -> None:
    """Switch the theme and wait until the palette change has reached the inspector's widgets
    (Qt posts it: a check right after the switch still saw the old colours)."""
    window.set_dark(dark)
    qtbot.waitUntil(lambda: (window.inspector.palette().color(QPalette.ColorRole.Window).lightness() < 128) is dark)


@pytest.mark.parametrize("dark", [True, False])
def test_inspector_text_readable_after_switching(qtbot, window, dark):
    switch(qtbot, window, True)
    if not dark:
        switch(qtbot, window, False)
    stage = window.session.project.stages_of(window.session.journey_id)[0]
    for keys in ([], [("stages", stage.id)]):
        window.set_selection(keys)
        assert drawn_contrast(window.inspector.heading) > 4.5
        labels = [w for w in window.inspector.findChildren(QLabel) if w.isVisible() and w.text()]
        for label in labels:
            palette = label.palette()
            assert contrast(palette.color(label.foregroundRole()), palette.color(label.backgroundRole())) > 3, \
                label.text()
    assert window.canvas.scene().theme.dark is dark
    assert theme.current().dark is dark
