from journeymap.core import commands, diff
from journeymap.core.future_state import make_future_state
from journeymap.samples.templates import build


def _future():
    project = build("insurance")
    entities = make_future_state(project, "jn-ins", "Insurance future")
    commands.add(*entities).do(project)
    return project, entities[0].id


def test_fresh_future_state_has_no_differences():
    project, future = _future()
    result = diff.compare(project, future, "jn-ins")
    assert not result.added and not result.removed and not result.changed
    assert len(result.unchanged) == 21


def test_added_removed_changed():
    project, future = _future()
    stages = project.stages_of(future)
    bot = next(s for s in stages if s.name == "Chats with the bot")
    bill = next(s for s in stages if s.name == "Receives the first bill")
    commands.delete("stages", [bot.id]).do(project)
    commands.edit("stages", bill.id, channel="email", emotion=1.0).do(project)
    new = commands.copy_entity(bill, name="Gets a reminder", derived_from=None)
    commands.add(new).do(project)
    result = diff.compare(project, future, "jn-ins")
    assert result.added == [new.id]
    assert result.removed == [bot.derived_from]
    assert result.changed == {bill.id: ["channel", "emotion"]}
    assert result.status_of(bill.id) == "changed" and result.status_of(new.id) == "added"
    assert result.status_of(bot.derived_from) == "removed"


def test_phase_change_is_compared_by_name():
    project, future = _future()
    stage = next(s for s in project.stages_of(future) if s.name == "Signs the policy")
    other = next(p for p in project.phases_of(future) if p.name == "Onboarding")
    commands.edit("stages", stage.id, phase=other.id).do(project)
    assert diff.compare(project, future, "jn-ins").changed[stage.id] == ["phase"]


def test_orient_finds_the_future():
    project, future = _future()
    assert diff.orient(project, "jn-ins", future) == (future, "jn-ins")
    assert diff.orient(project, future, "jn-ins") == (future, "jn-ins")
