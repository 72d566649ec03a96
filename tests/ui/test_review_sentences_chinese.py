"""The Review view's remedy for a recurring, ownerless pain point is a whole sentence in Chinese: QA saw
"“…”沒有負責人：請在路線圖視圖中指定" without its final 。 (English ends it with a full stop too)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from journeymap.ui.session import Session


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese(request, qapp):
    from journeymap import i18n
    from journeymap.app import install_translators
    install_translators(qapp, request.param)
    i18n.set_language(request.param)
    yield request.param
    install_translators(qapp, "en")
    i18n.set_language("en")


def test_the_remedy_of_an_ownerless_initiative_ends_with_the_chinese_full_stop(qtbot, sample_path, chinese):
    from journeymap.storage.read import open_project
    from journeymap.ui.review_view import ReviewView
    session = Session(open_project(sample_path))
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=60_000)
    view.body.anchorClicked.emit(QUrl("initiative:pp-claim-repeat"))
    qtbot.waitUntil(lambda: view.data["recurring_unowned"][0]["why"] == "no owner", timeout=60_000)
    (made,) = [i for i in session.project.all("initiatives") if i.pain_points == ["pp-claim-repeat"]]
    line = next(t for t in view.body.toPlainText().splitlines() if made.title in t and "\uff1a" in t)
    assert line.rstrip().endswith("\u3002"), line
