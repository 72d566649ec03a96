"""The import wizard's Mapping page says why it suggests each item in the UI's language: in 简体 and
繁體 its "Why suggested" column held English ("values fit 1-5; name is 86% like stage…", "values fit
1-5 except a lone 7"). Only the column names the user's file holds stay as they are."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from journeymap.core.model import Journey, Stage
from journeymap.core.project import Project
from journeymap.storage import write
from journeymap.storage.read import open_project
from journeymap.ui.import_wizard import ImportWizard
from journeymap.ui.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "i18n"))
from english import english_words, strip_known  # noqa: E402

COLUMNS = ["id", "总体满意度", "报案体验", "Signup ease", "续保费力程度", "理赔速度"]


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese(request, qapp):
    from journeymap import i18n
    from journeymap.app import install_translators
    install_translators(qapp, request.param)
    i18n.set_language(request.param)
    yield request.param
    install_translators(qapp, "en")
    i18n.set_language("en")


def survey(path: Path, n: int = 150) -> Path:
    """Every kind of reason: a stage-like name, none close, a lone 7 in a 1-5 item, effort wording and a
    don't-know code (99)."""
    rng = np.random.default_rng(3)
    rows = [",".join(COLUMNS)]
    for i in range(n):
        r = [int(x) for x in rng.integers(1, 6, 5)]
        signup = 7 if i == 80 else r[2]
        speed = 99 if i % 10 == 0 else r[4]
        rows.append(f"r{i},{r[0]},{r[1]},{signup},{r[3]},{speed}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def project(path: Path) -> Path:
    p = Project()
    p.add(Journey("jn-1", "车险理赔"))
    for k, name in enumerate(("报案", "定损", "理赔", "续保")):
        p.add(Stage(f"st-{k}", "jn-1", None, name))
    write.save(p, path)
    return path


def test_why_suggested_speaks_the_uis_language(qtbot, tmp_path, chinese):
    session = Session(open_project(project(tmp_path / "p.jmap")))
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(survey(tmp_path / "s.csv")))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    why = {page.items.item(r, 1).text(): page.items.item(r, 7).text() for r in range(page.items.rowCount())}
    assert {"报案体验", "Signup ease", "续保费力程度", "理赔速度"} <= set(why), why
    for column, text in why.items():
        assert english_words(strip_known(text, COLUMNS)) == [], (column, text)
        assert "1-5" in text, text
    assert "7" in why["Signup ease"] and "99" in why["理赔速度"]
    stage = "「报案」" if chinese == "zh_TW" else "\u201c报案\u201d"
    assert stage in why["报案体验"] and "%" in why["报案体验"], why["报案体验"]
    assert why["续保费力程度"].endswith("\uff1a越低越好") and "\uff1b" in why["续保费力程度"], why   # lower is better
