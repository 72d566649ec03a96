"""The Qt-free translation mechanism: catalogues read with Babel, locale formatting, language names."""
from __future__ import annotations

import pytest

from journeymap import i18n


@pytest.mark.parametrize("given, expected", [("zh-CN", "zh_CN"), ("zh_hant", "zh_TW"), ("zh-HK", "zh_TW"),
                                             ("", "en"), (None, "en"), ("EN", "en")])
def test_language_names_are_normalised(given, expected):
    assert i18n.normalize(given) == expected


def test_an_unknown_language_is_refused_by_name():
    with pytest.raises(i18n.UnknownLanguage, match="'fr'"):
        i18n.normalize("fr")


def test_a_catalogue_translates_and_falls_back_to_english(tmp_path, monkeypatch):
    folder = tmp_path / "zh_CN" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "journeymap.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Pain points"\nmsgstr "痛点"\n\n'
        '#, fuzzy\nmsgid "Roadmap"\nmsgstr "路线"\n\n'
        'msgid "Owner"\nmsgstr ""\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        i18n.set_language("zh_CN")
        assert i18n._("Pain points") == "痛点"
        assert i18n._("Roadmap") == "Roadmap"      # fuzzy: not trusted
        assert i18n._("Owner") == "Owner"          # untranslated: the source
        assert i18n.gettext("Pain points", lang="en") == "Pain points"
    finally:
        i18n.catalogue.cache_clear()


def test_numbers_and_dates_follow_the_language():
    assert i18n.format_percent(0.125, digits=1, lang="en") == "12.5%"
    assert i18n.format_date("2026-11-29", lang="en") == "Nov 29, 2026"
    assert i18n.format_date("2026-11-29", lang="zh_CN") == "2026年11月29日"
    assert i18n.format_period("2026-11", lang="zh_TW") == "2026年11月"
    assert i18n.format_period("2026-Q3", lang="zh_TW") == "2026-Q3"
    assert i18n.format_number(12345.678, digits=1, lang="zh_CN") == "12,345.7"


def test_decks_name_fonts_an_executive_has():
    assert i18n.fonts("zh_CN")[0] == "Microsoft YaHei"
    assert i18n.fonts("zh_TW")[0] == "Microsoft JhengHei"
    assert "Noto Sans CJK TC" in i18n.fonts("zh_TW")


def test_every_command_takes_lang_and_the_environment_sets_it(tmp_path):
    import os
    import subprocess
    import sys
    sample = tmp_path / "s.jmap"
    subprocess.run([sys.executable, "-m", "journeymap", "new", str(sample)], check=True, capture_output=True)
    for command in ("info", "validate", "rank", "pareto", "roadmap", "review", "votes"):
        done = subprocess.run([sys.executable, "-m", "journeymap", command, "--help"], capture_output=True, text=True)
        assert "--lang" in done.stdout, command
    env = dict(os.environ, JOURNEYMAP_LANG="fr")
    done = subprocess.run([sys.executable, "-m", "journeymap", "info", str(sample)], capture_output=True, text=True,
                          env=env)
    assert done.returncode == 2 and "JOURNEYMAP_LANG" in done.stderr and "Traceback" not in done.stderr
