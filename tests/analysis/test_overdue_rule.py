"""One rule for overdue, wherever it shows: due before the as-of day, and the as-of day is today, or the
end of the reviewed period once that period is over; never a day in the future (QA: the Review of an
unfinished December judged on 2026-12-31 called an initiative due 2026-12-18 '13 days overdue' on
2026-11-29, while the Roadmap said 1 overdue)."""
from __future__ import annotations

import datetime as dt

import pytest

from journeymap.analysis import review as rv
from journeymap.analysis import roadmap as rm
from journeymap.samples.insurance import build_sample
from journeymap.storage.read import open_project

QA_DAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.jmap"
    build_sample(path)
    return path, open_project(path)


def test_judged_on_is_today_or_the_end_of_a_period_already_over():
    assert rm.judged_on(today=QA_DAY) == QA_DAY
    assert rm.judged_on("2026-12", today=QA_DAY) == QA_DAY                 # December is not over
    assert rm.judged_on("2026-10", today=QA_DAY) == dt.date(2026, 10, 31)  # October is
    assert rm.judged_on("2026-Q4", today=dt.date(2027, 1, 5)) == dt.date(2026, 12, 31)
    assert rm.judged_on("2026-11", today=dt.date(2026, 11, 30)) == dt.date(2026, 11, 30)


def test_review_of_an_unfinished_month_agrees_with_the_roadmap(sample_file):
    path, project = sample_file
    journey = project.default_journey().id
    out = rv.review(path, project, journey_id=journey, period="2026-12", today=QA_DAY)
    assert out["as_of"] == "2026-11-29"
    assert {o["id"]: o["days_overdue"] for o in out["overdue"]} == {"in-sms-fallback": 30}
    assert "in-phone-callback" in {o["id"] for o in out["due"]}            # due 2026-12-18: due, not late
    plan = rm.roadmap(path, project, journey_id=journey, as_of=QA_DAY, coefficients=(None, "not needed"))
    assert {r["id"] for r in plan["initiatives"] if r["overdue"]} == {o["id"] for o in out["overdue"]}


def test_review_of_a_month_that_is_over_is_judged_at_its_end(sample_file):
    path, project = sample_file
    out = rv.review(path, project, journey_id=project.default_journey().id, period="2026-12",
                    today=dt.date(2027, 2, 1))
    assert out["as_of"] == "2026-12-31"
    assert {o["id"]: o["days_overdue"] for o in out["overdue"]} == {"in-sms-fallback": 62, "in-phone-callback": 13}


def test_the_default_is_never_a_day_in_the_future(sample_file):
    path, project = sample_file
    journey = project.default_journey().id
    assert dt.date.fromisoformat(rv.review(path, project, journey_id=journey)["as_of"]) <= dt.date.today()
    plan = rm.roadmap(path, project, journey_id=journey, coefficients=(None, "not needed"))
    assert plan["as_of"] == dt.date.today().isoformat()
