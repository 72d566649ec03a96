"""Phases and lanes as commands: add, rename, reorder, delete; undo restores exactly."""
import copy

import pytest

from journeymap.core import commands, layout, structure
from journeymap.core.model import Stage
from journeymap.core.project import ProjectError
from journeymap.samples.templates import build


@pytest.fixture
def project():
    return build("insurance")


def journey(project):
    return project.default_journey().id


def names_in_order(project):
    return [p.name for p in project.phases_of(journey(project))]


def column_of(project, stage_id):
    """The phase whose column holds the stage's x (what the canvas shows)."""
    x = project.get("stages", stage_id).x
    for column in layout.columns(project, journey(project)):
        if column.left <= x < column.left + column.width:
            return column.phase
    return None


def assert_columns_hold_their_stages(project):
    for stage in project.stages_of(journey(project)):
        if stage.phase is not None:
            assert column_of(project, stage.id) == stage.phase, stage.name
    cols = layout.columns(project, journey(project))
    for a, b in zip(cols, cols[1:]):
        assert a.left + a.width <= b.left


def do_undo(project, command):
    before = copy.deepcopy(project.tables), project.info
    command.do(project)
    after = copy.deepcopy(project.tables)
    command.undo(project)
    assert project.tables == before[0]
    command.do(project)
    assert project.tables == after


def test_add_phase_in_the_middle_moves_later_columns(project):
    first = names_in_order(project)
    command = structure.add_phase(project, journey(project), "Compare offers", index=1)
    do_undo(project, command)
    assert names_in_order(project) == [first[0], "Compare offers"] + first[1:]
    assert [p.order for p in project.phases_of(journey(project))] == list(range(len(first) + 1))
    assert_columns_hold_their_stages(project)
    assert command.label == "Add phase 'Compare offers'"


def test_move_phase_takes_its_stages_along(project):
    first = names_in_order(project)
    last = project.phases_of(journey(project))[-1]
    command = structure.move_phase(project, last.id, 0)
    do_undo(project, command)
    assert names_in_order(project) == [first[-1]] + first[:-1]
    assert_columns_hold_their_stages(project)


def test_delete_an_empty_phase_and_refuse_a_full_one(project):
    j = journey(project)
    structure.add_phase(project, j, "Empty").do(project)
    empty = next(p for p in project.phases_of(j) if p.name == "Empty")
    do_undo(project, structure.delete_phase(project, empty.id))
    assert "Empty" not in names_in_order(project)
    full = project.phases_of(j)[0]
    with pytest.raises(ProjectError, match="holds .* stages"):
        structure.delete_phase(project, full.id)


def test_delete_a_phase_moving_its_stages(project):
    j = journey(project)
    phases = project.phases_of(j)
    doomed, into = phases[1], phases[0]
    moving = [s.id for s in project.where("stages", phase=doomed.id)]
    assert moving
    command = structure.delete_phase(project, doomed.id, move_to=into.id)
    do_undo(project, command)
    assert project.find("phases", doomed.id) is None
    assert all(project.get("stages", sid).phase == into.id for sid in moving)
    assert_columns_hold_their_stages(project)


def test_move_a_stage_to_another_phase(project):
    j = journey(project)
    phases = project.phases_of(j)
    stage = project.where("stages", phase=phases[0].id)[0]
    command = structure.move_stages_to_phase(project, [stage.id], phases[3].id)
    do_undo(project, command)
    assert project.get("stages", stage.id).phase == phases[3].id
    assert column_of(project, stage.id) == phases[3].id
    assert_columns_hold_their_stages(project)
    assert command.label.startswith(f"Move stage '{stage.name}' to phase '{phases[3].name}'")


def test_blank_project_grows_phases():
    project = build("blank")
    j = journey(project)
    structure.add_phase(project, j, "Phase 2").do(project)
    structure.rename_phase(project, project.phases_of(j)[0].id, "Discover").do(project)
    assert names_in_order(project) == ["Discover", "Phase 2"]
    with pytest.raises(ProjectError, match="needs a name"):
        structure.add_phase(project, j, "  ")


def test_lanes_add_rename_reorder_delete(project):
    j = journey(project)
    for name in ("Channels", "KPIs", "Systems"):
        structure.add_lane(project, j, name).do(project)
    lanes = structure.lanes_of(project, j)
    assert [x.name for x in lanes] == ["Channels", "KPIs", "Systems"]
    do_undo(project, structure.move_lane(project, lanes[2].id, 0))
    assert [x.name for x in structure.lanes_of(project, j)] == ["Systems", "Channels", "KPIs"]
    structure.rename_lane(project, lanes[1].id, "Targets").do(project)
    stage = project.stages_of(j)[0]
    structure.set_lane_text(project, stage.id, lanes[1].id, "FCR 80%").do(project)
    assert project.get("stages", stage.id).lanes == {lanes[1].id: "FCR 80%"}
    command = structure.delete_lane(project, lanes[1].id)
    do_undo(project, command)
    assert project.get("stages", stage.id).lanes == {}
    assert [x.name for x in structure.lanes_of(project, j)] == ["Systems", "Channels"]
    command.undo(project)
    assert project.get("stages", stage.id).lanes == {lanes[1].id: "FCR 80%"}


def test_edit_takes_fields_called_kind_and_label(project):
    j = journey(project)
    a, b = project.stages_of(j)[:2]
    project.add(Stage("st-x", j, None, "Extra"))
    commands.connect(j, a.id, b.id).do(project)
    tid = project.where("transitions", source=a.id, target=b.id)[-1].id
    command = commands.edit("transitions", tid, kind="loop", label="back again")
    command.do(project)
    t = project.get("transitions", tid)
    assert (t.kind, t.label) == ("loop", "back again")
    assert command.label == f"Change kind and label of transition '{a.name} → {b.name}'"


def test_labels_say_what_changed_in_words(project):
    stage = project.stages_of(journey(project))[0]
    edit = commands.edit("stages", stage.id, customer_action="Calls")
    assert edit.describe(project) == f"Change customer action of stage '{stage.name}'"
    rename = commands.rename("stages", stage.id, name="Quote")
    assert rename.describe(project) == f"Rename stage '{stage.name}' to 'Quote'"
    project.add(Stage("st-y", stage.journey, None, "Y"))
    from journeymap.core.model import Evidence, PainPoint
    project.add(PainPoint("pp-1", stage.journey, stage.id, "Slow"))
    project.add(Evidence("ev-1", "pp-1", "note", note="seen"))
    assert commands.delete("evidence", ["ev-1"]).describe(project) == "Delete evidence item 'ev-1'"
    assert commands.delete("evidence", ["ev-1", "ev-2"]).describe(project) == "Delete 2 evidence items"
    with pytest.raises(ProjectError, match="no evidence item with id"):
        project.get("evidence", "nope")


def x_order(project, phase_id):
    return [s.name for s in sorted(project.where("stages", phase=phase_id), key=lambda s: (s.x, s.y))]


def test_deleting_a_phase_keeps_journey_order_in_the_phase_its_stages_join(project):
    """QA step85: deleting 'Inquiry' into 'Quote' put 'Searches and sees an ad' after 'Agent prepares a quote'."""
    phases = {p.name: p for p in project.phases_of(journey(project))}
    inquiry, quote = x_order(project, phases["Inquiry"].id), x_order(project, phases["Quote"].id)
    do_undo(project, structure.delete_phase(project, phases["Inquiry"].id, move_to=phases["Quote"].id))
    assert x_order(project, phases["Quote"].id) == inquiry + quote      # into the following phase: ahead
    assert_columns_hold_their_stages(project)
    purchase = x_order(project, phases["Purchase"].id)
    drops = project.get("stages", next(s.id for s in project.all("stages") if s.name == "Drops out"))
    do_undo(project, structure.delete_phase(project, phases["Purchase"].id, move_to=phases["Quote"].id))
    assert x_order(project, phases["Quote"].id) == inquiry + quote + purchase   # into the preceding: after
    moved = project.get("stages", drops.id)
    signs = next(s for s in project.all("stages") if s.name == "Signs the policy")
    assert (moved.x, moved.y) == (signs.x, drops.y)        # a branch keeps its sub-row under its stage
    assert_columns_hold_their_stages(project)
