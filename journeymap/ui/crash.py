"""No silent exceptions: an error in any slot, event handler or worker thread is written to a
log file, shown to the user once with an offer to save their work, and passed on to the hook
that was there before (pytest-qt's, under tests, so the test fails).

PySide6 reports an exception raised in a slot or a virtual override (paintEvent, redo ...)
through ``sys.excepthook`` and then carries on; without this hook it only reaches stderr,
where a user never looks. Help > About shows the log's path.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "journeymap.log"
_state: dict[str, Any] = {"shown": False, "handler": None, "previous": None, "previous_thread": None}
log = logging.getLogger("journeymap.errors")


def log_path() -> Path:
    """Where errors are written (the user's data folder, or Qt's test folder under tests)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "logs" / LOG_NAME


def _tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def install() -> Path:
    """Route uncaught exceptions (main thread and worker threads) through ``report``."""
    path = log_path()
    old = _state["handler"]
    if old is None or Path(old.baseFilename) != path.resolve():   # the data folder may have moved
        if old is not None:
            log.removeHandler(old)
            old.close()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _state["handler"] = handler
    if sys.excepthook is not _hook:
        _state["previous"] = sys.excepthook
        sys.excepthook = _hook
    if threading.excepthook is not _thread_hook:
        _state["previous_thread"] = threading.excepthook
        threading.excepthook = _thread_hook
    return path


def _hook(kind, value, tb) -> None:
    report(kind, value, tb)
    previous = _state["previous"]
    if previous is not None and previous is not sys.__excepthook__:
        previous(kind, value, tb)        # pytest-qt's capture: the test that raised fails


def _thread_hook(args) -> None:
    report(args.exc_type, args.exc_value, args.exc_traceback)
    previous = _state["previous_thread"]
    if previous is not None and previous is not threading.__excepthook__:
        previous(args)


def report(kind, value, tb) -> None:
    """Log the traceback; the first time in a session, tell the user and offer to save."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("uncaught exception\n%s", text)
    sys.stderr.write(text)
    if not _state["shown"] and threading.current_thread() is threading.main_thread():
        _state["shown"] = True
        _offer_save(f"{kind.__name__}: {value}")


def _main_window():
    app = QApplication.instance()
    if not isinstance(app, QApplication):   # none yet, or one without widgets
        return None
    return next((w for w in app.topLevelWidgets() if hasattr(w, "files") and w.isVisible()), None)


def _offer_save(summary: str):
    """A non-blocking message (an error inside a modal loop must not start another one)."""
    if QApplication.instance() is None:
        return None
    window = _main_window()
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Something went wrong"),
                      _tr("JourneyMap hit an error it did not expect:\n{error}").format(error=summary[:300]),
                      QMessageBox.StandardButton.NoButton, window)
    box.setInformativeText(_tr("Your work is probably intact, but save it now to be safe. The details were "
                               "written to {path} (Help > About shows where).").format(path=log_path()))
    save = box.addButton(_tr("Save my work"), QMessageBox.ButtonRole.AcceptRole) if window else None
    box.addButton(_tr("Continue"), QMessageBox.ButtonRole.RejectRole)
    box.setObjectName("crash_dialog")

    def done(_result) -> None:
        if save is not None and box.clickedButton() is save:
            window.files.save()
    box.finished.connect(done)
    box.open()
    return box


def reset_for_tests() -> None:
    """Let the next error show its dialog again (tests of this module)."""
    _state["shown"] = False
