"""Sentences the app builds from parts read as Chinese in a Chinese UI (QA, 繁體中文 on the sample):
a suggestion said "…Net Promoter Score為 -17.2 points，目標為 20 points：…低於目標 37.2 分", and the
Review view "逾期判定日期 2026-12-31. 當…" with an English full stop between two Chinese sentences."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

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


def test_a_metric_suggestion_says_its_units_in_chinese(qtbot, sample_window, chinese):
    """The metric's name is the project's text, as on the map; the units around the numbers are words."""
    view = sample_window.stack.show_view("painpoints")
    panel = view.candidates
    qtbot.waitUntil(lambda: any(c.kind == "metric" for c in panel.candidates), timeout=60_000)
    nps = next(c for c in panel.candidates if c.key.startswith("metric:mt-nps:"))
    texts = [label.text() for label in panel.findChildren(QLabel) if nps.why in label.text()]
    assert texts, "the NPS suggestion has no card"
    assert "points" not in texts[0] and "-17.2 分" in texts[0], texts[0]
    wait = next(c for c in panel.candidates if c.key.startswith("metric:mt-wait:") or c.key.startswith("metric:mt-aht:"))
    assert " s，" not in wait.why and "秒" in wait.why, wait.why


def test_the_review_joins_its_sentences_with_the_chinese_full_stop(qtbot, sample_copy, chinese):
    from journeymap.storage.read import open_project
    from journeymap.ui.review_view import ReviewView
    view = ReviewView(Session(open_project(sample_copy)))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=60_000)
    first = view.body.toPlainText().splitlines()[0]
    assert f"{view.data['as_of']}。" in first and f"{view.data['as_of']}." not in first, first


def test_the_comments_tab_says_whose_comment_in_chinese(qtbot, sample_window, chinese):
    """QA screenshot: the Source column read 'customer' in a Chinese window, and the count under the
    tab was the Rows tab's ('366 行中的 366 行')."""
    view = sample_window.stack.show_view("data")
    view.tabs.setCurrentWidget(view.comments)
    tab = view.comments
    tab.box.setFocus()
    tab.box.insert("理赔")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    sources = {tab.model.item(r, 1).text() for r in range(tab.model.rowCount())}
    assert sources == ({"客户", "员工"} if chinese == "zh_CN" else {"客戶", "員工"}), sources
    assert view.count.text() == ""
