"""The monkey's JourneyMap hands (tests/ui/monkey.py is the app-independent walker).

``open_window`` shows the real MainWindow on a file (the sample) or on a blank project;
``actions`` are the gestures a user makes in it: the generic ones (buttons, fields, combos,
lists, the scene, the menus) plus ones aimed where the app's work happens: the inspector's
fields, the canvas and its shortcuts, undo and redo, the views, the journeys, the segment and
period filters. ``finish`` checks the end of a walk: undo-all restores the start exactly,
redo-all the end, and saving and reopening gives the model back.

Used by tests/ui/test_monkey.py (a few hundred steps in CI) and benchmarks/monkey.py.
"""
from __future__ import annotations

import copy
from pathlib import Path

import shiboken6
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QScrollArea

try:   # imported as tests.ui.monkey_app (pytest) or as monkey_app (benchmarks/monkey.py)
    from . import monkey as m
    from . import monkey_gestures as g
except ImportError:
    import monkey as m
    import monkey_gestures as g

CTRL, SHIFT, NO = m.CTRL, m.SHIFT, m.NO
K = Qt.Key
EDIT_KEYS = ((K.Key_Z, CTRL, "Ctrl+Z"), (K.Key_Z, CTRL | SHIFT, "Ctrl+Shift+Z"), (K.Key_Delete, NO, "Delete"),
             (K.Key_F2, NO, "F2"), (K.Key_Escape, NO, "Escape"), (K.Key_A, CTRL, "Ctrl+A"),
             (K.Key_C, CTRL, "Ctrl+C"), (K.Key_V, CTRL, "Ctrl+V"), (K.Key_X, CTRL, "Ctrl+X"),
             (K.Key_N, CTRL | SHIFT, "Ctrl+Shift+N"), (K.Key_P, CTRL | SHIFT, "Ctrl+Shift+P"),
             (K.Key_L, CTRL | SHIFT, "Ctrl+Shift+L"), (K.Key_0, CTRL, "Ctrl+0"), (K.Key_Plus, CTRL, "Ctrl++"),
             (K.Key_Minus, CTRL, "Ctrl+-"), (K.Key_Left, NO, "Left"), (K.Key_Right, NO, "Right"))
VIEW_KEYS = tuple((getattr(K, f"Key_{i}"), CTRL, f"Ctrl+{i}") for i in range(1, 8))
# What a walk must not do: leave the window or swap its project (the end checks compare with
# the start), or open a file without asking (recent files).
DENIED_ACTIONS = ("quit", "new", "open")
# Qt's own chatter that is no fault of the app's
IGNORE = r"GPUInfo not initialized|QtWebEngine|Chromium|QOpenGL|QRhi|RHI for backend|Vulkan|This plugin does not support|propagateSizeHints|QWindowsWindow"


def open_window(path: str | None, recovery: Path):
    """The real main window on ``path``, shown and active; None: a blank project, made as File >
    New from template > Blank makes it (one journey, "Phase 1"; a bare Project() has no
    journey, so nothing on the map could be made in it)."""
    from journeymap.core.project import Project
    from journeymap.ui.dialogs import prompts
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.session import Session
    prompts.ask_unsaved = lambda parent, name: "discard"   # the walk never keeps what it did
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    window = MainWindow(Session(Project()), autosave_folder=recovery)
    if path is not None and not window.files.load(str(path), offer_recovery=False):
        raise RuntimeError(f"could not open {path}")
    if path is None and not window.files.new_from_template("blank"):
        raise RuntimeError("could not make a blank project")
    window.resize(1600, 1000)
    window.show()
    window.activateWindow()
    return window


# -- the app's own gestures ------------------------------------------------------------------

def inspector_field(w: m.Walker):
    """Type into one of the inspector's fields (or pick in its list), ending with Tab, Return
    or Escape; valid values are offered as often as nonsense."""
    window = w.root
    editors = [e for e in window.inspector.editors.values()
               if shiboken6.isValid(e) and e.isVisible() and e.isEnabled()]
    editor = w.pick(editors)
    if editor is None:
        return None
    name = f"inspector {getattr(editor, 'field', '?')} ({type(editor).__name__})"
    scroll = window.inspector.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(editor)
    if isinstance(editor, QComboBox):
        return g.choose(w, editor) + f" ({name})"
    if isinstance(editor, QCheckBox):
        w.click(editor, editor.rect().center())
        return f"toggle {name}"
    if isinstance(editor, QPlainTextEdit):
        text = w.text(valid=("Long wait", "A line\nand another"))
        w.click(editor.viewport(), editor.viewport().rect().center())
        m.QTest.keyClick(editor.viewport(), K.Key_A, CTRL)
        w.type_text(editor.viewport(), text)
        ending = w.rng.choice(((K.Key_Tab, "Tab"), (K.Key_Escape, "Escape")))
        if shiboken6.isValid(editor):
            m.QTest.keyClick(editor.viewport(), ending[0])
        return f"type {text!r} + {ending[1]} in {name}"
    if isinstance(editor, QLineEdit):
        text = w.text(valid=("New name", "Wait", "3", "1", "5", "0.25", "120", "2026-03"))
        ending = w.type_into(editor, text)
        return f"type {text!r} + {ending} in {name}"
    return None


def canvas_gesture(w: m.Walker):
    canvas = getattr(w.root, "canvas", None)
    if canvas is None or not shiboken6.isValid(canvas) or not canvas.isVisible():
        return None
    return g.graphics_gesture(w, allow=lambda view: view is canvas)


def edit_key(w: m.Walker):
    return g.shortcut(w, EDIT_KEYS)


def undo_redo(w: m.Walker):
    return g.shortcut(w, EDIT_KEYS[:2])


def switch_view(w: m.Walker):
    return g.shortcut(w, VIEW_KEYS)


def switch_journey(w: m.Walker):
    """Click a journey's row in the navigator."""
    nav = w.root.navigator
    if not nav.isVisible():
        return None
    project = w.root.session.project
    journeys = list(project.tables["journeys"].keys())
    jid = w.pick(journeys)
    if jid is None:
        return None
    index = nav.model.index_of("journeys", jid)
    if not index.isValid():
        return None
    nav.tree.scrollTo(index)
    w.click(nav.tree.viewport(), nav.tree.visualRect(index).center())
    return f"journey {project.tables['journeys'][jid].name!r} in the navigator"


def navigator_row(w: m.Walker):
    return g.click_in_view(w, allow=lambda view: view is w.root.navigator.tree)


def filter_combo(w: m.Walker):
    bar = w.root.data_bar
    combos = [c for c in (bar.segment, bar.period, bar.badge, bar.heatmap) if c.isVisible() and c.count()]
    combo = w.pick(combos)
    return g.choose(w, combo) if combo is not None else None


def menu(w: m.Walker):
    window = w.root
    denied = {window.act[name] for name in DENIED_ACTIONS} | {window.recent_menu.menuAction()}
    return g.menu_action(w, allow_action=lambda action: action not in denied)


def button(w: m.Walker):
    denied = {w.root.act[name] for name in DENIED_ACTIONS}
    # not a dock's close or float button: a walk with the inspector closed tests little
    return g.press_button(w, allow=lambda b: getattr(b, "defaultAction", lambda: None)() not in denied
                          and not b.objectName().startswith("qt_dockwidget_"))


def actions():
    """(weight, action) pairs: the app's hot spots often, everything else now and then."""
    return ((14, inspector_field), (14, canvas_gesture), (8, edit_key), (5, undo_redo), (4, switch_view),
            (2, switch_journey), (4, navigator_row), (3, filter_combo), (3, menu), (6, button),
            (3, g.type_in_line_edit), (2, g.spin_box), (3, g.choose_in_combo), (5, g.click_in_view),
            (2, g.keys_in_view), (1, g.click_tab), (1, g.type_in_text_edit), (2, g.graphics_gesture))


def window_intact(start_project):
    seen = set()

    def check(w: m.Walker):
        window = w.root
        if not shiboken6.isValid(window) or not window.isVisible():
            return "the main window closed"
        if window.session.project is not start_project:
            return "the session's project was replaced (the end checks need the same project)"
        problem = dangling(start_project)
        if problem in seen:      # said once, at the step that made it
            return ""
        seen.add(problem)
        return problem
    return check


def dangling(project) -> str:
    """A reference to an entity the project lacks (the file's foreign keys would refuse it)."""
    from journeymap.core.project import REFERENCES
    for kind, fname, target, _rule in REFERENCES:
        ids = project.tables[target]
        for entity in project.tables[kind].values():
            value = getattr(entity, fname, None)
            for ref in (value if isinstance(value, list) else [value]):
                if ref is not None and ref not in ids:
                    return f"{kind} {entity.id}.{fname} refers to {target} {ref!r}, which is gone"
    return ""


def settle(w: m.Walker) -> None:
    """Let worker threads (survey reads, analyses) finish and deliver their results."""
    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount():
        pool.waitForDone(5000)
        QApplication.processEvents()


def edits_outside_undo(session):
    """A check: no change to the project outside an undoable command (Session.batch); such an
    edit cannot be undone, and undo-all then redo-all lose it."""
    seen: list[str] = []

    def heard(change) -> None:
        if not session._depth:
            seen.append(f"{change.action} {change.kind} {change.id} outside any undoable command")
    session.project.events.did_change.connect(heard)

    def check(w: m.Walker):
        found, seen[:] = list(seen), []
        return "; ".join(found[:3])
    return check


def make_walker(window, seed: int) -> m.Walker:
    checks = [window_intact(window.session.project), edits_outside_undo(window.session)]
    walker = m.Walker(window, actions(), seed=seed, checks=checks, ignore=IGNORE, settle=settle)
    denied = {window.act[name] for name in DENIED_ACTIONS}
    walker.allow_action = lambda action: action not in denied
    return walker


# -- the end of a walk -----------------------------------------------------------------------

def snapshot(project):
    return copy.deepcopy(project.info), {k: copy.deepcopy(list(v.items())) for k, v in project.tables.items()}


def differences(a, b, limit: int = 5) -> list[str]:
    """What differs between two snapshots (Project.__eq__'s terms), at most ``limit`` lines."""
    (info_a, tables_a), (info_b, tables_b) = a, b
    found = [] if info_a == info_b else [f"info: {info_a!r} != {info_b!r}"]
    for kind in sorted(set(tables_a) | set(tables_b)):
        rows_a, rows_b = dict(tables_a.get(kind, [])), dict(tables_b.get(kind, []))
        for id in sorted(set(rows_a) | set(rows_b)):
            if rows_a.get(id) != rows_b.get(id):
                found.append(f"{kind} {id}: {rows_a.get(id)!r} != {rows_b.get(id)!r}"[:400])
        if not found and [k for k, _ in tables_a.get(kind, [])] != [k for k, _ in tables_b.get(kind, [])]:
            found.append(f"{kind}: order differs")
    return found[:limit]


def finish(w: m.Walker, start, folder: Path) -> list[str]:
    """Undo all, compare with ``start``; redo all, compare with the end; save, reopen, compare."""
    from journeymap.storage.read import open_project
    from journeymap.storage.write import save
    window = w.root
    w.watcher.sweep()
    settle(w)
    session = window.session
    problems = []
    stack = session.undo_stack
    end, end_index = snapshot(session.project), stack.index()
    states = {end_index: end}   # the project at each step of the history
    w.log.append("  end: undo all")
    while stack.canUndo():
        count, text = stack.count(), stack.undoText()
        stack.undo()
        if stack.count() != count:   # a view pushed an edit while an undo redrew it
            problems.append(f"undoing {text!r} pushed {stack.text(stack.count() - 1)!r} "
                            f"(the redo history after it is lost)")
        states[stack.index()] = snapshot(session.project)
    QApplication.processEvents()
    diff = differences(start, states[stack.index()])
    if diff:
        problems.append("undo-all does not restore the start:\n  " + "\n  ".join(diff))
    w._collect()
    w.log.append("  end: redo all")
    while stack.index() < end_index:
        text = stack.redoText()
        stack.redo()
        diff = differences(states[stack.index()], snapshot(session.project))
        if diff:      # the first command whose redo differs from what its undo started from
            problems.append(f"redo of {text!r} (history step {stack.index()}) does not give back what "
                            "its undo started from:\n  " + "\n  ".join(diff))
            break
    else:
        diff = differences(end, snapshot(session.project))
        if diff:
            problems.append("redo-all does not restore the end:\n  " + "\n  ".join(diff))
    QApplication.processEvents()
    w._collect()
    w.log.append("  end: save + reopen")
    target = folder / f"monkey-{w.seed}.jmap"
    try:
        save(session.project, str(target))
        reopened = open_project(target)
    except Exception as exc:    # a model the file refuses: a failure of the walk, with its message
        problems.append(f"save + reopen failed: {type(exc).__name__}: {exc}")
        reopened = session.project
    if reopened != session.project:
        diff = differences(snapshot(session.project), snapshot(reopened))
        problems.append("save + reopen differs from the model:\n  " + "\n  ".join(diff))
    w.wait()
    w._collect()
    return problems
