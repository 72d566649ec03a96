"""The Qt-free layers' gettext catalogues: complete, current with the code, and used by the exports."""
from __future__ import annotations

import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from journeymap import i18n
from journeymap.charts.labels import _EN, say

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations as tool  # noqa: E402

LANGS = ("zh_CN", "zh_TW")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)s|%s|%d")


def po(lang: str) -> dict[str, str]:
    with (i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "journeymap.po").open("rb") as handle:
        return {m.id: m.string for m in read_po(handle) if m.id}


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_of_the_code_is_translated(lang):
    catalogue = po(lang)
    missing = [m for m in tool.catalogue_messages() if not catalogue.get(m, "").strip()]
    assert missing == [], "run tools/update_translations.py --seed resources/translations/seed_zh_CN.json"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_are_kept(lang):
    wrong = [(m, t) for m, t in po(lang).items()
             if sorted(PLACEHOLDER.findall(m)) != sorted(PLACEHOLDER.findall(t))]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_label_fills_in_chinese(lang):
    for key, text in _EN.items():
        names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
        said = say(key, lang, **{n: "X" for n in names})
        assert said != text.format(**{n: "X" for n in names}) or not re.search("[A-Za-z]{3}", text), key
        assert re.search(r"[\u4e00-\u9fff]", said) or not re.search("[A-Za-z]{3}", text), key


def test_regions_use_their_own_terms():
    assert i18n.gettext("Share of explained variance (%), with 95% bootstrap interval", lang="zh_TW") \
        .count("拔靴法") == 1
    assert "自助法" in i18n.gettext("Share of explained variance (%), with 95% bootstrap interval", lang="zh_CN")
    assert i18n.gettext("Comments", lang="zh_TW") == "意見"


def test_numbers_and_dates_in_chinese():
    assert i18n.format_number(12345.678, digits=1, lang="zh_CN") == "12,345.7"
    assert i18n.format_percent(0.4, lang="zh_TW") == "40%"
    assert i18n.format_date("2026-03-05", lang="zh_TW") == "2026年3月5日"
    assert i18n.format_period("2026-03", lang="zh_CN") == "2026年3月"


@pytest.fixture(scope="module")
def taiwan_sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("tw") / "tw.jmap"
    done = subprocess.run([sys.executable, "-m", "journeymap", "demo", str(path), "--lang", "zh_TW"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-800:]
    return path


def test_an_export_in_zh_tw_has_chinese_titles_and_messages(taiwan_sample, tmp_path):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "journeymap", "export", str(taiwan_sample), "--out", str(out),
                           "--formats", "html,xlsx", "--no-map", "--lang", "zh_TW"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-800:]
    page = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "<h1>保險端到端旅程：客戶體驗回顧</h1>" in page
    assert "痛點排名" in page and "Ranked pain points" not in page
    assert "寫入" in done.stdout and "wrote" not in done.stdout   # the command's own words too
    from openpyxl import load_workbook
    book = load_workbook(next(out.glob("*.xlsx")))
    assert "痛點" in book.sheetnames
    headers = [c.value for c in book["痛點"][1]]
    assert headers[:4] == ["排名", "痛點", "環節", "得分"]


def test_a_deck_in_zh_tw_has_no_english_beyond_names_and_the_users_data(taiwan_sample, tmp_path):
    from english import deck_texts, english_words, strip_known, user_data
    from journeymap.storage.read import open_project
    out = tmp_path / "deck"
    done = subprocess.run([sys.executable, "-m", "journeymap", "export", str(taiwan_sample), "--out", str(out),
                           "--formats", "pptx", "--no-map", "--lang", "zh_TW"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-800:]
    known = user_data(open_project(taiwan_sample), taiwan_sample)
    texts = deck_texts(next(out.glob("*.pptx")))
    assert len({n for n, _ in texts}) >= 10
    english = [(n, t[:80], english_words(strip_known(t, known))) for n, t in texts
               if english_words(strip_known(t, known))]
    assert english == []
    # every run of Chinese names the East Asian face an executive's PC in Taipei has
    from pptx import Presentation
    faces, runs = set(), 0
    for slide in Presentation(next(out.glob("*.pptx"))).slides:
        for shape in slide.shapes:
            frames = [shape.text_frame] if shape.has_text_frame else []
            if shape.has_table:
                frames += [cell.text_frame for row in shape.table.rows for cell in row.cells]
            for frame in frames:
                for run in (r for p in frame.paragraphs for r in p.runs):
                    if re.search(r"[\u4e00-\u9fff]", run.text):
                        runs += 1
                        ea = run._r.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}ea")
                        faces.add(None if ea is None else ea.get("typeface"))
    assert runs > 50 and faces == {"Microsoft JhengHei"}
