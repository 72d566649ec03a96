"""Keyboard, clipboard, current/future marks, export, zoom, minimap, incremental redraw."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from journeymap.core import commands, layout
from journeymap.core.future_state import make_future_state
from journeymap.samples.templates import build
from journeymap.ui.canvas.minimap import MiniMap
from journeymap.ui.canvas.view import CanvasView
from journeymap.ui.session import Session


@pytest.fixture
def session(qapp):
    return Session(build("insurance"))


@pytest.fixture
def view(qtbot, session):
    view = CanvasView(session)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def by_name(session, name, journey="jn-ins"):
    return next(s.id for s in session.project.stages_of(journey) if s.name == name)


def key(view, k, mods=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(view.viewport(), k, mods)


def test_arrow_keys_walk_between_stages(view, session):
    view.select("stages", by_name(session, "Compares and decides"))
    key(view, Qt.Key.Key_Right)
    assert view.selected_stages() == [by_name(session, "Signs the policy")]
    key(view, Qt.Key.Key_Down)
    assert view.selected_stages() == [by_name(session, "Drops out")]
    key(view, Qt.Key.Key_Up)
    key(view, Qt.Key.Key_Left)
    assert view.selected_stages() == [by_name(session, "Compares and decides")]


def test_keys_add_pain_point_stage_rename_delete(qtbot, view, session):
    sid = by_name(session, "Signs the policy")
    view.select("stages", sid)
    with qtbot.waitSignal(view.selection_did_change, timeout=1000):
        view.select("stages", sid)
    key(view, Qt.Key.Key_P)
    pains = session.project.where("pain_points", stage=sid)
    assert len(pains) == 1 and pains[0].id in view.scene().stickies
    count = len(session.project.stages_of("jn-ins"))
    key(view, Qt.Key.Key_N)
    assert len(session.project.stages_of("jn-ins")) == count + 1
    new = view.selected_stages()[0]
    key(view, Qt.Key.Key_Return)
    assert view.editor is not None
    qtbot.keyClicks(view.viewport(), "Waits for approval")
    key(view, Qt.Key.Key_Return)
    assert session.project.get("stages", new).name == "Waits for approval"
    view.select("stages", new)
    key(view, Qt.Key.Key_Delete)
    assert session.project.find("stages", new) is None


def test_copy_paste_makes_new_stages_below_without_overlap(view, session):
    ids = [by_name(session, "Compares and decides"), by_name(session, "Signs the policy")]
    view.scene().clearSelection()
    for sid in ids:
        view.scene().cards[sid].setSelected(True)
    key(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    before = session.undo_stack.count()
    key(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert session.undo_stack.count() == before + 1
    stages = session.project.stages_of("jn-ins")
    assert len(stages) == 23
    pasted = view.selected_stages()
    assert len(pasted) == 2 and not set(pasted) & set(ids)
    rects = [c.sceneBoundingRect() for c in view.scene().cards.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert len(session.project.where("transitions", source=pasted[0])) + \
        len(session.project.where("transitions", source=pasted[1])) == 1
    session.undo_stack.undo()
    assert len(view.scene().cards) == 21


def test_future_state_diff_marks(qtbot, session):
    session.push(commands.add(*make_future_state(session.project, "jn-ins", "Insurance future")))
    future = session.project.journey_by_name("Insurance future").id
    current_view = CanvasView(session, journey_id="jn-ins")
    future_view = CanvasView(session, journey_id=future)
    for v in (current_view, future_view):
        qtbot.addWidget(v)
    future_view.set_diff_against("jn-ins")
    current_view.set_diff_against(future)
    assert all(c.diff_status is None for c in future_view.scene().cards.values())
    bill = by_name(session, "Receives the first bill", future)
    bot = by_name(session, "Chats with the bot", future)
    session.push(commands.edit("stages", bill, channel="app"))
    session.push(commands.delete("stages", [bot]))
    future_view.add_stage()

    def marks():
        return {c.stage.name: c.diff_status for c in future_view.scene().cards.values() if c.diff_status}
    # the scene re-marks its cards once after a burst of changes (a zero timer), not on each
    qtbot.waitUntil(lambda: marks() == {"Receives the first bill": "changed", "New stage": "added"})
    assert future_view.scene().cards[bill].diff_fields == ["channel"]
    removed = [c.stage.name for c in current_view.scene().cards.values() if c.diff_status == "removed"]
    assert removed == ["Chats with the bot"]
    # a fixed journey does not follow the session's journey
    session.set_journey(future)
    assert current_view.journey_id() == "jn-ins"
    future_view.set_diff_against(None)
    assert all(c.diff_status is None for c in future_view.scene().cards.values())


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_map(view, tmp_path, suffix):
    path = tmp_path / f"map{suffix}"
    view.export_map(str(path))
    assert path.stat().st_size > 1000
    if suffix == ".png":
        image = QImage(str(path))
        rect = view.scene().map_rect()
        # the map's own shape, not padded to 16:9 (issue 8: a wide map came out 60% white)
        ratio = (rect.width() + 48) / (rect.height() + 48)
        assert abs(image.width() / image.height() - ratio) < 0.01
        assert image.width() >= min(2 * rect.width(), 7900)
    if suffix == ".svg":
        assert "Compares and decides" in path.read_text(encoding="utf-8")
    if suffix == ".pdf":
        assert path.read_bytes().startswith(b"%PDF")


def test_zoom_and_fit(view):
    view.fit_all()
    fitted = view.zoom_level()
    key(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_level() == pytest.approx(fitted * 1.25)
    key(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_level() == pytest.approx(fitted)
    view.zoom_by(1000)
    assert view.zoom_level() == pytest.approx(4.0)


def test_minimap_follows_and_moves_the_view(qtbot, view):
    minimap = MiniMap(view)
    qtbot.addWidget(minimap)
    minimap.resize(320, 180)
    minimap.show()
    qtbot.waitExposed(minimap)
    minimap.refresh()
    view.resetTransform()
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     minimap.rect().center() + minimap.rect().center() * 0.8)
    assert minimap.visible_rect().center().x() > view.scene().map_rect().center().x()


def test_changes_patch_items_instead_of_rebuilding(view, session):
    scene = view.scene()
    cards = dict(scene.cards)
    sid = by_name(session, "Signs the policy")
    session.push(commands.rename("stages", sid, name="Signs online"))
    session.push(commands.move_stages({sid: layout.position(6, 2)}))
    assert scene.cards == cards  # same item objects
    assert scene.cards[sid].name_label.text() == "Signs online"
    assert scene.cards[sid].pos().toTuple() == layout.position(6, 2)
    session.replace_project(build("retail"))
    assert len(scene.cards) == 9 and sid not in scene.cards


def test_auto_layout_and_align_are_one_step_each(view, session):
    ids = [by_name(session, "Gets an online quote"), by_name(session, "Agent prepares a quote")]
    session.push(commands.move_stages({ids[0]: layout.position(30, 3)}))
    count = session.undo_stack.count()
    view.auto_layout()
    assert session.undo_stack.count() == count + 1
    assert (session.project.get("stages", ids[0]).x, session.project.get("stages", ids[0]).y) != \
        layout.position(30, 3)
    for sid in ids:
        view.scene().cards[sid].setSelected(True)
    view.align("top")
    ys = {session.project.get("stages", sid).y for sid in ids}
    assert len(ys) == 1
    view.align("left")
    xs = {session.project.get("stages", sid).x for sid in ids}
    assert len(xs) == 1
    rects = [c.sceneBoundingRect() for c in view.scene().cards.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_dark_palette_and_translatable_api(qapp, session):
    from PySide6.QtGui import QColor, QPalette
    from journeymap.ui.canvas import theme
    old = qapp.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    qapp.setPalette(dark)
    try:
        assert theme.current().dark
        view = CanvasView(session)
        assert view.scene().theme.dark
        view.set_badge_metric(None)
        view.set_heatmap(None)
    finally:
        qapp.setPalette(old)


def test_wheel_zooms_and_middle_drag_pans(qtbot, view):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    view.resetTransform()
    centre = view.viewport().rect().center()
    wheel = QWheelEvent(QPointF(centre), QPointF(view.viewport().mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom_level() == pytest.approx(1.15)
    before = view.horizontalScrollBar().value()
    from test_canvas_helpers import move_to
    QTest.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, centre)
    move_to(view, centre - QPoint(150, 0), Qt.MouseButton.MiddleButton)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier,
                       centre - QPoint(150, 0))
    assert view.horizontalScrollBar().value() == before + 150


def test_metric_badge_shows_the_latest_value(view, session):
    from journeymap.core.model import MetricDef, MetricValue
    sid = by_name(session, "Signs the policy")
    session.push(commands.add(MetricDef("me-csat", "CSAT", unit="%"),
                              MetricValue("mv-1", "me-csat", sid, period="2026-09", value=71.0),
                              MetricValue("mv-2", "me-csat", sid, period="2026-10", value=74.5)))
    view.set_badge_metric("me-csat")
    assert view.scene().cards[sid].badge == "74.5%"
    view.set_badge_metric(None)
    assert view.scene().cards[sid].badge == ""
