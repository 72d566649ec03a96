"""The monkey's generic gestures: any Qt window, no app knowledge (see monkey.py).

Each is an action for ``monkey.Walker``: ``gesture(walker) -> str | None`` finds a visible,
enabled widget of its kind under the walker's root (``allow`` narrows the choice), sends it real
QTest events and says what it did; None when there is nothing of its kind on screen.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QGraphicsView, QLineEdit, QMenuBar, QPlainTextEdit, QTabBar, QTextEdit)

try:   # imported as tests.ui.monkey_gestures (pytest) or as monkey_gestures (benchmarks/monkey.py)
    from .monkey import CTRL, RIGHT, SHIFT, Walker, label
except ImportError:
    from monkey import CTRL, RIGHT, SHIFT, Walker, label


def press_button(w: Walker, allow=lambda widget: True):
    button = w.pick(w.visible(QAbstractButton, where=allow))
    if button is None:
        return None
    name = label(button)
    w.click(button, button.rect().center())
    return f"click {name}"


def type_in_line_edit(w: Walker, allow=lambda widget: True):
    edit = w.pick(w.visible(QLineEdit, where=lambda e: not e.isReadOnly() and allow(e)))
    if edit is None:
        return None
    name, text = label(edit), w.text()
    ending = w.type_into(edit, text)
    return f"type {text!r} + {ending} in {name}"


def spin_box(w: Walker, allow=lambda widget: True):
    box = w.pick(w.visible(QAbstractSpinBox, where=lambda b: not b.isReadOnly() and allow(b)))
    if box is None:
        return None
    name = label(box)
    if w.rng.random() < 0.5:
        text = w.text(valid=("1", "3", "5", "10", "0.5", "2026-01-31"))
        ending = w.type_into(box, text)
        return f"type {text!r} + {ending} in {name}"
    key = w.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp))
    w.click(box, box.rect().center())
    w.key(box, key)
    return f"step {name} with {key.name}"


def choose_in_combo(w: Walker, allow=lambda widget: True):
    combo = w.pick(w.visible(QComboBox, where=lambda c: c.count() > 0 and allow(c)))
    if combo is None:
        return None
    return choose(w, combo)


def choose(w: Walker, combo: QComboBox) -> str:
    """Pick an entry as a user does: click the box, walk its list with the arrow keys, Return
    (one change; stepping the closed box with Down changed it at every entry on the way)."""
    name = label(combo)
    target = w.rng.randrange(combo.count())
    text = combo.itemText(target)
    w.click(combo, combo.rect().center())
    view = combo.view()
    if not (shiboken6.isValid(combo) and view.isVisible()):
        return f"open {name} (no list)"
    w.key(view, Qt.Key.Key_Home)
    for _ in range(target):
        w.key(view, Qt.Key.Key_Down)
    w.key(view, Qt.Key.Key_Return)
    return f"choose {text[:30]!r} in {name}"


def click_in_view(w: Walker, allow=lambda widget: True):
    """Click, double-click or right-click a visible row of a list, table or tree."""
    view = w.pick(w.visible(QAbstractItemView, where=lambda v: v.model() is not None and allow(v)))
    if view is None:
        return None
    model = view.model()
    rows = model.rowCount(QModelIndex())
    if rows == 0:
        w.click(view.viewport(), w.point_in(view.viewport()))
        return f"click empty {label(view)}"
    index = model.index(w.rng.randrange(rows), w.rng.randrange(columns(model)))
    view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
    rect = view.visualRect(index)
    if rect.isEmpty():
        return None
    gesture = w.rng.choice(("click", "click", "double-click", "right-click", "shift-click"))
    name = label(view)
    if gesture == "right-click":
        w.click(view.viewport(), rect.center(), button=RIGHT)
    elif gesture == "shift-click":
        w.click(view.viewport(), rect.center(), modifier=SHIFT)
    else:
        w.click(view.viewport(), rect.center(), double=gesture == "double-click")
    return f"{gesture} row {index.row()} col {index.column()} of {name}"


def columns(model) -> int:
    """How many columns (a QListWidget's model hides columnCount; PySide6 wants its parent)."""
    try:
        return max(1, model.columnCount(QModelIndex()))
    except TypeError:
        return 1


def keys_in_view(w: Walker, allow=lambda widget: True):
    view = w.pick(w.visible(QAbstractItemView, where=allow))
    if view is None:
        return None
    key = w.rng.choice((Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_Home, Qt.Key.Key_Space,
                        Qt.Key.Key_Return, Qt.Key.Key_F2, Qt.Key.Key_Delete))
    view.setFocus()
    w.key(view, key)
    return f"key {key.name} in {label(view)}"


def click_tab(w: Walker, allow=lambda widget: True):
    bar = w.pick(w.visible(QTabBar, where=lambda b: b.count() > 1 and allow(b)))
    if bar is None:
        return None
    i = w.rng.randrange(bar.count())
    w.click(bar, bar.tabRect(i).center())
    return f"tab {bar.tabText(i)!r}"


def type_in_text_edit(w: Walker, allow=lambda widget: True):
    edits = [e for cls in (QTextEdit, QPlainTextEdit) for e in w.visible(cls)]
    edit = w.pick(e for e in edits if not e.isReadOnly() and allow(e))
    if edit is None:
        return None
    text = w.text()
    w.click(edit.viewport(), w.point_in(edit.viewport()))
    w.type_text(edit.viewport(), text)
    w.key(edit.viewport(), Qt.Key.Key_Tab, CTRL)   # Ctrl+Tab leaves a text box
    return f"type {text!r} in {label(edit)}"


def graphics_gesture(w: Walker, allow=lambda widget: True):
    """Click, double-click, right-click or drag on a scene: on an item's centre half the time."""
    view = w.pick(w.visible(QGraphicsView, where=allow))
    if view is None or view.scene() is None:
        return None
    viewport = view.viewport()
    items = [i for i in view.items(viewport.rect()) if i.isVisible()]

    def somewhere():
        if items and w.rng.random() < 0.6:
            item = w.rng.choice(items)
            point = view.mapFromScene(item.sceneBoundingRect().center())
            if viewport.rect().contains(point):
                return point
        return w.point_in(viewport)
    start = somewhere()
    gesture = w.rng.choice(("click", "click", "double-click", "drag", "drag", "right-click", "ctrl-click"))
    if gesture == "drag":
        end = somewhere()
        w.drag(viewport, start, end)
        return f"drag {label(view)} ({start.x()},{start.y()})->({end.x()},{end.y()})"
    if gesture == "right-click":
        w.click(viewport, start, button=RIGHT)
    elif gesture == "ctrl-click":
        w.click(viewport, start, modifier=CTRL)
    else:
        w.click(viewport, start, double=gesture == "double-click")
    return f"{gesture} {label(view)} at ({start.x()},{start.y()})"


def menu_action(w: Walker, allow_action=lambda action: True):
    """Open a menu of the menu bar with the mouse and click one of its entries (a submenu's
    entry too): the dialog it opens is cancelled by the watcher."""
    bar = w.pick(w.visible(QMenuBar))
    if bar is None:
        return None
    entries = [a for a in bar.actions() if a.menu() is not None and a.isVisible() and a.isEnabled()]
    if not entries:
        return None
    entry = w.rng.choice(entries)
    w.watcher.stop()     # the menu must stay open until we click in it
    try:
        w.click(bar, bar.actionGeometry(entry).center())
        menu = entry.menu()
        path = [entry.text()]
        for _depth in range(3):
            if not menu.isVisible():
                return None
            choices = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.isEnabled()
                       and allow_action(a)]
            if not choices:
                return None
            action = w.rng.choice(choices)
            path.append(action.text())
            if action.menu() is None:
                w.watcher.start()
                w.click(menu, menu.actionGeometry(action).center())
                return "menu " + " > ".join(t.replace("&", "") for t in path)
            w.click(menu, menu.actionGeometry(action).center())
            menu = action.menu()
            QTest.qWait(1)
        return None
    finally:
        w.watcher.start()
        w.watcher.sweep()


def shortcut(w: Walker, keys):
    """One of ``keys`` ((key, modifier, name) triples), sent to the widget with the focus."""
    key, modifier, name = w.rng.choice(keys)
    target = QApplication.focusWidget() or w.root
    w.key(target, key, modifier)
    return f"key {name} in {label(target)}"


GENERIC = (press_button, type_in_line_edit, spin_box, choose_in_combo, click_in_view, keys_in_view,
           click_tab, type_in_text_edit, graphics_gesture, menu_action)
