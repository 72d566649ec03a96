"""Deletes cascade and clear references; undo puts every row back where it was."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journeymap.core import commands
from journeymap.core import model as m
from journeymap.core.project import BULK_RESTORE, ProjectError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402

from jmap_builders import snapshot  # noqa: E402

STAGE = "st-ins-calls-the-contact-centre"  # has pain point pp-1 (voted, in initiative in-a)


def _ids(project, kind):
    return list(project.tables[kind])


def test_deleting_a_stage_cascades_and_clears_references():
    project = jmap_builders.rich_project()
    before = snapshot(project)
    pp = project.where("pain_points", stage=STAGE)
    assert [p.id for p in pp] == ["pp-1"]
    command = commands.delete("stages", [STAGE])
    command.do(project)

    assert STAGE not in project.tables["stages"]
    assert not [t for t in project.all("transitions") if STAGE in (t.source, t.target)]
    assert "pp-1" not in project.tables["pain_points"]
    assert "vt-1" not in project.tables["votes"] and "ev-1" not in project.tables["evidence"]
    assert "mv-1" not in project.tables["metric_values"]
    assert project.get("survey_items", "si-1").stage is None
    assert project.get("feedback", "fb-0").stage is None
    assert project.get("initiatives", "in-a").pain_points == ["pp-0", "pp-2"]  # order kept
    # What did not depend on the stage is untouched.
    assert project.get("initiatives", "in-b").pain_points == ["pp-2"]
    assert len(project.tables["transitions"]) == len(before.tables["transitions"]) - 3

    command.undo(project)
    assert project == before
    command.do(project)   # redo: the same command again
    assert "pp-1" not in project.tables["pain_points"]
    assert project.get("initiatives", "in-a").pain_points == ["pp-0", "pp-2"]


def test_deleting_a_stage_clears_derived_from_and_reason_stage():
    project = jmap_builders.rich_project()
    before = snapshot(project)
    quote = "st-ins-gets-an-online-quote"
    reason_stage = project.get("reasons", "rs-late").stage
    command = commands.delete("stages", [quote, reason_stage])
    command.do(project)
    assert project.get("stages", "st-future").derived_from is None
    assert project.get("reasons", "rs-late").stage is None
    command.undo(project)
    assert project == before


def test_deleting_the_default_journey_and_undo():
    project = jmap_builders.rich_project()
    before = snapshot(project)
    assert project.info.default_journey == "jn-ins"
    command = commands.delete("journeys", ["jn-ins"])
    command.do(project)
    assert project.info.default_journey is None
    assert project.default_journey().id == "jn-ret"  # first current-state journey left
    assert project.get("journeys", "jn-future").derived_from is None
    assert not project.where("stages", journey="jn-ins")
    assert not project.tables["initiatives"] and not project.tables["evidence"]
    assert list(project.tables["datasets"]) == []
    assert list(project.tables["survey_items"]) == [] and list(project.tables["feedback"]) == []
    command.undo(project)
    assert project == before


def test_deleting_a_phase_keeps_its_stages():
    project = jmap_builders.rich_project()
    phase = project.get("stages", STAGE).phase
    members = [s.id for s in project.where("stages", phase=phase)]
    before = snapshot(project)
    command = commands.delete("phases", [phase])
    command.do(project)
    assert all(project.get("stages", s).phase is None for s in members)
    command.undo(project)
    assert project == before


def test_unknown_id_changes_nothing():
    project = jmap_builders.rich_project()
    before = snapshot(project)
    with pytest.raises(ProjectError):
        commands.delete("stages", [STAGE, "st-nope"]).do(project)
    assert project == before


def test_undo_announces_each_row_at_its_place():
    project = jmap_builders.rich_project()
    seen = []
    command = commands.delete("stages", [STAGE])
    command.do(project)
    project.events.did_change.connect(
        lambda c: seen.append((c.action, c.kind, _ids(project, c.kind).index(c.id))) if c.action == "added" else None)
    command.undo(project)
    stage_pos = _ids(project, "stages").index(STAGE)
    assert ("added", "stages", stage_pos) in seen
    kinds = [k for _, k, _ in seen]
    assert kinds.index("stages") < kinds.index("transitions") < kinds.index("pain_points") < kinds.index("votes")


def test_a_large_undo_is_one_reset_per_kind_and_keeps_order():
    project = jmap_builders.rich_project()
    for i in range(BULK_RESTORE + 10):
        project.add(m.PainPoint(f"pp-many-{i}", "jn-ins", STAGE, f"Many {i}"))
    project.add(m.PainPoint("pp-last", "jn-ret", "st-ret-pays-at-checkout", "Last"))
    before = snapshot(project)
    command = commands.delete("stages", [STAGE])
    command.do(project)
    changes = []
    project.events.did_change.connect(changes.append)
    command.undo(project)
    assert project == before
    assert [c.kind for c in changes if c.action == "reset"] == ["pain_points"]


def test_macro_is_all_or_nothing():
    project = jmap_builders.rich_project()
    before = snapshot(project)
    macro = commands.Macro([commands.edit("stages", STAGE, name="Renamed"),
                            commands.delete("stages", [STAGE]),
                            commands.edit("stages", "st-nope", name="boom")])
    with pytest.raises(ProjectError):
        macro.do(project)
    assert project == before


def test_duplicate_journey_name_is_refused():
    project = jmap_builders.rich_project()
    before = snapshot(project)
    with pytest.raises(ProjectError):
        commands.rename("journeys", "jn-ret", name="Insurance end to end").do(project)
    assert project == before


def test_drags_merge_only_within_one_drag():
    """The rule the undo stack asks of two steps (CoreUndoCommand.mergeWith); the stack itself
    (no merge across a save, clean state) is tested on the Session: tests/ui/test_undo_merge.py."""
    project = jmap_builders.rich_project()
    before = snapshot(project)
    move = lambda x, drag: commands.move_stages({STAGE: (x, 0)}, drag_id=drag)  # noqa: E731
    first = move(1, "a")
    first.do(project)
    second = move(2, "a")
    second.do(project)
    assert first.merge(second) and first.label == "Move stage"
    third = move(3, "b")
    assert not first.merge(third)
    assert not move(5, None).merge(move(6, None))  # no drag id: never merges
    first.undo(project)      # the merged step goes back to before the drag
    assert project == before


def test_multi_stage_drag_and_edits_of_different_fields_do_not_merge():
    project = jmap_builders.rich_project()
    before = snapshot(project)
    other = "st-ins-chats-with-the-bot"
    drag = commands.move_stages({STAGE: (0, 1), other: (0, 2)}, drag_id="z")
    drag.do(project)
    for x in range(1, 5):
        again = commands.move_stages({STAGE: (x, 1), other: (x, 2)}, drag_id="z")
        again.do(project)
        assert drag.merge(again)
    assert drag.label == "Move 2 stages"
    assert not drag.merge(commands.move_stages({STAGE: (9, 1)}, drag_id="z"))  # fewer stages: a new step
    name = commands.UpdateEntity("stages", STAGE, {"name": "a"}, merge_key="k")
    name.do(project)
    emotion = commands.UpdateEntity("stages", STAGE, {"emotion": 1.0}, merge_key="k")
    emotion.do(project)
    assert not name.merge(emotion)
    for step in (emotion, name, drag):
        step.undo(project)
    assert project == before
