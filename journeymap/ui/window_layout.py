"""The main window's arrangement at any size: toolbars that wrap instead of hiding buttons,
docks that leave the map room on a small screen, the map refitted when the window changes
size (unless the user zoomed), and full screen for a projector.

A QToolBar too narrow for its buttons hides the rest behind a "»" menu, and a toolbar that
overflowed at 1024x700 kept them hidden after maximising. Here the views get a toolbar of
their own that moves to a second row when both do not fit on one.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QToolBar

NAVIGATOR_W, INSPECTOR_W = 280, 320
SMALL_SCREEN_W = 1400      # below this width the docks take a smaller share


class WindowLayout(QObject):
    def __init__(self, window, main_bar: QToolBar, views_bar: QToolBar):
        super().__init__(window)
        self.window = window
        self.main_bar, self.views_bar = main_bar, views_bar
        self._wrapped = False
        self._small: bool | None = None
        self._fit_zoom: float | None = None   # the zoom the last automatic fit chose
        self._before_full: tuple[QByteArray, bool] | None = None   # (dock state, maximised) before full screen
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(60)
        self._refit.timeout.connect(self._refit_now)
        self._dock_widths: list[int] | None = None   # the docks' widths as set or dragged, not as squeezed
        self._restoring = False
        window.stack.view_did_change.connect(self._view_changed)
        for widget in (window.navigator_dock, window.inspector_dock, window.stack):
            widget.installEventFilter(self)

    # -- toolbars ------------------------------------------------------------------------
    def arrange_toolbars(self) -> None:
        """Views on the first row when there is room, else on a row of their own."""
        need = self.main_bar.sizeHint().width() + self.views_bar.sizeHint().width() + 24
        wrap = need > self.window.width()
        if wrap != self._wrapped:
            self._wrapped = wrap
            if wrap:
                self.window.insertToolBarBreak(self.views_bar)
            else:
                self.window.removeToolBarBreak(self.views_bar)

    @property
    def wrapped(self) -> bool:
        return self._wrapped

    # -- docks ---------------------------------------------------------------------------
    def size_docks(self) -> None:
        """Dock widths for the window's width: on a small screen the map keeps half of it."""
        w = self.window
        width = w.width()
        scale = 1.0 if width >= SMALL_SCREEN_W else max(0.6, width / SMALL_SCREEN_W)
        self._dock_widths = [int(NAVIGATOR_W * scale), int(INSPECTOR_W * scale)]
        w.resizeDocks([w.navigator_dock, w.inspector_dock], self._dock_widths, Qt.Orientation.Horizontal)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and not self._restoring:
            self._note_docks()
        return False

    def _note_docks(self) -> None:
        """The docks' widths, unless the view on screen squeezes them (the central area is at its minimum)."""
        w = self.window
        view = w.stack.currentWidget()
        if view is not None and w.stack.width() > view.minimumSizeHint().width() + 8:
            self._dock_widths = [w.navigator_dock.width(), w.inspector_dock.width()]

    def _view_changed(self, _name: str) -> None:
        """A view too wide for the window squeezes the docks; the next view with room gives them back
        the widths they had (they stayed at ~120 px in every view after the Pain points view)."""
        self._restoring = True     # the switch's own layout pass is not the user's choice of widths
        QTimer.singleShot(0, self, self._docks_back)

    def _docks_back(self) -> None:
        w = self.window
        docks = [w.navigator_dock, w.inspector_dock]
        if self._dock_widths is not None and any(
                dock.isVisible() and not dock.isFloating() and dock.width() < width - 3
                for dock, width in zip(docks, self._dock_widths)):
            w.resizeDocks(docks, self._dock_widths, Qt.Orientation.Horizontal)   # as far as the view allows
        QTimer.singleShot(0, self, self._restored)    # once that layout pass is done

    def _restored(self) -> None:
        self._restoring = False

    # -- the map follows the window ---------------------------------------------------------
    def fit(self) -> None:
        """Fit the map readably, and remember it so a resize may refit it."""
        self.window.map.show_readable()
        self._fit_zoom = self.window.canvas.zoom_level()

    def resized(self) -> None:
        self.arrange_toolbars()
        small = self.window.width() < SMALL_SCREEN_W
        if small != self._small:   # crossing into a small window (or out): docks to their share
            self._small = small
            self.size_docks()
        if self._fit_zoom is not None and abs(self.window.canvas.zoom_level() - self._fit_zoom) < 1e-4:
            self._refit.start()   # still as fitted: fit the new size (the user's own zoom is kept)

    def _refit_now(self) -> None:
        if self._fit_zoom is not None and abs(self.window.canvas.zoom_level() - self._fit_zoom) < 1e-4:
            self.fit()

    # -- full screen -------------------------------------------------------------------------
    def set_full_screen(self, on: bool) -> None:
        """The map alone on the whole screen: docks, bars and menus hidden; F11 or Escape
        brings everything back as it was."""
        w = self.window
        if on == w.isFullScreen():
            return
        if on:
            self._before_full = (w.saveState(), w.isMaximized())
            w.show_view("map")
            w.menuBar().hide()
            w.statusBar().hide()
            for widget in w.findChildren(QToolBar) + w.findChildren(QDockWidget):
                widget.hide()
            w.showFullScreen()
            if not w.map.comparing:   # say once how to leave: the menus that would say it are hidden
                w.canvas.set_title(self.tr("Full screen: F11 or Escape to leave"))
                QTimer.singleShot(4000, self, self._clear_hint)
        else:
            if not w.map.comparing:
                w.canvas.set_title(None)
            state, maximized = self._before_full or (None, False)
            w.menuBar().show()
            w.statusBar().show()
            for bar in (self.main_bar, self.views_bar, w.data_bar):
                bar.show()
            if state is not None:
                w.restoreState(state)
            w.showMaximized() if maximized else w.showNormal()
        action = w.act["fullscreen"]
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)
        self._fit_zoom = -1.0   # refit once the new size has arrived
        QTimer.singleShot(0, self, self.fit)

    def _clear_hint(self) -> None:
        w = self.window
        if w.isFullScreen() and not w.map.comparing:
            w.canvas.set_title(None)
