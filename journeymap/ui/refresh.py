"""Deferred, visible-only refresh for views that follow the session.

A view's handler of ``Session.project_did_change`` decides *whether* one command concerns it
and then calls ``start()``; the refresh itself runs once, after the event loop has delivered
the command's summary, and only while the view is on screen. A view built but hidden (the
stack shows one view at a time) is marked stale and refreshes when it is next shown, so one
command with five views open costs one refresh of the view you look at, not five.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class Refresher(QObject):
    """A drop-in for the single-shot ``QTimer(interval=0, timeout=refresh)`` views used."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None], *, at_once: bool = False):
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.at_once = at_once   # on screen: refresh inside the command's signal, not after it
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)
        widget.installEventFilter(self)

    def start(self) -> None:
        """Refresh soon if the widget is on screen, else when it is next shown."""
        self.stale = True
        if self.widget.isVisible():
            self._run() if self.at_once else self._timer.start()

    def stop(self) -> None:
        self.stale = False
        self._timer.stop()

    def isActive(self) -> bool:  # noqa: N802 - QTimer's name, so it stays a drop-in
        return self.stale

    def flush(self) -> None:
        """Run a pending refresh now (before measuring or rendering)."""
        if self.stale:
            self._run()

    def _run(self) -> None:
        self._timer.stop()
        if self.stale:
            self.stale = False
            self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self._timer.start()
        return False
