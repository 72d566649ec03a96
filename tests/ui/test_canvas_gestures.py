"""Draw an 8-stage journey with real mouse gestures, then check arrows, undo and save."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from journeymap.core import layout
from journeymap.core.model import Journey, Phase
from journeymap.core.project import Project
from journeymap.storage.read import open_project
from journeymap.storage.write import save
from journeymap.ui.canvas.view import CanvasView
from journeymap.ui.session import Session

from test_canvas_helpers import click, double_click, drag, move_to, on_edge, vp


@pytest.fixture
def session(qapp):
    project = Project()
    project.add(Journey("jn-1", "Claims"))
    for i, name in enumerate(("Report", "Assess", "Settle")):
        project.add(Phase(f"ph-{i}", "jn-1", name, order=i))
    project.set_info(default_journey="jn-1")
    return Session(project)


@pytest.fixture
def view(qtbot, session):
    view = CanvasView(session)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.resetTransform()
    view.zoom_by(0.5)
    view.centerOn(3 * layout.SLOT_W, 100)
    return view


def stage_ids(session):
    return [s.id for s in session.project.stages_of("jn-1")]


def card_center(view, sid):
    return vp(view, view.scene().cards[sid].scene_rect().center())


def draw_stages(view, session, n=8):
    """Double-click on empty canvas, one slot to the right each time."""
    for i in range(n):
        double_click(view, vp(view, (i * layout.SLOT_W + layout.CARD_W / 2, layout.CARD_H / 2)))
    assert len(stage_ids(session)) == n


def connect(view, source, target):
    scene = view.scene()
    click(view, card_center(view, source))
    handle = scene.cards[source].handle
    assert handle.isVisible()
    drag(view, vp(view, handle.scenePos()), card_center(view, target))


def check_arrows_on_edges(view):
    scene = view.scene()
    scene.flush()
    for arrow in scene.arrows.values():
        start, end = arrow.end_points()
        assert on_edge(start, arrow.source.sceneBoundingRect()), (arrow.id, start)
        assert on_edge(end, arrow.target.sceneBoundingRect()), (arrow.id, end)


def test_draw_a_journey_with_the_mouse(qtbot, view, session, tmp_path):
    scene, stack = view.scene(), session.undo_stack
    draw_stages(view, session)
    ids = sorted(stage_ids(session), key=lambda sid: session.project.get("stages", sid).x)
    xs = [session.project.get("stages", sid).x for sid in ids]
    assert xs == [i * layout.SLOT_W for i in range(8)]
    # connect by dragging from the handle on each card's right edge
    for a, b in zip(ids, ids[1:]):
        connect(view, a, b)
    connect(view, ids[5], ids[2])  # a loop back
    transitions = session.project.where("transitions", journey="jn-1")
    assert len(transitions) == 8 and len(scene.arrows) == 8
    assert {(t.source, t.target) for t in transitions} >= {(ids[0], ids[1]), (ids[5], ids[2])}
    check_arrows_on_edges(view)

    # move by dragging: snaps to a slot and a sub-row, one drag = one undo step
    before = {sid: (s.x, s.y) for sid in ids for s in [session.project.get("stages", sid)]}
    steps = stack.count()
    target = scene.cards[ids[3]].scene_rect().center() + layout_offset(0.3, 1.1)
    drag(view, card_center(view, ids[3]), vp(view, target), steps=12)
    assert stack.count() == steps + 1
    moved = session.project.get("stages", ids[3])
    assert (moved.x, moved.y) == layout.position(3, 1)
    assert scene.cards[ids[3]].pos().toTuple() == (moved.x, moved.y)
    check_arrows_on_edges(view)
    stack.undo()
    assert {sid: (s.x, s.y) for sid in ids for s in [session.project.get("stages", sid)]} == before
    assert scene.cards[ids[3]].pos().toTuple() == before[ids[3]]
    check_arrows_on_edges(view)
    stack.redo()
    assert (session.project.get("stages", ids[3]).x, session.project.get("stages", ids[3]).y) == \
        layout.position(3, 1)
    check_arrows_on_edges(view)

    # rename by double-click, typing and Enter
    double_click(view, card_center(view, ids[0]))
    assert view.editor is not None
    QTest.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.viewport(), "Reports the claim")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.editor is None
    assert session.project.get("stages", ids[0]).name == "Reports the claim"
    assert scene.cards[ids[0]].name_label.text() == "Reports the claim"
    # Esc cancels
    double_click(view, card_center(view, ids[1]))
    qtbot.keyClicks(view.viewport(), "nope")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert session.project.get("stages", ids[1]).name == "New stage"

    # delete with the Delete key: the card and its arrows go
    click(view, card_center(view, ids[7]))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert ids[7] not in stage_ids(session) and ids[7] not in scene.cards
    assert len(scene.arrows) == 7
    check_arrows_on_edges(view)

    # save and reopen gives the same journey
    path = tmp_path / "drawn.jmap"
    save(session.project, path)
    reopened = open_project(path)
    for kind in ("journeys", "phases", "stages", "transitions"):
        assert reopened.all(kind) == session.project.all(kind), kind

    # undo everything, then redo everything: positions exactly as drawn
    drawn = {s.id: (s.x, s.y, s.name) for s in session.project.stages_of("jn-1")}
    while stack.canUndo():
        stack.undo()
    assert session.project.stages_of("jn-1") == [] and scene.cards == {}
    while stack.canRedo():
        stack.redo()
    assert {s.id: (s.x, s.y, s.name) for s in session.project.stages_of("jn-1")} == drawn
    for sid, (x, y, _) in drawn.items():
        assert scene.cards[sid].pos().toTuple() == (x, y)
    check_arrows_on_edges(view)


def layout_offset(dx_slots, dy_rows):
    from PySide6.QtCore import QPointF
    return QPointF(dx_slots * layout.SLOT_W, dy_rows * layout.SUBROW_H)


def test_arrow_follows_a_card_moved_at_item_level(view, session):
    draw_stages(view, session, 3)
    a, b, c = sorted(stage_ids(session), key=lambda sid: session.project.get("stages", sid).x)
    connect(view, a, b)
    connect(view, b, c)
    scene = view.scene()
    card = scene.cards[b]
    card.setPos(card.pos().x() + 37, card.pos().y() + 290)  # no command: the item alone moves
    check_arrows_on_edges(view)
    # and during a drag, before the release commits anything
    start = card_center(view, b)
    move_to(view, start, Qt.MouseButton.NoButton)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    move_to(view, start + QPoint(40, -60))
    move_to(view, start + QPoint(80, -120))
    check_arrows_on_edges(view)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(80, -120))
    check_arrows_on_edges(view)


def test_rubber_band_selects_several_and_one_drag_moves_them_in_one_step(view, session):
    draw_stages(view, session, 4)
    ids = sorted(stage_ids(session), key=lambda sid: session.project.get("stages", sid).x)
    # rubber band from empty space above-left of the first card to past the second card
    start = vp(view, (-20, -40))
    end = vp(view, (layout.SLOT_W + layout.CARD_W + 10, layout.CARD_H + 10))
    drag(view, start, end)
    assert sorted(view.selected_stages()) == sorted(ids[:2])
    steps = session.undo_stack.count()
    centre = view.scene().cards[ids[0]].scene_rect().center()
    drag(view, card_center(view, ids[0]), vp(view, centre + layout_offset(0, 1)))
    assert session.undo_stack.count() == steps + 1
    ys = [session.project.get("stages", sid).y for sid in ids[:2]]
    assert ys == [layout.SUBROW_H, layout.SUBROW_H]
    session.undo_stack.undo()
    assert [session.project.get("stages", sid).y for sid in ids[:2]] == [0.0, 0.0]
