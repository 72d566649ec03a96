"""The heatmap tints each stage by its metric against the target, with a legend; badges show values."""
import pytest

from journeymap.core import commands, model
from journeymap.samples import templates
from journeymap.ui.canvas.view import CanvasView
from journeymap.ui.session import Session


@pytest.fixture
def view(qtbot):
    project = templates.build("retail")
    jid = project.default_journey().id
    stages = project.stages_of(jid)
    project.add(model.MetricDef("m-fcr", "First-contact resolution", unit="%", target=80.0))
    for i, (stage, value) in enumerate(zip(stages[:3], [85.0, 75.0, 40.0])):
        project.add(model.MetricValue(f"v-old-{i}", "m-fcr", stage.id, period="2026-01", value=10.0))
        project.add(model.MetricValue(f"v-{i}", "m-fcr", stage.id, period="2026-02", value=value))
    session = Session(project)
    view = CanvasView(session)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view, session, stages


def test_heatmap_bands_cards_by_target_and_legend_counts_them(view):
    view, session, stages = view
    view.set_heatmap("m-fcr")
    cards = view.scene().cards
    assert [cards[s.id].heat for s in stages[:3]] == ["on", "near", "off"]
    assert all(cards[s.id].heat is None for s in stages[3:])
    legend = view._legend.text()
    assert view._legend.isVisible() and "against target 80%" in legend
    assert "on target (1)" in legend and "off target (1)" in legend
    assert f"no data ({len(stages) - 3})" in legend


def test_heatmap_follows_the_period_filter_and_edits(view):
    view, session, stages = view
    view.set_heatmap("m-fcr")
    view.set_filter(period="2026-01")
    assert view.scene().cards[stages[0].id].heat == "off"   # 10 in January
    view.set_filter(period=None)
    session.push(commands.edit("metrics", "m-fcr", target=30.0))
    view.scene().marks.flush()
    assert [view.scene().cards[s.id].heat for s in stages[:3]] == ["on", "on", "on"]


def test_badge_shows_the_latest_value_and_heatmap_off_hides_legend(view):
    view, session, stages = view
    view.set_badge_metric("m-fcr")
    assert view.scene().cards[stages[0].id].badge == "85.0%"
    view.set_heatmap("m-fcr")
    view.set_heatmap(None)
    assert not view._legend.isVisible()
    assert view.scene().cards[stages[0].id].heat is None


def test_a_card_tooltip_names_channel_and_owner(view):
    view, session, stages = view
    tip = view.scene().cards[stages[0].id].toolTip()
    assert stages[0].name in tip and stages[0].department in tip and stages[0].channel in tip


def test_legend_follows_the_dark_theme(view, qapp):
    from journeymap.ui.palette import apply_palette
    view, session, stages = view
    try:
        apply_palette(qapp, dark=True)
        view.scene().rebuild()
        view.set_heatmap("m-fcr")
        image = view._legend.grab().toImage()
        corner = image.pixelColor(image.width() // 2, 3)
        assert corner.lightness() < 100, corner.name()   # a dark box on a dark map, not a white glare
    finally:
        apply_palette(qapp, dark=False)
