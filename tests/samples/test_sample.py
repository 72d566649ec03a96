"""The bundled sample project: deterministic, complete, valid, with a real driver structure."""
from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from journeymap.core import graph
from journeymap.samples.insurance import build_sample
from journeymap.storage import schema
from journeymap.storage.datasets import read_raw
from journeymap.storage.read import open_project

ROOT = Path(__file__).resolve().parents[2]
SIMPLIFIED = set("们赔账转电话这里说复单")
TRADITIONAL = set("們賠帳賬轉電話這裡說複單")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    paths, seconds = [], []
    for name in ("a.jmap", "b.jmap"):
        start = time.perf_counter()
        build_sample(folder / name)
        seconds.append(time.perf_counter() - start)
        paths.append(folder / name)
    return paths, seconds


@pytest.fixture(scope="module")
def project(built):
    return open_project(built[0][0])


@pytest.fixture(scope="module")
def current(project):
    return project.default_journey()


def raw_tables(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name LIKE 'raw_%' ORDER BY name")]
        return {n: conn.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names}
    finally:
        conn.close()


def test_two_builds_are_equal(built):
    (a, b), seconds = built
    assert open_project(a) == open_project(b)
    raw_a, raw_b = raw_tables(a), raw_tables(b)
    assert sorted(n.split("_")[0] for n in raw_a) == ["raw"] * 4 + ["rawcol"] * 4 and raw_a == raw_b  # build time: benchmarks/bench_project.py


def test_it_says_its_data_is_synthetic(project):
    assert "sample" in project.info.title.lower() and "synthetic" in project.info.title.lower()
    assert "All data in this project is synthetic." in project.info.description


def test_journeys_stages_and_segments(project, current):
    assert current.name == "Insurance end to end" and current.state == "current"
    stages = project.stages_of(current.id)
    assert 18 <= len(stages) <= 24
    assert len(project.phases_of(current.id)) == 8
    assert {s.phase for s in stages} == {p.id for p in project.phases_of(current.id)}
    segments = project.all("segments")
    assert len(segments) == 2 and sum(s.share for s in segments) == pytest.approx(1.0)
    ids = {s.id for s in segments}
    for s in stages:
        assert set(s.emotions) == ids and all(-3 <= v <= 3 for v in s.emotions.values())
    assert any(len(set(s.emotions.values())) > 1 for s in stages)  # segments feel differently
    filled = [s for s in stages if s.description and s.customer_action and s.thinking and s.backstage]
    assert len(filled) >= 0.8 * len(stages)


def test_graph_is_valid_with_loop_dropout_and_claim_path(project, current):
    problems = graph.validate(project, current.id)
    assert not [p for p in problems if p.level == "error"], problems
    assert any(p.code == "loop" for p in problems)
    kinds = Counter(t.kind for t in project.where("transitions", journey=current.id))
    assert kinds["drop-out"] >= 1 and kinds["loop"] >= 1
    g = graph.build(project, current.id)
    names = {n: d["name"] for n, d in g.nodes(data=True)}
    assert any(names[p[-1]] == "Claim is settled" and "Reports a claim" in {names[s] for s in p}
               for p in graph.paths(g))


def test_future_state_is_derived(project, current):
    future = [j for j in project.all("journeys") if j.state == "future"]
    assert len(future) == 1 and future[0].derived_from == current.id
    now = {s.id: s for s in project.stages_of(current.id)}
    later = project.stages_of(future[0].id)
    assert not [p for p in graph.validate(project, future[0].id) if p.level == "error"]
    assert all(s.derived_from is None or s.derived_from in now for s in later)
    renamed = {s.name for s in later if s.derived_from and now[s.derived_from].name != s.name}
    assert {"Live chat with an agent", "Smart payment retry"} <= renamed
    assert any(s.derived_from is None for s in later)                      # added
    assert set(now) - {s.derived_from for s in later}                       # removed


def test_metrics_and_twelve_months_of_operating_data(project, current):
    metrics = {m.name: m for m in project.all("metrics")}
    assert metrics["Customer effort (CES)"].better == "lower"
    for name in ("Contact volume", "Average handling time", "First-contact resolution", "Complaints"):
        assert metrics[name].kind == "operating"
    stages = {s.id for s in project.stages_of(current.id)}
    reach = [v for v in project.where("metric_values", metric=metrics["Customers at the stage"].id, segment="")]
    assert {(v.stage, v.period) for v in reach} == {(s, p) for s in stages for p in {v.period for v in reach}}
    assert len({v.period for v in reach}) == 13 and len(reach) == 13 * len(stages)  # 12 months + next month
    fcr = metrics["First-contact resolution"]
    bot = next(s.id for s in project.stages_of(current.id) if s.name == "Chats with the bot")
    values = [v.value for v in project.where("metric_values", metric=fcr.id, stage=bot, segment="")]
    assert len(values) == 13 and max(values) < fcr.target  # the bot hand-off is clearly off target


def test_survey_dataset_and_items(built, project, current):
    path = built[0][0]
    survey = next(d for d in project.all("datasets") if d.kind == "survey")
    assert survey.rows == 5450 and re.fullmatch(r"[0-9a-f]{64}", survey.sha256)
    assert survey.mapping["outcome"]["type"] == "scale" and len(survey.mapping["items"]) == len(
        project.where("survey_items", dataset=survey.id))
    items = sorted(project.where("survey_items", dataset=survey.id), key=lambda i: i.position)
    assert 10 <= len(items) <= 14
    effort = [i for i in items if i.better == "lower"]
    assert len(effort) == 1 and (effort[0].scale_min, effort[0].scale_max) == (1, 7)
    stage_names = {s.name for s in project.stages_of(current.id)}
    assert all(i["stage"] in stage_names for i in survey.mapping["items"])
    frame = read_raw(path, survey.id)
    assert len(frame) == 5450 and frame["period"].str.match(r"^2026-\d\d$").all()
    assert set(frame["segment"]) == {s.name for s in project.all("segments")}
    assert frame[[f"i{i.position}" for i in items]].isna().any().all()   # some answers missing
    ratings = frame[[f"i{i.position}" for i in items]]
    lows = np.array([i.scale_min for i in items])
    highs = np.array([i.scale_max for i in items])
    assert ((ratings.min() >= lows) & (ratings.max() <= highs)).all()


def test_survey_has_a_real_driver_structure(built, project):
    """Claim items outweigh onboarding in a regression, although onboarding correlates as well."""
    survey = next(d for d in project.all("datasets") if d.kind == "survey")
    items = {project.get("stages", i.stage).name: i for i in project.where("survey_items", dataset=survey.id)}
    frame = read_raw(built[0][0], survey.id).dropna()
    cols = [f"i{i.position}" for i in items.values()]
    x = frame[cols].to_numpy(float)
    y = frame["outcome"].to_numpy(float)
    z = (x - x.mean(0)) / x.std(0)
    beta = np.linalg.lstsq(np.c_[np.ones(len(z)), z], (y - y.mean()) / y.std(), rcond=None)[0][1:]
    r = np.array([np.corrcoef(x[:, j], y)[0, 1] for j in range(x.shape[1])])
    at = {name: k for k, name in enumerate(items)}
    onboarding = abs(beta[at["Receives the welcome pack"]])
    strong = ["Assessment and documents", "Reports a claim", "Complaint is handled", "Payment fails and is chased"]
    for name in strong:
        assert abs(beta[at[name]]) > 1.5 * onboarding, (name, beta)
    assert beta[at["Reports a claim"]] < 0             # effort: lower is better
    assert abs(r[at["Receives the welcome pack"]]) > abs(r[at["Reports a claim"]])  # correlation misleads


def test_comments_reasons_and_rules(project):
    feedback = project.all("feedback")
    assert len(feedback) >= 300
    assert {f.source for f in feedback} == {"customer", "employee"}
    texts = " ".join(f.text for f in feedback)
    assert re.search(r"[A-Za-z]{4}", texts) and SIMPLIFIED & set(texts) and TRADITIONAL & set(texts)
    employee_zh = [f.text for f in feedback if f.source == "employee" and re.search(r"[\u4e00-\u9fff]", f.text)]
    assert employee_zh
    assert {f.coded_by for f in feedback} == {"column", "rule"}
    reasons = {r.name: r for r in project.all("reasons")}
    assert 10 <= len(reasons) <= 14 and all(f.reason in reasons for f in feedback)
    keywords = " ".join(k for r in reasons.values() for k in r.keywords)
    assert SIMPLIFIED & set(keywords) and TRADITIONAL & set(keywords)
    for f in feedback:
        if f.coded_by == "rule":
            assert any(k.casefold() in f.text.casefold() for k in reasons[f.reason].keywords), f.text
    assert all(f.score is None or 1 <= f.score <= 5 for f in feedback)
    counts = sorted(Counter(f.reason for f in feedback).values(), reverse=True)
    assert sum(counts[:4]) > 0.5 * len(feedback)          # a meaningful Pareto


def test_rules_code_each_comment_to_its_reason(project):
    from journeymap.analysis import reasons as reasons_mod
    rules = reasons_mod.rules_from(project.all("reasons"))
    wrong = [f.text for f in project.all("feedback") if reasons_mod.code_text(f.text, rules) != f.reason]
    assert not wrong


def test_pain_points_evidence_votes_initiatives(project, current):
    pains = project.where("pain_points", journey=current.id)
    assert len(pains) >= 10
    assert {p.source for p in pains} == {"customer", "employee", "workshop", "data"}
    metric_ids = {m.id for m in project.all("metrics")}
    item_ids = {i.id for i in project.all("survey_items")}
    reason_names = {r.name for r in project.all("reasons")}
    for p in pains:
        ev = project.where("evidence", pain_point=p.id)
        assert ev, p.title
        for e in ev:
            assert {"metric": e.ref in metric_ids, "item": e.ref in item_ids, "reason": e.ref in reason_names,
                    "note": True}[e.kind], e
        assert 1 <= p.severity <= 5 and 0 <= p.share_affected <= 1
    kinds = Counter(e.kind for e in project.all("evidence"))
    assert kinds["metric"] and kinds["item"] and kinds["reason"]
    votes = project.all("votes")
    assert {v.round for v in votes} == {1, 2} and len({v.participant for v in votes}) >= 6
    initiatives = project.all("initiatives")
    assert len(initiatives) >= 6
    assert {i.status for i in initiatives} == {"idea", "planned", "in_progress", "done", "dropped"}
    done = [i for i in initiatives if i.status == "done"]
    assert done and all(i.done for i in done)
    pain_ids = {p.id for p in pains}
    assert all(i.pain_points and set(i.pain_points) <= pain_ids for i in initiatives)
    live = [i for i in initiatives if i.status in ("planned", "in_progress", "done")]
    assert all(i.owner and i.due for i in live)


def test_roadmap_story_overdue_worked_and_did_not(built, project):
    """One initiative overdue today and at the review; one done that worked, one done that did not."""
    import datetime as dt

    from journeymap.analysis import before_after, roadmap
    path = built[0][0]
    today = [i.id for i in project.all("initiatives") if roadmap.is_overdue(i, dt.date(2026, 11, 29))]
    assert today == ["in-sms-fallback"]
    verdicts = {i.id: before_after.before_after(path, project, i)["sentence"].split(":")[0]
                for i in project.all("initiatives") if i.status == "done"}
    assert verdicts == {"in-plain-bill": "Improved", "in-welcome-digital": "No detectable change at this n"}


def test_second_wave_gives_the_review_something_to_say(built, project, current):
    from journeymap.analysis.review import review
    import datetime as dt
    # The sample's story is the December review, held when the January files came in (samples/insurance.py
    # SURVEY_IMPORTED): a fixed day, so the test does not change with the calendar.
    out = review(built[0][0], project, journey_id=current.id, today=dt.date(2027, 1, 6))
    assert (out["period"], out["previous_period"]) == ("2026-12", "2026-11")
    moved = {(m["stage"], m["item"], m["verdict"]) for m in out["moved_metrics"]}
    assert ("Complaint is handled", "Handling of my complaint", "improved") in moved
    assert [r["id"] for r in out["recurring_unowned"]] == ["pp-claim-repeat"]
    assert {o["id"] for o in out["overdue"]} == {"in-sms-fallback", "in-phone-callback"}
    assert [d["id"] for d in out["due"]] == ["in-phone-callback"]
    # Reviewed before December is over, overdue is judged on that day: the callback due mid-December is not late yet.
    early = review(built[0][0], project, journey_id=current.id, today=dt.date(2026, 11, 29))
    assert {o["id"] for o in early["overdue"]} == {"in-sms-fallback"}


def test_mappings_parse(project):
    from journeymap.importers import mapping
    for ds in project.all("datasets"):
        assert mapping.load_mapping(ds.mapping).kind == ds.kind


def test_raw_tables_hold_the_rows_the_datasets_claim(built, project):
    conn = sqlite3.connect(f"file:{built[0][0]}?mode=ro", uri=True)
    try:
        for ds in project.all("datasets"):
            n = conn.execute(f"SELECT count(*) FROM {schema.raw_table(ds.id)}").fetchone()[0]
            assert n == ds.rows > 0, ds.name
    finally:
        conn.close()


def test_cli_demo_then_info(tmp_path):
    out = tmp_path / "demo.jmap"
    run = lambda *a: subprocess.run([sys.executable, "-m", "journeymap", *a], cwd=ROOT,  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    done = run("demo", str(out))
    assert done.returncode == 0, done.stderr
    info = run("info", str(out), "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["default_journey"] == "Insurance end to end"
    assert len(data["datasets"]) == 4 and all(d["rows"] > 0 for d in data["datasets"])
    assert {d["kind"] for d in data["datasets"]} == {"survey", "operations", "feedback"}


def test_build_script(tmp_path):
    out = tmp_path / "script.jmap"
    done = subprocess.run([sys.executable, str(ROOT / "resources" / "build_sample.py"), str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert open_project(out).info.title.startswith("Sample")
