"""The canvas's user actions, one small function each: they build core commands and push
them on the session; the scene redraws from the change notifications."""
from __future__ import annotations

import atexit
import json
from datetime import date

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from journeymap.core import clipboard, commands, layout, structure
from journeymap.core.model import PainPoint, Stage, new_id


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def free_position(scene, x: float, y: float, *, ignore=()) -> tuple[float, float]:
    """The slot/sub-row nearest (x, y), moved down to the first sub-row no other card holds."""
    slot, row = layout.slot_of(x), layout.subrow_of(y)
    taken = {(layout.slot_of(c.pos().x()), layout.subrow_of(c.pos().y()))
             for sid, c in scene.cards.items() if sid not in ignore}
    while (slot, row) in taken:
        row += 1
    return layout.position(slot, row)


def phase_at(scene, x: float) -> str | None:
    for column in layout.columns(scene.project, scene.journey_id):
        if column.left - layout.GAP_X / 2 <= x + layout.CARD_W / 2 < column.left + column.width - layout.GAP_X / 2:
            return column.phase
    return None


def add_stage(view, at=None) -> str | None:
    scene = view.scene()
    if scene.journey_id is None:
        return None
    if at is None:
        right = max([c.pos().x() for c in scene.cards.values()], default=-layout.SLOT_W)
        at = (right + layout.SLOT_W, layout.STAGE_LANE_TOP)
    x, y = free_position(scene, at[0], at[1])
    phases = scene.project.phases_of(scene.journey_id)
    phase = phase_at(scene, x) or (phases[-1].id if phases else None)
    stage = Stage(new_id("st"), scene.journey_id, phase, tr("New stage"), x=x, y=y)
    view.session.push(commands.add(stage))
    return stage.id


def delete(view, items) -> None:
    stages = [sid for kind, sid in items if kind == "stages"]
    others = [(kind, i) for kind, i in items if kind != "stages"]
    cmds = []
    # the selected transitions and pain points first: deleting a stage takes its own with it,
    # and a delete of one already gone failed the whole macro (found by the GUI monkey)
    for kind in ("transitions", "pain_points"):
        ids = [i for k, i in others if k == kind]
        if ids:
            cmds.append(commands.delete(kind, ids))
    if stages:
        cmds.append(commands.delete("stages", stages))
    if len(cmds) == 1:
        view.session.push(cmds[0])
    elif cmds:
        view.session.push(commands.Macro(cmds, label=tr("Delete")))


def move(view, moved: dict[str, tuple[float, float]], drag_id: str) -> bool:
    """Commit a drag: snap each card to a free slot/sub-row; one undo step. False if nothing moved."""
    scene = view.scene()
    snapped: dict[str, tuple[float, float]] = {}
    phases: list[commands.Command] = []
    for sid, (x, y) in moved.items():
        snapped[sid] = free_position(scene, x, y, ignore=set(moved) - set(snapped))
        stage = scene.project.get("stages", sid)
        phase = phase_at(scene, snapped[sid][0])
        if phase is not None and phase != stage.phase:
            phases.append(commands.edit("stages", sid, phase=phase))
    snapped = {sid: p for sid, p in snapped.items()
               if (scene.project.get("stages", sid).x, scene.project.get("stages", sid).y) != p}
    if not snapped:
        return False
    command = commands.move_stages(snapped, drag_id=drag_id)
    if phases:
        command = commands.Macro([command, *phases], label=command.label)
    view.session.push(command)
    return True


def copy(view, stage_ids) -> dict | None:
    if not stage_ids:
        return None
    data = clipboard.copy_stages(view.session.project, stage_ids)
    mime = QMimeData()
    mime.setData(clipboard.MIME_TYPE, json.dumps(data).encode("utf-8"))
    mime.setText("\n".join(s["name"] for s in data["stages"]))
    QGuiApplication.clipboard().setMimeData(mime)
    _release_at_exit()
    return data


_registered = False


def _release_at_exit() -> None:
    """The clipboard owns our QMimeData; left to Qt's own exit handlers it is destroyed after
    the interpreter and PySide crashes the process on the way out. Clear it while Python lives."""
    global _registered
    if not _registered:
        _registered = True
        atexit.register(_clear_clipboard)


def _clear_clipboard() -> None:
    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


def paste(view) -> list[str]:
    scene = view.scene()
    mime = QGuiApplication.clipboard().mimeData()
    if scene.journey_id is None or mime is None or not mime.hasFormat(clipboard.MIME_TYPE):
        return []
    data = json.loads(bytes(mime.data(clipboard.MIME_TYPE).data()).decode("utf-8"))
    if not data.get("stages"):
        return []
    bottom = max([layout.subrow_of(c.pos().y()) for c in scene.cards.values()], default=-1) + 1
    top = min(layout.subrow_of(s["y"]) for s in data["stages"])
    offset = (0.0, (bottom - top) * layout.SUBROW_H)
    entities = clipboard.paste(scene.project, data, journey_id=scene.journey_id, offset=offset)
    view.session.push(commands.add(*entities, label=tr("Paste")))
    return [e.id for e in entities if isinstance(e, Stage)]


def auto_layout(view) -> None:
    scene = view.scene()
    positions = layout.auto_layout(scene.project, scene.journey_id)
    moves = [commands.edit("stages", sid, x=x, y=y, undo_text=tr("Move stage"))
             for sid, (x, y) in positions.items()
             if (scene.project.get("stages", sid).x, scene.project.get("stages", sid).y) != (x, y)]
    if moves:
        view.session.push(commands.Macro(moves, label=tr("Auto-layout")))


def align(view, mode: str, stage_ids) -> None:
    scene = view.scene()
    stages = [scene.project.get("stages", sid) for sid in stage_ids]
    if len(stages) < 2:
        return
    if mode == "left":
        x = min(s.x for s in stages)
        ordered = sorted(stages, key=lambda s: (s.y, s.x))
        targets = {s.id: (x, s.y) for s in ordered}
    elif mode == "top":
        y = min(s.y for s in stages)
        targets = {s.id: (s.x, y) for s in stages}
    elif mode == "distribute":
        ordered = sorted(stages, key=lambda s: s.x)
        first = layout.slot_of(ordered[0].x)
        targets = {s.id: (layout.position(first + i, 0)[0], s.y) for i, s in enumerate(ordered)}
    else:
        raise ValueError(f"unknown alignment {mode!r}: left, top or distribute")
    placed: dict[str, tuple[float, float]] = {}
    for sid, (x, y) in targets.items():  # never stack two cards on one slot
        taken = set(placed.values()) | {(c.pos().x(), c.pos().y()) for k, c in scene.cards.items()
                                        if k not in targets}
        x, y = layout.position(layout.slot_of(x), layout.subrow_of(y))
        while (x, y) in taken:
            y += layout.SUBROW_H
        placed[sid] = (x, y)
    view.session.push(commands.move_stages(placed))


def add_pain_point(view, stage_id: str) -> str:
    pain = PainPoint(new_id("pp"), view.scene().journey_id, stage_id, tr("New pain point"),
                     created=date.today().isoformat())
    view.session.push(commands.add(pain))
    return pain.id


def rename(view, stage_id: str, text: str | None) -> None:
    stage = view.session.project.find("stages", stage_id)
    if text and stage is not None and text != stage.name:
        view.session.push(commands.rename("stages", stage_id, name=text))


def set_lane_text(view, stage_id: str, lane: str, text: str) -> None:
    """A stage's text in a built-in lane (``thinking`` ...) or a team's lane (``lane:<id>``)."""
    project = view.session.project
    stage = project.find("stages", stage_id)
    if stage is None:
        return
    if lane.startswith("lane:"):
        if (stage.lanes or {}).get(lane[5:], "") != text:
            view.session.push(structure.set_lane_text(project, stage_id, lane[5:], text))
    elif getattr(stage, lane) != text:
        view.session.push(commands.edit("stages", stage_id, **{lane: text}))
