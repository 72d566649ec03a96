"""Sentences joined from parts take the script's punctuation (QA, 繁體中文): the Roadmap's What-if panel said
"未預測：…參考價格: 未設定…" (an English colon after a title), the deck timeline's footer "按部門; 1 項無截止日期"
(an English semicolon), and the Review's remedies ended without a 。."""
from __future__ import annotations

import datetime as dt

import pytest

from journeymap import i18n
from journeymap.core.model import Initiative, Journey, PainPoint, Stage
from journeymap.core.project import Project


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def project() -> Project:
    p = Project()
    p.add(Journey("jn-1", "理赔"))
    p.add(Stage("st-0", "jn-1", None, "报案", department="理赔部"))
    p.add(PainPoint("pp-a", "jn-1", "st-0", "等待太久", severity=5))
    p.add(Initiative("in-1", "jn-1", "回电代替排队", owner="李明", department="客服", start="2027-01-01",
                     due="2027-03-31", pain_points=["pp-a"]))
    p.add(Initiative("in-2", "jn-1", "参考价格", owner="", department="销售", pain_points=["pp-a"]))
    return p


def test_the_helpers_join_in_each_scripts_punctuation():
    assert i18n.clauses(["a", "b"], lang="en") == "a; b" and i18n.clauses(["甲", "乙"], lang="zh_TW") == "甲；乙"
    assert i18n.labelled("标题", "未设定", lang="zh_CN") == "标题：未设定" and i18n.labelled("t", "x", lang="en") == "t: x"
    assert i18n.listing(["2026-02", "2026-03"], lang="zh_TW") == "2026-02、2026-03"
    assert i18n.sentence("未设定.", lang="zh_CN") == "未设定。" and i18n.sentence("已完成。", lang="zh_CN") == "已完成。"
    assert i18n.sentence("done", lang="en") == "done." and i18n.sentences(["甲", "乙。"], lang="zh_TW") == "甲。乙。"


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_timeline_footer_joins_its_notes_with_the_chinese_semicolon(lang):
    from journeymap.analysis.roadmap import roadmap
    from journeymap.charts.roadmap import timeline_chart
    p = project()
    data = roadmap(None, p, journey_id="jn-1", as_of=dt.date(2027, 2, 15), coefficients=(None, "no survey"))
    fig = timeline_chart(data, source="示例", lang=lang)
    footer = " ".join(a.text for a in fig.layout.annotations if a.text)
    assert "\uff1b1 " in footer and "; " not in footer, footer


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_what_if_names_an_initiative_left_out_with_the_chinese_colon(lang):
    from journeymap.analysis.projection import what_if
    i18n.set_language(lang)
    p = project()
    skipped = what_if(p, [p.get("initiatives", "in-2")], None).skipped
    assert skipped and all(s.startswith("参考价格\uff1a") for s in skipped), skipped
