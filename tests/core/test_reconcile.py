"""core.reconcile.become: one undoable step from a project to another copy of it."""
import copy

from journeymap.core.model import Dataset, Stage
from journeymap.core.reconcile import become
from journeymap.samples.templates import build


def test_become_adds_updates_removes_in_place_and_undoes_exactly():
    current = build("insurance")
    original = copy.deepcopy(current)
    target = copy.deepcopy(current)
    journey = target.default_journey()
    stages = target.stages_of(journey.id)
    target.update("stages", stages[1].id, name="Renamed", x=999.0)
    gone = target.where("transitions", journey=journey.id)[0]
    target.remove("transitions", gone.id)
    target.add(Dataset("ds-1", "Q1", "survey", journey.id, rows=3))
    target.add(Stage("st-new", journey.id, stages[0].phase, "New"), index=2)
    target.set_info(title="After")
    step = become(current, target, label="Import Q1")
    assert step.datasets == ("ds-1",)
    step.do(current)
    assert current == target                                     # same entities, same order
    assert list(current.tables["stages"])[2] == "st-new" and current.find("transitions", gone.id) is None
    step.undo(current)
    assert current == original
    assert current.retained_datasets == {"ds-1"}                 # its rows are kept for a redo
    step.do(current)
    assert current == target and not current.retained_datasets


def test_become_of_an_equal_project_changes_nothing():
    project = build("insurance")
    step = become(project, copy.deepcopy(project), label="Nothing")
    assert not step.removed and not step.updated and not step.added and not step.info
