"""Run an analysis off the UI thread, so the window never freezes on a large survey.

A :class:`Runner` belongs to one view. ``runner.start(fn, *args, **kwargs)`` runs ``fn`` on a
worker thread and emits ``job_did_finish(result)`` or ``job_did_fail(message)`` on the UI
thread. Starting a new job supersedes the one running: the old job's result is dropped when
it arrives (a computation in C cannot be interrupted, but its answer never reaches the view).
``cancel()`` drops the current job the same way. ``busy_did_change(bool)`` drives a spinner.
"""
from __future__ import annotations

import concurrent.futures.thread  # noqa: F401 - see below
import sys

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from journeymap.storage.errors import ProjectFileError


# pandas, imported lazily by the first job on a worker thread, imports concurrent.futures.thread, which
# registers a threading atexit hook; once the interpreter is shutting down that raises ("can't register
# atexit after shutdown": a job still running as a script or the frozen app exits). Imported here, on
# the UI thread, the hook is registered in good time.


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it (queued across threads)."""
    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, job_id: int, relay: _Relay, fn, args, kwargs):
        super().__init__()
        self.job_id, self.relay = job_id, relay
        self.fn, self.args, self.kwargs = fn, args, kwargs

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except (ValueError, ProjectFileError) as exc:   # readable refusals: the analysis', the file's
            self._emit(self.relay.failed, str(exc) or type(exc).__name__)
        except Exception as exc:           # a bug: the view says so; the error log (ui/crash.py) and,
            sys.excepthook(*sys.exc_info())  # under tests, pytest-qt's capture get the traceback
            self._emit(self.relay.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.relay.done, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(self.job_id, value)
        except RuntimeError:               # the view went away meanwhile: nobody to tell
            pass


class Runner(QObject):
    job_did_finish = Signal(object)
    job_did_fail = Signal(str)
    busy_did_change = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._current = 0
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, fn, *args, **kwargs) -> int:
        """Run ``fn(*args, **kwargs)`` on a worker thread; returns the job's number."""
        self._current += 1
        self._pool.start(_Job(self._current, self._relay, fn, args, kwargs))
        self._set_busy(True)
        return self._current

    def cancel(self) -> None:
        """Forget the running job: its result will be dropped."""
        self._current += 1
        self._set_busy(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started job has ended (tests, closing the window)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_done(self, job_id: int, result) -> None:
        if job_id == self._current:
            self._set_busy(False)
            self.job_did_finish.emit(result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        if job_id == self._current:
            self._set_busy(False)
            self.job_did_fail.emit(message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_did_change.emit(busy)


def snapshot(project):
    """A read-only copy of the project for a worker thread: the UI may edit the original meanwhile.

    Entities are replaced, never changed in place, so copying the tables (not the entities) is a
    consistent picture of the project at this moment.
    """
    from journeymap.core.project import Project
    copy = Project(project.info)
    copy.tables = {kind: dict(table) for kind, table in project.tables.items()}
    return copy   # belongs to no file (path None): only storage aims a project at one
