"""The open project as the UI sees it: the project, its undo stack, its file, the journey shown.

Views are handed the session in ``__init__`` and follow ``project_did_change``; every edit
goes through ``push`` so it can be undone. The session owns no widgets.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeymap.core.commands import Command
from journeymap.core.events import Change
from journeymap.core.project import Project
from journeymap.ui.undo import CoreUndoCommand


class Session(QObject):
    project_will_change = Signal(object)   # core.events.Change
    project_did_change = Signal(object)    # core.events.Change
    project_did_reset = Signal()           # a new project object: redraw everything
    journey_did_change = Signal(str)       # the journey on screen (id)
    path_did_change = Signal(str)
    filter_did_change = Signal()           # the segment/period every view shows

    def __init__(self, project: Project, *, path: str | None = None, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.project = project
        self.path = path
        self.journey_id: str | None = None
        self.segment = ""                  # "" = all segments
        self.period: str | None = None     # None = all periods (the map: each stage's latest)
        self._attach(project)
        journey = project.default_journey()
        self.journey_id = journey.id if journey else None

    def _attach(self, project: Project) -> None:
        project.events.will_change.connect(self._forward_will)
        project.events.did_change.connect(self._forward_did)

    def _forward_will(self, change: Change) -> None:
        self.project_will_change.emit(change)

    def _forward_did(self, change: Change) -> None:
        self.project_did_change.emit(change)

    def push(self, command: Command) -> None:
        """Apply an edit as one undo step (merging with the previous where it says so)."""
        self.undo_stack.push(CoreUndoCommand(self.project, command))

    def set_journey(self, journey_id: str) -> None:
        if journey_id != self.journey_id:
            self.journey_id = journey_id
            self.journey_did_change.emit(journey_id)

    def set_filter(self, *, segment: str = "", period: str | None = None) -> None:
        """The segment and period the map, the data and the drivers show."""
        if (segment or "", period or None) != (self.segment, self.period):
            self.segment, self.period = segment or "", period or None
            self.filter_did_change.emit()

    def replace_project(self, project: Project, *, path: str | None) -> None:
        """Show another project (open, new): the history starts afresh."""
        self.project.events.will_change.disconnect(self._forward_will)
        self.project.events.did_change.disconnect(self._forward_did)
        self.undo_stack.clear()
        self.project = project
        self.path = path
        self._attach(project)
        journey = project.default_journey()
        self.journey_id = journey.id if journey else None
        self.project_did_reset.emit()
        self.path_did_change.emit(path or "")

    @property
    def journey(self):
        return self.project.find("journeys", self.journey_id)
