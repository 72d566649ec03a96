"""The GUI monkey in CI (issue 8, item 10): a seeded random walk of real gestures over the real
main window, on the sample and on a blank project.

After each step: no exception reached the excepthook (the walker holds the hook during the
walk and reports each exception with the steps that led to it, where pytest-qt's capture
would only name the first), no Qt warning, no reference to a deleted entity, the window still
open on the same project. At the end: undo-all gives back the start exactly (Project.__eq__'s
terms), redo-all the end, and saving and reopening gives back the model.

A failure prints the seed and the step log; run it again, longer, with
``.venv/bin/python benchmarks/monkey.py --seed S --steps N``. Seeds that once failed are kept in
test_monkey_regressions.py with the bug they found.
"""
import pytest

import monkey_app

SAMPLE_SEEDS = ((11, 150), (12, 150))
BLANK_SEEDS = ((21, 300),)


def walk(qtbot, path, seed: int, steps: int, folder):
    """Walk ``steps`` steps from ``seed`` on ``path`` (None: a blank project); the failures as text."""
    window = monkey_app.open_window(path, folder / "recovery")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    walker = monkey_app.make_walker(window, seed)
    start = monkey_app.snapshot(window.session.project)
    with walker:
        walker.run(steps)
        problems = monkey_app.finish(walker, start, folder)
    assert walker.step == steps
    return [f.report() for f in walker.failures] + problems


@pytest.mark.parametrize("seed,steps", SAMPLE_SEEDS)
def test_a_random_walk_over_the_sample_breaks_nothing(qtbot, sample_copy, tmp_path, seed, steps):
    failures = walk(qtbot, sample_copy, seed, steps, tmp_path)
    assert not failures, f"seed {seed}: {len(failures)} failures\n\n" + "\n\n".join(failures[:5])


@pytest.mark.parametrize("seed,steps", BLANK_SEEDS)
def test_a_random_walk_over_a_blank_project_breaks_nothing(qtbot, tmp_path, seed, steps):
    failures = walk(qtbot, None, seed, steps, tmp_path)
    assert not failures, f"seed {seed}: {len(failures)} failures\n\n" + "\n\n".join(failures[:5])


def test_the_monkey_sees_an_exception_in_a_slot_with_the_step_that_raised_it(qtbot, tmp_path):
    """The walker's own check: a slot that raises is reported at its step, with the log."""
    window = monkey_app.open_window(None, tmp_path / "recovery")
    qtbot.addWidget(window)

    def broken(*_args):
        raise ValueError("a slot that raises")
    window.session.project_did_change.connect(broken)
    walker = monkey_app.m.Walker(window, [(1, monkey_app.undo_redo), (1, add_stage_by_key)], seed=3)
    with walker:
        walker.run(30)
    raised = [f for f in walker.failures if f.kind == "exception"]
    assert raised and raised[0].summary == "ValueError: a slot that raises"
    assert "add stage" in raised[0].log[-1] or "Ctrl+" in raised[0].log[-1]
    window.session.project_did_change.disconnect(broken)


def add_stage_by_key(w):
    window = w.root
    w.key(window.canvas.viewport(), monkey_app.K.Key_N, monkey_app.CTRL | monkey_app.SHIFT)
    return "add stage (Ctrl+Shift+N)"
