"""Fast capture while people talk, by keyboard alone, on the workshop's canvas:

- Tab: a new stage after the selected one (same phase, later stages move one slot right, an arrow
  from the selected stage), its name open for typing;
- Enter on a stage: a new pain point under it, a sticky to type on in place; Enter keeps the text
  and the stage stays selected, so Enter again adds the next one and Tab the next stage;
- Esc on a sticky just added takes it back; F2 renames (the canvas's own key).

No dialog anywhere. The canvas is driven through its public methods only.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QPen, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem, QGraphicsView

from journeymap.core import commands, layout
from journeymap.core.model import PainPoint, Stage, new_id
from journeymap.ui.canvas import theme as theme_mod
from journeymap.ui.canvas.tools import TypedInPlace, remove_later

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class StickyEditor(TypedInPlace, QGraphicsTextItem):
    """Types a pain point's title on its sticky. ``on_done(text or None)``: None = cancelled."""

    def __init__(self, sticky, on_done):
        super().__init__(sticky)
        self.sticky, self.on_done, self._finished = sticky, on_done, False
        self.setFont(sticky.theme.font(theme_mod.TEXT_PT))
        self.setDefaultTextColor(sticky.theme.sticky_text)
        self.setPlainText(sticky.pain_point.title)
        self.setTextWidth(sticky.title.boundingRect().width() + 8 if sticky.title.boundingRect().width() else
                          layout.CARD_W - 24)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setPos(sticky.title.pos() - QPointF(4, 2))
        self.setZValue(30)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        sticky.title.setVisible(False)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(self.sticky.theme.selection, 1.5))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def finish(self, text: str | None) -> None:
        if self._finished:
            return
        self._finished = True
        self.sticky.title.setVisible(True)
        self.setVisible(False)
        self.clearFocus()
        scene = self.scene()
        if scene is not None:  # not inside our own key event: later, if the sticky still holds us
            remove_later(self, scene)
        self.on_done(text)


class Capture(QObject):
    """Installed on a CanvasView; turns Tab and Enter into stages and stickies typed in place."""

    def __init__(self, canvas, session, parent=None):
        super().__init__(parent)
        self.canvas, self.session = canvas, session
        self.editor: StickyEditor | None = None
        canvas.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is not self.canvas or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_Tab and (self.editor is not None or self.canvas.editor is not None):
            self._finish_editing()           # Tab while typing: keep the text, go on to a new stage
            return self._key(event)
        if self.editor is not None:
            # typing on a sticky: every key goes to the editor, none to the canvas's own shortcuts
            QGraphicsView.keyPressEvent(self.canvas, event)
            return True
        if self.canvas.editor is None:
            return self._key(event)
        return False

    def _finish_editing(self) -> None:
        if self.editor is not None:
            self.editor.finish(self.editor.toPlainText().strip() or None)
        if self.canvas.editor is not None:
            self.canvas.editor.finish(self.canvas.editor.toPlainText().strip() or None)

    def _key(self, event) -> bool:
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        stages = self.canvas.selected_stages()
        if event.key() == Qt.Key.Key_Tab:
            self.add_stage_after(stages[0] if stages else None)
            return True
        if event.key() in ENTER and stages:
            self.add_pain_point(stages[0])
            return True
        return False

    # -- stages ---------------------------------------------------------------------------------
    def add_stage_after(self, stage_id: str | None) -> str | None:
        """A new stage right after ``stage_id`` (at the end without one); its name open for typing."""
        journey = self.canvas.journey_id()
        if journey is None:
            return None
        if stage_id is None:
            sid = self.canvas.add_stage()
        else:
            sid = self._insert_after(journey, self.session.project.get("stages", stage_id))
        self.canvas.select("stages", sid)
        self.canvas.rename_selection()
        return sid

    def _insert_after(self, journey: str, after: Stage) -> str:
        project = self.session.project
        x, y = after.x + layout.SLOT_W, after.y
        later = {s.id: (s.x + layout.SLOT_W, s.y) for s in project.stages_of(journey) if s.x >= x - 1}
        stage = Stage(new_id("st"), journey, after.phase, self.tr("New stage"), x=x, y=y)
        steps = []
        if later:
            steps.append(commands.move_stages(later))
        steps += [commands.add(stage), commands.connect(journey, after.id, stage.id)]
        self.session.push(commands.Macro(steps, label=self.tr("Add stage after %1").replace("%1", after.name)))
        return stage.id

    # -- pain points ----------------------------------------------------------------------------
    def add_pain_point(self, stage_id: str) -> str:
        """A new sticky under ``stage_id``, open for typing."""
        pain = PainPoint(new_id("pp"), self.canvas.journey_id(), stage_id, self.tr("New pain point"),
                         created=date.today().isoformat())   # as on the Map: the Review ages open pain
        self.session.push(commands.add(pain, label=self.tr("Add pain point")))
        self.edit_sticky(pain.id, fresh=True)
        return pain.id

    def edit_sticky(self, pain_id: str, *, fresh: bool = False) -> None:
        scene = self.canvas.scene()
        scene.flush()                       # place the new sticky before typing on it
        sticky = scene.stickies.get(pain_id)
        if sticky is None:
            return
        self.canvas.reveal(sticky)   # clear of the pinned lane titles too
        stage = sticky.pain_point.stage

        def done(text):
            self.editor = None
            current = self.session.project.find("pain_points", pain_id)
            if text is None and fresh and current is not None:
                # Esc on a sticky just added: take it back, once this key event is over (the
                # sticky holding the editor goes with it)
                stack, index = self.session.undo_stack, self.session.undo_stack.index()
                QTimer.singleShot(0, lambda: stack.index() == index and stack.undo())
            elif text and current is not None and text != current.title:
                self.session.push(commands.UpdateEntity("pain_points", pain_id, {"title": text},
                                                        label=self.tr("Name pain point")))
            if stage in scene.cards:
                self.canvas.select("stages", stage)
            self.canvas.setFocus()
        self.editor = StickyEditor(sticky, done)
