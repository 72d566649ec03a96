"""The main window's commands, kept beside it (main_window.py builds the window):
``WindowEditing`` acts on what is selected (zoom, fit, cut, delete, rename), and
``WindowCommands`` runs the menus' dialogs and journey commands. Both are mixed into
MainWindow and use its session, canvas, map, stack, inspector and actions.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from journeymap.core import commands
from journeymap.ui import recent, settings
from journeymap.ui.dialogs import prompts

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

    from journeymap.ui.canvas.view import CanvasView
    from journeymap.ui.dialogs.files import FileFlow
    from journeymap.ui.inspector import InspectorPanel
    from journeymap.ui.session import Session
    from journeymap.ui.structure_actions import StructureActions
    from journeymap.ui.views import MapArea, ViewStack
    from journeymap.ui.window_layout import WindowLayout

    class _Window(QMainWindow):
        """What MainWindow (main_window.py) gives the two mixins below: their type to mypy only."""
        session: Session
        selection: list[tuple[str, str]]
        files: FileFlow
        stack: ViewStack
        map: MapArea
        act: dict[str, QAction]
        structure: StructureActions
        inspector: InspectorPanel
        inspector_dock: QDockWidget
        recent_menu: QMenu
        layout_helper: WindowLayout

        @property
        def canvas(self) -> CanvasView:
            raise NotImplementedError

        def show_view(self, name: str) -> None:
            raise NotImplementedError

        def _update_zoom(self) -> None:
            raise NotImplementedError
else:
    _Window = object   # at run time the mixins are plain classes; MainWindow brings QMainWindow


# the map's commands: they act on the canvas of the view shown (shown_canvas), and are off in a view
# without one. Window-wide, F2 and Delete in the Pain points table renamed nothing and deleted the hidden
# map's stages; Zoom out and Fit in the Workshop zoomed the hidden map (QA walk).
CANVAS_ACTIONS = ("zoom_in", "zoom_out", "fit", "rename", "delete", "add_stage", "add_pain", "auto_layout",
                  "align_left", "align_top", "align_distribute")


class WindowEditing(_Window):
    def shown_canvas(self) -> CanvasView | None:
        """The canvas of the view on screen: the map's, the workshop's; None in a view without one."""
        from journeymap.ui.canvas.view import CanvasView
        current = self.stack.current_name or "map"
        if current == "map":
            return self.canvas
        canvas = getattr(self.stack.views.get(current), "canvas", None)
        return canvas if isinstance(canvas, CanvasView) else None

    def canvas_actions_follow_view(self, *_args) -> None:
        """The map's commands on (the view shown has a canvas) or off (their keys go to the view)."""
        shown = self.shown_canvas() is not None
        for name in CANVAS_ACTIONS:
            self.act[name].setEnabled(shown)
        self._update_zoom()

    def on_canvas(self, method: str, *args, **kwargs) -> None:
        """Call ``method`` of the canvas shown (none shown: its action is off; nothing to do)."""
        canvas = self.shown_canvas()
        if canvas is not None:
            getattr(canvas, method)(*args, **kwargs)

    def _undo_tips(self, *_args) -> None:
        stack = self.session.undo_stack
        if not shiboken6.isValid(stack):   # its destructor clears it, announcing indexChanged: teardown
            return
        for name, text in (("undo", stack.undoText()), ("redo", stack.redoText())):
            short = self.act[name].iconText()
            self.act[name].setToolTip(f"{short}: {text}" if text else short)

    def zoom(self, factor: float) -> None:
        self.on_canvas("zoom_by", factor)
        self._update_zoom()

    def fit(self) -> None:
        """Fit so the text stays readable (the lanes' height); pressed again, the whole journey."""
        canvas = self.shown_canvas()
        if canvas is None:
            return
        before = canvas.zoom_level()
        self._fit_readably(canvas)
        readable_fit = canvas.zoom_level()
        if abs(readable_fit - before) < 0.005:
            canvas.fit_all()
            if canvas.zoom_level() < readable_fit - 0.005:   # a small map fits readably already
                self.statusBar().showMessage(self.tr("The whole journey, too small to read: Fit again to read it."),
                                             5000)
        elif canvas.zoom_level() > self._whole_zoom(canvas) + 0.005:
            self.statusBar().showMessage(self.tr("Fitted to the lanes' height, readable; Fit again for the whole "
                                                 "journey."), 5000)
        self._update_zoom()

    def _fit_readably(self, canvas: CanvasView) -> None:
        """The view shown fitted so its text reads (the map also remembers it, to refit on a resize)."""
        current = self.stack.current_name or "map"
        readable = getattr(self.stack.views.get(current), "show_readable", None)
        if current == "map":
            self.layout_helper.fit()
        elif callable(readable):   # the workshop's: the whole journey if readable, else its lanes' height
            readable()
        else:
            canvas.fit_all()

    @staticmethod
    def _whole_zoom(canvas: CanvasView) -> float:
        rect, view = canvas.scene().map_rect(), canvas.viewport().rect()
        return min(view.width() / max(rect.width(), 1), view.height() / max(rect.height(), 1))

    def _edit(self, name: str) -> None:
        """Copy, Paste and Select all act on the view on screen: its canvas (the map's, the workshop's),
        or a view that offers them (the Drivers view copies its table); never the hidden map's stages."""
        target = self.shown_canvas() or self.stack.views.get(self.stack.current_name)
        method = getattr(target, name, None)
        if callable(method):
            method()

    def cut(self) -> None:
        canvas = self.shown_canvas()
        if canvas is None:   # no view but a canvas deletes what it cuts
            self._edit("copy_selection")
            return
        canvas.copy_selection()
        canvas.delete_selection()

    def delete_selection(self) -> None:
        """Delete what is selected: a phase or lane picked in the navigator, else the map's items."""
        kinds = {kind for kind, _ in self.selection}
        if "phases" in kinds:
            self.structure.delete_phase()
        elif "lanes" in kinds:
            self.structure.delete_lane()
        else:
            self.on_canvas("delete_selection")

    def rename_selection(self) -> None:
        kinds = {kind for kind, _ in self.selection}
        if kinds & {"phases", "lanes", "journeys", "segments", "datasets"}:
            self.inspector_dock.show()
            QTimer.singleShot(0, self, self.inspector.focus_name)   # after the key that asked for it
        else:
            self.on_canvas("rename_selection")


class WindowCommands(_Window):
    def new_from_template(self) -> None:
        from journeymap.ui.dialogs.new_project import NewProjectDialog
        dialog = NewProjectDialog(self)
        dialog.load()
        if dialog.exec():
            self.files.new_from_template(**dialog.save())

    def edit_reasons(self) -> None:
        from journeymap.ui.dialogs.reasons_dialog import ReasonsDialog
        ReasonsDialog(self.session, self).exec()

    def import_data(self) -> None:
        """File > Import: the wizard, window-modal without a nested event loop (a long import
        keeps the window painting; the analyst story test drives it with real events)."""
        from journeymap.ui.import_wizard import ImportWizard
        self.import_wizard = ImportWizard(self.session, self)
        self.import_wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard.open()

    def export_all(self) -> None:
        from journeymap.ui.canvas.export import map_png
        from journeymap.ui.dialogs.export_dialog import ExportDialog
        canvas = self.canvas
        ExportDialog(self.session, self, map_png=lambda: map_png(canvas.scene())).exec()

    def export_map(self) -> None:
        path = prompts.export_path(self, str(Path(self.session.path or Path.home()).parent))
        if not path:
            return
        try:
            self.canvas.export_map(path, scale=2.0)
        except OSError as exc:
            prompts.show_error(self, self.tr("The map was not exported"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Exported the map to {path}").format(path=path), 6000)

    def make_future_state(self) -> None:
        """A future state of the journey on screen; one exists already: that one is opened, not copied
        again (QA: a second '(future state) 2' beside the first)."""
        from journeymap.core.future_state import existing_future_state, make_future_state
        journey = self.session.journey
        if journey is None:
            return
        if journey.state == "future":
            self.statusBar().showMessage(self.tr("{name} is a future state already.").format(name=journey.name), 8000)
            return
        made = existing_future_state(self.session.project, journey.id)
        if made is not None:
            self.session.set_journey(made.id)
            self.statusBar().showMessage(self.tr("{current} has a future state already: {future}, opened.").format(
                current=journey.name, future=made.name), 8000)
            return
        name, n = self.tr("{name} (future state)").format(name=journey.name), 2
        base = name
        while self.session.project.journey_by_name(name) is not None:
            name, n = f"{base} {n}", n + 1
        entities = make_future_state(self.session.project, journey.id, name)
        self.session.push(commands.AddEntities(entities, label=self.tr("Make future state")))
        self.session.set_journey(entities[0].id)

    def present(self) -> None:
        """The journey full screen for the room (F5), from any view. The Workshop opens behind it: the
        facilitator's controls are there, and the room follows the stage picked on its map (the one
        picked on the Map, to begin with). F5 was the Workshop view's own key: on the Map it did nothing."""
        from journeymap.ui.workshop.view import WorkshopView
        stages = self.canvas.selected_stages() if (self.stack.current_name or "map") == "map" else []
        self.show_view("workshop")
        workshop = self.stack.views["workshop"]
        if not isinstance(workshop, WorkshopView):
            raise TypeError(f"the workshop view is a {type(workshop).__name__}")
        if stages:
            workshop.canvas.select("stages", stages[0])
        workshop.present()

    def compare(self, on: bool) -> None:
        shown = self.map.compare(on)
        if on and not shown:
            self.statusBar().showMessage(self.tr("This journey has no current/future pair to compare."), 6000)
        self.act["compare"].blockSignals(True)
        self.act["compare"].setChecked(shown)
        self.act["compare"].blockSignals(False)

    def switch_state(self) -> None:
        pair = self.map._pair(self.session.journey)
        if pair is not None:
            self.session.set_journey(pair.id)

    def set_dark(self, dark: bool) -> None:
        from journeymap.ui.palette import apply_palette
        settings.set("ui/theme", "dark" if dark else "light")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, dark=dark)
        self.map.restyle()

    def preferences(self) -> None:
        from journeymap.ui.dialogs.preferences import PreferencesDialog
        dialog = PreferencesDialog(self)
        dialog.load()
        from journeymap import i18n
        language = i18n.language()          # the window's, which --lang may have set apart from the saved one
        if dialog.exec():
            dialog.save()
            self.act["dark"].setChecked(settings.get("ui/theme") == "dark")
            self.files.autosaver.set_minutes(settings.get("files/autosave_minutes"))
            if settings.get("ui/language") != language:   # read at start-up: say so, offer a restart
                from journeymap.ui.dialogs.preferences import offer_restart
                offer_restart(self, settings.get("ui/language"))

    def about(self) -> None:
        from journeymap.ui.dialogs.about import show_about
        show_about(self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent.files():
            def open_it(_checked: bool = False, p: str = path) -> None:
                self.files.open(p)
            self.recent_menu.addAction(Path(path).name, open_it).setToolTip(path)
        self.recent_menu.setEnabled(True)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
