"""``journeymap review`` and ``journeymap import`` with ``--lang zh_TW`` / ``zh_CN`` say their text in
Chinese (QA: "review of", "new pain points", "rank changes", "overdue", "no owner" and "imported 42 rows as
dataset" were English). JSON keys and CSV headers stay English (docs/cli.md); only the human text changes."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.samples.insurance import build_sample
from test_import_cli import csv_file, mapping, project, template  # noqa: F401 - fixtures

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "i18n"))
from english import english_words, strip_known, user_data  # noqa: E402


@pytest.fixture(autouse=True)
def _english_after():
    from journeymap import i18n
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("review_zh") / "sample.jmap"
    build_sample(path)
    return path


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_review_text_is_chinese_and_its_json_keys_english(sample, capsys, lang):
    from journeymap.storage.read import open_project
    known = user_data(open_project(sample), sample)
    assert main(["review", str(sample), "--as-of", "2027-02-15", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert english_words(strip_known(out, known)) == [], out
    assert "->" not in out and ": " not in out, out
    assert main(["review", str(sample), "--json", "--lang", lang]) == 0
    assert {"new_pain_points", "rank_changes", "overdue"} <= set(json.loads(capsys.readouterr().out))


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_import_says_what_it_imported_in_chinese(project, tmp_path, capsys, lang):  # noqa: F811 - the fixture
    rules = mapping(tmp_path)
    assert main(["import", str(project), str(csv_file(tmp_path)), "--mapping", str(rules), "--lang", lang]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert english_words(strip_known(last, ["Claims survey", "Brand new stage"])) == [], last
    assert "Claims survey" in last and "Brand new stage" in last and "; " not in last, last
