"""The inspector shows what is selected in the view on screen, and switches with the view (QA step50:
a sticky or a stage picked in the Workshop left it on "Nothing selected"; step53: so did a row of the
Pain points table; step77s, step107: the Map showed the Initiative last picked in the Roadmap)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_canvas_helpers import click, vp


def click_item(qtbot, canvas, kind: str, id: str) -> None:
    """A real click on the card or sticky ``(kind, id)`` of ``canvas``."""
    item = next(i for i in canvas.scene().items() if getattr(i, "kind", None) == kind and getattr(i, "id", None) == id)
    canvas.centerOn(item)
    click(canvas, vp(canvas, item.sceneBoundingRect().center()))
    qtbot.waitUntil(lambda: canvas.selection() == [(kind, id)], timeout=3_000)


def shown(window):
    return window.inspector.key


def test_the_inspector_follows_the_view_on_screen(qtbot, window_on, sample_copy):
    window = window_on(sample_copy, size=(1600, 1000))
    project = window.session.project
    journey = window.session.journey_id
    pain = next(p for p in project.where("pain_points", journey=journey) if p.status != "merged")
    stage = project.get("stages", pain.stage)

    window.show_view("workshop")                          # a sticky, then a stage, picked in the Workshop
    workshop = window.stack.views["workshop"]
    qtbot.waitUntil(lambda: workshop.canvas.isVisible(), timeout=3_000)
    click_item(qtbot, workshop.canvas, "pain_points", pain.id)
    qtbot.waitUntil(lambda: shown(window) == ("pain_points", pain.id), timeout=3_000)
    assert window.inspector.heading.text() == "Pain point"
    click_item(qtbot, workshop.canvas, "stages", stage.id)
    qtbot.waitUntil(lambda: shown(window) == ("stages", stage.id), timeout=3_000)

    window.show_view("painpoints")                        # a row clicked in the Pain points table
    view = window.stack.views["painpoints"]
    qtbot.waitUntil(lambda: view.model.rowCount() > 1, timeout=20_000)
    qtbot.waitUntil(lambda: shown(window) is None or shown(window)[0] != "stages", timeout=3_000)
    rank_column = 0
    index = view.model.index(1, rank_column)
    picked = view.model.pain_point_id(1)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    qtbot.waitUntil(lambda: shown(window) == ("pain_points", picked), timeout=3_000)

    window.show_view("roadmap")                           # an initiative picked in the Roadmap
    roadmap = window.stack.views["roadmap"]
    qtbot.waitUntil(lambda: roadmap.model.rowCount() > 0, timeout=10_000)
    roadmap.table.selectRow(0)
    initiative = roadmap.selected_id()
    qtbot.waitUntil(lambda: shown(window) == ("initiatives", initiative), timeout=3_000)

    window.show_view("map")                               # the map's own selection: nothing, the journey
    qtbot.waitUntil(lambda: shown(window) == ("journeys", journey), timeout=3_000)
    assert window.status["selection"].text() == ""
    click_item(qtbot, window.canvas, "stages", stage.id)
    qtbot.waitUntil(lambda: shown(window) == ("stages", stage.id), timeout=3_000)

    window.show_view("roadmap")                           # back: its initiative again
    qtbot.waitUntil(lambda: shown(window) == ("initiatives", initiative), timeout=3_000)
    window.show_view("workshop")                          # and the Workshop's stage
    qtbot.waitUntil(lambda: shown(window) == ("stages", stage.id), timeout=3_000)
    roadmap.table.selectRow(1)                            # a hidden view's pick does not take over
    qtbot.wait(50)
    assert shown(window) == ("stages", stage.id)
    window.session.undo_stack.setClean()
