"""``journeymap search``: hits with stage names, JSON keys, source filter, bad input exits 2."""
import json

import pytest

from journeymap.cli import main
from journeymap.core.model import Dataset, FeedbackItem
from journeymap.samples.templates import build
from journeymap.storage.read import open_project
from journeymap.storage.write import save


@pytest.fixture
def path(tmp_path):
    project = build("insurance")
    journey = project.default_journey()
    stage = project.stages_of(journey.id)[2]
    project.add(FeedbackItem("fb-1", journey.id, "理赔太慢了，五个星期", stage=stage.id, source="customer"))
    project.add(FeedbackItem("fb-2", journey.id, "系统里理赔状态看不到", stage=None, source="employee"))
    project.add(FeedbackItem("fb-3", journey.id, "Friendly staff", stage=stage.id, source="customer"))
    target = tmp_path / "p.jmap"
    save(project, target)
    return target, stage.name


def test_json_lists_matching_comments_with_stage_names(path, capsys):
    target, stage = path
    assert main(["search", str(target), "理赔", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"journey", "dataset", "text", "source", "count", "comments"}
    assert data["count"] == 2 and [c["id"] for c in data["comments"]] == ["fb-1", "fb-2"]
    assert data["comments"][0] == {"id": "fb-1", "stage": stage, "source": "customer", "text": "理赔太慢了，五个星期"}
    assert main(["search", str(target), "理赔", "--source", "employee", "--json"]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)["comments"]] == ["fb-2"]


def test_text_output_and_bad_input(path, capsys):
    target, stage = path
    assert main(["search", str(target), "friendly"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("1 comments") and "Friendly staff" in out and stage[:20] in out
    assert main(["search", str(target), "x", "--journey", "Nope"]) == 2
    assert "no journey named 'Nope'" in capsys.readouterr().err
    assert main(["search", str(target), "  "]) == 2
    assert main(["search", str(target.with_name("missing.jmap")), "x"]) == 2


def test_dataset_limits_the_search_to_one_file(path, capsys):
    target, _stage = path
    project = open_project(target)
    journey = project.default_journey()
    project.add(Dataset("ds-nov", "Comments 2026-11", "feedback", journey=journey.id, rows=1))
    project.add(FeedbackItem("fb-nov", journey.id, "理赔又慢了", source="customer", dataset="ds-nov"))
    save(project, target)
    assert main(["search", str(target), "理赔", "--dataset", "Comments 2026-11", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dataset"] == "Comments 2026-11" and [c["id"] for c in data["comments"]] == ["fb-nov"]
    assert main(["search", str(target), "理赔", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dataset"] is None and {c["id"] for c in data["comments"]} == {"fb-1", "fb-2", "fb-nov"}
    assert main(["search", str(target), "理赔"]) == 0
    assert main(["search", str(target), "理赔", "--dataset", "ds-nov"]) == 0       # the id works too
    out = capsys.readouterr().out
    assert out.splitlines()[-1].strip().endswith("理赔又慢了") and "'Comments 2026-11'" in out
    assert main(["search", str(target), "理赔", "--dataset", "Nope"]) == 2
    err = capsys.readouterr().err
    assert "no dataset named 'Nope'" in err and "Comments 2026-11" in err and "Traceback" not in err
