"""The per-stage metric table on the sample: survey sample sizes are flagged, operating counts are not."""
import pytest

from journeymap.analysis.stage_data import stage_metric_table
from journeymap.samples import write_sample
from journeymap.storage.read import open_project


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("s") / "sample.jmap"
    write_sample(path)
    return path, open_project(path)


def test_small_samples_are_flagged_but_operating_values_are_not(sample):
    path, project = sample
    jid = project.default_journey().id
    table = stage_metric_table(path, project, journey_id=jid)
    operating = table[table["kind"] == "operating"]
    # operating n counts months x segments (24 here), not respondents: never a small-sample flag
    assert (operating["n"] < 30).any()
    assert not any("n<30" in f for f in operating["flags"])
    narrow = stage_metric_table(path, project, journey_id=jid, segment="Small business", period="2026-03")
    survey = narrow[(narrow["kind"] == "satisfaction") & (narrow["n"] > 0)]
    assert len(survey) and (survey["n"] < table[table["kind"] == "satisfaction"]["n"].max()).all()
    assert all(("n<30" in f) == (n < 30) for n, f in zip(survey["n"], survey["flags"]))


def _stored(project, jid, name, *, segment="", period=None) -> dict:
    """stage name -> (value, n) of a stored metric, from the MetricValues with plain Python: the
    segment's rows (totals for everyone), n-weighted mean or sum over the periods."""
    metric = next(m for m in project.all("metrics") if m.name == name)
    agg = next((m.get("agg", "mean") for d in project.all("datasets") if d.kind == "operations"
                for m in d.mapping.get("metrics", []) if m.get("metric") == name), "mean")
    stages = {s.id: s.name for s in project.stages_of(jid)}
    by_stage: dict = {}
    for v in project.where("metric_values", metric=metric.id):
        if v.stage in stages and v.segment == segment and v.value is not None and period in (None, v.period):
            by_stage.setdefault(stages[v.stage], []).append((v.value, v.n or 1))
    out = {}
    for stage, pairs in by_stage.items():
        n = sum(k for _, k in pairs)
        out[stage] = (sum(x for x, _ in pairs) if agg == "sum" else sum(x * k for x, k in pairs) / n, n)
    return out


@pytest.mark.parametrize("name", ["Wait time", "First-contact resolution", "Average handling time",
                                  "Cost per contact", "Time to claim decision", "Contact volume"])
def test_every_stored_operating_metric_is_in_the_table(sample, name):
    """QA 10: only the metrics with per-segment rows (contacts, customers) were listed; a metric
    stored only as totals (wait time, FCR, AHT ...) was dropped with the per-segment ones."""
    path, project = sample
    jid = project.default_journey().id
    table = stage_metric_table(path, project, journey_id=jid)
    mine = table.loc[table["metric"] == name].set_index("stage")
    want = _stored(project, jid, name)
    assert want and set(mine.index) == set(want)
    for stage, (value, n) in want.items():
        assert mine.loc[stage, "value"] == pytest.approx(value) and mine.loc[stage, "n"] == n
    wait = table.loc[(table["metric"] == "Wait time") & table["on_target"].eq(False)]
    assert len(wait) >= 1 and all("off target" in f for f in wait["flags"])


def test_a_segment_reads_its_own_rows(sample):
    path, project = sample
    jid = project.default_journey().id
    table = stage_metric_table(path, project, journey_id=jid, segment="Small business", period="2026-03")
    mine = table.loc[table["metric"] == "Contact volume"].set_index("stage")
    want = _stored(project, jid, "Contact volume", segment="Small business", period="2026-03")
    assert want and set(mine.index) == set(want)
    for stage, (value, n) in want.items():
        assert (mine.loc[stage, "value"], mine.loc[stage, "n"]) == (pytest.approx(value), n)


def test_no_target_is_never_off_target_and_stored_scores_keep_theirs(sample):
    """A metric without a target (customers, contacts) is not 'off target'; a stored survey score
    (the sample's NPS per stage) is listed among the stored values with its MetricDef's target."""
    path, project = sample
    jid = project.default_journey().id
    table = stage_metric_table(path, project, journey_id=jid)
    untargeted = table.loc[table["metric"].isin(["Customers at the stage", "Contact volume", "Complaints"])]
    assert len(untargeted) and untargeted["on_target"].isna().all()
    assert not any("off target" in f for f in untargeted["flags"])
    nps = table.loc[table["metric"] == "Net Promoter Score"]
    want = _stored(project, jid, "Net Promoter Score")
    assert set(nps["stage"]) == set(want) == {"Claim is settled"}
    row = nps.iloc[0]
    assert (row["kind"], row["target"], row["unit"]) == ("operating", 20.0, "points")
    assert row["value"] == pytest.approx(want["Claim is settled"][0])
    assert row["on_target"] == (row["value"] >= 20.0)
