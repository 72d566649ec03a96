"""``journeymap review`` and ``journeymap roadmap`` flag the same initiatives overdue by default: the
review of a month that is not over is judged today, never on a day still to come."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from journeymap.cli import main
from journeymap.cli.review_cmd import format_text
from journeymap.samples.insurance import build_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("overdue") / "sample.jmap"
    build_sample(path)
    return path


def _json(capsys, *argv):
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_review_and_roadmap_agree_by_default(sample, capsys):
    review = _json(capsys, "review", str(sample))
    plan = _json(capsys, "roadmap", str(sample))
    judged = dt.date.fromisoformat(review["as_of"])
    assert judged <= dt.date.today() and plan["as_of"] == dt.date.today().isoformat()
    if judged == dt.date.today():                   # the sample's December is not over yet
        assert {o["id"] for o in review["overdue"]} == {r["id"] for r in plan["initiatives"] if r["overdue"]}


def test_one_day_overdue_is_singular_in_the_text(sample, capsys):
    data = _json(capsys, "review", str(sample), "--as-of", "2026-10-31")    # due 2026-10-30
    late = next(o for o in data["overdue"] if o["id"] == "in-sms-fallback")
    assert late["days_overdue"] == 1
    text = format_text(data)
    assert "due 2026-10-30 (1 day)" in text and "(1 days)" not in text
