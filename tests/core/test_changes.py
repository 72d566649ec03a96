"""core.events.Changes: one summary of everything a command changed, read the way views read it."""
from journeymap.core import commands
from journeymap.core.events import Changes, recording
from journeymap.core.model import Journey, PainPoint, Phase, Stage, Vote
from journeymap.core.project import Project


def project_with_stages(n=3):
    project = Project()
    project.add(Journey("jn", "J"))
    project.add(Phase("ph", "jn", "P"))
    for i in range(n):
        project.add(Stage(f"st-{i}", "jn", "ph", f"S{i}", x=float(i), y=0.0))
    project.add(PainPoint("pp", "jn", "st-0", "Slow"))
    return project


def run(project, command):
    with recording(project.events) as seen:
        command.do(project)
    return Changes(tuple(seen), command.label)


def test_a_macro_is_one_summary_of_all_its_changes():
    project = project_with_stages()
    moves = commands.Macro([commands.edit("stages", f"st-{i}", x=100.0 + i) for i in range(3)], label="Auto-layout")
    changes = run(project, moves)
    assert len(changes) == 3 and changes.label == "Auto-layout"
    assert changes.kinds == {"stages"}
    assert changes.ids("stages") == {"st-0", "st-1", "st-2"}
    assert changes.fields("stages") == {"x"}
    assert changes.summary() == {"stages": {"updated": 3}}
    assert not changes.structural("stages")
    assert changes.touches("stages") and not changes.touches("stages", ignore_fields=("x", "y"))


def test_a_rename_is_not_ignored_with_positions():
    project = project_with_stages()
    changes = run(project, commands.edit("stages", "st-1", name="Pay", x=5.0))
    assert changes.touches("stages", ignore_fields=("x", "y"))   # name changed with x
    assert changes.fields("stages") == {"name", "x"}


def test_a_cascading_delete_names_every_kind_it_removed():
    project = project_with_stages()
    project.add(Vote("vt", "pp", "ann"))
    changes = run(project, commands.delete("stages", ["st-0"]))
    assert changes.ids("stages", "removed") == {"st-0"}
    assert changes.ids("pain_points", "removed") == {"pp"}
    assert changes.ids("votes", "removed") == {"vt"}
    assert changes.structural("votes") and not changes.structural("journeys")
    assert [c.kind for c in changes.of("votes", "pain_points")] == ["votes", "pain_points"]  # children first


def test_recording_stops_when_the_block_ends():
    project = project_with_stages()
    with recording(project.events) as seen:
        project.update("stages", "st-0", name="A")
    project.update("stages", "st-0", name="B")
    assert [c.new.name for c in seen] == ["A"]
    assert not Changes() and Changes(tuple(seen))
