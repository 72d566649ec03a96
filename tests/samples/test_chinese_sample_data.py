"""The Chinese samples' data works as the English sample's does: the same ranking, and a new period
imported with the sample's own saved mapping from a file in the sample's own layout."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from journeymap.storage import datasets, read


def demo(path, lang=None):
    args = [sys.executable, "-m", "journeymap", "demo", str(path)] + (["--lang", lang] if lang else [])
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def jm(*args):
    return subprocess.run([sys.executable, "-m", "journeymap", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    path = tmp_path_factory.mktemp("en") / "en.jmap"
    demo(path)
    return path


@pytest.fixture(scope="module", params=["zh_CN", "zh_TW"])
def sample(request, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param) / "sample.jmap"
    demo(path, request.param)
    return request.param, path


def ranking(path):
    done = jm("rank", path, "--json", "--resamples", "0")
    assert done.returncode == 0, done.stderr
    return [(p["id"], p["rank"], round(p["score"], 9), p["flags"]) for p in json.loads(done.stdout)["pain_points"]]


def test_the_chinese_sample_ranks_its_pain_points_as_the_english_sample(sample, english):
    _, path = sample
    en = ranking(english)
    assert not any("missing:reach" in flags for *_, flags in en)   # each pain point's reach is known
    assert ranking(path) == en


def test_the_operations_mapping_names_the_files_columns_and_the_projects_metrics(sample):
    lang, path = sample
    project = read.open_project(path)
    saved = next(m for m in project.all("mappings") if m.kind == "operations")
    columns = [m["column"] for m in saved.mapping["metrics"]]
    assert columns == ["customers", "contacts", "aht_s", "fcr_pct", "wait_s", "complaints", "cost_per_contact",
                       "decision_days"]
    metrics = {m.id: m.name for m in project.all("metrics")}
    assert {m["metric"] for m in saved.mapping["metrics"]} <= set(metrics.values())
    assert metrics["mt-complaints"] == {"zh_CN": "投诉量", "zh_TW": "投訴量"}[lang]
    stages = {s.name for s in project.stages_of(project.default_journey().id)}
    for ds in (d for d in project.all("datasets") if d.kind == "operations"):
        assert set(datasets.read_frame(path, ds.id)["stage"]) <= stages, ds.id


def test_a_new_period_imports_with_the_samples_own_mapping(sample, tmp_path):
    """January 2027 in the layout of the sample's December file, imported with the saved mapping."""
    _, path = sample
    project = read.open_project(path)
    december = project.find("datasets", "ds-ops-2026-12")
    frame = datasets.read_frame(path, december.id)
    header = ["stage", "period", "segment", "customers", "contacts", "aht_s", "fcr_pct", "wait_s", "complaints",
              "cost_per_contact", "decision_days"]
    january = tmp_path / "operations_monthly_2027-01.csv"
    with january.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(header)
        for row in frame.to_dict("records"):
            row["period"] = "2027-01"
            out.writerow(["" if row[c] is None or row[c] != row[c] else row[c] for c in header])
    saved = next(m for m in project.all("mappings") if m.kind == "operations")
    done = jm("import", path, january, "--mapping", saved.name, "--name", "2027-01")
    assert done.returncode == 0, done.stderr + done.stdout
    after = read.open_project(path)
    values = [v for v in after.all("metric_values") if v.period == "2027-01"]
    assert {v.metric for v in values} >= {"mt-customers", "mt-contacts", "mt-complaints"}
    assert len({m.name for m in after.all("metrics")}) == len(project.all("metrics"))   # no new metric
