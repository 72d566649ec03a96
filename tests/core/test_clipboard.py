import json

from journeymap.core import clipboard, commands
from journeymap.core.model import PainPoint
from journeymap.samples.templates import build


def _ids(project, *names):
    by_name = {s.name: s.id for s in project.stages_of("jn-ins")}
    return [by_name[n] for n in names]


def test_copy_takes_transitions_among_the_stages_only():
    project = build("insurance")
    ids = _ids(project, "Compares and decides", "Signs the policy", "Drops out")
    data = clipboard.copy_stages(project, ids)
    assert json.loads(json.dumps(data)) == data  # plain types
    assert [s["id"] for s in data["stages"]] == ids
    assert len(data["transitions"]) == 2


def test_paste_makes_fresh_entities_with_offset():
    project = build("insurance")
    ids = _ids(project, "Compares and decides", "Signs the policy")
    project.add(PainPoint("pp-1", "jn-ins", ids[0], "Too many options"))
    data = clipboard.copy_stages(project, ids)
    entities = clipboard.paste(project, data, journey_id="jn-ins", offset=(10.0, 300.0))
    stages = [e for e in entities if type(e).__name__ == "Stage"]
    trans = [e for e in entities if type(e).__name__ == "Transition"]
    pains = [e for e in entities if type(e).__name__ == "PainPoint"]
    assert len(stages) == 2 and len(trans) == 1 and len(pains) == 1
    originals = {s.id: s for s in project.stages_of("jn-ins")}
    new_ids = {s.id for s in stages}
    assert not new_ids & set(originals)
    assert trans[0].source in new_ids and trans[0].target in new_ids
    assert pains[0].stage in new_ids
    src = originals[ids[0]]
    assert (stages[0].x, stages[0].y, stages[0].phase) == (src.x + 10, src.y + 300, src.phase)
    command = commands.add(*entities)
    command.do(project)
    assert len(project.stages_of("jn-ins")) == 23
    command.undo(project)
    assert len(project.stages_of("jn-ins")) == 21


def test_paste_into_another_journey_drops_foreign_phases():
    project = build("insurance")
    data = clipboard.copy_stages(project, _ids(project, "Signs the policy"))
    from journeymap.core.model import Journey
    project.add(Journey("jn-2", "Other"))
    (stage,) = clipboard.paste(project, data, journey_id="jn-2")
    assert stage.journey == "jn-2" and stage.phase is None
