"""A small event emitter, so views can follow the core without the core knowing them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass(frozen=True)
class Change:
    """What changed: ``action`` is added | removed | updated | reset.

    "reset" means the table of ``kind`` changed wholesale (a large undo): re-read it.
    """
    action: str
    kind: str = ""
    id: str = ""
    fields: tuple[str, ...] = ()
    old: Any = None
    new: Any = None


@dataclass
class Emitter:
    """Calls every connected callback with the emitted value, in connection order."""
    _callbacks: list[Callable] = field(default_factory=list)
    _blocked: int = 0

    def connect(self, callback: Callable) -> Callable:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, value: Any = None) -> None:
        if self._blocked:
            return
        for callback in list(self._callbacks):
            callback(value)

    def blocked(self):
        """Context manager that silences the emitter (bulk loads emit one reset instead)."""
        emitter = self

        class _Block:
            def __enter__(self):
                emitter._blocked += 1

            def __exit__(self, *exc):
                emitter._blocked -= 1

        return _Block()


@dataclass
class ProjectEvents:
    """``will_change`` fires before an edit is applied, ``did_change`` after it."""
    will_change: Emitter = field(default_factory=Emitter)
    did_change: Emitter = field(default_factory=Emitter)
