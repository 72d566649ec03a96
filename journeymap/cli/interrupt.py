"""Ctrl+C on a command: the first press stops it, the clean-up it starts runs to its end.

Python's own handler raises KeyboardInterrupt on every press, so a user who presses Ctrl+C twice
(or holds it) cuts short the clean-up the first press started (the export's temporary folder
removed, its Chromium stopped) and, once the interpreter has begun to shut down and put back the
system's default handler, kills the process by the signal: exit -2 instead of 130, a traceback,
files left behind. Here the first press raises KeyboardInterrupt and every later one is ignored
for the rest of the process's life (it is finishing). SIGTERM and SIGKILL still end it at once.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from types import FrameType
from typing import Iterator


def caused_by_interrupt(exc: BaseException) -> bool:
    """Whether a KeyboardInterrupt is behind ``exc``: one that arrived inside an import or a class
    body reaches us wrapped (``RuntimeError: Error calling __set_name__`` from narwhals, seen here)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


@contextmanager
def first_interrupt_only() -> Iterator[None]:
    """Within the block, Ctrl+C raises KeyboardInterrupt once and is ignored after that.

    Only the main thread can set a handler, and a caller's own handler (a test runner's, an
    embedding program's) is left alone. When no interrupt came, the previous handler is put back;
    after one, SIGINT stays ignored: the process is finishing and must not die of a second press
    while it does."""
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
        yield
        return
    interrupted = False

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        nonlocal interrupted
        interrupted = True
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        if not interrupted and signal.getsignal(signal.SIGINT) is on_interrupt:
            signal.signal(signal.SIGINT, signal.default_int_handler)
