"""All customers' figure of a month imported per segment (New period on the sample), read by every reader.

The sample's months 2025-12..2026-12 store a total row per stage beside the segments; next month's
file imported with the saved mapping stores only its two segments. The review, the Data view's stage
metrics, before/after and the ranking must see that month's all-customers figure (derived from the
segments), and the all-periods figure must never add a total to its own segments.
"""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from journeymap.analysis import before_after, stage_data, targets
from journeymap.analysis.everyone import with_totals
from journeymap.analysis.impact_inputs import metric_value
from journeymap.cli import main
from journeymap.samples.insurance import build_sample
from journeymap.storage.read import open_project as load_project

NEW = "2027-01"
STAGE = "Calls the contact centre"


def _next_month(sample, out):
    """The sample's own December file as January: first-contact resolution halved, wait times tripled."""
    with sqlite3.connect(sample) as conn:
        cur = conn.execute("select * from raw_ds_ops_2026_12 order by line")
        head = [c[0] for c in cur.description][1:]
        rows = [list(r[1:]) for r in cur.fetchall()]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(head)
        for r in rows:
            r = dict(zip(head, r))
            r["period"] = NEW
            if r["fcr_pct"] is not None:
                r["fcr_pct"] = round(r["fcr_pct"] / 2, 1)
            if r["wait_s"] is not None:
                r["wait_s"] = r["wait_s"] * 3
            w.writerow(["" if r[c] is None else r[c] for c in head])
    return rows, head


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    d = tmp_path_factory.mktemp("everyone")
    path = d / "sample.jmap"
    build_sample(path)
    raw, head = _next_month(path, d / "ops_2027-01.csv")
    assert main(["import", str(path), str(d / "ops_2027-01.csv"), "--mapping", "Operations 2025-12 to 2026-11",
                 "--name", "Operations 2027-01"]) == 0
    return path, load_project(path), [dict(zip(head, r)) for r in raw]


def _ids(project):
    return ({m.name: m.id for m in project.all("metrics")},
            {s.name: s.id for s in project.all("stages") if s.journey == "jn-ins"})


def _stored(project, metric, stage, period, segment=""):
    m, s = _ids(project)
    return [v for v in project.all("metric_values")
            if (v.metric, v.stage, v.period, v.segment) == (m[metric], s[stage], period, segment)]


def test_the_import_stores_only_segments_and_the_total_is_derived(imported):
    path, project, raw = imported
    assert _stored(project, "First-contact resolution", STAGE, NEW) == []     # the file has no total row
    mine = [r for r in raw if r["stage"] == STAGE]
    contacts = sum(r["contacts"] for r in mine)
    fcr = sum(round(r["fcr_pct"] / 2, 1) * r["contacts"] for r in mine) / contacts   # contact-weighted
    m, s = _ids(project)
    derived = [v for v in with_totals(project) if (v.metric, v.stage, v.period, v.segment)
               == (m["First-contact resolution"], s[STAGE], NEW, "")]
    assert len(derived) == 1 and derived[0].value == pytest.approx(fcr) and derived[0].n == contacts
    customers = [v for v in with_totals(project) if (v.metric, v.stage, v.period, v.segment)
                 == (m["Customers at the stage"], s[STAGE], NEW, "")]
    assert [v.value for v in customers] == [sum(r["customers"] for r in mine)]


def test_derived_total_matches_the_samples_own_total_of_the_same_file(imported):
    """December's segments, combined by the rule, give the sample's stored December total (contacts
    summed, AHT contact-weighted): the rule is the sample's."""
    _path, project, raw = imported
    mine = [r for r in raw if r["stage"] == STAGE]
    total = _stored(project, "Average handling time", STAGE, "2026-12")[0]
    aht = sum(r["aht_s"] * r["contacts"] for r in mine) / sum(r["contacts"] for r in mine)
    assert total.value == pytest.approx(aht, abs=0.01) and total.n == sum(r["contacts"] for r in mine)


def test_stage_table_of_the_new_month_and_of_all_periods(imported):
    path, project, raw = imported
    stage_data.clear_cache()
    table = stage_data.stage_metric_table(path, project, journey_id="jn-ins", period=NEW)
    row = table.loc[(table["stage"] == STAGE) & (table["metric"] == "First-contact resolution")].iloc[0]
    mine = [r for r in raw if r["stage"] == STAGE]
    contacts = sum(r["contacts"] for r in mine)
    assert row["n"] == contacts and row["value"] == pytest.approx(
        sum(round(r["fcr_pct"] / 2, 1) * r["contacts"] for r in mine) / contacts)
    # all periods: each month's all-customers figure, weighted by its contacts; never total + segments
    every = table_all = stage_data.stage_metric_table(path, project, journey_id="jn-ins")
    cells = [(v.value, v.n) for v in with_totals(project)
             if v.segment == "" and v.metric == _ids(project)[0]["First-contact resolution"]
             and v.stage == _ids(project)[1][STAGE] and v.period]
    assert len(cells) == 14                                                 # 13 stored totals + January's
    fcr_all = table_all.loc[(every["stage"] == STAGE) & (every["metric"] == "First-contact resolution")].iloc[0]
    assert fcr_all["n"] == sum(n for _, n in cells)
    assert fcr_all["value"] == pytest.approx(sum(v * n for v, n in cells) / sum(n for _, n in cells))
    cust = table_all.loc[(every["stage"] == STAGE) & (every["metric"] == "Customers at the stage")].iloc[0]
    totals = [v.value for v in project.all("metric_values") if v.segment == "" and v.period
              and v.metric == _ids(project)[0]["Customers at the stage"] and v.stage == _ids(project)[1][STAGE]]
    assert cust["value"] == pytest.approx(sum(totals) + sum(r["customers"] for r in mine))


def test_heatmap_ranking_and_before_after_see_the_new_month(imported):
    _path, project, raw = imported
    m, s = _ids(project)
    wait = targets.latest_values(project, metric_id=m["Wait time"], journey_id="jn-ins")
    assert wait[s[STAGE]] > 2 * _stored(project, "Wait time", STAGE, "2026-12")[0].value
    reach = metric_value(project, metric_id=m["Customers at the stage"], stage_id=s[STAGE], period=NEW, agg="sum")
    assert reach == sum(r["customers"] for r in raw if r["stage"] == STAGE)
    series = before_after.operating_series(project)
    assert NEW in series[(m["First-contact resolution"], s[STAGE])]


def test_review_reports_the_moved_operating_metrics(imported, capsys):
    path, _project, _raw = imported
    assert main(["review", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["period"], data["previous_period"]) == (NEW, "2026-12")
    moved = {(r["stage"], r["item"]) for r in data["moved_metrics"]}
    assert (STAGE, "First-contact resolution") in moved and (STAGE, "Wait time") in moved
    fcr = next(r for r in data["moved_metrics"] if (r["stage"], r["item"]) == (STAGE, "First-contact resolution"))
    assert fcr["after"] < fcr["before"] * 0.6


def test_a_translated_unit_still_weighs_by_contacts_and_a_total_is_never_added_to_its_segments():
    """The Chinese sample's metric units read '次' (contacts) while its mapping says 'contacts'."""
    from journeymap.core import model
    from journeymap.core.project import Project
    p = Project()
    p.add(model.Journey("j", "J"))
    p.add(model.Stage("s", "j", None, "S"))
    p.add(model.MetricDef("m-con", "接觸量", unit="次"))
    p.add(model.MetricDef("m-fcr", "首次解決率", unit="%"))
    p.add(model.Dataset("ds", "營運數據", "operations", "J", mapping={"metrics": [
        {"metric": "接觸量", "column": "c", "agg": "sum", "unit": "contacts"},
        {"metric": "首次解決率", "column": "f", "agg": "mean", "unit": "%"}]}))
    for i, (seg, con, fcr) in enumerate([("A", 300.0, 40.0), ("B", 100.0, 80.0)]):
        p.add(model.MetricValue(f"c{i}", "m-con", "s", "2027-01", seg, con, 1))
        p.add(model.MetricValue(f"f{i}", "m-fcr", "s", "2027-01", seg, fcr, 1))
    p.add(model.MetricValue("t", "m-fcr", "s", "2026-12", "", 70.0, 390))       # a stored total ...
    p.add(model.MetricValue("t-a", "m-fcr", "s", "2026-12", "A", 10.0, 1))       # ... beside a segment
    total = {(v.metric, v.period): (v.value, v.n) for v in with_totals(p) if v.segment == ""}
    assert total[("m-fcr", "2027-01")] == (pytest.approx((300 * 40 + 100 * 80) / 400), 400.0)
    assert total[("m-con", "2027-01")] == (400.0, 2.0)
    assert total[("m-fcr", "2026-12")] == (70.0, 390)
    assert targets.latest_values(p, metric_id="m-fcr", journey_id="j") == {"s": pytest.approx(50.0)}
