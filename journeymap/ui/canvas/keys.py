"""The canvas from the keyboard: arrows walk between stages, Enter renames, P adds a pain
point, N a stage, Delete deletes; the usual shortcuts for copy, paste, zoom."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGraphicsView

DIRECTIONS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
              Qt.Key.Key_Down: (0, 1)}


def nearest(view, direction: tuple[int, int]) -> str | None:
    """The stage nearest to the selected one in ``direction`` (a 90-degree cone)."""
    cards = view.scene().cards
    stages = view.selected_stages()
    if not cards:
        return None
    if not stages or stages[0] not in cards:
        return min(cards.values(), key=lambda c: (c.pos().x(), c.pos().y())).id
    here = cards[stages[0]].scene_rect().center()
    dx, dy = direction
    best, best_score = None, None
    for sid, card in cards.items():
        if sid == stages[0]:
            continue
        v = card.scene_rect().center() - here
        along = v.x() * dx + v.y() * dy
        across = abs(v.x() * dy) + abs(v.y() * dx)
        if along <= 0 or across > along * 1.5 + 1:
            continue
        score = along + 2 * across
        if best_score is None or score < best_score:
            best, best_score = sid, score
    return best


def handle_key(view, event) -> bool:
    """True when the key was the canvas's."""
    key, mods = event.key(), event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    if event.matches(QKeySequence.StandardKey.Copy):
        view.copy_selection()
    elif event.matches(QKeySequence.StandardKey.Paste):
        view.paste()
    elif event.matches(QKeySequence.StandardKey.SelectAll):
        view.select_all()
    elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        view.zoom_by(1.25)
    elif ctrl and key == Qt.Key.Key_Minus:
        view.zoom_by(0.8)
    elif ctrl and key == Qt.Key.Key_0:
        view.fit_all()
    elif ctrl:
        return False
    elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        view.delete_selection()
    elif key in DIRECTIONS:
        target = nearest(view, DIRECTIONS[key])
        if target is not None:
            view.select("stages", target)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
        view.rename_selection()
    elif key == Qt.Key.Key_P:
        view.add_pain_point_to_selection()
    elif key == Qt.Key.Key_N:
        view.add_stage()
    elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
        view._space = True
        view.setDragMode(QGraphicsView.DragMode.NoDrag)
    else:
        return False
    event.accept()
    return True
