"""``journeymap votes``: JSON of rounds, CSV import (bad rows by line, nothing written) and a served
round from a real subprocess, saved as one change after Ctrl+C."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

from journeymap.cli import main
from journeymap.storage.read import open_project


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("votes") / "sample.jmap"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def project_file(sample, tmp_path):
    path = tmp_path / "p.jmap"
    shutil.copyfile(sample, path)
    return path


def votes_json(path, capsys) -> dict:
    capsys.readouterr()
    assert main(["votes", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_the_samples_rounds_with_tallies(sample, capsys):
    data = votes_json(sample, capsys)
    rounds = data["rounds"]
    assert [r["name"] for r in rounds] == ["Round 1", "Round 2"]
    project = open_project(sample)
    for r in rounds:
        cast = [v for v in project.all("votes") if v.round == r["number"]]
        assert sum(t["dots"] for t in r["tally"]) == sum(v.dots for v in cast)
        assert sorted(r["participants"]) == sorted({v.participant for v in cast})
        assert set(r) >= {"name", "question", "dots_per_participant", "participants", "tally"}
        dots = [t["dots"] for t in r["tally"]]
        assert dots == sorted(dots, reverse=True)


def write_csv(tmp_path, text: str) -> Path:
    path = tmp_path / "votes.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_adds_a_closed_round_by_id_or_title(project_file, tmp_path, capsys):
    csv = write_csv(tmp_path, "Timestamp,Participant,Pain point,Dots\n2026-11-29 10:00,Remote Ann,pp-claim-slow,2\n"
                              "2026-11-29 10:01,Remote Ann,Long waits on the service line,1\n"
                              "2026-11-29 10:02,Remote Bo,pp-claim-slow,3\n")
    assert main(["votes", str(project_file), "--import", str(csv), "--round", "Remote"]) == 0
    assert "imported 6 dots from 2 participants into round 'Remote'" in capsys.readouterr().out
    remote = votes_json(project_file, capsys)["rounds"][-1]
    assert (remote["name"], remote["number"], remote["dots_per_participant"]) == ("Remote", 3, 3)
    assert remote["tally"][:2] == [{"pain_point": "pp-claim-slow", "title": "Claim assessment takes weeks",
                                    "dots": 5},
                                   {"pain_point": "pp-phone-wait", "title": "Long waits on the service line",
                                    "dots": 1}]
    project = open_project(project_file)
    assert project.where("voting_rounds", name="Remote")[0].status == "closed"
    # a closed round takes no more votes
    before = project_file.read_bytes()
    assert main(["votes", str(project_file), "--import", str(csv), "--round", "Remote"]) == 2
    assert "is closed" in capsys.readouterr().err and project_file.read_bytes() == before


def test_bad_rows_are_named_by_line_and_nothing_is_written(project_file, tmp_path, capsys):
    before = project_file.read_bytes()
    csv = write_csv(tmp_path, "participant,pain_point,dots\nAnn,pp-claim-slow,2\n,pp-claim-slow,1\n"
                              "Bo,No such pain,1\nCy,pp-claim-slow,two\nDi,pp-claim-slow,0\n")
    assert main(["votes", str(project_file), "--import", str(csv)]) == 2
    err = capsys.readouterr().err
    for line, what in ((3, "participant is empty"), (4, "'No such pain'"), (5, "'two' is not a whole number"),
                       (6, "at least 1")):
        assert f"line {line}: " in err and what in err
    assert "line 2" not in err and "Traceback" not in err and "unchanged" in err
    assert project_file.read_bytes() == before
    wrong = write_csv(tmp_path, "who,pain_point,dots\nAnn,pp-claim-slow,1\n")
    assert main(["votes", str(project_file), "--import", str(wrong)]) == 2
    assert "participant" in capsys.readouterr().err and project_file.read_bytes() == before


def test_an_import_into_an_open_round_keeps_its_rules(project_file, tmp_path, capsys):
    from journeymap.core import voting
    from journeymap.storage.write import save

    project = open_project(project_file)
    jid = project.default_journey().id
    voting.open_round(project, journey_id=jid, name="Live", dots=2).do(project)
    save(project, project_file)
    before = project_file.read_bytes()
    csv = write_csv(tmp_path, "participant,pain_point,dots\nAnn,pp-claim-slow,2\nAnn,pp-phone-wait,1\n")
    assert main(["votes", str(project_file), "--import", str(csv), "--round", "Live"]) == 2
    assert "line 3: Ann has 0 of 2 dots left" in capsys.readouterr().err
    assert project_file.read_bytes() == before


def test_serve_prints_the_url_first_takes_votes_and_saves_on_ctrl_c(project_file):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "journeymap", "votes", str(project_file), "--serve",
                             "--round", "Phones", "--dots", "2", "--host", "127.0.0.1", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = proc.stdout.readline().strip()
        assert urlsplit(url).hostname == "127.0.0.1" and "/v/" in url
        page = urllib.request.urlopen(url + "?p=Ann", timeout=10).read().decode()
        assert "Claim assessment takes weeks" in page
        for who in ("Ann", "Bo"):
            req = urllib.request.Request(url + "/vote", data=urlencode(
                {"p": who, "pp": "pp-claim-slow", "op": "add"}).encode(), headers={"Accept": "application/json"})
            assert json.loads(urllib.request.urlopen(req, timeout=10).read())["ok"]
        assert open_project(project_file).where("voting_rounds", name="Phones") == []   # not yet saved
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "round 'Phones' closed: 2 dots from 2 participants; saved." in out
    assert "Traceback" not in err
    project = open_project(project_file)
    rnd = project.where("voting_rounds", name="Phones")[0]
    assert (rnd.status, rnd.dots, rnd.participants) == ("closed", 2, ["Ann", "Bo"])
    assert sorted((v.participant, v.pain_point) for v in project.all("votes") if v.round == rnd.number) == [
        ("Ann", "pp-claim-slow"), ("Bo", "pp-claim-slow")]


def test_serve_ends_with_the_timer_and_refuses_a_closed_round(project_file, capsys):
    proc = subprocess.run([sys.executable, "-m", "journeymap", "votes", str(project_file), "--serve",
                           "--round", "Quick", "--timer", "1", "--host", "127.0.0.1", "--port", "0"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].startswith("http://127.0.0.1:")
    assert "or scan" not in proc.stderr      # piped: no QR code is drawn, so none is promised (found in use)
    assert open_project(project_file).where("voting_rounds", name="Quick")[0].status == "closed"
    before = project_file.read_bytes()
    assert main(["votes", str(project_file), "--serve", "--round", "Quick", "--host", "127.0.0.1"]) == 2
    assert "is closed" in capsys.readouterr().err and project_file.read_bytes() == before
