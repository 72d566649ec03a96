from journeymap.core import commands
from journeymap.core.future_state import make_future_state
from journeymap.core.model import Journey, Phase, Stage, Transition
from journeymap.samples.templates import build


def test_future_state_copies_structure_with_fresh_ids():
    project = build("insurance")
    entities = make_future_state(project, "jn-ins", "To be")
    journey = entities[0]
    assert isinstance(journey, Journey)
    assert (journey.state, journey.derived_from, journey.name) == ("future", "jn-ins", "To be")
    stages = [e for e in entities if isinstance(e, Stage)]
    phases = [e for e in entities if isinstance(e, Phase)]
    transitions = [e for e in entities if isinstance(e, Transition)]
    assert (len(stages), len(phases), len(transitions)) == (21, 8, 30)
    originals = {s.id: s for s in project.stages_of("jn-ins")}
    assert {s.derived_from for s in stages} == set(originals)
    phase_ids = {p.id for p in phases}
    stage_ids = {s.id for s in stages}
    for s in stages:
        assert s.journey == journey.id and s.phase in phase_ids and s.id not in originals
        assert (s.name, s.x, s.y) == (originals[s.derived_from].name, originals[s.derived_from].x,
                                      originals[s.derived_from].y)
    for t in transitions:
        assert t.source in stage_ids and t.target in stage_ids and t.journey == journey.id


def test_future_state_is_one_undoable_command():
    project = build("insurance")
    before = build("insurance")
    command = commands.add(*make_future_state(project, "jn-ins", "To be"))
    command.do(project)
    assert len(project.all("journeys")) == 2 and len(project.all("stages")) == 42
    command.undo(project)
    assert list(project.tables["stages"]) == list(before.tables["stages"])
