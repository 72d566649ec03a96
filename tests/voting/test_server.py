"""The phone-voting server on loopback: votes go through, and every attack is refused or inert,
with the server still answering and the project unchanged."""
from __future__ import annotations

import http.client
import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from journeymap.core import model as m
from journeymap.core.project import Project
from journeymap.core import voting
from journeymap.voting.bridge import HeadlessRound
from journeymap.voting.limits import BURST, RateLimiter
from journeymap.voting.server import VotingServer, qr_svg


def workshop_project() -> Project:
    p = Project()
    p.add(m.Journey("jn", "Claims"))
    p.add(m.Stage("st", "jn", None, "Calls"))
    p.add(m.PainPoint("pp-a", "jn", "st", "Long wait <script>alert(1)</script>"))
    p.add(m.PainPoint("pp-b", "jn", "st", "Bills nobody reads"))
    p.add(m.PainPoint("pp-c", "jn", "st", "Secret: not a candidate", description="internal only"))
    return p


@pytest.fixture
def served():
    project = workshop_project()
    opening = voting.open_round(project, journey_id="jn", name="Round <1>", dots=3, max_per_item=2,
                                candidates=["pp-a", "pp-b"], question="Which hurts most?")
    run = HeadlessRound(project, opening, "Round <1>", "jn")
    server = VotingServer(run.box, host="127.0.0.1", port=0).start()
    yield project, run, server
    server.stop()


def request(server, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def vote(server, who, pp, op="add", token=None):
    token = token or server.box.token
    body = urlencode({"p": who, "pp": pp, "op": op})
    return request(server, "POST", f"/v/{token}/vote", body,
                   {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})


def votes_of(project):
    return sorted((v.participant, v.pain_point, v.dots) for v in project.all("votes"))


def test_the_page_shows_only_the_candidates_and_votes_count(served):
    project, run, server = served
    path = urlsplit(server.url).path
    assert re.fullmatch(r"/v/[a-z2-9]{12}", path)
    status, headers, page = request(server, "GET", path + "?p=Ann")
    assert status == 200 and "script-src 'nonce-" in headers["Content-Security-Policy"]
    assert "Bills nobody reads" in page and "Long wait &lt;script&gt;" in page
    assert "<script>alert" not in page and "Secret" not in page and "internal only" not in page
    assert "Calls" not in page and "Claims" not in page   # no other project data
    assert vote(server, "Ann", "pp-a")[0] == 200
    status, _, body = vote(server, "Bo", "pp-b")
    assert json.loads(body) == {"ok": True, "message": "", "mine": {"pp-b": 1}, "left": 2}
    assert votes_of(project) == [("Ann", "pp-a", 1), ("Bo", "pp-b", 1)]
    assert server.box.tally() == {"pp-a": 1, "pp-b": 1}
    # a form post (no JSON asked for) goes back to the ballot
    status, headers, _ = request(server, "POST", path + "/vote", urlencode({"p": "Ann", "pp": "pp-a", "op": "remove"}),
                                 {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 303 and headers["Location"] == path + "?p=Ann"
    assert votes_of(project) == [("Bo", "pp-b", 1)]


def test_no_token_wrong_token_and_other_paths_find_nothing(served):
    project, _, server = served
    token = server.box.token
    for path in ("/", "/v", "/v/", f"/v/{token[:-1]}x", "/v/" + "a" * 12, f"/v/{token}/qr.svg",
                 f"/V/{token}", "/../etc/passwd", f"/v/{token}/vote/x"):
        status, _, body = request(server, "GET", path)
        assert status == 404, path
        assert "Claims" not in body and "Bills" not in body
    assert vote(server, "Ann", "pp-a", token="wrongtoken12")[0] == 404
    assert votes_of(project) == []


def test_unknown_candidate_too_many_dots_and_a_closed_round_are_refused(served):
    project, run, server = served
    status, _, body = vote(server, "Ann", "pp-c")   # a pain point that is not a candidate
    assert status == 409 and "not a choice" in json.loads(body)["message"]
    assert vote(server, "Ann", "pp-a")[0] == 200
    assert vote(server, "Ann", "pp-a")[0] == 200
    status, _, body = vote(server, "Ann", "pp-a")
    assert status == 409 and "At most 2" in json.loads(body)["message"]
    assert vote(server, "Ann", "pp-b")[0] == 200
    status, _, body = vote(server, "Ann", "pp-b")
    assert status == 409 and "all 3 dots" in json.loads(body)["message"]
    assert vote(server, "Ann", "pp-b", op="steal")[0] == 400
    assert votes_of(project) == [("Ann", "pp-a", 2), ("Ann", "pp-b", 1)]
    command = run.finish()
    status, _, body = request(server, "GET", urlsplit(server.url).path)
    assert status == 410 and "closed" in body and "Bills" not in body
    assert vote(server, "Bo", "pp-b")[0] == 410
    command.do(project)
    assert votes_of(project) == [("Ann", "pp-a", 2), ("Ann", "pp-b", 1)]
    assert project.all("voting_rounds")[0].status == "closed"


def test_a_ten_megabyte_body_is_refused(served):
    project, _, server = served
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    body = b"p=" + b"A" * 10_000_000
    try:
        conn.request("POST", f"/v/{server.box.token}/vote", body=body,
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        status = conn.getresponse().status
    except (ConnectionResetError, BrokenPipeError):
        status = 413   # the server hung up on it, which is a refusal too
    finally:
        conn.close()
    assert status == 413
    assert votes_of(project) == []
    assert request(server, "GET", urlsplit(server.url).path)[0] == 200   # still serving


def test_a_burst_of_a_thousand_requests_is_cut_off_and_the_server_keeps_answering():
    project = workshop_project()
    opening = voting.open_round(project, journey_id="jn", name="R", dots=3, candidates=["pp-a", "pp-b"])
    run = HeadlessRound(project, opening, "R", "jn")
    now = [0.0]     # the limiter's clock stands still during the burst, so the count is exact
    server = VotingServer(run.box, host="127.0.0.1", port=0, limiter=RateLimiter(clock=lambda: now[0])).start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        statuses = []
        for i in range(1000):
            body = urlencode({"p": f"bot{i}", "pp": "pp-a", "op": "add"})
            conn.request("POST", f"/v/{server.box.token}/vote", body=body,
                         headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
            resp = conn.getresponse()
            resp.read()
            statuses.append(resp.status)
        conn.close()
        assert statuses.count(200) == BURST and statuses.count(429) == 1000 - BURST
        assert len(project.all("votes")) == BURST                 # nothing beyond what was let through
        assert request(server, "GET", urlsplit(server.url).path)[0] == 429
        now[0] += 1.0                                              # a second later: answering again
        assert request(server, "GET", urlsplit(server.url).path)[0] == 200
    finally:
        server.stop()


def test_the_rate_limit_refills_per_address():
    now = [0.0]
    limiter = RateLimiter(burst=3, per_second=2.0, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")                                       # another phone is not held up
    now[0] += 0.5
    assert limiter.allow("a") and not limiter.allow("a")


def test_a_burst_with_a_wrong_token_changes_nothing(served):
    project, _, server = served
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    for i in range(1000):
        conn.request("GET", f"/v/guess{i:07d}")
        resp = conn.getresponse()
        resp.read()
        assert resp.status in (404, 429)
    conn.close()
    assert votes_of(project) == []


def test_a_script_in_a_nickname_is_inert(served):
    project, _, server = served
    nick = "<script>alert('x')</script>"
    assert vote(server, nick, "pp-b")[0] == 200
    status, _, page = request(server, "GET", urlsplit(server.url).path + "?" + urlencode({"p": nick}))
    assert status == 200 and "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)" in page
    assert votes_of(project) == [(nick, "pp-b", 1)]   # kept as plain text


def test_the_qr_code_is_an_svg_of_the_url():
    svg = qr_svg("http://192.168.1.20:8765/v/abcdefghijkm")
    assert svg.startswith("<svg") and "<path" in svg and svg.rstrip().endswith("</svg>")
