"""``journeymap drivers`` on a generated survey saved in a real project file."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "analysis"))
from test_survey_data import ITEMS, listwise, make_project  # noqa: E402

from journeymap.cli import main  # noqa: E402

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("drivers"))


def drivers(capsys, path, *extra):
    code = main(["drivers", str(path), "--json", "--bootstrap", "20", *extra])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else None), err


def clean(x):
    c = x.copy()
    c[:, 0][c[:, 0] == 0] = np.nan
    c[:, 2][c[:, 2] == 9] = np.nan
    return c


def test_weights_sum_to_r2_on_listwise_rows(claims, capsys):
    path, project, (x, y, segment, period) = claims
    code, data, err = drivers(capsys, path)
    assert code == 0 and "using journey 'Claims'" in err
    assert data["journey"] == "Claims" and data["dataset"] == "Claims survey"
    assert data["outcome"] == "satisfied" and data["method"] == "relweight"
    assert data["n"] == listwise(x, y) and data["rows"] == len(y)
    assert sum(i["weight"] for i in data["items"]) == pytest.approx(data["r2"], abs=1e-9)
    assert sum(i["weight_pct"] for i in data["items"]) == pytest.approx(100.0, abs=1e-9)
    assert sum(s["weight_pct"] for s in data["stages"]) == pytest.approx(100.0, abs=1e-9)
    # R^2 against an independent OLS on the same listwise rows
    cx = clean(x)
    ok = np.isfinite(cx).all(axis=1) & np.isfinite(y)
    a = np.column_stack([np.ones(ok.sum()), cx[ok]])
    beta, *_ = np.linalg.lstsq(a, y[ok], rcond=None)
    resid = y[ok] - a @ beta
    assert data["r2"] == pytest.approx(1 - resid @ resid / ((y[ok] - y[ok].mean()) ** 2).sum(), abs=1e-9)
    keys = {"item", "stage", "r", "weight", "weight_pct", "ci_low", "ci_high", "mean", "top2box", "n", "quadrant"}
    assert all(keys <= set(i) for i in data["items"])
    assert all({"stage", "weight_pct", "mean", "top2box"} <= set(s) for s in data["stages"])
    assert all(i["ci_low"] <= i["weight_pct"] <= i["ci_high"] for i in data["items"])
    top = max(data["items"], key=lambda i: i["weight"])
    assert top["item"] == "Repair quality" and top["stage"] == "Repair"


def test_missing_codes_excluded_and_lower_is_better(claims, capsys):
    path, project, (x, y, segment, period) = claims
    _, data, _ = drivers(capsys, path)
    items = {i["item"]: i for i in data["items"]}
    cx = clean(x)
    assert items["Ease of reporting"]["n"] == int(np.isfinite(cx[:, 0]).sum()) < len(y)
    assert items["Assessor"]["n"] == int(np.isfinite(cx[:, 2]).sum())
    assert items["Assessor"]["mean"] == pytest.approx(np.nanmean(cx[:, 2]))
    effort = items["Effort to get paid"]   # scale 1-7, lower is better: the best two points are 1 and 2
    assert effort["top2box"] == pytest.approx(float(np.mean(x[:, 4] <= 2)))
    assert effort["r"] < 0


@pytest.mark.parametrize("flag, value, mask", [
    ("--segment", "Business", lambda s, p: s == "Business"),
    ("--period", "2026-09", lambda s, p: p == "2026-09"),
])
def test_filters_change_n(claims, capsys, flag, value, mask):
    path, project, (x, y, segment, period) = claims
    _, data, _ = drivers(capsys, path, flag, value)
    m = mask(segment, period)
    assert data["n"] == listwise(x, y, m) and data["rows"] == int(m.sum())
    assert data[flag[2:]] == value


def test_methods_and_reproducible(claims, capsys):
    path, *_ = claims
    _, a, _ = drivers(capsys, path, "--method", "shapley", "--seed", "3")
    _, b, _ = drivers(capsys, path, "--method", "shapley", "--seed", "3")
    assert a == b and a["method"] == "shapley"
    assert sum(i["weight"] for i in a["items"]) == pytest.approx(a["r2"])


def test_text_output(claims, capsys):
    path, *_ = claims
    assert main(["drivers", str(path), "--journey", "Claims", "--bootstrap", "10"]) == 0
    out, err = capsys.readouterr()
    assert "R\u00b2 =" in out and "n = " in out and "Repair quality" in out and "concentrate" in out
    assert err == ""  # --journey given: nothing to name


def test_reads_do_not_write(claims, capsys):
    path, *_ = claims
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    drivers(capsys, path)
    main(["drivers", str(path), "--segment", "nope"])
    assert path.read_bytes() == before and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("extra, words", [
    (["--journey", "Nope"], ["no journey named 'Nope'", "'Claims'"]),
    (["--dataset", "Nope"], ["no survey dataset 'Nope'", "'Old survey'"]),
    (["--segment", "Gold"], ["no segment 'Gold'", "'Private'"]),
    (["--period", "1999-01"], ["no period '1999-01'", "'2026-10'"]),
    (["--journey", "Buying"], ["journey 'Buying' has no survey dataset"]),
])
def test_bad_input_exit_2(claims, capsys, extra, words):
    path, *_ = claims
    code, _, err = drivers(capsys, path, *extra)
    assert code == 2 and all(w in err for w in words) and "Traceback" not in err


def test_not_a_project_and_too_few_rows(tmp_path, capsys):
    bad = tmp_path / "notes.jmap"
    bad.write_text("hello")
    code, _, err = drivers(capsys, bad)
    assert code == 2 and "not a JourneyMap project" in err
    code, _, err = drivers(capsys, tmp_path / "missing.jmap")
    assert code == 2 and "missing.jmap" in err and "Traceback" not in err
    path, *_ = make_project(tmp_path, n=24)
    code, _, err = drivers(capsys, path, "--segment", "Business", "--period", "2026-10")
    assert code == 2 and "driver analysis cannot run" in err and "'Claims survey'" in err


def test_subprocess_exit_codes_and_no_qt(claims):
    path, *_ = claims
    code = ("import sys, runpy; sys.argv=['journeymap','drivers',%r,'--json','--bootstrap','5'];"
            "from journeymap.cli import main; rc=main(sys.argv[1:]);"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported';"
            "sys.exit(rc)" % str(path))
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["n"] > 0
    proc = subprocess.run([sys.executable, "-m", "journeymap", "drivers", str(path), "--period", "x"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "no period 'x'" in proc.stderr and "Traceback" not in proc.stderr


def test_items_listed(claims, capsys):
    path, *_ = claims
    _, data, _ = drivers(capsys, path)
    assert [i["item"] for i in data["items"]] == [i[0] for i in ITEMS]
    assert [i["item_id"] for i in data["items"]] == [f"si-ds-new-{k}" for k in range(len(ITEMS))]


# -- issue 8/12 on the command line: a flag printed as a warning, quadrant_certain per item, stage
# means with their scale beside a 0-100 score, the method's label ---------------------------------

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import airline  # noqa: E402


@pytest.fixture(scope="module")
def small_airline(tmp_path_factory):
    from journeymap.importers.project_import import run_import
    from journeymap.samples import templates
    from journeymap.storage import write
    folder = tmp_path_factory.mktemp("small")
    path = folder / "air.jmap"
    write.save(templates.build("blank"), path)
    run_import(path, airline.write_airline_csv(folder / "air.csv", n=120), airline.mapping())
    return path


def test_small_sample_is_a_warning_and_json_says_why(small_airline, capsys):
    code = main(["drivers", str(small_airline), "--journey", "Air travel", "--bootstrap", "50"])
    out, _ = capsys.readouterr()
    assert code == 0 and "warning: small sample" in out and "140" in out      # 14 items need 140 rows
    assert "mean (scale)" in out and "(1-5)" in out
    code, data, _ = drivers(capsys, small_airline, "--journey", "Air travel")
    assert code == 0 and data["small_sample"] and data["flags"]
    assert data["method_label"] == "relative weights (Johnson)" and data["exact"] and not data["approximate"]
    assert all(isinstance(i["quadrant_certain"], bool) for i in data["items"])
    for stage in data["stages"]:
        assert stage["scale"] == [1, 5] and 1 <= stage["mean"] <= 5 and 0 <= stage["score"] <= 100
        assert stage["score"] == pytest.approx(100 * (stage["mean"] - 1) / 4)
