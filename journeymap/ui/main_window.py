"""The main window: menus, toolbar, navigator (left), the views (centre), inspector (right),
undo history, status bar. Handed a Session; every edit goes through it as a command.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QToolBar

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
from journeymap.ui import settings
from journeymap.ui.dialogs.files import FileFlow
from journeymap.ui.history_view import HistoryDock
from journeymap.ui.inspector import InspectorPanel
from journeymap.ui.navigator import NavigatorPanel
from journeymap.ui.structure_actions import StructureActions
from journeymap.ui.window_commands import WindowCommands, WindowEditing
from journeymap.ui.window_layout import WindowLayout
from journeymap.ui.view_selection import follow_views
from journeymap.ui.views import VIEWS, ViewStack, view_title

if TYPE_CHECKING:
    from journeymap.ui.session import Session

ALIGN = {"left": QT_TRANSLATE_NOOP("MainWindow", "Align left"),
         "top": QT_TRANSLATE_NOOP("MainWindow", "Align top"),
         "distribute": QT_TRANSLATE_NOOP("MainWindow", "Distribute evenly")}


class MainWindow(WindowEditing, WindowCommands, QMainWindow):
    def __init__(self, session: Session, *, autosave_folder=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.selection: list = []
        self.files = FileFlow(self, session, folder=autosave_folder)
        self.stack = ViewStack(session)
        self.setCentralWidget(self.stack)
        self.map = self.stack.show_map()
        self.map.selection_did_change.connect(self._on_canvas_selection)
        self.canvas.name_requested.connect(   # a header double-clicked: its name ready to type
            lambda _key: QTimer.singleShot(0, self, lambda: self.inspector.focus_name(back_to=self.canvas)))
        self.canvas.pain_point_added.connect(   # its title next; Return goes back to the map
            lambda _pid: QTimer.singleShot(0, self, lambda: self.inspector.focus_name(back_to=self.canvas)))
        self._build_docks()
        self.act: dict[str, QAction] = {}
        self.structure = StructureActions(self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._connect()
        screen = QApplication.primaryScreen().availableGeometry()   # a laptop or a 1024x768 projector
        self.resize(min(1600, int(screen.width() * 0.95)), min(1000, int(screen.height() * 0.92)))
        self._restore_layout()
        self.project_did_load()

    @property
    def canvas(self):
        """The journey's canvas (the map view always has one)."""
        return self.map.canvas

    # -- building ----------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.navigator = NavigatorPanel(self.session)
        self.inspector = InspectorPanel(self.session)
        self.navigator_dock = self._dock(self.tr("Project"), "navigator", self.navigator, left)
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspector", self.inspector, right)
        self.history_dock = HistoryDock(self.session, self)
        self.addDockWidget(right, self.history_dock)
        self.history_dock.setVisible(settings.get("view/history"))
        # the minimap is made when first shown
        self.minimap_dock = self._dock(self.tr("Overview"), "minimap", QLabel(), left)
        self.minimap_dock.visibilityChanged.connect(self._minimap_shown)
        self.minimap_dock.setVisible(settings.get("view/minimap"))
        self.resizeDocks([self.navigator_dock, self.inspector_dock], [280, 320], Qt.Orientation.Horizontal)
        self.resizeDocks([self.navigator_dock, self.minimap_dock], [800, 170], Qt.Orientation.Vertical)

    def _add(self, name: str, text: str, slot=None, shortcut=None, *, checkable=False, tip="") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(checkable)
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            (action.toggled if checkable else action.triggered).connect(slot)
        self.act[name] = action
        return action

    def _build_actions(self) -> None:
        tr, std = self.tr, QKeySequence.StandardKey
        self._add("new", tr("&New from template…"), self.new_from_template, std.New)
        self._add("open", tr("&Open…"), lambda: self.files.open(), std.Open)
        self._add("save", tr("&Save"), self.files.save, std.Save)
        self._add("save_as", tr("Save &as…"), self.files.save_as, std.SaveAs)
        self._add("import", tr("&Import data…"), self.import_data, "Ctrl+I",
                  tip=tr("A survey, operating data or comments from CSV or XLSX"))
        self._add("export", tr("&Export map…"), self.export_map, "Ctrl+E",
                  tip=tr("The whole journey as PNG, SVG or PDF"))
        self._add("export_all", tr("E&xport…"), self.export_all, "Ctrl+Shift+E",
                  tip=tr("The deck (PowerPoint), workbook (Excel), HTML report and chart images"))
        self._add("preferences", tr("&Preferences…"), self.preferences, "Ctrl+,")
        self._add("quit", tr("&Quit"), self.close, std.Quit)
        undo = self.session.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcuts([QKeySequence(std.Undo)])
        redo = self.session.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act["undo"], self.act["redo"] = undo, redo
        # the toolbar says "Undo"/"Redo"; what they undo is in the tip (a long label made the bar jump)
        undo.setIconText(tr("Undo"))
        redo.setIconText(tr("Redo"))
        for name, text, slot, key in (
                ("cut", tr("Cu&t"), self.cut, std.Cut), ("copy", tr("&Copy"), lambda: self._edit("copy_selection"),
                                                         std.Copy),
                ("paste", tr("&Paste"), lambda: self._edit("paste"), std.Paste),
                ("delete", tr("&Delete"), self.delete_selection, std.Delete),
                ("select_all", tr("Select &all"), lambda: self._edit("select_all"), std.SelectAll),
                ("rename", tr("&Rename"), self.rename_selection, "F2"),
                ("zoom_in", tr("Zoom &in"), lambda: self.zoom(1.25), ["Ctrl++", "Ctrl+="]),
                ("zoom_out", tr("Zoom &out"), lambda: self.zoom(0.8), "Ctrl+-"),
                ("fit", tr("&Fit the journey"), self.fit, "Ctrl+0"),
                ("add_stage", tr("Add &stage"), lambda: self.on_canvas("add_stage", name_it=True), "Ctrl+Shift+N"),
                ("add_pain", tr("Add &pain point"), lambda: self.on_canvas("add_pain_point_to_selection"),
                 "Ctrl+Shift+P"),
                ("auto_layout", tr("Auto-&layout"), lambda: self.on_canvas("auto_layout"), "Ctrl+Shift+L")):
            self._add(name, text, lambda _=False, f=slot: f(), key)
        for mode, words in ALIGN.items():
            self._add(f"align_{mode}", QCoreApplication.translate("MainWindow", str(words)),
                      lambda _=False, m=mode: self.on_canvas("align", m))
        self._add("fullscreen", tr("F&ull screen"), self.set_full_screen, "F11",
                  checkable=True, tip=tr("The map on the whole screen, for a projector (F11 or Escape to leave)"))
        # the Workshop button's words, translated already; the menu shows the key beside them itself
        present = QCoreApplication.translate("WorkshopView", "Present (F5)").replace("(F5)", "").strip()
        self._add("present", present, self.present, "F5")
        self._add("reasons", tr("&Reasons and keyword rules…"), self.edit_reasons,
                  tip=tr("The reason taxonomy and the keyword rules that code comments"))
        self._add("future", tr("Make &future state"), self.make_future_state,
                  tip=tr("A copy of this journey to redesign; its stages remember what they replace"))
        self._add("compare", tr("&Compare with current state"), self.compare, "Ctrl+Shift+C", checkable=True)
        self._add("switch_state", tr("&Toggle current / future"), self.switch_state, "Ctrl+Shift+T")
        self._add("dark", tr("&Dark colours"), self.set_dark, checkable=True)
        self._add("about", tr("&About JourneyMap"), self.about)
        self.view_group = QActionGroup(self)
        for spec in VIEWS:
            action = self._add(f"view_{spec.name}", view_title(spec),
                               lambda _=False, n=spec.name: self.show_view(n), spec.shortcut, checkable=False)
            action.setCheckable(True)
            self.view_group.addAction(action)
        self.act["view_map"].setChecked(True)
        self.act["dark"].setChecked(settings.get("ui/theme") == "dark")

    def _menu(self, title: str, names: list) -> QMenu:
        menu = self.menuBar().addMenu(title)
        for name in names:
            if name == "-":
                menu.addSeparator()
            elif isinstance(name, QMenu):
                menu.addMenu(name)
            else:
                menu.addAction(self.act[name] if isinstance(name, str) else name)
        return menu

    def _build_menus(self) -> None:
        tr = self.tr
        self.recent_menu = QMenu(tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._menu(tr("&File"), ["new", "open", self.recent_menu, "-", "save", "save_as", "-", "import", "export", "export_all", "-",
                                 "preferences", "-", "quit"])
        self._menu(tr("&Edit"), ["undo", "redo", "-", "cut", "copy", "paste", "delete", "-", "select_all",
                                 "rename"])
        view_names = [f"view_{v.name}" for v in VIEWS]
        toggles = [d.toggleViewAction() for d in (self.navigator_dock, self.inspector_dock, self.history_dock,
                                                  self.minimap_dock)]
        self._menu(tr("&View"), view_names + ["-", "zoom_in", "zoom_out", "fit", "-"] + toggles
                   + ["-", "compare", "switch_state", "-", "fullscreen", "present", "dark"])
        align = QMenu(tr("&Align"), self)
        for mode in ALIGN:
            align.addAction(self.act[f"align_{mode}"])
        st = self.structure.act
        lanes = QMenu(tr("La&nes"), self)
        for name in ("add_lane", "rename_lane", "lane_up", "lane_down", "delete_lane"):
            lanes.addAction(st[name])
        self.journey_menu = self._menu(tr("&Journey"), [
            "add_stage", "add_pain", self.structure.move_menu, "-", st["add_phase"], st["rename_phase"],
            st["phase_left"], st["phase_right"], st["delete_phase"], lanes, "-", "auto_layout", align, "-",
            "reasons", "-", "future", "compare"])
        self.journey_menu.aboutToShow.connect(self.structure.update)
        # on the window too, so the shortcuts work with the menu bar hidden (full screen)
        self.addActions([a for a in list(self.act.values()) + list(st.values()) if not a.shortcut().isEmpty()])
        self._menu(tr("&Help"), ["about"])

    def _build_toolbar(self) -> None:
        for name, short in (("compare", self.tr("Compare")), ("future", self.tr("Future state")),
                            ("fit", self.tr("Fit")), ("add_pain", self.tr("Pain point")),
                            ("add_stage", self.tr("Stage"))):
            self.act[name].setIconText(short)   # the toolbar's shorter label
        bars = []
        for title, name, names in (
                (self.tr("Main"), "main_toolbar", ("open", "save", "-", "undo", "redo", "-", "add_stage", "add_pain",
                                                   "auto_layout", "-", "zoom_out", "fit", "zoom_in", "-", "future",
                                                   "compare")),
                (self.tr("Views"), "views_toolbar", [f"view_{v.name}" for v in VIEWS])):
            bar = QToolBar(title, self)
            bar.setObjectName(name)
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.setMovable(False)
            for action in names:
                bar.addSeparator() if action == "-" else bar.addAction(self.act[action])
            self.addToolBar(bar)
            bars.append(bar)
        self.layout_helper = WindowLayout(self, *bars)
        from journeymap.ui.map_data_bar import MapDataBar
        self.data_bar = MapDataBar(self.session, self)
        self.data_bar.badge_did_change.connect(lambda mid: self.canvas.set_badge_metric(mid))
        self.data_bar.heatmap_did_change.connect(lambda mid: self.canvas.set_heatmap(mid))
        self.addToolBarBreak()
        self.addToolBar(self.data_bar)

    def _build_status(self) -> None:
        self.status = {name: QLabel() for name in ("file", "journey", "selection", "zoom", "modified")}
        for name, label in self.status.items():
            label.setContentsMargins(8, 0, 8, 0)
            label.setTextFormat(Qt.TextFormat.PlainText)   # file and journey names are the user's text
            if name in ("file", "journey"):   # normal widgets: a message (showMessage) takes their place a while
                self.statusBar().addWidget(label, 1 if name == "journey" else 0)
            else:
                self.statusBar().addPermanentWidget(label)
        self._zoom_timer = QTimer(self)
        self._zoom_timer.setInterval(400)
        self._zoom_timer.timeout.connect(self._update_zoom)
        self._zoom_timer.start()

    def _connect(self) -> None:
        s = self.session
        s.undo_stack.cleanChanged.connect(self.update_title)
        s.undo_stack.indexChanged.connect(self._undo_tips)
        self._title_follows_stack = True
        s.path_did_change.connect(self.update_title)
        s.journey_did_change.connect(self._on_journey)
        s.project_did_change.connect(self._on_project_change)
        self.navigator.selection_did_change.connect(self._on_navigator_selection)
        self.navigator.menu_requested.connect(lambda keys, pos: self.structure.menu_for(keys, self).exec(pos))
        self.inspector.selection_requested.connect(self.set_selection)
        self.stack.view_did_change.connect(lambda n: self.act[f"view_{n}"].setChecked(True))
        self.stack.view_did_change.connect(self.canvas_actions_follow_view)
        follow_views(self)   # the inspector shows what the view on screen has selected

    def _minimap_shown(self, visible: bool) -> None:
        from journeymap.ui.canvas.minimap import MiniMap
        if visible and not isinstance(self.minimap_dock.widget(), MiniMap):
            minimap = MiniMap(self.canvas)
            minimap.setMaximumHeight(170)  # an overview, not a second map
            self.minimap_dock.setWidget(minimap)

    # -- state on screen -----------------------------------------------------------------
    def project_did_load(self) -> None:
        self.set_selection([])
        self._on_journey()
        self.update_title()
        QTimer.singleShot(0, self, self.layout_helper.fit)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            if not settings.get("window/state"):
                self.layout_helper.size_docks()
            self.layout_helper.arrange_toolbars()
            QTimer.singleShot(0, self, self.layout_helper.fit)

    def update_title(self, *_args) -> None:
        name = self.files.display_name()
        self.setWindowTitle(f"{name}[*] — JourneyMap")
        modified = self.files.modified()
        self.setWindowModified(modified)
        self.status["file"].setText(self.session.path or self.tr("not saved yet"))
        self.status["modified"].setText(self.tr("● modified") if modified else self.tr("saved"))

    def _on_journey(self, *_args) -> None:
        journey = self.session.journey
        state = ""
        if journey is not None:
            state = self.tr("future state") if journey.state == "future" else self.tr("current state")
        if journey is None:
            self.status["journey"].setText(self.tr("No journey"))
        elif state in journey.name:   # "Insurance (future state)" says it already
            self.status["journey"].setText(self.tr("Journey: {name}").format(name=journey.name))
        else:
            self.status["journey"].setText(self.tr("Journey: {name} ({state})").format(
                name=journey.name, state=state))
        if self.map.comparing:
            self.compare(True)
        QTimer.singleShot(0, self, self.layout_helper.fit)

    def _update_zoom(self) -> None:
        canvas = self.shown_canvas()
        if canvas is None:
            self.status["zoom"].setText("")
        else:
            self.status["zoom"].setText(self.tr("Zoom {pct}%").format(pct=round(canvas.zoom_level() * 100)))

    def _on_project_change(self, changes) -> None:
        gone = {(c.kind, c.id) for c in changes if c.action == "removed"}
        if gone & set(self.selection):
            self.set_selection([k for k in self.selection if k not in gone])
        if "info" in changes.kinds and not self.session.path:   # the title names an unsaved project
            self.update_title()

    # -- selection -----------------------------------------------------------------------
    def set_selection(self, keys: list) -> None:
        self.selection = list(keys)
        if keys and not {k for k, _ in keys} & {"stages", "pain_points", "transitions"}:
            scene = self.canvas.scene()   # a phase or lane picked: the map shows nothing else selected
            scene.blockSignals(True)
            scene.clearSelection()
            scene.blockSignals(False)
        self.inspector.show_selection(self.selection)
        self.navigator.select(self.selection)
        n = len(self.selection)
        self.status["selection"].setText(self.tr("%n selected", "", n) if n else "")
        self.structure.update()

    def _on_canvas_selection(self, keys: list) -> None:
        self.set_selection(keys)

    def _on_navigator_selection(self, keys: list) -> None:
        self.set_selection(keys)
        for kind, id in keys[:1]:
            if kind in ("stages", "pain_points", "transitions"):
                self.canvas.select(kind, id)

    # -- actions (the menu commands are in window_commands.py) ----------------------------
    def set_full_screen(self, on: bool) -> None:
        self.layout_helper.set_full_screen(on)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.set_full_screen(False)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.layout_helper.resized()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.WindowStateChange and not self.isFullScreen() \
                and self.act["fullscreen"].isChecked():   # the window manager left full screen
            QTimer.singleShot(0, self, lambda: self.set_full_screen(False))

    def show_view(self, name: str) -> None:
        self.stack.show_view(name)   # the inspector follows its selection: view_selection.follow_views

    # -- closing -------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state = settings.get("window/geometry"), settings.get("window/state")
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)

    def closeEvent(self, event) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.files.autosaver.discard()
        settings.set("window/geometry", bytes(self.saveGeometry().data()))
        settings.set("window/state", bytes(self.saveState().data()))
        if self._title_follows_stack:   # the stack says "clean" again as it is destroyed, after us
            self.session.undo_stack.cleanChanged.disconnect(self.update_title)
            self.session.undo_stack.indexChanged.disconnect(self._undo_tips)
            self._title_follows_stack = False
        event.accept()
