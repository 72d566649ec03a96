"""The done date of an initiative: when it went live, so only on a done initiative and never to come."""
from __future__ import annotations

import datetime as dt

import pytest

from journeymap.core import initiatives as ini
from journeymap.core import model
from journeymap.core.project import Project


@pytest.fixture
def project():
    p = Project()
    p.add(model.Journey("jn", "J"))
    p.add(model.PainPoint("pp-0", "jn", None, "pain"))
    ini.create_from_pain_points(p, ["pp-0"], title="Callback").do(p)
    return p


def _only(project):
    (init,) = project.all("initiatives")
    return init


def test_a_done_date_on_an_idea_is_refused_and_changes_nothing(project):
    init = _only(project)
    with pytest.raises(ini.InitiativeError, match=r"is not done \(set its status to done first\)"):
        ini.edit_initiative(project, init.id, done="2026-01-31")
    assert (_only(project).done, _only(project).status) == (None, "idea")


def test_a_done_date_to_come_is_refused_even_when_done(project):
    init = _only(project)
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    with pytest.raises(ini.InitiativeError, match=f"done on {tomorrow} is in the future"):
        ini.edit_initiative(project, init.id, status="done", done=tomorrow)
    ini.edit_initiative(project, init.id, status="done", done=dt.date.today().isoformat()).do(project)
    with pytest.raises(ini.InitiativeError, match="in the future"):
        ini.edit_initiative(project, init.id, done=tomorrow)
    assert _only(project).done == dt.date.today().isoformat()


def test_reopening_clears_the_done_date_in_the_same_undo_step(project):
    init = _only(project)
    ini.edit_initiative(project, init.id, status="done", done="2026-03-31").do(project)
    reopen = ini.edit_initiative(project, init.id, status="in_progress")
    reopen.do(project)
    assert (_only(project).status, _only(project).done) == ("in_progress", None)
    reopen.undo(project)
    assert (_only(project).status, _only(project).done) == ("done", "2026-03-31")
    # another field of an old file's inconsistent row stays editable: only a new done date is checked
    project.update("initiatives", init.id, status="idea", done="2099-01-01")
    ini.edit_initiative(project, init.id, title="Callback in an hour").do(project)
    assert _only(project).title == "Callback in an hour"
