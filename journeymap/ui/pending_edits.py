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
    focus.clearFocus()   # FocusOut, sent at once: the editor commits before we return
    if _gets_focus_back(focus):
        focus.setFocus(Qt.FocusReason.OtherFocusReason)


def _gets_focus_back(widget: QWidget) -> bool:
    """A field the user was typing in, still there. Not a closed cell editor (deleted later), nor
    a view: the map's inline editor would take the focus again and an item view reopen nothing."""
    if not shiboken6.isValid(widget) or not widget.isVisible():
        return False
    parent = widget.parentWidget()
    in_item_view = parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)
    return not isinstance(widget, (QGraphicsView, QAbstractItemView)) and not in_item_view
