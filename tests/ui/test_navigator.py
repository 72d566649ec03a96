"""The project navigator: journeys (current/future), personas, datasets; it follows edits."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from journeymap.core import commands
from journeymap.core.future_state import make_future_state
from journeymap.core.model import Dataset, Segment
from journeymap.samples.templates import build
from journeymap.ui.navigator import ID_ROLE, KIND_ROLE, NavigatorPanel
from journeymap.ui.session import Session


@pytest.fixture
def session(qapp):
    project = build("insurance")
    project.add(Segment("sg-young", "Young families"))
    journey = project.default_journey()
    project.add(Dataset("ds-1", "2026-Q3 survey", "survey", journey.id, rows=1200))
    return Session(project)


@pytest.fixture
def panel(qtbot, session):
    widget = NavigatorPanel(session)
    qtbot.addWidget(widget)
    QAbstractItemModelTester(widget.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return widget


def rows(model, parent=None):
    from PySide6.QtCore import QModelIndex
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def test_lists_journeys_personas_and_datasets(panel):
    model = panel.model
    groups = rows(model)
    assert [g.data() for g in groups] == ["Journeys", "Personas", "Datasets"]
    journeys = rows(model, groups[0])
    assert journeys[0].data().startswith("Insurance end to end")
    assert "current" in journeys[0].data() and "current state" in journeys[0].data(Qt.ItemDataRole.ToolTipRole)
    assert [i.data(ID_ROLE) for i in rows(model, groups[1])] == ["sg-young"]
    dataset = rows(model, groups[2])[0]
    assert dataset.data(KIND_ROLE) == "datasets" and dataset.data() == "2026-Q3 survey"
    assert "1,200 rows" in dataset.data(Qt.ItemDataRole.ToolTipRole)
    phases = rows(model, journeys[0])
    assert len(phases) == 8 and rows(model, phases[0])[0].data(KIND_ROLE) == "stages"


def test_follows_future_state_and_rename(qtbot, panel, session):
    journey = session.journey
    session.push(commands.AddEntities(make_future_state(session.project, journey.id, "Tomorrow")))
    qtbot.waitUntil(lambda: panel.model.rowCount(panel.model.index(0, 0)) == 2)
    future = panel.model.index(1, 0, panel.model.index(0, 0))
    assert "future" in future.data()
    stage = session.project.stages_of(journey.id)[0]
    session.push(commands.rename("stages", stage.id, name="Sees an ad"))
    assert panel.model.index_of("stages", stage.id).data() == "Sees an ad"
    session.undo_stack.undo()
    assert panel.model.index_of("stages", stage.id).data() == stage.name


def test_picking_a_stage_announces_it(qtbot, panel, session):
    stage = session.project.stages_of(session.journey_id)[3]
    with qtbot.waitSignal(panel.selection_did_change) as blocker:
        panel.tree.setCurrentIndex(panel.model.index_of("stages", stage.id))
    assert blocker.args == [[("stages", stage.id)]]


def test_a_rebuild_keeps_the_selection_and_touches_no_deleted_rows(qtbot, panel, session):
    """A structural edit rebuilds the tree: the selected stage stays selected (the random walk of
    issue 8 hit 'Internal C++ object (QStandardItem) already deleted' in _after_reset here)."""
    from journeymap.core import structure
    stage = session.project.stages_of(session.journey_id)[3]
    panel.tree.setCurrentIndex(panel.model.index_of("stages", stage.id))
    assert panel._selected == [("stages", stage.id)]
    session.push(structure.add_phase(session.project, session.journey_id, "Compare offers", index=1))
    session.push(structure.add_lane(session.project, session.journey_id, "Systems"))
    index = panel.model.index_of("stages", stage.id)
    assert index.isValid() and panel.tree.selectionModel().isSelected(index)
    lane = structure.lanes_of(session.project, session.journey_id)[0]
    lane_index = panel.model.index_of("lanes", lane.id)
    assert lane_index.isValid() and lane_index.data() == "Systems"
    assert "Compare offers" in [i.data() for i in rows(panel.model, panel.model.index_of(
        "journeys", session.journey_id))]
