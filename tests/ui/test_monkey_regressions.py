"""Seeds that once made the GUI monkey fail, each kept with the bug it found.

Each bug keeps the seed that found it, walked as far as the failing step, and where the
gestures could be cut down to the few that matter, those too (replayed through the walker, so
an exception in a slot fails the test with the step that raised it). A seed names a walk of
the walker as it was when the seed failed (its commit is named): the walker has grown since, so
an old seed now takes another walk; it stays as one more walk, and the cut-down gestures are
the regression that does not drift.
"""
import pytest
from PySide6.QtCore import QPoint

import monkey_app

m = monkey_app.m
CTRL, SHIFT = m.CTRL, m.SHIFT
K = monkey_app.K


@pytest.fixture
def sample_walker(qtbot, sample_copy, tmp_path):
    return make(qtbot, sample_copy, tmp_path)


def make(qtbot, path, folder, seed=0):
    window = monkey_app.open_window(path, folder / "recovery")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return monkey_app.make_walker(window, seed)


def reports(walker):
    return "\n\n".join(f.report() for f in walker.failures)


# -- gestures --------------------------------------------------------------------------------

def toolbar(w, name):
    """Click the main toolbar's button for the action ``name``."""
    window = w.root
    action = window.act[name]
    button = next(b for bar in window.findChildren(m.QWidget) if type(bar).__name__ == "QToolBar"
                  for b in [bar.widgetForAction(action)] if b is not None and b.isVisible())
    w.click(button, button.rect().center())
    return f"click toolbar {name}"


def keys(w, key, modifier=m.NO):
    window = w.root
    w.key(window.canvas.viewport() if window.canvas.isVisible() else window, key, modifier)
    return f"key {key.name}"


def double_click_empty_canvas(w):
    """A double-click where no card is: a new stage there."""
    canvas = w.root.canvas
    viewport = canvas.viewport()
    for y in range(viewport.height() - 20, 20, -20):
        for x in range(20, viewport.width() - 20, 40):
            if not canvas.items(QPoint(x, y)):
                w.click(viewport, QPoint(x, y), double=True)
                return f"double-click empty canvas at ({x},{y})"
    return None


# -- 1. The journey on screen removed by an undo -------------------------------------------
# Seeds 2002 and 11 (sample, walker of 5a656a8): "Future state", then Ctrl+Z. The session kept
# showing the removed journey: the inspector raised ProjectError ("no journey with id ...")
# refreshing its form, and a double-click on the canvas made a stage in the removed journey, a reference the
# file's foreign keys then refused ("was not saved: the project refers to something it lacks").

def test_undoing_the_future_state_on_screen_shows_a_journey_that_exists(sample_walker):
    from journeymap.core import commands
    from journeymap.core.future_state import existing_future_state
    w = sample_walker
    session = w.root.session
    before = session.journey_id
    made = existing_future_state(session.project, before)
    if made is not None:      # the sample has one, which the button would now open: make a new one instead
        session.push(commands.edit("journeys", made.id, derived_from=None))
    with w:
        w.do(toolbar, "future")
        assert session.journey_id != before
        w.do(keys, K.Key_Z, CTRL)
        assert session.journey is not None, "the session shows a journey the project lacks"
        assert session.journey_id == before
        w.do(double_click_empty_canvas)
        w.do(keys, K.Key_Z, CTRL | SHIFT)
    assert not w.failures, reports(w)
    assert not monkey_app.dangling(session.project)


@pytest.mark.parametrize("seed,steps", [(11, 150)])
def test_seed_11_on_the_sample(qtbot, sample_copy, tmp_path, seed, steps):
    w = make(qtbot, sample_copy, tmp_path, seed)
    start = monkey_app.snapshot(w.root.session.project)
    with w:
        w.run(steps)
        problems = monkey_app.finish(w, start, tmp_path)
    assert not w.failures and not problems, reports(w) + "\n".join(problems)


# -- 2. A name editor left on a card that an undo rebuilt -----------------------------------
# Seed 7001 (blank project), step 343, walker of 1716953 (crashed twice at that step; not cut
# down: a scripted rename-then-undo did not leave the editor open): the map's in-place name
# editor was open on a card when an undo rebuilt the cards; the next double-click finished the
# old editor, whose card's label was deleted: RuntimeError inside
# CanvasView.mouseDoubleClickEvent, and PySide6 6.12 segfaults reporting that error from an
# override (the process died; see QA.md).

@pytest.mark.parametrize("seed,steps", [(7001, 345)])
def test_seed_7001_on_a_blank_project(qtbot, tmp_path, seed, steps):
    w = make(qtbot, None, tmp_path, seed)
    with w:
        w.run(steps)
    assert not w.failures, reports(w)


# -- 3. An NPS question with no answers on one side of the review -----------------------------
# Seed 7006 (sample), step 91: the Review view raised TypeError ("unsupported format string
# passed to NoneType.__format__") writing an NPS row whose before (or after) had no answers:
# its value and p are None. `journeymap review` wrote the same row the same way.

def unanswered_nps_review(sample_path):
    from journeymap.analysis.review import review
    from journeymap.storage.read import open_project
    project = open_project(sample_path)
    d = review(str(sample_path), project, journey_id=project.default_journey().id)
    d["nps"] = [{"item": "Recommend", "metric": "NPS", "before": None, "after": 31.5, "n_before": 0,
                 "n_after": 12, "p_value": None, "test": "wald", "verdict": "no change", "better": "higher"}]
    return d


def test_the_review_view_shows_an_nps_row_with_no_answers_before(qtbot, sample_path):
    from journeymap.core.project import Project
    from journeymap.ui.review_view import ReviewView
    from journeymap.ui.session import Session
    view = ReviewView(Session(Project()))
    qtbot.addWidget(view)
    html = view.html(unanswered_nps_review(sample_path))
    row = html[html.index("Recommend"):]
    assert "+31.5" in row and "<td>-</td>" in row


def test_journeymap_review_writes_an_nps_row_with_no_answers_before(sample_path):
    from journeymap.cli.review_cmd import format_text
    text = format_text(unanswered_nps_review(sample_path))
    assert "NPS Recommend: - -> +31.5 (n 0 -> 12, Wald p -)" in text


# -- 4. A lane editor deleted before its deferred removal ---------------------------------
# Seed 9008 (sample, walker of a3d6c9f), step 360: a lane's in-place editor finished (Return),
# and the journey switched before Qt ran the editor's deferred removal; the scene's rebuild had
# deleted the editor, and the removal raised RuntimeError ("LaneEditor already deleted").

def double_click_lane_cell(w, lane="customer_action"):
    canvas = w.root.canvas
    scene = canvas.scene()
    scene.flush()
    card = min(scene.cards.values(), key=lambda c: c.pos().x())
    top, height = scene.lanes.geometry.lanes[lane]
    canvas.ensureVisible(card, 20, 20)
    at = canvas.mapFromScene(card.sceneBoundingRect().center().x(), top + height / 2)
    w.click(canvas.viewport(), at, double=True)
    return f"double-click {lane} under {card.stage.name!r}"


def return_then_switch_journey(w):
    """Return in the editor, and at once (no event loop between) a click on the other journey."""
    canvas = w.root.canvas
    editor = canvas.editor
    assert editor is not None, "the double-click opened no lane editor"
    m.QTest.keyClick(canvas.viewport(), K.Key_Return)
    session = w.root.session
    other = next(j for j in session.project.tables["journeys"] if j != session.journey_id)
    nav = w.root.navigator
    index = nav.model.index_of("journeys", other)
    nav.tree.scrollTo(index)
    w.click(nav.tree.viewport(), nav.tree.visualRect(index).center())
    return "Return in the lane editor, then the other journey"


def test_a_lane_editor_deleted_before_its_deferred_removal_raises_nothing(sample_walker):
    w = sample_walker
    with w:
        w.do(double_click_lane_cell)
        w.do(return_then_switch_journey)
        w.wait(50)
        w._collect()
    assert not w.failures, reports(w)



# -- 5. Ctrl+C in the Data view's tables -------------------------------------------------------
# Seed 10008 (sample, walker of a2232ec), step 259: Ctrl+C in the Data view's rows table printed
# "QAction::event: Ambiguous shortcut overload: Ctrl+C" and copied nothing: the table's own
# "Copy (tab-separated)" and the window's Edit > Copy both claimed the key.

def copy_from_data_rows(w):
    window = w.root
    window.show_view("data")
    view = window.stack.views["data"]
    table = view.rows_table
    model = table.model()
    for _ in range(200):        # the survey's rows arrive from a worker thread
        if model.rowCount() > 2:
            break
        w.wait(50)
    assert model.rowCount() > 2, "the sample's Data view shows no rows"
    rect = table.visualRect(model.index(1, 1))
    w.click(table.viewport(), rect.center())
    w.key(table, K.Key_C, CTRL)
    return "click a cell of the rows table, Ctrl+C"


def test_ctrl_c_in_the_data_views_table_copies_the_cells(sample_walker):
    from PySide6.QtGui import QGuiApplication
    QGuiApplication.clipboard().setText("before")
    w = sample_walker
    with w:
        w.do(copy_from_data_rows)
    assert not w.failures, reports(w)
    assert QGuiApplication.clipboard().text() not in ("before", "")


# -- 6. Delete with a stage and one of its transitions selected ----------------------------
# Seed 11000 (sample, walker of 0ab9dae), step 323: Delete raised ProjectError ("no transition
# with id ...") from the Delete macro: deleting the stage took its transitions with it, and the
# selected transition's own delete that followed found it gone. Nothing was deleted.

def select_stage_and_its_transition(w):
    canvas = w.root.canvas
    scene = canvas.scene()
    scene.flush()
    arrow = next(a for a in scene.arrows.values() if a.transition.source in scene.cards
                 and a.transition.kind != "drop-out")
    card = scene.cards[arrow.transition.source]
    canvas.ensureVisible(card, 20, 20)
    w.click(canvas.viewport(), canvas.mapFromScene(card.sceneBoundingRect().center()))
    point = arrow.mapToScene(arrow.path.pointAtPercent(0.5))
    canvas.ensureVisible(point.x() - 5, point.y() - 5, 10, 10)
    w.click(canvas.viewport(), canvas.mapFromScene(point), modifier=CTRL)
    kinds = sorted(kind for kind, _id in w.root.selection)
    assert kinds == ["stages", "transitions"], f"selected {w.root.selection}"
    return f"select stage {card.stage.name!r} and its transition {arrow.transition.id}"


def test_deleting_a_stage_with_its_transition_selected_deletes_both(sample_walker):
    w = sample_walker
    session = w.root.session
    start = monkey_app.snapshot(session.project)
    with w:
        w.do(select_stage_and_its_transition)
        (kind_a, a), (kind_b, b) = sorted(w.root.selection)
        w.do(keys, K.Key_Delete)
        assert session.project.find(kind_a, a) is None and session.project.find(kind_b, b) is None
        w.do(keys, K.Key_Z, CTRL)
    assert not w.failures, reports(w)
    assert not monkey_app.differences(start, monkey_app.snapshot(session.project))


# -- 7. The map's marks refreshed after their canvas was deleted ---------------------------
# Seed 11004 (sample, walker of 0ab9dae), step 399 (also seeds 9018 and 7008, QA 35/37):
# CanvasMarks.schedule queued its refresh with a bare QTimer.singleShot, which outlived the
# compare canvas deleted meanwhile: RuntimeError "CanvasView already deleted" in its legend.

@pytest.mark.parametrize("seed,steps", [(11004, 400)])
def test_seed_11004_on_the_sample(sample_path, tmp_path, seed, steps):
    """Walked as benchmarks/monkey.py walks it (its own process and settings: under pytest's the
    walk's timing differs and the refresh came before the deletion)."""
    import json
    import subprocess
    import sys
    from pathlib import Path
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "monkey.py"
    done = subprocess.run([sys.executable, str(script), "--child", "--seed", str(seed), "--steps", str(steps),
                           "--project", "sample", "--sample", str(sample_path), "--folder", str(tmp_path),
                           "--log", str(tmp_path / "steps.log")], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))
    assert result["steps"] == steps
    assert not result["failures"], "\n\n".join(f["report"] for f in result["failures"])
