"""The main window's central views, each made when first shown so start-up stays fast
(the drivers view pulls in QtWebEngine). The map holds one canvas, or two side by side
when a future state is compared with its current state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name

if TYPE_CHECKING:
    from journeymap.ui.session import Session
    from journeymap.ui.canvas.view import CanvasView

@dataclass(frozen=True)
class ViewSpec:
    name: str
    title: str            # source text, translated when shown
    factory: str          # "module:Class"; the class takes (session, parent=None)
    shortcut: str


VIEWS = (
    ViewSpec("map", QT_TRANSLATE_NOOP("Views", "Map"), "journeymap.ui.views:MapArea", "Ctrl+1"),
    ViewSpec("data", QT_TRANSLATE_NOOP("Views", "Data"), "journeymap.ui.data_view:DataView", "Ctrl+2"),
    ViewSpec("drivers", QT_TRANSLATE_NOOP("Views", "Drivers"), "journeymap.ui.drivers_view:DriversView",
             "Ctrl+3"),
    ViewSpec("painpoints", QT_TRANSLATE_NOOP("Views", "Pain points"),
             "journeymap.ui.painpoints_view:PainPointsView", "Ctrl+4"),
    ViewSpec("roadmap", QT_TRANSLATE_NOOP("Views", "Roadmap"), "journeymap.ui.roadmap_view:RoadmapView",
             "Ctrl+5"),
    ViewSpec("review", QT_TRANSLATE_NOOP("Views", "Review"), "journeymap.ui.review_view:ReviewView", "Ctrl+6"),
    ViewSpec("workshop", QT_TRANSLATE_NOOP("Views", "Workshop"), "journeymap.ui.workshop.view:WorkshopView",
             "Ctrl+7"),
)
NAMES = tuple(v.name for v in VIEWS)
READABLE_ZOOM = 0.55   # below this a card's name is too small to read on a projector


def view_title(spec: ViewSpec) -> str:
    return QCoreApplication.translate("Views", spec.title)


def load_view(factory: str):
    """The class a ViewSpec names. A missing module is an error, never a placeholder: a frozen
    build that left a view out must fail where it is seen (build_app.spec lists VIEWS)."""
    module, _, name = factory.partition(":")
    return getattr(importlib.import_module(module), name)


def make_canvas(session: Session, *, journey_id: str | None = None) -> CanvasView:
    """A CanvasView (imported here: the map is built when first shown)."""
    from journeymap.ui.canvas.view import CanvasView
    return CanvasView(session, journey_id=journey_id)


class ViewStack(QStackedWidget):
    """Views by name; each is built the first time it is shown."""
    view_did_change = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.views: dict[str, QWidget] = {}
        self.current_name = ""

    def show_map(self) -> MapArea:
        """The map view, shown (the window keeps it: its canvas is the journey's)."""
        view = self.show_view("map")
        if not isinstance(view, MapArea):
            raise TypeError(f"the map view is a {type(view).__name__}")
        return view

    def show_view(self, name: str) -> QWidget:
        if name != self.current_name and self.window() is not None:   # the inspector is rebuilt for the
            from journeymap.ui.pending_edits import commit_pending_edits  # new view: commit what is typed
            commit_pending_edits(self.window())
        if name not in self.views:
            self.views[name] = self._create(name)
            self.addWidget(self.views[name])
        self.setCurrentWidget(self.views[name])
        self.updateGeometry()   # the window's minimum is now this view's
        if name != self.current_name:
            self.current_name = name
            self.view_did_change.emit(name)
        return self.views[name]

    def minimumSizeHint(self) -> QSize:
        """The shown view's minimum only. A stack's is the largest of all its pages': once the Pain points
        or Drivers view had been shown, every view kept the window that wide and squeezed the docks."""
        current = self.currentWidget()
        if current is None:
            return super().minimumSizeHint()
        return current.minimumSizeHint().expandedTo(current.minimumSize())

    def _create(self, name: str) -> QWidget:
        spec = next(v for v in VIEWS if v.name == name)
        return load_view(spec.factory)(self.session)


class MapArea(QWidget):
    """The map: the journey's canvas, and beside it, when comparing, the other state."""
    selection_did_change = Signal(list)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.canvas = make_canvas(session)
        self.other: CanvasView | None = None   # the second canvas, while comparing
        self.splitter.addWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.canvas.selection_did_change.connect(self.selection_did_change)

    def compare(self, on: bool) -> bool:
        """Show the current journey beside its pair (current <-> future); False if it has none."""
        self._close_other()
        if not on:
            return False
        journey = self.session.journey
        pair = self._pair(journey)
        if pair is None:
            return False
        current, future = (pair, journey) if journey.state == "future" else (journey, pair)
        other = self.other = make_canvas(self.session, journey_id=pair.id)
        self.splitter.insertWidget(0 if pair is current else 1, other)
        future_view = self.canvas if journey is future else other
        current_view = other if future_view is self.canvas else self.canvas
        future_view.set_diff_against(current.id)
        current_view.set_title(self.tr("Current state: %1").replace("%1", current.name))
        future_view.set_title(self.tr("Future state: %1 (new, changed and removed stages marked)")
                              .replace("%1", future.name))
        other.selection_did_change.connect(self.selection_did_change)
        self.splitter.setOrientation(self._orientation())
        self._sync_scrolling(self.canvas, other)
        self.splitter.setSizes([1000, 1000])
        QTimer.singleShot(0, self.show_readable)
        return True

    def _orientation(self) -> Qt.Orientation:
        """A wide journey is compared one above the other, so each keeps the full width."""
        scene = self.canvas.scene()
        rect = scene.map_rect() if hasattr(scene, "map_rect") else scene.itemsBoundingRect()
        wide = rect.width() > 1.5 * rect.height()
        return Qt.Orientation.Vertical if wide else Qt.Orientation.Horizontal

    @staticmethod
    def _sync_scrolling(a, b) -> None:
        """Scrolling one map along its phases scrolls the other with it (same columns)."""
        bar_a, bar_b = a.horizontalScrollBar(), b.horizontalScrollBar()
        if MapArea._vertical_pair(a, b):
            bar_a.valueChanged.connect(bar_b.setValue)
            bar_b.valueChanged.connect(bar_a.setValue)

    @staticmethod
    def _vertical_pair(a, b) -> bool:
        return isinstance(a.parent(), QSplitter) and a.parent().orientation() == Qt.Orientation.Vertical

    def _pair(self, journey):
        if journey is None:
            return None
        project = self.session.project
        if journey.state == "future" and journey.derived_from:
            return project.find("journeys", journey.derived_from)
        futures = project.where("journeys", derived_from=journey.id, state="future")
        return futures[-1] if futures else None

    def _close_other(self) -> None:
        self.canvas.set_diff_against(None)
        self.canvas.set_title(None)
        if self.other is not None:
            self.other.setParent(None)
            self.other.deleteLater()
            self.other = None

    def show_readable(self) -> None:
        """Fit the journey; a long one is fitted to its height instead (from its start), so
        the cards stay readable from the back of the room rather than all shown tiny."""
        for canvas in filter(None, (self.canvas, self.other)):
            canvas.fit_all()
            scene = canvas.scene()
            rect = scene.map_rect() if hasattr(scene, "map_rect") else scene.itemsBoundingRect()
            zoom = canvas.zoom_level()
            if rect.height() <= 0 or zoom >= READABLE_ZOOM:
                continue
            room = canvas.viewport().height() - canvas.horizontalScrollBar().sizeHint().height()
            target = min(room * 0.98 / rect.height(), 1.0)
            if target > zoom:
                canvas.zoom_by(target / zoom)
                canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().minimum())

    def restyle(self) -> None:
        """Redraw the maps in the application's palette now (light/dark switched)."""
        for canvas in filter(None, (self.canvas, self.other)):
            canvas.scene().rebuild()

    @property
    def comparing(self) -> bool:
        return self.other is not None
