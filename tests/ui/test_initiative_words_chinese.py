"""An initiative made and edited in a Chinese window says so in Chinese (QA, 繁體中文): "New initiative
from selected" titled it "Fix 2 pain points: 報價…", and Undo/Redo's tips read "復原: Edit initiative
due" / "重做: Edit initiative done" (the field's code, in English)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journeymap.core.model import Journey, PainPoint, Stage
from journeymap.core.project import Project
from journeymap.ui.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "i18n"))
from english import english_words  # noqa: E402


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese(request, qapp):
    from journeymap import i18n
    from journeymap.app import install_translators
    install_translators(qapp, request.param)
    i18n.set_language(request.param)
    yield request.param
    install_translators(qapp, "en")
    i18n.set_language("en")


def project() -> Project:
    p = Project()
    p.add(Journey("jn-1", "理赔"))
    p.add(Stage("st-0", "jn-1", None, "报案", department="理赔部"))
    p.add(PainPoint("pp-a", "jn-1", "st-0", "等待太久", severity=5))
    p.add(PainPoint("pp-b", "jn-1", "st-0", "表单重复填写", severity=4))
    return p


def test_an_initiative_from_two_pain_points_and_its_edits_read_as_chinese(qtbot, chinese):
    from journeymap.ui.painpoints_view import PainPointsView
    from journeymap.ui.roadmap_view import RoadmapView
    session = Session(project())
    pains = PainPointsView(session)
    qtbot.addWidget(pains)
    pains.show()
    qtbot.waitUntil(lambda: pains.model.row_of("pp-b") >= 0, timeout=30_000)
    pains.table.selectAll()
    qtbot.waitUntil(lambda: len(pains.selected_ids()) == 2)
    qtbot.mouseClick(pains.initiative_button, Qt.MouseButton.LeftButton)
    (init,) = session.project.all("initiatives")
    assert english_words(init.title) == [] and "2" in init.title, init.title
    assert english_words(session.undo_stack.undoText()) == [], session.undo_stack.undoText()

    view = RoadmapView(session, as_of=dt.date(2027, 2, 15))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.selected_id() == init.id)
    due = view.form.editors["due"]
    due.setFocus()
    due.selectAll()
    qtbot.keyClicks(due, "2027-03-31")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.project.get("initiatives", init.id).due == "2027-03-31")
    said = session.undo_stack.undoText()
    assert english_words(said) == [] and "截止日期" in said and "due" not in said, said
    session.undo_stack.undo()
    assert english_words(session.undo_stack.redoText()) == [], session.undo_stack.redoText()
