"""Run one long import step (plan, commit, a raw read) on a QThread, with progress and cancel.

``task = ImportTask(fn, *args, **kwargs)``; ``task.start()`` calls ``fn(*args, progress=...,
cancel=..., **kwargs)`` on a worker thread (pass ``with_callbacks=False`` for a function that
takes neither). Signals arrive on the UI thread: ``progress_did_change(done, total)``, then one of
``task_did_finish(result)``, ``task_did_fail(message)`` or ``task_did_cancel()``. ``cancel()``
makes the task's ``cancel`` callback return True: commit_import then rolls its transaction back.
"""
from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QThread, Signal


class _Thread(QThread):
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)

    def __init__(self, fn, args, kwargs, flag: threading.Event, with_callbacks: bool):
        super().__init__()        # no Qt parent: a closing window cannot delete it while it runs
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.flag, self.with_callbacks = flag, with_callbacks

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        if self.with_callbacks:
            kwargs["progress"] = lambda done, total: self.progressed.emit(int(done), int(total))
            kwargs["cancel"] = self.flag.is_set
        try:
            result = self.fn(*self.args, **kwargs)
        except Exception as exc:      # noqa: BLE001 - every failure is reported to the UI
            if self.flag.is_set() or type(exc).__name__ == "ImportCancelled":
                self.cancelled.emit()
            elif isinstance(exc, ValueError):          # ImportProblem and other readable refusals
                self.failed.emit(str(exc) or type(exc).__name__)
            else:
                traceback.print_exc()
                self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(result)        # also when a cancel came too late: the work was done


_RUNNING: set = set()


class ImportTask(QObject):
    progress_did_change = Signal(int, int)
    task_did_finish = Signal(object)
    task_did_fail = Signal(str)
    task_did_cancel = Signal()

    def __init__(self, fn, *args, with_callbacks: bool = True, parent=None, **kwargs):
        super().__init__(parent)
        self._flag = threading.Event()
        self._thread = _Thread(fn, args, kwargs, self._flag, with_callbacks)
        self._thread.progressed.connect(self.progress_did_change)
        self._thread.done.connect(self.task_did_finish)
        self._thread.failed.connect(self.task_did_fail)
        self._thread.cancelled.connect(self.task_did_cancel)

    def start(self) -> None:
        _RUNNING.add(self._thread)                    # kept alive until the thread has ended
        def ended(t: QThread = self._thread) -> None:
            t.wait()
            _RUNNING.discard(t)
        self._thread.finished.connect(ended)
        self._thread.start()

    def cancel(self) -> None:
        self._flag.set()          # a plain Python flag: safe after the task object is gone

    @property
    def cancelled(self) -> bool:
        return self._flag.is_set()

    def is_running(self) -> bool:
        try:
            return self._thread.isRunning()
        except RuntimeError:          # the thread object was deleted after it finished
            return False

    def wait(self, msecs: int = -1) -> bool:
        try:
            return self._thread.wait(msecs) if msecs >= 0 else self._thread.wait()
        except RuntimeError:
            return True
