"""The map's structure from the menus: phases and lanes added, renamed, moved, deleted, and
stages moved to another phase. Each is one command from core/structure.py.

A new phase or lane gets a plain name ("Phase 3") at once and is selected with its Name
field focused in the inspector, so a facilitator types the real name without a dialog in
the way. Only deleting a phase that holds stages asks a question: where they go.
Shortcuts avoid Ctrl+Alt+arrows, Shift+Alt+arrows and Ctrl+Alt+L: desktops switch
workspaces, move windows and lock the screen with those.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from journeymap.core import structure
from journeymap.core.project import ProjectError
from journeymap.ui.dialogs import prompts


class StructureActions(QObject):
    """Actions on the window's selection; ``window`` has session, selection, set_selection, inspector."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        tr = self.tr
        self.act: dict[str, QAction] = {}
        for name, text, slot, key in (
                ("add_phase", tr("Add p&hase"), self.add_phase, "Ctrl+Shift+H"),
                ("rename_phase", tr("Rename phase"), lambda: self.rename("phases"), None),
                ("phase_left", tr("Move phase &left"), lambda: self.move_phase(-1), "Ctrl+Shift+PgUp"),
                ("phase_right", tr("Move phase &right"), lambda: self.move_phase(1), "Ctrl+Shift+PgDown"),
                ("delete_phase", tr("Delete phase…"), self.delete_phase, None),
                ("add_lane", tr("Add la&ne"), self.add_lane, "Ctrl+Shift+R"),
                ("rename_lane", tr("Rename lane"), lambda: self.rename("lanes"), None),
                ("lane_up", tr("Move lane up"), lambda: self.move_lane(-1), None),
                ("lane_down", tr("Move lane down"), lambda: self.move_lane(1), None),
                ("delete_lane", tr("Delete lane"), self.delete_lane, None)):
            action = QAction(text, self)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.act[name] = action
        self.move_menu = QMenu(tr("&Move stage to phase"))
        self.move_menu.aboutToShow.connect(self._fill_move_menu)

    @property
    def session(self):
        return self.window.session

    # -- what the selection points at ---------------------------------------------------
    def _selected(self, kind: str) -> list[str]:
        return [id for k, id in self.window.selection if k == kind]

    def phase(self):
        """The selected phase, or the phase of the selected stage."""
        project = self.session.project
        for kind, id in self.window.selection:
            entity = project.find(kind, id)
            if kind == "phases" and entity is not None:
                return entity
            if kind == "stages" and entity is not None and entity.phase:
                return project.find("phases", entity.phase)
        return None

    def lane(self):
        ids = self._selected("lanes")
        return self.session.project.find("lanes", ids[0]) if ids else None

    def update(self) -> None:
        """Enable what makes sense for the selection now."""
        phase, lane = self.phase(), self.lane()
        journey = self.session.journey
        phases = self.session.project.phases_of(journey.id) if journey else []
        index = [p.id for p in phases].index(phase.id) if phase is not None and phase in phases else -1
        self.act["add_phase"].setEnabled(journey is not None)
        self.act["add_lane"].setEnabled(journey is not None)
        for name in ("rename_phase", "delete_phase"):
            self.act[name].setEnabled(phase is not None)
        self.act["phase_left"].setEnabled(index > 0)
        self.act["phase_right"].setEnabled(0 <= index < len(phases) - 1)
        lanes = structure.lanes_of(self.session.project, journey.id) if journey else []
        at = lanes.index(lane) if lane in lanes else -1
        for name in ("rename_lane", "delete_lane"):
            self.act[name].setEnabled(lane is not None)
        self.act["lane_up"].setEnabled(at > 0)
        self.act["lane_down"].setEnabled(0 <= at < len(lanes) - 1)
        self.move_menu.setEnabled(bool(self._selected("stages")))

    # -- doing ---------------------------------------------------------------------------
    def _push(self, make) -> bool:
        try:
            command = make()
        except ProjectError as exc:
            prompts.show_error(self.window, self.tr("The map was not changed"), str(exc))
            return False
        self.session.push(command)
        return True

    def _free_name(self, kind: str, word: str) -> str:
        taken = {e.name for e in self.session.project.where(kind, journey=self.session.journey_id)}
        n = len(taken) + 1
        while f"{word} {n}" in taken:
            n += 1
        return f"{word} {n}"

    def add_phase(self) -> str | None:
        """A new phase after the selected one (or last), selected with its name ready to type."""
        journey = self.session.journey_id
        if journey is None:
            return None
        phases = self.session.project.phases_of(journey)
        phase = self.phase()
        index = phases.index(phase) + 1 if phase in phases else len(phases)
        before = {p.id for p in phases}
        if not self._push(lambda: structure.add_phase(self.session.project, journey,
                                                      self._free_name("phases", self.tr("Phase")), index=index)):
            return None
        new = next(p.id for p in self.session.project.phases_of(journey) if p.id not in before)
        self._select_and_name(("phases", new))
        return new

    def add_lane(self) -> str | None:
        journey = self.session.journey_id
        if journey is None:
            return None
        before = {x.id for x in structure.lanes_of(self.session.project, journey)}
        if not self._push(lambda: structure.add_lane(self.session.project, journey,
                                                     self._free_name("lanes", self.tr("Lane")))):
            return None
        new = next(x.id for x in structure.lanes_of(self.session.project, journey) if x.id not in before)
        self._select_and_name(("lanes", new))
        return new

    def rename(self, kind: str) -> None:
        entity = self.phase() if kind == "phases" else self.lane()
        if entity is not None:
            self._select_and_name((kind, entity.id))

    def _select_and_name(self, key) -> None:
        """Select the new phase or lane with its name ready to type; Return goes back to where
        the user was (the map or the navigator), so the next Delete or Ctrl+Z acts there."""
        back = QApplication.focusWidget()
        self.window.set_selection([key])
        self.window.inspector_dock.show()
        QTimer.singleShot(0, self, lambda: self.window.inspector.focus_name(back_to=back))

    def move_phase(self, delta: int) -> None:
        phase = self.phase()
        if phase is None:
            return
        phases = self.session.project.phases_of(phase.journey)
        index = [p.id for p in phases].index(phase.id) + delta
        if 0 <= index < len(phases):
            self._push(lambda: structure.move_phase(self.session.project, phase.id, index))

    def delete_phase(self) -> None:
        phase = self.phase()
        if phase is None:
            return
        project = self.session.project
        stages = project.where("stages", phase=phase.id)
        move_to = None
        if stages:
            others = [p for p in project.phases_of(phase.journey) if p.id != phase.id]
            if not others:
                prompts.show_error(self.window, self.tr("The phase was not deleted"), self.tr(
                    "'{name}' is the only phase and holds {n} stages.").format(name=phase.name, n=len(stages)))
                return
            move_to = self._ask_phase(phase, others, len(stages))
            if move_to is None:
                return
        self._push(lambda: structure.delete_phase(project, phase.id, move_to=move_to))

    def _ask_phase(self, phase, others, n: int) -> str | None:
        names = [p.name for p in others]
        order = [p.id for p in self.session.project.phases_of(phase.journey)]
        nearest = max(0, order.index(phase.id) - 1)
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Delete phase"),
            self.tr("'{name}' holds {n} stages. Move them to:").format(name=phase.name, n=n),
            names, min(nearest, len(names) - 1), False)
        return others[names.index(name)].id if ok else None

    def move_lane(self, delta: int) -> None:
        lane = self.lane()
        if lane is None:
            return
        lanes = structure.lanes_of(self.session.project, lane.journey)
        index = lanes.index(lane) + delta
        if 0 <= index < len(lanes):
            self._push(lambda: structure.move_lane(self.session.project, lane.id, index))

    def delete_lane(self) -> None:
        lane = self.lane()
        if lane is not None:
            self._push(lambda: structure.delete_lane(self.session.project, lane.id))

    def move_stages_to(self, phase_id: str) -> None:
        stages = self._selected("stages")
        if stages:
            self._push(lambda: structure.move_stages_to_phase(self.session.project, stages, phase_id))

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        project = self.session.project
        stages = [project.find("stages", sid) for sid in self._selected("stages")]
        current = {s.phase for s in stages if s is not None}
        for phase in project.phases_of(self.session.journey_id) if self.session.journey_id else []:
            def move_there(_checked: bool = False, p: str = phase.id) -> None:
                self.move_stages_to(p)
            action = self.move_menu.addAction(phase.name, move_there)
            action.setEnabled(current != {phase.id})

    def menu_for(self, keys, parent) -> QMenu:
        """The navigator's context menu for ``keys`` (a phase, a lane, a stage or a journey)."""
        self.update()
        menu = QMenu(parent)
        kinds = {k for k, _ in keys}
        if "phases" in kinds or "stages" in kinds or "journeys" in kinds or not kinds:
            for name in ("add_phase", "rename_phase", "phase_left", "phase_right", "delete_phase"):
                menu.addAction(self.act[name])
        if "stages" in kinds:
            menu.addMenu(self.move_menu)
        menu.addSeparator()
        for name in ("add_lane", "rename_lane", "lane_up", "lane_down", "delete_lane"):
            menu.addAction(self.act[name])
        return menu
