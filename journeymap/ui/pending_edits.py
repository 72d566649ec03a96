"""Commit what is being typed before the project is saved, closed or another view shown.

Every in-place editor commits when it loses the focus: the inspector's fields (editingFinished,
focusOutEvent), a table's cell editor (its delegate commits and closes it on FocusOut), the map's
inline name editor (the scene's focus item loses focus with the view). Ctrl+S or Ctrl+Q while
typing kept the focus there: the file was written with the old text, the title said "saved" and
quitting asked nothing (QA 4). Taking the focus away runs each editor's own commit (its checks,
its refusal message, one undo step); the focus then goes back so typing can go on.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QWidget


def commit_pending_edits(window: QWidget) -> None:
    """End the editing in the focused widget of ``window`` (or of the application: a floating
    dock is a window of its own) so that its normal commit runs now."""
    focus = QApplication.focusWidget() or window.focusWidget()
    if focus is None or not focus.hasFocus():   # nothing has the keyboard: nothing is being typed
        return
    # A view itself keeps the keyboard: clearing a view's focus left no widget with it, and the next
    # click into a table gave it none either (F2 then reached nothing). The map's inline editor is
    # the scene's focus item: it alone loses the focus, and commits.
    if isinstance(focus, QGraphicsView):
        scene = focus.scene()
        item = scene.focusItem() if scene is not None else None
        if item is not None:
            item.clearFocus()
        return
    if isinstance(focus, QAbstractItemView):   # no cell editor open (it would hold the focus)
        return
    table = _item_view_of(focus)
    focus.clearFocus()   # FocusOut, sent at once: the editor commits before we return
    if table is not None:
        table.setFocus(Qt.FocusReason.OtherFocusReason)   # its cell editor closed: the keys go to the table
    elif _gets_focus_back(focus):
        focus.setFocus(Qt.FocusReason.OtherFocusReason)


def _item_view_of(widget: QWidget) -> QAbstractItemView | None:
    """The table whose cell editor ``widget`` is (editors are children of the view's viewport)."""
    parent = widget.parentWidget()
    view = parent.parentWidget() if parent is not None else None
    return view if isinstance(view, QAbstractItemView) else None


def _gets_focus_back(widget: QWidget) -> bool:
    """A field the user was typing in, still there. Not a closed cell editor (deleted later), nor
    a view: the map's inline editor would take the focus again and an item view reopen nothing."""
    if not shiboken6.isValid(widget) or not widget.isVisible():
        return False
    parent = widget.parentWidget()
    in_item_view = parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)
    return not isinstance(widget, (QGraphicsView, QAbstractItemView)) and not in_item_view
