"""Random edit sequences through the app's own undo history (Session.push over its QUndoStack):
undo and redo restore exactly.

Every state the history passes through is snapshotted; undoing walks back through the
snapshots (Project.__eq__ compares table order too), redoing walks forward again, and
the clean flag follows set_clean, merges and discarded redo branches. (core/history.py, a
second history only these tests ran, is gone: they check the one the app runs.)
"""
from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.core import commands
from journeymap.core import model as m
from journeymap.core.project import Project, ProjectError
from journeymap.ui.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402
from jmap_builders import snapshot  # noqa: E402

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8) | \
    st.sampled_from(["报价", "Payment 付款", ""])
FLOAT = st.floats(-3, 3, allow_nan=False)
BASE = jmap_builders.rich_project()


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}-gen{self.n}"


def _pick(data, project, kind, **where):
    options = sorted(e.id for e in project.where(kind, **where)) if where else list(project.tables[kind])
    return data.draw(st.sampled_from(options)) if options else None


def _journey(data, project):
    return _pick(data, project, "journeys")


def op_add_stage(data, project, ids):
    j = _journey(data, project)
    if j is None:
        return None
    phase = _pick(data, project, "phases", journey=j)
    return commands.add(m.Stage(ids("st"), j, phase, data.draw(TEXT), emotion=data.draw(FLOAT | st.none()),
                                emotions=data.draw(st.dictionaries(st.sampled_from(["a", "b"]), FLOAT))))


def op_add_phase(data, project, ids):
    j = _journey(data, project)
    return j and commands.add(m.Phase(ids("ph"), j, data.draw(TEXT), order=data.draw(st.integers(0, 9))))


def op_connect(data, project, ids):
    j = _journey(data, project)
    a, b = _pick(data, project, "stages", journey=j), _pick(data, project, "stages", journey=j)
    return a and b and commands.connect(j, a, b, kind=data.draw(st.sampled_from(m.TRANSITION_KINDS)))


def op_add_pain_point(data, project, ids):
    stage = _pick(data, project, "stages")
    if stage is None:
        return None
    j = project.get("stages", stage).journey
    return commands.add(m.PainPoint(ids("pp"), j, stage, data.draw(TEXT), severity=data.draw(st.integers(1, 5))))


def op_add_vote_or_evidence(data, project, ids):
    pp = _pick(data, project, "pain_points")
    if pp is None:
        return None
    vote = m.Vote(ids("vt"), pp, data.draw(st.sampled_from(["ann", "bo", "陈"])), dots=data.draw(st.integers(1, 3)))
    evidence = m.Evidence(ids("ev"), pp, "note", note=data.draw(TEXT))
    return commands.add(*data.draw(st.sampled_from([[vote], [evidence], [vote, evidence]])))


def op_add_initiative(data, project, ids):
    j = _journey(data, project)
    pps = list(project.tables["pain_points"])
    linked = data.draw(st.lists(st.sampled_from(pps), unique=True, max_size=4)) if pps else []
    return j and commands.add(m.Initiative(ids("in"), j, data.draw(TEXT), pain_points=linked))


def op_delete(data, project, ids):
    kind = data.draw(st.sampled_from(["stages", "stages", "phases", "transitions", "pain_points", "votes",
                                      "initiatives", "journeys", "segments", "datasets", "metrics"]))
    options = list(project.tables[kind])
    if not options:
        return None
    return commands.delete(kind, data.draw(st.lists(st.sampled_from(options), min_size=1, max_size=3, unique=True)))


def op_edit_stage(data, project, ids):
    stage = _pick(data, project, "stages")
    changes = data.draw(st.fixed_dictionaries({}, optional={
        "name": TEXT, "emotion": FLOAT | st.none(), "description": TEXT, "role": st.sampled_from(m.ROLES),
        "emotions": st.dictionaries(st.sampled_from(["a", "b"]), FLOAT)}))
    return stage and changes and commands.edit("stages", stage, **changes)


def op_rename(data, project, ids):
    kind = data.draw(st.sampled_from(["stages", "phases", "journeys"]))
    target = _pick(data, project, kind)
    # Journey names may collide on purpose: that edit must fail and change nothing.
    name = data.draw(TEXT | st.sampled_from([j.name for j in project.all("journeys")] or ["x"]))
    return target and commands.rename(kind, target, name=name)


def op_drag(data, project, ids):
    # Few stages and drag ids, so drags often continue one another (and merge);
    # "clean" is a save in the middle of a drag: the next move must not merge into it.
    stages = list(project.tables["stages"])[:4]
    if not stages:
        return None
    chosen = data.draw(st.lists(st.sampled_from(stages), min_size=1, max_size=2, unique=True))
    drag = data.draw(st.sampled_from(["d1", "d2", None]))
    point = st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4))
    steps = data.draw(st.lists(st.sampled_from(["move", "move", "clean"]), min_size=1, max_size=5))
    return [commands.move_stages({s: data.draw(point) for s in chosen}, drag_id=drag) if step == "move"
            else step for step in steps]


def op_macro(data, project, ids):
    parts = [f(data, project, ids) for f in data.draw(st.lists(st.sampled_from(
        [op_add_stage, op_edit_stage, op_add_pain_point, op_connect]), min_size=1, max_size=3))]
    parts = [p for p in parts if p and not isinstance(p, list)]
    return parts and commands.Macro(parts, label="Several edits")


OPS = [op_add_stage, op_add_phase, op_connect, op_add_pain_point, op_add_vote_or_evidence, op_add_initiative,
       op_delete, op_delete, op_edit_stage, op_rename, op_drag, op_macro]


class History:
    """The app's history under the names the walk uses."""

    def __init__(self, project: Project):
        self.session = Session(project)
        self.stack = self.session.undo_stack

    def push(self, command) -> None:
        self.session.push(command)

    def undo(self) -> bool:
        if not self.stack.canUndo():
            return False
        self.stack.undo()
        return True

    def redo(self) -> bool:
        if not self.stack.canRedo():
            return False
        self.stack.redo()
        return True

    def set_clean(self) -> None:
        self.stack.setClean()

    @property
    def index(self) -> int:
        return self.stack.index()

    @property
    def is_clean(self) -> bool:
        return self.stack.isClean()

    @property
    def can_undo(self) -> bool:
        return self.stack.canUndo()

    @property
    def can_redo(self) -> bool:
        return self.stack.canRedo()


class Walk:
    """Applies drawn actions to a History and checks it against its own record."""

    def __init__(self, project: Project):
        self.project = project
        self.history = History(project)
        self.snaps = [snapshot(project)]  # snaps[i]: the state after i undo steps
        self.clean: int | None = 0

    def push(self, command) -> None:
        before, index = snapshot(self.project), self.history.index
        try:
            self.history.push(command)
        except ProjectError:
            assert self.project == before and self.history.index == index  # all or nothing
            return
        if self.clean is not None and self.clean > index:
            self.clean = None  # the clean state was in the discarded redo branch
        del self.snaps[index + 1:]
        if self.history.index == index:  # merged into the previous step
            assert index != self.clean, "a step must not merge across the clean state"
            self.snaps[index] = snapshot(self.project)
        else:
            assert self.history.index == index + 1
            self.snaps.append(snapshot(self.project))
        self.check()

    def undo(self) -> None:
        if self.history.undo():
            self.check()

    def redo(self) -> None:
        if self.history.redo():
            self.check()

    def set_clean(self) -> None:
        self.history.set_clean()
        self.clean = self.history.index
        self.check()

    def check(self) -> None:
        assert self.project == self.snaps[self.history.index]
        assert self.history.is_clean == (self.history.index == self.clean)


def _run(data, walk: Walk, ids: Counter, n: int) -> None:
    for _ in range(n):
        action = data.draw(st.sampled_from(["edit"] * 5 + ["undo", "undo", "redo", "clean"]))
        if action != "edit":
            getattr(walk, {"clean": "set_clean"}.get(action, action))()
            continue
        made = data.draw(st.sampled_from(OPS))(data, walk.project, ids)
        for command in (made if isinstance(made, list) else [made] if made else []):
            walk.set_clean() if command == "clean" else walk.push(command)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_undo_all_restores_start_and_redo_all_restores_end(qapp, data):
    project = snapshot(BASE)
    walk = Walk(project)
    _run(data, walk, Counter(), data.draw(st.integers(1, 25)))
    while walk.history.redo():  # reach the end of the recorded history
        pass
    end = snapshot(project)
    while walk.history.can_undo:
        walk.undo()
    assert project == BASE
    while walk.history.can_redo:
        walk.redo()
    assert project == end


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_drag_is_one_undo_step(qapp, data):
    project = snapshot(BASE)
    history = History(project)
    stages = data.draw(st.lists(st.sampled_from(list(project.tables["stages"])), min_size=1, max_size=4,
                                unique=True))
    point = st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4))
    for _ in range(data.draw(st.integers(2, 8))):
        history.push(commands.move_stages({s: data.draw(point) for s in stages}, drag_id="drag-1"))
    assert history.index == 1
    history.undo()
    assert project == BASE
