"""Render the insurance template offscreen and check the picture's geometry."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from journeymap.samples.templates import build
from journeymap.ui.canvas.items.text import TextBlock
from journeymap.ui.canvas.view import CanvasView
from journeymap.ui.session import Session


@pytest.fixture
def view(qtbot):
    session = Session(build("insurance"))
    view = CanvasView(session)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    return view


def test_insurance_map_geometry(view, tmp_path):
    image = view.render_to_image(1600, 1000)
    assert (image.width(), image.height()) == (1600, 1000)
    scene = view.scene()
    geometry = scene.lanes.geometry
    assert len(scene.cards) == 21 and len(scene.arrows) == 30
    columns = {phase: QRectF(left, 0, width, 1) for phase, _, left, width in geometry.columns}
    lane_top, lane_height = geometry.lanes["stages"]
    rects = {}
    for sid, card in scene.cards.items():
        rect = card.sceneBoundingRect()
        rects[sid] = rect
        column = columns[card.stage.phase]
        assert column.left() <= rect.left() and rect.right() <= column.right(), card.stage.name
        assert lane_top <= rect.top() and rect.bottom() <= lane_top + lane_height, card.stage.name
        for child in card.childItems():
            if isinstance(child, TextBlock) and child.isVisible() and child.text():
                assert rect.contains(child.sceneBoundingRect()), (card.stage.name, child.text())
                assert not child.elided, child.text()
    ids = sorted(rects)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            assert not rects[a].intersects(rects[b]), (a, b)
    # columns and lanes do not overlap each other either
    spans = sorted((left, left + width) for _, _, left, width in geometry.columns)
    assert all(r1 <= l2 + 0.01 for (_, r1), (l2, _) in zip(spans, spans[1:]))
    tops = [geometry.lanes[lane] for lane in ("customer_action", "stages", "thinking", "emotion",
                                              "pain_points", "opportunities", "backstage")]
    assert all(t1 + h1 <= t2 + 0.01 for (t1, h1), (t2, _) in zip(tops, tops[1:]))
    # the picture is not blank: most of it is background, but cards, text and arrows leave ink
    background = view.scene().backgroundBrush().color().rgb()
    inked = sum(image.pixelColor(x, y).rgb() != background for x in range(0, 1600, 8) for y in range(0, 1000, 8))
    assert 0.05 < inked / (200 * 125) < 0.95, inked
    image.save(str(tmp_path / "insurance.png"))


def test_names_wrap_and_cards_grow_rather_than_clip(view):
    scene = view.scene()
    sid = next(iter(scene.cards))
    from journeymap.core import commands
    view.session.push(commands.rename("stages", sid, name="Customer is transferred between three "
                                                        "subsidiaries before anyone answers"))
    card = scene.cards[sid]
    assert card.boundingRect().height() > 120
    assert card.sceneBoundingRect().contains(card.name_label.sceneBoundingRect())
    assert card.name_label.boundingRect().height() > 3 * 18  # wrapped over several lines


def test_font_is_readable_for_projection(view):
    card = next(iter(view.scene().cards.values()))
    assert 13 <= card.name_label._font.pointSizeF() <= 14


def test_pain_points_stack_under_their_stage_without_overlap(view):
    from journeymap.core import commands
    from journeymap.core.model import PainPoint, Vote
    session = view.session
    stage = session.project.stages_of("jn-ins")[3]
    for i in range(3):
        session.push(commands.add(PainPoint(f"pp-{i}", "jn-ins", stage.id, f"Pain {i} " + "long words " * i,
                                            severity=i + 2)))
    session.push(commands.add(Vote("vo-1", "pp-1", "ann", dots=3), Vote("vo-2", "pp-1", "bob", dots=2)))
    scene = view.scene()
    scene.flush()
    stickies = [scene.stickies[f"pp-{i}"] for i in range(3)]
    assert stickies[1].votes == 5
    lane_top, lane_h = scene.lanes.geometry.lanes["pain_points"]
    rects = [s.sceneBoundingRect() for s in stickies]
    card = scene.cards[stage.id].sceneBoundingRect()
    for r in rects:
        assert lane_top <= r.top() and r.bottom() <= lane_top + lane_h
        assert r.left() == card.left()
    for i in range(3):
        for j in range(i + 1, 3):
            assert not rects[i].intersects(rects[j])


def test_a_chinese_department_shows_whole_on_its_card(view):
    """A CJK face's line is taller than a Latin one: one short department name must not elide to '…' (QA 16)."""
    from journeymap.core import commands
    session = view.session
    stage = session.project.stages_of(session.journey_id)[0]
    session.push(commands.edit("stages", stage.id, department="市场部"))
    card = view.scene().cards[stage.id]
    assert card.dept_label.text() == "市场部" and not card.dept_label.elided
