"""Initiative commands: one undo step each, checked input, the legacy status word."""
from __future__ import annotations

import pytest

from journeymap.core import initiatives as ini
from journeymap.core import model
from journeymap.core.project import Project


@pytest.fixture
def project():
    p = Project()
    p.add(model.Journey("jn", "J"))
    p.add(model.Journey("jn2", "K"))
    p.add(model.Stage("st", "jn", None, "Claim", department="Claims"))
    for k in range(3):
        p.add(model.PainPoint(f"pp-{k}", "jn", "st", f"pain {k}"))
    p.add(model.PainPoint("pp-x", "jn2", None, "elsewhere"))
    p.mark_saved()
    return p


def test_create_from_one_or_several_pain_points_is_one_step(project):
    first = ini.create_from_pain_points(project, ["pp-0"])
    first.do(project)
    (one,) = project.all("initiatives")
    assert one.title == "Fix: pain 0" and one.pain_points == ["pp-0"] and one.department == "Claims"
    assert one.uplift_stage == "st" and one.status == "idea"
    second = ini.create_from_pain_points(project, ["pp-1", "pp-2", "pp-1"], owner="Ana", due="2027-01-31")
    second.do(project)
    two = project.all("initiatives")[1]
    assert two.pain_points == ["pp-1", "pp-2"] and two.owner == "Ana" and two.due == "2027-01-31"
    second.undo(project)
    assert [i.id for i in project.all("initiatives")] == [one.id]
    first.undo(project)
    assert not project.all("initiatives")


def test_bad_input_is_refused_with_a_message_and_changes_nothing(project):
    with pytest.raises(ini.InitiativeError, match="different journeys"):
        ini.create_from_pain_points(project, ["pp-0", "pp-x"])
    with pytest.raises(ini.InitiativeError, match="at least one"):
        ini.create_from_pain_points(project, [])
    ini.create_from_pain_points(project, ["pp-0"]).do(project)
    iid = project.all("initiatives")[0].id
    for kwargs, message in (({"due": "31/03/2027"}, "not a date"), ({"confidence": 1.5}, "between 0 and 1"),
                            ({"effort": 0}, "RICE infinite"), ({"status": "paused"}, "not one of"),
                            ({"status": "done"}, "done date"), ({"colour": "red"}, "no editable field"),
                            ({"start": "2027-05-01", "due": "2027-04-01"}, "before start")):
        with pytest.raises(ini.InitiativeError, match=message):
            ini.edit_initiative(project, iid, **kwargs)
    with pytest.raises(ini.InitiativeError, match="another journey"):
        ini.link_pain_point(project, iid, "pp-x")
    with pytest.raises(ini.InitiativeError, match="already addresses"):
        ini.link_pain_point(project, iid, "pp-0")


def test_link_unlink_reschedule_edit_undo_each(project):
    ini.create_from_pain_points(project, ["pp-0"]).do(project)
    iid = project.all("initiatives")[0].id
    done = []   # each command is built against the state its predecessors left, as the app builds them
    for make in (lambda: ini.link_pain_point(project, iid, "pp-1"),
                 lambda: ini.reschedule(project, iid, start="2027-01-01", due="2027-03-31"),
                 lambda: ini.edit_initiative(project, iid, status="cancelled", effort="3")):
        done.append(make())
        done[-1].do(project)
    got = project.get("initiatives", iid)
    assert (got.pain_points, got.start, got.due, got.status, got.effort) == (
        ["pp-0", "pp-1"], "2027-01-01", "2027-03-31", "dropped", 3.0)
    done.append(ini.unlink_pain_point(project, iid, "pp-0"))
    done[-1].do(project)
    assert project.get("initiatives", iid).pain_points == ["pp-1"]
    done.pop().undo(project)
    assert project.get("initiatives", iid).pain_points == ["pp-0", "pp-1"]
    done.pop().undo(project)
    assert project.get("initiatives", iid).status == "idea"
    done.pop().undo(project)
    assert project.get("initiatives", iid).due is None
    done.pop().undo(project)
    assert project.get("initiatives", iid).pain_points == ["pp-0"]


def test_a_drag_of_the_due_date_is_one_step(project):
    ini.create_from_pain_points(project, ["pp-0"]).do(project)
    iid = project.all("initiatives")[0].id
    # The undo stack folds each later move into the first (CoreUndoCommand.mergeWith -> Command.merge).
    first = ini.reschedule(project, iid, due="2027-02-01", drag_id="d1")
    first.do(project)
    for due in ("2027-02-08", "2027-02-15"):
        later = ini.reschedule(project, iid, due=due, drag_id="d1")
        later.do(project)
        assert first.merge(later)
    assert not first.merge(ini.reschedule(project, iid, due="2027-03-01", drag_id="d2"))  # another drag
    assert project.get("initiatives", iid).due == "2027-02-15"
    first.undo(project)
    assert project.get("initiatives", iid).due is None


def test_normal_status_reads_the_legacy_word():
    assert ini.normal_status("cancelled") == "dropped" and ini.normal_status(None) == "idea"
    assert ini.normal_status("in_progress") == "in_progress"
