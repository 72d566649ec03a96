"""The Roadmap view's timeline draws overdue initiatives in the red the status table and the deck use
(#C5221F), legend swatch and owner's name alike; it was the charts' vermilion, which reads as orange."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from journeymap.ui.roadmap_model import OVERDUE
from journeymap.ui.session import Session


def test_overdue_bars_are_the_status_tables_red(qtbot, qapp, sample_path):
    from journeymap.storage.read import open_project
    from journeymap.ui.roadmap_view import RoadmapView
    view = RoadmapView(Session(open_project(sample_path)), as_of=dt.date(2027, 2, 15))
    qtbot.addWidget(view)
    view.resize(1500, 900)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 11)
    overdue = {r["id"] for r in view.model.rows if r["overdue"]}
    assert len(overdue) == 2
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())     # the Timeline tab
    qtbot.waitUntil(lambda: any(key[0] == "timeline" for key in view.figures))
    fig = next(f for key, f in view.figures.items() if key[0] == "timeline")
    red = OVERDUE.name().upper()
    marked = [tr for tr in fig.data if tr.marker.color == red]
    assert len(marked) == 1 and set(marked[0].customdata) == overdue   # one legend entry: the overdue bars
    assert marked[0].showlegend is not False and marked[0].textfont.color == red
    assert all(tr.marker.color != red for tr in fig.data if tr is not marked[0])
