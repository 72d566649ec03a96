"""The Review view on the sample: December against November, and a recurring pain point made an
initiative from the review in one click (one undo step)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl

from journeymap.ui.session import Session


def test_sample_review_and_make_an_initiative(qtbot, qapp, sample_path, out):
    from journeymap.storage.read import open_project
    from journeymap.ui.review_view import ReviewView
    session = Session(open_project(sample_path))
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=60_000)     # computed off the UI thread
    assert view.heading.text() == "Review of 2026-12 against 2026-11: Insurance end to end"
    text = view.body.toPlainText()
    assert "Handling of my complaint" in text and "improved" in text
    late = (dt.date.fromisoformat(view.data["as_of"]) - dt.date(2026, 10, 30)).days    # judged today or at 12-31
    assert "A voice-call fallback for the registration code" in text and f"{late} days overdue" in text
    assert "Customers tell their story several times" in text and "no initiative" in text
    assert [view.period.itemText(i) for i in range(3)] == ["2026-12", "2026-11", "2026-10"]
    view.body.anchorClicked.emit(QUrl("initiative:pp-claim-repeat"))
    made = [i for i in session.project.all("initiatives") if i.pain_points == ["pp-claim-repeat"]]
    assert len(made) == 1 and session.undo_stack.count() == 1
    qtbot.waitUntil(lambda: view.data["recurring_unowned"][0]["why"] == "no owner", timeout=60_000)  # still unowned
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: view.data["recurring_unowned"][0]["why"] == "no initiative", timeout=60_000)
    view.period.setCurrentIndex(view.period.findData("2026-06"))
    view.period.activated.emit(view.period.currentIndex())
    qtbot.waitUntil(lambda: view.data["period"] == "2026-06", timeout=60_000)
    assert "Clarity of the bill" in view.body.toPlainText()
    out.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(out / "review-sample.png"))


def test_a_recurring_pain_point_with_an_ownerless_initiative_is_not_offered_a_duplicate(qtbot, qapp, sample_path):
    """Found under Xvfb: 'no owner' rows offered 'Make an initiative'; each click made another ownerless
    initiative and the row stayed as it was, so nothing on screen said anything had happened."""
    from journeymap.storage.read import open_project
    from journeymap.ui.review_view import ReviewView
    session = Session(open_project(sample_path))
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=60_000)
    view.body.anchorClicked.emit(QUrl("initiative:pp-claim-repeat"))
    made = [i for i in session.project.all("initiatives") if i.pain_points == ["pp-claim-repeat"]]
    assert f"Made the initiative “{made[0].title}”" in view.message.text()          # the click is answered
    qtbot.waitUntil(lambda: view.data["recurring_unowned"][0]["why"] == "no owner", timeout=60_000)
    html = view.body.toHtml()
    assert "initiative:pp-claim-repeat" not in html                                  # no second one offered
    assert f"“{made[0].title}” has no owner: set one in the Roadmap view" in view.body.toPlainText()


def test_top_2_box_reads_as_a_percentage(qtbot, qapp, sample_path):
    """Found under Xvfb: 'top-2-box 0.221 -> 0.342' in the review, where every other screen says 22% or 34%."""
    import re

    from journeymap.storage.read import open_project
    from journeymap.ui.review_view import ReviewView
    session = Session(open_project(sample_path))
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=60_000)
    text = view.body.toPlainText()                            # a table cell a line
    assert re.search(r"top-2-box\s+\d+\.\d%\s+\d+\.\d%", text), text


def test_the_review_reads_in_dark_colours(qtbot, qapp, sample_path):
    """Found under Xvfb: the note, 'none' and the verdicts kept light-theme colours (#5F6368, #188038,
    #C5221F) on the dark window, about 2-3:1."""
    from journeymap.storage.read import open_project
    from journeymap.ui.palette import apply_palette
    from journeymap.ui.review_view import ReviewView
    session = Session(open_project(sample_path))
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=60_000)
    try:
        apply_palette(qapp, dark=True)
        qtbot.waitUntil(lambda: "#81c995" in view.body.toHtml().lower())            # re-drawn on the switch
        html = view.body.toHtml().lower()
        assert "#5f6368" not in html and "#188038" not in html and "#c5221f" not in html
        apply_palette(qapp, dark=False)
        qtbot.waitUntil(lambda: "#188038" in view.body.toHtml().lower())
    finally:
        apply_palette(qapp, dark=False)
