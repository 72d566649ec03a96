"""``journeymap drivers`` states its finding in words, the same sentence as the Drivers view and the deck:
on random answers it names no item."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parents[1] / "analysis"))
from test_survey_data import ITEMS, build, make_project  # noqa: E402

from journeymap.cli import main  # noqa: E402
from journeymap.storage import datasets, write  # noqa: E402


def noise_project(tmp_path, n=300):
    """The claims survey with every answer drawn at random (QA's survey_big5)."""
    rng = np.random.default_rng(4)
    x = np.column_stack([rng.integers(lo, hi + 1, n) for _, _, (lo, hi), _, _ in ITEMS]).astype(float)
    x[:, 0] = np.clip(x[:, 0], 1, 5)                       # 0 is item 0's missing code
    y = rng.integers(0, 2, n).astype(float)

    def raw(conn):
        cols = datasets.survey_columns(len(ITEMS))
        rows = [(i + 2, f"r{i}", "Private", "2026-10", None, None, float(y[i]), *map(float, x[i]))
                for i in range(n)]
        for ds in ("ds-new", "ds-old"):       # the journey's two waves, as make_project writes them
            datasets.create_raw_table(conn, ds, cols)
            datasets.insert_raw_rows(conn, ds, [c for c, _ in cols], rows)

    project = build()
    path = tmp_path / "noise.jmap"
    write.save(project, path, also=raw)
    return path


def test_random_answers_name_no_item(tmp_path, capsys):
    assert main(["drivers", str(noise_project(tmp_path)), "--bootstrap", "50"]) == 0
    out = capsys.readouterr().out
    finding = next(line for line in out.splitlines() if line.startswith("finding: "))
    assert finding.startswith("finding: No item stands out: the items explain only") and "(n = 300)" in finding


def test_a_clear_driver_is_named(tmp_path, capsys):
    path, *_ = make_project(tmp_path)
    assert main(["drivers", str(path), "--bootstrap", "50"]) == 0
    out = capsys.readouterr().out
    assert "finding: Concentrate on \u201cRepair\u201d" in out


def test_json_states_the_same_finding_in_the_chosen_language(tmp_path, capsys):
    import json
    path, *_ = make_project(tmp_path)
    for lang, named in (("en", "Concentrate on \u201cRepair\u201d"), ("zh_CN", "\u91cd\u70b9\u6539\u8fdb\u201cRepair\u201d"),
                        ("zh_TW", "\u91cd\u9ede\u6539\u9032\u300cRepair\u300d")):
        assert main(["drivers", str(path), "--bootstrap", "50", "--lang", lang]) == 0
        text = capsys.readouterr().out
        line = next(x for x in text.splitlines() if x.startswith("finding: "))
        assert main(["drivers", str(path), "--bootstrap", "50", "--lang", lang, "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["finding"].startswith(named), (lang, data["finding"])
        assert line == f"finding: {data['finding']}"
        assert {"journey", "dataset", "outcome", "method", "n", "r2", "items", "stages"} <= set(data)
