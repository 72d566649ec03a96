"""A seeded GUI monkey for any Qt widget tree (nothing here knows JourneyMap).

A ``Walker`` takes a random walk of small actions over a live window. Every choice comes from
one ``random.Random(seed)``, so a seed and a step count name a walk that can be run again. An
action is a function ``action(walker) -> str | None``: it finds a real, visible widget and
sends it real QTest events (clicks, drags, typing, keys), then says what it did; ``None``
means "nothing to do here" and another action is drawn. After each step the walker lets Qt
run its queued events and records every failure:

- an exception that reached ``sys.excepthook`` (PySide6 reports slot and override errors
  there; the app's own hook passes them on to whatever was there before, pytest-qt's under
  tests), with the traceback and the steps that led to it;
- a Qt warning (``qWarning`` and worse), unless the caller's ``ignore`` pattern matches it;
- a failed ``check(walker)`` (an invariant of the app, e.g. "the window is still open").

Modal dialogs and popup menus would stop a walk for good: a ``Watcher`` (a QTimer, which
also fires inside a dialog's own event loop) sends them Escape, and rejects them if that did
not close them. So a dialog opened by a step is opened, looked at and cancelled.

The gestures themselves (buttons, fields, combo boxes, lists, scenes, menus) are in
monkey_gestures.py.
"""
from __future__ import annotations

import random
import re
import string
import sys
import time
import traceback
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMenu, QWidget

NO, CTRL, SHIFT = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier,
                   Qt.KeyboardModifier.ShiftModifier)
LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
ENDINGS = ((Qt.Key.Key_Tab, "Tab"), (Qt.Key.Key_Return, "Return"), (Qt.Key.Key_Escape, "Escape"))
NASTY = ("", " ", "-1", "0", "1e15", "-0.5", "NaN", "inf", "9" * 20, "abc", "  padded  ", "é中文🙂",
         "'; DROP TABLE stages; --", "%s{0}", "\\", "a\tb", "x" * 300)


@dataclass
class Failure:
    kind: str            # "exception", "qt warning", "check", "crash"
    step: int
    summary: str         # one line: "TypeError: ..." or the warning
    detail: str          # the traceback or message
    log: list = field(default_factory=list)   # the steps up to and including the failing one

    def report(self, last: int = 25) -> str:
        steps = "\n".join(f"  {line}" for line in self.log[-last:])
        return f"[{self.kind}] step {self.step}: {self.summary}\n{steps}\n{self.detail.rstrip()}"


def label(widget) -> str:
    """A short, stable name for a widget in the step log."""
    if widget is None or not shiboken6.isValid(widget):
        return "<gone>"
    name = widget.objectName()
    text = ""
    for attr in ("text", "windowTitle", "placeholderText", "toolTip"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                text = getter()
            except TypeError:
                continue
            if text:
                break
    text = (text or "").replace("\n", " ")[:30]
    return f"{type(widget).__name__}" + (f"#{name}" if name else "") + (f" {text!r}" if text else "")


class Watcher:
    """Closes any modal dialog, message box or popup menu a step opened: Escape first, as a
    user would, then reject() if Escape did not do it."""

    def __init__(self, root: QWidget, interval_ms: int = 30):
        self.root = root
        self.closed: list[str] = []
        self.on_popup = None     # popup menu -> True if it clicked an entry (a context menu used)
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sweep)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def open_windows(self) -> list:
        app = QApplication.instance()
        found = []
        popup = app.activePopupWidget()
        if popup is not None:
            found.append(popup)
        modal = app.activeModalWidget()
        if modal is not None and modal is not self.root:
            found.append(modal)
        for widget in app.topLevelWidgets():
            # any other window a step opened (a dialog, a presentation), not a tooltip or a
            # floating dock of the root
            if (widget is not self.root and widget.isVisible() and widget.isWindow()
                    and widget.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)
                    and not isinstance(widget, QDockWidget) and widget not in found):
                found.append(widget)
        return found

    def sweep(self) -> int:
        """Close what is open now; returns how many windows were closed."""
        count = 0
        for widget in self.open_windows():
            if not shiboken6.isValid(widget) or not widget.isVisible():
                continue
            if isinstance(widget, QMenu) and self.on_popup is not None and self.on_popup(widget):
                count += 1
                continue
            self.closed.append(label(widget))
            QTest.keyClick(widget, Qt.Key.Key_Escape)
            if shiboken6.isValid(widget) and widget.isVisible():
                if isinstance(widget, QDialog):
                    widget.reject()
                else:
                    widget.close()
            count += 1
        return count


class Walker:
    """A random walk of ``actions`` (pairs of weight and function) over ``root``."""

    def __init__(self, root: QWidget, actions, *, seed: int, checks=(), ignore: str | None = None,
                 settle=None, trace=None):
        self.root = root
        self.seed = seed
        self.rng = random.Random(seed)
        self.actions = [a for w, a in actions for _ in range(1)]
        self.weights = [w for w, _a in actions]
        self.checks = list(checks)
        self.ignore = re.compile(ignore) if ignore else None
        self.settle = settle            # called after each step: wait for the app's own work
        self.trace = trace              # called with a line before each action (a crash log)
        self.watcher = Watcher(root)
        self.watcher.on_popup = self._use_menu
        self.allow_action = lambda action: True     # what a context menu's entry may be
        self.log: list[str] = []
        self.failures: list[Failure] = []
        self.step = 0
        self.elapsed = 0.0
        self._pending: list[tuple[str, str, str]] = []
        self._old_hook = None
        self._old_handler = None

    # -- capturing failures ----------------------------------------------------------
    def _hook(self, kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        self._pending.append(("exception", f"{kind.__name__}: {value}"[:300], text))
        # not passed on: the walker reports every failure with its steps (pytest-qt would
        # stop at the first, without them)

    def _messages(self, mode, context, message) -> None:
        if mode == QtMsgType.QtFatalMsg:   # Qt aborts next: say why where a crash report reads it
            sys.stderr.write(f"Qt fatal: {message}\n")
            sys.stderr.flush()
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            if self.ignore is None or not self.ignore.search(message):
                where = f"{context.file}:{context.line}" if context.file else ""
                self._pending.append(("qt warning", message[:300], f"{message}\n{where}"))

    def __enter__(self):
        self._old_hook, sys.excepthook = sys.excepthook, self._hook
        self._old_handler = qInstallMessageHandler(self._messages)
        self.watcher.start()
        return self

    def __exit__(self, *exc):
        self.watcher.stop()
        self.watcher.sweep()
        qInstallMessageHandler(self._old_handler)
        sys.excepthook = self._old_hook
        return False

    def _collect(self) -> None:
        for kind, summary, detail in self._pending:
            self.failures.append(Failure(kind, self.step, summary, detail, list(self.log)))
        self._pending.clear()

    def _use_menu(self, menu: QMenu) -> bool:
        """A context menu a step opened: click one of its entries, two times in three."""
        choices = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.isEnabled()
                   and a.menu() is None and self.allow_action(a)]
        if not choices or self.rng.random() < 1 / 3:
            return False
        action = self.rng.choice(choices)
        self.log.append(f"      (menu entry {action.text().replace('&', '')!r})")
        point = menu.actionGeometry(action).center()
        # clicked once this sweep is over: the entry may open a dialog, and the watcher's timer
        # does not fire again while its own sweep runs
        QTimer.singleShot(0, lambda: shiboken6.isValid(menu) and menu.isVisible()
                          and QTest.mouseClick(menu, LEFT, NO, point))
        return True

    # -- walking -------------------------------------------------------------------
    def run(self, steps: int, *, stop_on_failure: bool = False) -> list[Failure]:
        """Take ``steps`` steps; the failures of this walk so far."""
        start = time.perf_counter()
        for _ in range(steps):
            self.step += 1
            self.one_step()
            if stop_on_failure and self.failures:
                break
        self.elapsed += time.perf_counter() - start
        return self.failures

    def one_step(self) -> None:
        for _attempt in range(20):
            action = self.rng.choices(self.actions, self.weights)[0]
            did = self._attempt(action)
            if did:
                break
        else:
            did = "nothing to do"
        self._after(did)

    def do(self, action, *args) -> str:
        """One step of a script (a regression's gestures), checked like a random one."""
        self.step += 1
        did = self._attempt(lambda w: action(w, *args), getattr(action, "__name__", "action"))
        self._after(did or f"{action.__name__}: nothing to do")
        return did

    def _attempt(self, action, name: str | None = None):
        name = name or action.__name__
        if self.trace is not None:
            self.trace(f"{self.step:5d} ({name} ...)")
        try:
            return action(self)
        except Exception:   # an error in the monkey's own hands, not the app's: record it
            self._pending.append(("monkey", traceback.format_exc().splitlines()[-1], traceback.format_exc()))
            return f"{name}: monkey error"

    def _after(self, did: str) -> None:
        self.log.append(f"{self.step:5d} {did}")
        self.wait()
        for check in self.checks:
            problem = check(self)
            if problem:
                self._pending.append(("check", problem.splitlines()[0][:300], problem))
        self._collect()

    def wait(self, ms: int = 0) -> None:
        """Let Qt deliver what the step queued (and the app settle, if it says how)."""
        QApplication.processEvents()
        if ms:
            QTest.qWait(ms)
        if self.settle is not None:
            self.settle(self)
        self.watcher.sweep()
        if self.root.isVisible() and not self.root.isActiveWindow():
            # a closed menu or dialog can leave no window active: then no widget has the focus,
            # keys fall to the root and no focus-out (Tab's commit) ever happens
            self.root.activateWindow()
        QApplication.processEvents()

    # -- finding widgets -----------------------------------------------------------
    def visible(self, cls, under: QWidget | None = None, where=None) -> list:
        """Visible, enabled widgets of ``cls`` under ``under`` (the root), in a stable order."""
        under = under or self.root
        found = [w for w in under.findChildren(cls)
                 if w.isVisible() and w.isEnabled() and w.width() > 2 and w.height() > 2
                 and (where is None or where(w))]
        if isinstance(under, cls) and under.isVisible():
            found.insert(0, under)
        return found

    def pick(self, items):
        items = list(items)
        return self.rng.choice(items) if items else None

    def point_in(self, widget) -> QPoint:
        rect = widget.rect()
        return QPoint(self.rng.randrange(1, max(2, rect.width() - 1)),
                      self.rng.randrange(1, max(2, rect.height() - 1)))

    def text(self, valid=()) -> str:
        """Random text: often one of ``valid``, else nasty or random characters."""
        roll = self.rng.random()
        if valid and roll < 0.5:
            return str(self.rng.choice(list(valid)))
        if roll < 0.75:
            return self.rng.choice(NASTY)
        alphabet = string.ascii_letters + string.digits + " .,-_/äö"
        return "".join(self.rng.choice(alphabet) for _ in range(self.rng.randrange(1, 16)))

    # -- real events ---------------------------------------------------------------
    def click(self, widget, pos: QPoint | None = None, button=LEFT, modifier=NO, double=False) -> None:
        if double:
            QTest.mouseDClick(widget, button, modifier, pos)
        else:
            QTest.mouseClick(widget, button, modifier, pos)
        if button == RIGHT and shiboken6.isValid(widget):
            # the window, not the widget, turns a right click into a context menu event; QTest
            # sends to the widget, so send that event as the window would
            pos = pos if pos is not None else widget.rect().center()
            event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos), modifier)
            QApplication.sendEvent(widget, event)

    def drag(self, widget, start: QPoint, end: QPoint, modifier=NO, steps: int = 4) -> None:
        """Press, move in a few steps, release (QTest.mouseMove carries no button state)."""
        def send(kind, pos, buttons):
            event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), LEFT, buttons, modifier)
            QApplication.sendEvent(widget, event)
        send(QEvent.Type.MouseButtonPress, start, LEFT)
        for i in range(1, steps + 1):
            if not shiboken6.isValid(widget):
                return
            at = start + (end - start) * (i / steps)
            send(QEvent.Type.MouseMove, at, LEFT)
        if shiboken6.isValid(widget):
            send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)

    def key(self, widget, key, modifier=NO) -> None:
        QTest.keyClick(widget, key, modifier)

    def type_text(self, widget, text: str) -> None:
        """Type ``text`` key by key. QTest.keyClicks knows ASCII only (it aborts on 'é'):
        other characters are sent as key events that carry the text, as an input method does."""
        for char in text:
            if not shiboken6.isValid(widget):
                return
            if char == "\t":
                QTest.keyClick(widget, Qt.Key.Key_Tab)
            elif char == "\n":
                QTest.keyClick(widget, Qt.Key.Key_Return)
            elif char.isascii() and char.isprintable():     # QTest knows no other control
                QTest.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO, char))

    def type_into(self, widget, text: str, ending=None) -> str:
        """Click into ``widget``, select what is there, type ``text``, end with Tab/Return/Escape."""
        self.click(widget, self.point_in(widget))
        if not shiboken6.isValid(widget):
            return "(gone on click)"
        QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
        if text:
            self.type_text(widget, text)
        key, name = ending or self.rng.choice(ENDINGS)
        if shiboken6.isValid(widget):
            QTest.keyClick(widget, key)
        return name
