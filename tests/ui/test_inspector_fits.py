"""The inspector's form fits its dock's width at any size: its fields stretch and shrink, long labels
wrap, and it scrolls vertically only (QA step72, step107: the Initiative form was cut off on the right,
its Title reading "call fallback for the registratio", with no way to scroll to the rest)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def overflow(inspector) -> list[str]:
    """The inspector's widgets that reach past the right edge of what its scroll area shows."""
    scroll = inspector.findChild(QScrollArea)
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    body, room = scroll.widget(), scroll.viewport().width()
    cut = [f"the body ({body.width()} px in {room})"] if body.width() > room else []
    for widget in body.findChildren(QWidget):
        if widget.isVisibleTo(body) and widget.width() > 0:
            right = widget.mapTo(body, QPoint(widget.width(), 0)).x()
            inside = widget.geometry().right() < widget.parentWidget().width() + 1   # not cut by its parent
            if right > room + 1 or not inside:
                text = widget.text() if hasattr(widget, "text") and isinstance(widget.text(), str) else ""
                cut.append(f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r} ends at {right}")
    return cut


def selection_keys(project):
    """One of each kind the inspector edits: the initiative with the longest title, a stage, a pain point."""
    initiative = max(project.all("initiatives"), key=lambda i: len(i.title))
    return [("initiatives", initiative.id), ("stages", project.all("stages")[0].id),
            ("pain_points", project.all("pain_points")[0].id), None]


@pytest.mark.parametrize("dock_width", [200, 320])
def test_the_inspector_form_fits_its_dock(qtbot, window_on, sample_copy, dock_width):
    window = window_on(sample_copy, size=(1366, 768))
    for key in selection_keys(window.session.project):
        window.set_selection([key] if key else [])
        window.resizeDocks([window.inspector_dock], [dock_width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: abs(window.inspector_dock.width() - dock_width) <= 2, timeout=3_000)
        qtbot.wait(20)     # the scroll area lays its body out on the next turn
        assert overflow(window.inspector) == [], key
