"""The Review and Roadmap views count overdue initiatives by one rule (analysis.roadmap.judged_on): the
Review of an unfinished month is judged today, not on the month's last day (QA step47: 'Initiatives
overdue (2)' and '13 days overdue' on 2026-11-29 for a due date of 2026-12-18, while the Roadmap said 1)."""
from __future__ import annotations

import datetime as dt
import re

from journeymap.ui.session import Session


def test_review_and_roadmap_agree_on_the_sample(qtbot, qapp, sample_path):
    from journeymap.storage.read import open_project
    from journeymap.ui.review_view import ReviewView
    from journeymap.ui.roadmap_view import RoadmapView
    session = Session(open_project(sample_path))
    review = ReviewView(session)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.data is not None, timeout=60_000)
    roadmap = RoadmapView(session)
    qtbot.addWidget(roadmap)
    text = review.body.toPlainText()
    judged = dt.date.fromisoformat(re.search(r"Overdue judged on (\S+)\.", text)[1])
    assert judged <= dt.date.today()
    shown = int(re.search(r"Initiatives overdue \((\d+)\)", text)[1])
    flagged = sum(r["overdue"] for r in roadmap.data["initiatives"])
    if judged == dt.date.today():          # the sample's December is not over: both judged today
        assert shown == flagged and roadmap.flags.text() == (f"{flagged} overdue" if flagged else "")
    for days in re.findall(r"(\d+) days? overdue", text):
        assert int(days) >= 1


def test_one_day_overdue_is_singular(qtbot, qapp):
    from journeymap.core.project import Project
    from journeymap.ui.review_view import ReviewView
    view = ReviewView(Session(Project()))
    qtbot.addWidget(view)
    row = {"id": "in-1", "title": "Call back", "owner": "Ana", "department": "", "status": "in progress",
           "due": "2026-11-28"}
    assert "1 day overdue" in view._inits([dict(row, days_overdue=1)], overdue=True)
    assert "3 days overdue" in view._inits([dict(row, days_overdue=3)], overdue=True)
