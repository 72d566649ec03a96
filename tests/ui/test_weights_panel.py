"""The weight sliders: live while dragging, one undo step on release, following undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from journeymap.analysis.scoring import DEFAULT_WEIGHTS, PARTS
from journeymap.core.model import Journey
from journeymap.core.project import Project
from journeymap.ui.session import Session
from journeymap.ui.weights_panel import STEPS, WeightsPanel, project_weights


@pytest.fixture
def session(qapp):
    project = Project()
    project.add(Journey("jn-1", "Claims"))
    return Session(project)


@pytest.fixture
def panel(qtbot, session):
    widget = WeightsPanel(session)
    qtbot.addWidget(widget)
    return widget


def drag(slider, value: int) -> None:
    """What a mouse drag does: press, move (several valueChanged), release."""
    slider.setSliderDown(True)
    for v in range(slider.value(), value, 1 if value > slider.value() else -1):
        slider.setValue(v)
    slider.setValue(value)
    slider.setSliderDown(False)
    slider.sliderReleased.emit()


def test_shows_the_defaults_one_slider_per_part(panel):
    assert list(panel.sliders) == list(PARTS)
    assert panel.weights() == dict(DEFAULT_WEIGHTS)


def test_dragging_is_live_and_release_is_one_undo_step(qtbot, panel, session):
    seen = []
    panel.weights_did_change.connect(seen.append)
    drag(panel.sliders["votes"], 25)
    assert len(seen) >= 10 and seen[-1]["votes"] == 2.5
    assert session.undo_stack.count() == 1
    assert project_weights(session.project)["votes"] == 2.5
    session.undo_stack.undo()
    assert session.project.info.rank_weights == {}
    assert panel.sliders["votes"].value() == STEPS  # the slider followed the undo
    assert seen[-1]["votes"] == 1.0


def test_keyboard_step_commits(qtbot, panel, session):
    panel.sliders["severity"].setFocus()
    qtbot.keyClick(panel.sliders["severity"], Qt.Key.Key_Right)
    assert session.project.info.rank_weights["severity"] == pytest.approx(1.1)
    assert session.undo_stack.count() == 1


def test_reset_pushes_empty_weights(panel, session):
    drag(panel.sliders["gap"], 0)
    panel.reset_button.click()
    assert session.project.info.rank_weights == {}
    assert panel.weights() == dict(DEFAULT_WEIGHTS)
    assert session.undo_stack.count() == 2


def test_the_last_weight_cannot_reach_zero(panel):
    for part in PARTS:
        panel.sliders[part].setValue(0)
    assert sum(panel.weights().values()) > 0
    assert panel.hint.text()


def test_reach_x_gap_replaces_reach_and_gap_and_back(qtbot, panel, session):
    drag(panel.sliders["reach_x_gap"], 10)
    weights = panel.weights()
    assert weights["reach_x_gap"] == 1.0 and weights["reach"] == 0.0 and weights["gap"] == 0.0
    assert session.undo_stack.count() == 1
    drag(panel.sliders["gap"], 5)
    assert panel.weights()["reach_x_gap"] == 0.0 and panel.weights()["gap"] == 0.5


def test_balance_without_a_ranked_list_says_so_and_pushes_nothing(qtbot, panel, session):
    qtbot.mouseClick(panel.balance_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 0 and "Nothing to balance" in panel.hint.text()


def test_importance_method_and_value_reference_are_undoable_settings(qtbot, panel, session):
    assert panel.method_box.currentData() == "stage_shapley"
    panel.method_box.setCurrentIndex(panel.method_box.findData("item_sum"))
    assert session.project.info.rank_importance_method == "item_sum"
    assert session.undo_stack.undoText() == "Change stage importance method"
    panel.value_edit.setFocus()
    qtbot.keyClicks(panel.value_edit, "750")
    qtbot.keyClick(panel.value_edit, Qt.Key.Key_Return)
    assert session.project.info.rank_value_reference == 750.0
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert panel.value_edit.text() == "" and session.project.info.rank_value_reference is None
    session.undo_stack.undo()
    assert panel.method_box.currentData() == "stage_shapley"


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def language(request, qapp):
    from journeymap.app import install_translators
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_spread_column_is_read_whole_at_the_default_window_sizes(qtbot, window_on, sample_copy, language, size):
    """QA (繁體中文, 1920x1080 and 1366x768): the right column read "標準差 0.05 · 7…", cut by the panel's edge."""
    window = window_on(sample_copy, size=size)
    panel = window.stack.show_view("painpoints").weights
    qtbot.waitUntil(lambda: all(label.text() for label in panel.spreads.values()))
    lines = [label for label in panel.findChildren(QLabel) if label.isVisible() and label.text() and not label.wordWrap()]
    assert len(lines) > 2 * len(PARTS)                  # names, values, spreads, the column's head
    for label in lines:
        shown = label.visibleRegion().boundingRect()    # what the panel's edge leaves of it
        assert shown.width() >= label.sizeHint().width(), (label.text(), shown.width(), label.sizeHint().width())
