"""The inspector shows what is selected in the view on screen: the map's or the Workshop's cards and
stickies, the Pain points table's rows, the Roadmap's initiative; a view with nothing to select
(Data, Drivers, Review) shows the journey. It switches when the view does, and a hidden view's
selection changing (the Roadmap re-selecting its row after a refresh) does not take it over: the
Map kept showing the initiative last picked in the Roadmap (QA step77s, step107).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from journeymap.ui.main_window import MainWindow


def selection_of(view: QWidget) -> list[tuple[str, str]]:
    """What ``view`` has selected, as (kind, id) keys."""
    canvas = getattr(view, "canvas", None)        # the map (MapArea) and the Workshop show a canvas
    if canvas is not None:
        return canvas.selection()
    if hasattr(view, "selected_id"):              # the Roadmap: one initiative
        chosen = view.selected_id()
        return [("initiatives", chosen)] if chosen else []
    if hasattr(view, "selected_ids"):             # the Pain points table: its rows
        return [("pain_points", pid) for pid in view.selected_ids()]
    return []


def _selection_signal(view: QWidget):
    """The signal ``view`` sends when its selection changes (None: it has none)."""
    canvas = getattr(view, "canvas", None)
    if hasattr(view, "selection_did_change"):     # the map (both canvases when comparing), the Roadmap
        return view.selection_did_change
    if canvas is not None:                        # the Workshop's canvas
        return canvas.selection_did_change
    table = getattr(view, "table", None)
    if hasattr(view, "selected_ids") and table is not None:
        return table.selectionModel().selectionChanged
    return None


def follow_views(window: MainWindow) -> None:
    """Each view shown: the inspector (``window.set_selection``) takes its selection, and follows it
    while it is the view on screen."""
    def shown(name: str) -> None:
        view = window.stack.views[name]
        if not view.property("followed"):
            view.setProperty("followed", True)    # the Roadmap then leaves its form to the inspector
            signal = _selection_signal(view)
            if signal is not None and view is not window.map:   # the map is followed from the start
                signal.connect(lambda *_args, v=view: _announce(window, v))
        window.set_selection(selection_of(view))
    window.stack.view_did_change.connect(shown)


def _announce(window: MainWindow, view: QWidget) -> None:
    if window.stack.currentWidget() is view:
        window.set_selection(selection_of(view))
