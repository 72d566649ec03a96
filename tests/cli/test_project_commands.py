"""`journeymap new`, `info` and `validate`, run as a user runs them (a subprocess)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.cli.common import CliError, pick_journey
from journeymap.core import model as m
from journeymap.core.project import Project
from journeymap.samples import templates
from journeymap.storage import read, schema, write

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journeymap", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def info_json(path) -> dict:
    result = cli("info", path, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def unchanged(path: Path):
    return path.read_bytes(), path.stat().st_mtime_ns


# -- new --------------------------------------------------------------------------------

@pytest.mark.parametrize("template", templates.TEMPLATES)
def test_new_from_each_template(tmp_path, template):
    path = tmp_path / f"{template}.jmap"
    result = cli("new", path, "--template", template)
    assert result.returncode == 0, result.stderr
    assert f"created {path}" in result.stdout
    assert read.open_project(path) == templates.build(template)


def test_new_with_a_title_and_force(tmp_path):
    path = tmp_path / "p.jmap"
    assert cli("new", path).returncode == 0
    again = cli("new", path, "--template", "retail")
    assert again.returncode == 2 and "exists already" in again.stderr and "--force" in again.stderr
    assert cli("new", path, "--template", "retail", "--title", "Q3 旅程", "--force").returncode == 0
    data = info_json(path)
    assert data["title"] == "Q3 旅程" and data["journeys"][0]["name"] == "Online order"


@pytest.mark.parametrize("where, words", [("folder", "is a folder"), ("missing/p.jmap", "does not exist"),
                                          ("bad-template", "invalid choice")])
def test_new_refuses_bad_paths(tmp_path, where, words):
    target = tmp_path / where
    if where == "folder":
        target.mkdir()
    args = ["new", tmp_path / "x.jmap", "--template", "nope"] if where == "bad-template" else ["new", target]
    result = cli(*args)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == (["folder"] if where == "folder" else [])


# -- info -------------------------------------------------------------------------------

def test_info_json_keys_and_counts(tmp_path):
    path = tmp_path / "rich.jmap"
    project = jmap_builders.rich_project()
    write.save(project, path)
    before = unchanged(path)
    data = info_json(path)
    assert unchanged(path) == before
    assert data["schema_version"] == schema.SCHEMA_VERSION and isinstance(data["schema_version"], int)
    assert data["title"] == "Rich project 测试"
    assert data["default_journey"] == "Insurance end to end"
    journeys = {j["name"]: j for j in data["journeys"]}
    assert list(journeys) == ["Insurance end to end", "Online order", "Insurance future"]
    for j in project.all("journeys"):
        got = journeys[j.name]
        assert got["state"] == j.state
        for kind in ("stages", "transitions", "pain_points"):
            assert type(got[kind]) is int and got[kind] == len(project.where(kind, journey=j.id)), kind
    assert journeys["Insurance end to end"]["pain_points"] == 6
    assert data["datasets"] == [
        {"name": "Survey 2026", "kind": "survey", "journey": "Insurance end to end", "rows": 3,
         "file_name": "", "imported_at": ""},
        {"name": "Ops", "kind": "operations", "journey": "Insurance end to end", "rows": 2,
         "file_name": "", "imported_at": ""}]


def test_info_text(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(templates.build("insurance"), path)
    result = cli("info", path)
    assert result.returncode == 0 and result.stderr == ""
    assert "default journey: Insurance end to end" in result.stdout
    assert "Insurance end to end [current]: 21 stages, 30 transitions, 0 pain points" in result.stdout
    assert "datasets: none" in result.stdout


def three_journeys(default: str | None) -> Project:
    """A future state first, then two current-state journeys."""
    project = Project(m.ProjectInfo(title="Three", default_journey=default))
    for jid, name, state in [("jn-f", "Future", "future"), ("jn-a", "Current A", "current"),
                             ("jn-b", "Current B", "current")]:
        project.add(m.Journey(jid, name, state=state))
    return project


@pytest.mark.parametrize("stored, expected", [("jn-b", "Current B"), ("jn-f", "Future"),
                                              (None, "Current A"), ("jn-deleted", "Current A")])
def test_default_journey_rule(tmp_path, stored, expected):
    path = tmp_path / "p.jmap"
    write.save(three_journeys(stored), path)
    assert info_json(path)["default_journey"] == expected
    assert read.open_project(path).default_journey().name == expected


def test_default_journey_of_a_project_with_only_future_states_and_none(tmp_path):
    path = tmp_path / "p.jmap"
    project = Project()
    project.add(m.Journey("jn-f", "Only future", state="future"))
    write.save(project, path)
    assert info_json(path)["default_journey"] == "Only future"
    write.save(Project(), path)
    data = info_json(path)
    assert data["default_journey"] is None and data["journeys"] == [] and data["datasets"] == []


def test_a_command_that_picks_the_journey_names_it_on_stderr(capsys):
    project = three_journeys(None)
    assert pick_journey(project, None).name == "Current A"
    assert capsys.readouterr().err == "journeymap: using journey 'Current A' (the project's default)\n"
    assert pick_journey(project, "Current B").name == "Current B"
    assert capsys.readouterr().err == ""  # named by the user: nothing to say
    with pytest.raises(CliError) as caught:
        pick_journey(project, "Nope")
    assert caught.value.code == 2 and "'Current A'" in str(caught.value) and "'Nope'" in str(caught.value)
    with pytest.raises(CliError, match="no journey yet"):
        pick_journey(Project(), None)


def test_info_imports_no_qt_pandas_or_networkx(tmp_path):
    path = tmp_path / "p.jmap"
    write.save(templates.build("insurance"), path)
    code = ("import sys; from journeymap.cli import main; main(['info', sys.argv[1]]); "
            "print(sorted(m for m in ('PySide6', 'pandas', 'networkx', 'numpy', 'sqlite_utils') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


# -- validate ---------------------------------------------------------------------------

@pytest.mark.parametrize("template", templates.TEMPLATES)
def test_validate_clean_templates(tmp_path, template):
    path = tmp_path / "p.jmap"
    write.save(templates.build(template), path)
    before = unchanged(path)
    result = cli("validate", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("ok")
    assert unchanged(path) == before


def broken(path: Path) -> None:
    """A journey with a dead end, an unreachable stage and a loop; then a transition to a
    stage that is not there, written behind the program's back (it would refuse it)."""
    project = Project(m.ProjectInfo(title="Broken"))
    project.add(m.Journey("j", "Broken journey"))
    for sid, role in [("a", "entry"), ("b", "step"), ("c", "terminal"), ("d", "step"), ("island", "step")]:
        project.add(m.Stage(sid, "j", None, f"Stage {sid}", role=role))
    for i, (s, t) in enumerate([("a", "b"), ("a", "c"), ("c", "d"), ("d", "c")]):
        project.add(m.Transition(f"t{i}", "j", s, t))
    write.save(project, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO transitions (id, journey, source, target, kind, _order) "
                 "VALUES ('t-ghost', 'j', 'a', 'st-ghost', 'normal', 99)")
    conn.commit()
    conn.close()


def test_validate_reports_problems_with_exit_1(tmp_path):
    path = tmp_path / "broken.jmap"
    broken(path)
    before = unchanged(path)
    result = cli("validate", path)
    assert result.returncode == 1
    assert "problems found" in result.stdout
    assert "stage 'Stage b' leads nowhere and is not marked terminal" in result.stdout
    assert "stage 'Stage island' cannot be reached from an entry" in result.stdout
    assert "points to a missing stage 'st-ghost'" in result.stdout
    assert "info: loop: Stage c -> Stage d -> Stage c" in result.stdout
    assert "transitions row" in result.stdout and "missing stages row" in result.stdout
    assert unchanged(path) == before


def test_validate_json(tmp_path):
    path = tmp_path / "broken.jmap"
    broken(path)
    result = cli("validate", path, "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False and len(data["file"]) == 1
    [journey] = data["journeys"]
    assert journey["journey"] == "Broken journey"
    found = {(p["code"], tuple(p["ids"])): p["level"] for p in journey["problems"]}
    assert found == {("missing-stage", ("t-ghost",)): "error", ("dead-end", ("b",)): "error",
                     ("unreachable", ("island",)): "error", ("loop", ("c", "d")): "info"}
    assert all(set(p) == {"level", "code", "message", "ids"} for p in journey["problems"])


def test_validate_one_journey_and_an_unknown_one(tmp_path):
    path = tmp_path / "rich.jmap"
    write.save(jmap_builders.rich_project(), path)
    data = json.loads(cli("validate", path, "--journey", "Online order", "--json").stdout)
    assert [j["journey"] for j in data["journeys"]] == ["Online order"] and data["ok"]
    result = cli("validate", path, "--journey", "Nope")
    assert result.returncode == 2 and "no journey named 'Nope'" in result.stderr
    assert "Traceback" not in result.stderr


# -- a full disk and hostile names on the terminal -------------------------------------------------

def _limited(size: int):
    import resource
    import signal

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails (EFBIG) like a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return limit


@pytest.mark.parametrize("args", [["new", "--template", "insurance"], ["demo"]])
def test_new_and_demo_on_a_full_disk_say_so(tmp_path, args):
    path = tmp_path / "p.jmap"
    done = subprocess.run([sys.executable, "-m", "journeymap", args[0], str(path), *args[1:]],
                          capture_output=True, text=True, timeout=120, preexec_fn=_limited(30_000))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "could not be saved" in done.stderr and "free some space" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_escape_sequences_from_the_file_never_reach_the_terminal(tmp_path):
    project = templates.build("insurance")
    journey = project.default_journey()
    project.update("journeys", journey.id, name="\x1b]0;pwned\x07Journey \x1b[31mred\x1b[0m\x9b2J")
    stage = project.stages_of(journey.id)[0]
    project.add(m.PainPoint("pp-esc", journey.id, stage.id, "\x1b[2JSlow \x1b]8;;http://x\x1b\\link"))
    path = tmp_path / "p.jmap"
    write.save(project, path)
    for args in (["info"], ["rank"], ["roadmap"], ["validate"], ["rank", "--csv"]):
        done = cli(args[0], path, *args[1:])
        text = done.stdout + done.stderr
        assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text, (args, text[:300])
    assert "Journey red" in cli("info", path).stdout
