"""Data on the map from the toolbar: a heatmap and badges on the sample's stages, and the
segment/period filter reaching the canvas through the session."""
import pytest



@pytest.fixture
def window(window_on, sample_copy):
    return window_on(sample_copy)


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_heatmap_metric_tints_the_stages_that_have_it(window):
    bar, cards = window.data_bar, window.canvas.scene().cards
    fcr = next(m for m in window.session.project.all("metrics") if m.name == "First-contact resolution")
    choose(bar.heatmap, fcr.name)
    with_value = {v.stage for v in window.session.project.where("metric_values", metric=fcr.id)}
    tinted = {sid for sid, card in cards.items() if card.heat}
    assert tinted and tinted <= with_value
    assert {cards[sid].heat for sid in tinted} <= {"on", "near", "off"}
    assert "off target" in window.canvas._legend.text()
    choose(bar.heatmap, "(none)")
    assert not any(card.heat for card in cards.values())


def test_period_and_segment_filter_reach_the_session_and_the_badges(window):
    bar, canvas = window.data_bar, window.canvas
    volume = next(m for m in window.session.project.all("metrics") if m.name == "Contact volume")
    choose(bar.badge, volume.name)
    values = [v for v in window.session.project.where("metric_values", metric=volume.id, segment="")
              if v.stage in canvas.scene().cards]
    first = min(v.period for v in values)
    stage, expected = next((v.stage, v.value) for v in values if v.period == first)
    choose(bar.period, first)
    assert window.session.period == first and canvas.scene().marks.period == first
    shown = f"{expected:.0f}" if abs(expected) >= 100 else f"{expected:.1f}" if abs(expected) >= 10 \
        else f"{expected:.2f}"
    assert canvas.scene().cards[stage].badge.startswith(shown)
    choose(bar.segment, "Small business")
    assert window.session.segment == "Small business"


def test_the_data_and_drivers_views_follow_the_toolbar_filter(window, qtbot):
    window.show_view("data")
    data = window.stack.views["data"]
    survey = next(d for d in window.session.project.all("datasets") if d.kind == "survey")
    qtbot.waitUntil(lambda: data.rows_model.rowCount() == survey.rows, timeout=20000)
    choose(window.data_bar.segment, "Small business")
    assert data.segment.currentData() == "Small business"
    qtbot.waitUntil(lambda: 0 < data.rows_model.rowCount() < survey.rows, timeout=5000)
    window.show_view("drivers")
    drivers = window.stack.views["drivers"]
    qtbot.waitUntil(lambda: drivers.segment_box.findData("Small business") >= 0, timeout=20000)
    choose(window.data_bar.segment, "Private customers")
    assert drivers.segment_box.currentData() == "Private customers"
    choose(window.data_bar.segment, "All segments")
    assert drivers.segment_box.currentData() is None and data.segment.currentIndex() == 0


def test_journey_menu_opens_the_reasons_dialog(window, monkeypatch):
    from journeymap.ui.dialogs import reasons_dialog
    opened = []
    monkeypatch.setattr(reasons_dialog.ReasonsDialog, "exec", lambda self: opened.append(self) or 0)
    window.act["reasons"].trigger()
    assert len(opened) == 1 and opened[0].session is window.session


# -- an imported survey reaches the map (issue 8, item 4) ------------------------------------------
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import airline  # noqa: E402

from journeymap.analysis.stage_data import stage_metric_table  # noqa: E402
from journeymap.importers.project_import import run_import  # noqa: E402
from journeymap.samples import templates  # noqa: E402
from journeymap.storage import write as storage_write  # noqa: E402


@pytest.fixture
def imported(window_on, qtbot, tmp_path):
    """A blank project with the airline-shaped survey imported (no MetricDefs, no MetricValues),
    opened in a main window."""
    path = tmp_path / "air.jmap"
    storage_write.save(templates.build("blank"), path)
    run_import(path, airline.write_airline_csv(tmp_path / "air.csv", n=3000), airline.mapping())
    win = window_on(path)
    journey = next(j for j in win.session.project.all("journeys") if j.name == "Air travel")
    win.session.set_journey(journey.id)
    qtbot.waitUntil(lambda: not win.data_bar.runner.busy, timeout=20000)   # the survey's list, read on a worker
    return win, path, journey.id



def test_imported_survey_metrics_are_offered_as_badge_and_heatmap(imported):
    win, path, jid = imported
    bar = win.data_bar
    offered = [bar.badge.itemText(i) for i in range(bar.badge.count())]
    assert "CSAT (1-5)" in offered and "Top-2-box (%)" in offered and "Score (0-100)" in offered, offered
    assert [bar.heatmap.itemText(i) for i in range(bar.heatmap.count())] == offered
    choose(bar.badge, "CSAT (1-5)")
    table = stage_metric_table(path, win.session.project, journey_id=jid)
    csat = table.loc[table["metric"] == "CSAT"].set_index("stage_id")["value"]
    cards = win.canvas.scene().cards
    assert set(csat.index) <= set(cards) and len(csat) == 4
    for sid, value in csat.items():
        assert cards[sid].badge == f"{value:.2f}", (sid, cards[sid].badge, value)
    choose(bar.heatmap, "Top-2-box (%)")
    assert all(cards[sid].heat in ("on", "near", "off") for sid in csat.index)
    assert "Top-2-box" in win.canvas._legend.text()


def test_survey_segments_are_on_the_map_toolbar_and_filter_the_badges(imported):
    win, path, jid = imported
    bar = win.data_bar
    segments = [bar.segment.itemText(i) for i in range(bar.segment.count())]
    assert {"Loyal Customer", "disloyal Customer"} <= set(segments), segments
    choose(bar.badge, "CSAT (1-5)")
    choose(bar.segment, "disloyal Customer")
    table = stage_metric_table(path, win.session.project, journey_id=jid, segment="disloyal Customer")
    csat = table.loc[table["metric"] == "CSAT"].set_index("stage_id")["value"]
    cards = win.canvas.scene().cards
    assert all(cards[sid].badge == f"{v:.2f}" for sid, v in csat.items())


def test_badge_choices_survive_reopening_the_file(imported, qtbot):
    win, path, jid = imported
    choose(win.data_bar.badge, "CSAT (1-5)")
    assert win.files.load(str(path))
    win.session.set_journey(jid)
    qtbot.waitUntil(lambda: not win.data_bar.runner.busy, timeout=20000)
    offered = [win.data_bar.badge.itemText(i) for i in range(win.data_bar.badge.count())]
    assert "CSAT (1-5)" in offered
    choose(win.data_bar.badge, "CSAT (1-5)")
    assert all(card.badge for card in win.canvas.scene().cards.values())


def test_top2box_badge_reads_as_a_percentage(imported):
    win, path, jid = imported
    choose(win.data_bar.badge, "Top-2-box (%)")
    table = stage_metric_table(path, win.session.project, journey_id=jid)
    share = table.loc[table["metric"] == "Top-2-box"].set_index("stage_id")["value"]
    cards = win.canvas.scene().cards
    for sid, value in share.items():
        assert cards[sid].badge == f"{100 * value:.1f}%", (cards[sid].badge, value)


def test_removing_the_survey_takes_its_metrics_off_the_toolbar_and_undo_brings_them_back(imported, qtbot):
    from journeymap.core import commands
    win, path, jid = imported
    bar = win.data_bar
    survey = next(d for d in win.session.project.all("datasets") if d.kind == "survey")
    win.session.push(commands.delete("datasets", [survey.id]))
    assert [bar.badge.itemText(i) for i in range(bar.badge.count())] == ["(none)"]
    win.session.undo_stack.undo()
    qtbot.waitUntil(lambda: bar.badge.findText("CSAT (1-5)") >= 0, timeout=20000)
