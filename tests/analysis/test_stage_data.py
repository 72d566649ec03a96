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
