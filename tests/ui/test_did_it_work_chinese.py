"""The Roadmap view's "Did it work?" tab in Chinese (QA, 繁體中文): its heading ("done … · stage …
before: … after:"), column headers, the analysis's codes (mean, top-2-box, welch, two proportions,
improved, no change, per period) and the sentence's "->" were English."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journeymap.ui.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "i18n"))
from english import english_words, strip_known, user_data  # noqa: E402


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese(request, qapp):
    from journeymap import i18n
    from journeymap.app import install_translators
    install_translators(qapp, request.param)
    i18n.set_language(request.param)
    yield request.param
    install_translators(qapp, "en")
    i18n.set_language("en")


def test_did_it_work_reads_as_chinese(qtbot, sample_path, chinese):
    import datetime as dt

    from journeymap.storage.read import open_project
    from journeymap.ui.roadmap_view import RoadmapView
    project = open_project(sample_path)
    view = RoadmapView(Session(project), as_of=dt.date(2027, 2, 15))
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.results)
    qtbot.waitUntil(lambda: view.results.toPlainText() != "", timeout=60_000)
    text = view.results.toPlainText()
    assert english_words(strip_known(text, user_data(project, sample_path))) == [], text
    assert "->" not in text and "\u2192" in text, text
    assert ": " not in text and "; " not in text, text            # Chinese colons and semicolons
    sentences = [line for line in text.splitlines() if "p " in line and "=" in line or "p <" in line]
    assert sentences and all(s.endswith("\u3002") for s in sentences), sentences
    assert ("Welch t 检验" if chinese == "zh_CN" else "Welch t 檢定") in text
    assert ("每期" if chinese == "zh_CN" else "每期") in text
