"""The UI's Qt Linguist sources: complete in both languages, current with the code, placeholders kept."""
from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "tools"))
import update_translations as tool  # noqa: E402

LANGS = ("zh_CN", "zh_TW")
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[^{}]*\}")
TAG = re.compile(r"</?(b|i|p|br|span|h\d|sub|sup|a|ul|ol|li|table|tr|td)\b")
# The glossary's terms (docs/glossary.md): an English term in a source -> the word its translation uses.
TERMS = {
    "zh_CN": {r"\bpain points?\b": "痛点", r"\binitiatives?\b": "改进举措", r"\broadmap\b": "路线图",
              r"\bworkshop\b": "研讨会", r"\bsurvey\b": "调查", r"\bfuture state\b": "未来状态",
              r"\bseverity\b": "严重程度", r"\b95% CI\b": "置信区间"},
    "zh_TW": {r"\bpain points?\b": "痛點", r"\binitiatives?\b": "改進舉措", r"\broadmap\b": "路線圖",
              r"\bworkshop\b": "研討會", r"\bsurvey\b": "調查", r"\bfuture state\b": "未來狀態",
              r"\bseverity\b": "嚴重程度", r"\b95% CI\b": "信賴區間"},
}


def messages(lang: str):
    root = ET.parse(TS_DIR / f"journeymap_{lang}.ts").getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            yield context.findtext("name"), message.findtext("source"), translation.get("type"), texts


def accelerator(text: str) -> str | None:
    found = re.search(r"&(?!nbsp;|amp;|lt;|gt;)(\w)", text)
    return found[1].upper() if found else None


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    missing = [(ctx, src) for ctx, src, kind, texts in messages(lang)
               if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts)]
    assert missing == []
    assert sum(1 for _ in messages(lang)) > 500


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_tags_and_accelerators_are_kept(lang):
    wrong = []
    for ctx, src, _, texts in messages(lang):
        for text in texts:
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append((ctx, src, text, "placeholders"))
            if sorted(TAG.findall(src)) != sorted(TAG.findall(text)):
                wrong.append((ctx, src, text, "tags"))
            if accelerator(src) != accelerator(text):
                wrong.append((ctx, src, text, "accelerator"))
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_use_the_glossary_terms(lang):
    wrong = [(src, text, word) for _, src, _, texts in messages(lang) for text in texts
             for pattern, word in TERMS[lang].items()
             if re.search(pattern, src, re.IGNORECASE) and word not in text]
    assert wrong == []


def test_taiwan_text_is_converted_not_copied():
    """zh_TW is the 繁體 text with Taiwan's terms, never the 简体 text left as it was."""
    cn = {(ctx, src): texts[0] for ctx, src, _, texts in messages("zh_CN")}
    tw = {(ctx, src): texts[0] for ctx, src, _, texts in messages("zh_TW")}
    assert cn.keys() == tw.keys()
    copied = [cn[k] for k in cn if cn[k] == tw[k] and re.search(r"[们这个为们说时项设数据选择进关]", cn[k])]
    assert copied == []
    assert tw[("Inspector", "Persona")] == "人物誌" and cn[("Inspector", "Persona")] == "用户画像"
    assert tw[("DriversModel", "95% CI")] == "95% 信賴區間"


def test_the_sources_are_current_with_the_code(tmp_path):
    """lupdate over today's code finds no string the .ts lacks (re-run tools/update_translations.py)."""
    for lang in LANGS:
        copy = TS_DIR / f"journeymap_{lang}.check.ts"
        shutil.copy(TS_DIR / f"journeymap_{lang}.ts", copy)
        try:
            memory = tool.translations(copy)
            tool.run_lupdate(copy)
            assert tool.fix_contexts(copy) == 0, "messages lupdate could not place in a context"
            tool.add_aliased(copy)
            tool.restore(copy, memory)
            assert tool.unfinished(copy) == [], f"{lang}: strings in the code with no translation"
        finally:
            copy.unlink()
