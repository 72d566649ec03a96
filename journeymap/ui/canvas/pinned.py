"""The lane titles pinned over the map's left edge once it is scrolled to the right: painted in the
view's foreground, repainted on every sideways scroll, and kept off whatever the view scrolls to."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .items import lanes as lanes_mod

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsItem

    from .view import CanvasView


def pinned(view: CanvasView) -> bool:
    """Is the map scrolled past its own title column (so the titles are drawn over it)?"""
    return view.mapToScene(0, 0).x() > view.scene().lanes.geometry.left + 1


def paint(view: CanvasView, painter: QPainter) -> None:
    """The lane titles at the view's left edge, when the map's own title column is out of sight."""
    if pinned(view):
        scene = view.scene()
        lanes_mod.paint_row_headers(painter, scene.theme, scene.lanes.geometry, view.mapToScene(0, 0).x())


def repaint_after_scroll(view: CanvasView, dx: int) -> None:
    """Qt scrolls by moving the viewport's pixels and paints only the strip uncovered, so the titles
    drawn at the edge went along with the scene: gone when scrolled right, repeated over the cards
    when scrolled back (QA walk). Repaint where they are now and where the moved pixels took them."""
    if dx:
        width = int(lanes_mod.HEADER_W * view.zoom_level()) + max(dx, 0) + 2
        view.viewport().update(0, 0, width, view.viewport().height())


def clear_of_titles(view: CanvasView, item: QGraphicsItem) -> None:
    """After ensureVisible: ``item`` moved right of the pinned titles (a stage walked to with the Left
    key stopped 40 px from the edge, under them)."""
    if not pinned(view):
        return
    clear = int(lanes_mod.HEADER_W * view.zoom_level()) + 20
    left = view.mapFromScene(item.sceneBoundingRect().topLeft()).x()
    if left < clear:
        bar = view.horizontalScrollBar()
        bar.setValue(bar.value() - (clear - left))
