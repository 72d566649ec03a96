"""繁體 is Taiwan's Chinese, not the mainland's in traditional characters: no 麵 (noodle) for 面 (area),
and Taiwan's words for operations, feedback and noise (docs/glossary.md), in the catalogues and the sample."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from journeymap.samples import comments as cm
from journeymap.samples.chinese import to_script
from journeymap.samples.chinese_text import ZH_CN

ROOT = Path(__file__).resolve().parents[2]
WRONG = ("麵積", "運營", "反饋", "噪聲")


@pytest.mark.parametrize(("simplified", "taiwan"), [
    ("气泡面积 = 覆盖面", "氣泡面積 = 覆蓋面"), ("运营指标", "營運指標"), ("运营部", "營運部"),
    ("意见反馈", "意見回饋"), ("超出噪声的变化", "超出雜訊的變化"), ("电信运营商的接口", "電信業者的介面"),
])
def test_the_conversion_writes_taiwans_words(simplified, taiwan):
    assert to_script(simplified, "zh_TW") == taiwan


def taiwan_texts():
    with (ROOT / "resources/locale/zh_TW/LC_MESSAGES/journeymap.po").open("rb") as handle:
        for message in read_po(handle):
            yield from ([message.string] if isinstance(message.string, str) else message.string)
    for node in ET.parse(ROOT / "resources/translations/journeymap_zh_TW.ts").getroot().iter():
        if node.tag in ("translation", "numerusform") and node.text:
            yield node.text
    yield from (to_script(text, "zh_TW") for text in ZH_CN.values())
    for banks in cm.TEXTS.values():
        for (_, lang), bank in banks.items():
            yield from (to_script(text, "zh_TW") for text in bank if lang.startswith("zh"))


def test_no_taiwan_text_holds_a_mainland_term_or_noodles():
    bad = sorted({t for t in taiwan_texts() if any(w in t for w in WRONG)})
    assert not bad, bad[:10]
