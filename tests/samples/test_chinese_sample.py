"""The Chinese samples: the insurer's journey in 简体 and 繁體, every word a reader sees in the language,
and the Chinese comments coded back to their reasons by the Chinese keyword rules."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from journeymap.analysis.reasons import code_text, rules_from
from journeymap.samples.chinese import TEXT_FIELDS, UNIT_CODES, to_script
from journeymap.storage import datasets, read

# Latin words a Chinese CX text keeps: acronyms, units and product names written that way in Chinese too.
ALLOWED = {"CSAT", "NPS", "CES", "CRM", "SMS", "App", "IBAN", "IVR", "n", "docs", "sample", "md"}
PHASES = {"zh_CN": ["询价", "报价", "投保", "开通", "缴费", "服务", "投诉", "理赔"],
          "zh_TW": ["詢價", "報價", "投保", "開通", "繳費", "服務", "投訴", "理賠"]}


@pytest.fixture(scope="module", params=["zh_CN", "zh_TW"])
def sample(request, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param) / "sample.jmap"
    done = subprocess.run([sys.executable, "-m", "journeymap", "demo", str(path), "--lang", request.param],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return request.param, path, read.open_project(path)


def english_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", text)) - ALLOWED


def test_every_word_a_reader_sees_is_chinese(sample):
    lang, _, project = sample
    assert not english_words(project.info.title + project.info.description)
    for kind, fields in TEXT_FIELDS.items():
        for entity in project.all(kind):
            for field in fields:
                value = getattr(entity, field) or ""
                if (kind, field) == ("metrics", "unit") and value in UNIT_CODES:
                    continue   # a code the analysis reads (reach), not a word
                assert not english_words(value), (kind, entity.id, field, value)
    for item in project.all("feedback"):
        assert not english_words(item.text), item.text


def test_the_journey_reads_as_the_region_writes_it(sample):
    lang, _, project = sample
    journey = project.default_journey()
    assert [p.name for p in project.phases_of(journey.id)] == PHASES[lang]
    texts = " ".join(s.name + s.description for s in project.stages_of(journey.id))
    # Each sample is in its own script: no simplified-only text in 繁體 and the reverse.
    assert to_script(texts, lang) == texts
    assert project.info.locale == lang


def test_chinese_comments_are_coded_back_to_their_reasons_by_chinese_rules(sample):
    _, _, project = sample
    rules = rules_from(project.all("reasons"))
    assert all(not kw.isascii() for r in rules for kw in r.keywords)
    by_rule = [f for f in project.all("feedback") if f.coded_by == "rule"]
    assert len(by_rule) > 100
    wrong = [(f.text, f.reason, code_text(f.text, rules)) for f in by_rule if code_text(f.text, rules) != f.reason]
    assert not wrong, wrong[:5]


def test_raw_rows_agree_with_the_entities(sample):
    lang, path, project = sample
    segments = {s.name for s in project.all("segments")}
    survey = next(d for d in project.all("datasets") if d.kind == "survey")
    frame = datasets.read_frame(path, survey.id)
    assert set(frame["segment"].dropna().unique()) <= segments, set(frame["segment"].unique())
    comments = next(d for d in project.all("datasets") if d.kind == "feedback")
    rows = datasets.read_frame(path, comments.id)
    assert set(rows["comment"]) == {f.text for f in project.all("feedback")}


def test_the_numbers_are_those_of_the_english_sample(sample, tmp_path):
    """Only the words change: the same respondents, values and pain points."""
    _, path, project = sample
    english = tmp_path / "en.jmap"
    subprocess.run([sys.executable, "-m", "journeymap", "demo", str(english)], check=True, timeout=300)
    en = read.open_project(english)
    assert sorted(v.value for v in project.all("metric_values") if v.value is not None) == \
        sorted(v.value for v in en.all("metric_values") if v.value is not None)
    assert [p.id for p in project.all("pain_points")] == [p.id for p in en.all("pain_points")]


def test_taiwan_quotes_with_corner_brackets_and_the_mainland_with_curly_quotes():
    assert to_script("集中精力于“评估与单据”和“投诉处理”", "zh_TW") == "集中精力於「評估與單據」和「投訴處理」"
    assert to_script("他说“写上‘已付’”", "zh_TW") == "他說「寫上『已付』」"
    assert to_script("集中精力於「評估與單據」", "zh_CN") == "集中精力于“评估与单据”"
    assert to_script("Johnson’s method", "zh_TW") == "Johnson’s method"   # an apostrophe is not a quote
