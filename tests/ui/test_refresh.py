"""One command, one refresh per view: the change summary (core.events.Changes) in the app.

The sample in a main window with every view built; an auto-layout, a rename and a vote each
reach the views as one summary, and each view refreshes at most once (a hidden view when next
shown). Counted by wrapping each view's expensive refresh.
"""
import pytest
from PySide6.QtWidgets import QApplication

from journeymap.core import commands
from journeymap.core.layout import auto_layout
from journeymap.core.model import Vote, new_id
from journeymap.ui.canvas.items.arrow import Arrow


@pytest.fixture
def counted(request, monkeypatch):
    """(window, counts): counts[name] is how often that refresh ran since the last clear().

    Patched on the classes before the window is built, so timers and refreshers that hold the
    bound method count too."""
    from journeymap.ui.canvas.scene import JourneyScene
    from journeymap.ui.data_view import DataView
    from journeymap.ui.drivers_view import DriversView
    from journeymap.ui.models.painpoints_model import PainPointsModel
    from journeymap.ui.navigator import NavigatorModel
    counts, windows = {}, []

    def wrap(cls, attr, name):
        original = getattr(cls, attr)

        def counting(self, *args, **kwargs):
            key = name
            if isinstance(self, JourneyScene) and windows and self is not windows[0].canvas.scene():
                key = f"{name} (workshop)"    # another view's own canvas: one refresh of its own
            counts[key] = counts.get(key, 0) + 1
            return original(self, *args, **kwargs)
        monkeypatch.setattr(cls, attr, counting)

    wrap(JourneyScene, "relayout", "map")
    wrap(JourneyScene, "rebuild", "map rebuild")
    wrap(NavigatorModel, "rebuild", "navigator")
    wrap(PainPointsModel, "reload", "pain points")
    wrap(DriversView, "_fill_filters", "drivers")
    wrap(DataView, "_load_metrics", "data")
    windows.append(request.getfixturevalue("sample_window"))
    return windows[0], counts


def settle(window):
    window.canvas.scene().flush()
    QApplication.processEvents()


def push(window, counts, command):
    settle(window)
    counts.clear()
    summaries = []
    window.session.project_did_change.connect(summaries.append)
    window.session.push(command)
    settle(window)
    window.session.project_did_change.disconnect(summaries.append)
    return summaries


def layout_command(window):
    project, jid = window.session.project, window.session.journey_id
    scatter = {s.id: (float(97 * i % 1400), float(310 + 53 * i % 400))
               for i, s in enumerate(project.stages_of(jid))}
    window.session.push(commands.move_stages(scatter))
    return commands.Macro([commands.edit("stages", sid, x=x, y=y)
                           for sid, (x, y) in auto_layout(project, jid).items()], label="Auto-layout")


def test_auto_layout_is_one_summary_and_one_map_refresh(counted):
    window, counts = counted
    command = layout_command(window)
    summaries = push(window, counts, command)
    assert len(summaries) == 1 and len(summaries[0]) == len(command.commands) > 10
    assert counts.pop("map") == 1
    assert counts.pop("map (workshop)", 1) == 1
    assert counts == {}                          # positions concern no table, tree or chart
    for step in (window.session.undo_stack.undo, window.session.undo_stack.redo):
        summaries.clear()
        window.session.project_did_change.connect(summaries.append)
        counts.clear()
        step()
        settle(window)
        window.session.project_did_change.disconnect(summaries.append)
        assert len(summaries) == 1 and counts.get("map") == 1 and counts.get("map (workshop)", 1) == 1


def test_a_rename_refreshes_each_view_once_and_reroutes_no_arrow(qtbot, counted, monkeypatch):
    window, counts = counted
    stage = window.session.project.stages_of(window.session.journey_id)[3]
    reroutes = []
    original = Arrow.reroute
    monkeypatch.setattr(Arrow, "reroute", lambda self, *a, **k: (reroutes.append(self.id), original(self, *a, **k)))
    summaries = push(window, counts, commands.rename("stages", stage.id, name=stage.name + "!"))
    assert len(summaries) == 1
    assert all(n == 1 for n in counts.values()), counts
    assert "navigator" not in counts            # a rename touches its row; the tree is not rebuilt
    assert "pain points" not in counts          # hidden: it re-ranks when shown, not now
    assert reroutes == []
    window.show_view("painpoints")
    qtbot.waitUntil(lambda: counts.get("pain points") == 1)
    assert window.navigator.model.index_of("stages", stage.id).data() == stage.name + "!"


def test_a_vote_redraws_only_its_sticky(qtbot, counted):
    window, counts = counted
    jid = window.session.journey_id
    scene = window.canvas.scene()
    pain = next(p for p in window.session.project.where("pain_points", journey=jid) if p.id in scene.stickies)
    before = scene.stickies[pain.id].votes
    summaries = push(window, counts, commands.add(Vote(new_id("vt"), pain.id, "ann", dots=2)))
    assert len(summaries) == 1 and summaries[0].summary() == {"votes": {"added": 1}}
    assert scene.stickies[pain.id].votes == before + 2
    assert counts == {}                         # no lane moved, the table is hidden
    window.show_view("painpoints")
    qtbot.waitUntil(lambda: counts.get("pain points") == 1)
    settle(window)
    assert counts == {"pain points": 1}
