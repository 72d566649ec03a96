"""A small event emitter, so views can follow the core without the core knowing them."""
from __future__ import annotations

from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator


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


@dataclass(frozen=True)
class Changes:
    """Everything one command changed, in order (Anki's ``OpChanges``).

    Views refresh once per command from this summary instead of once per entity: a view asks
    ``touches("pain_points", "votes")`` and reloads once, or walks the single changes to patch
    what it shows. ``label`` names the command (empty for an edit made outside one).
    """
    changes: tuple[Change, ...] = ()
    label: str = ""

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(c.kind for c in self.changes)

    def touches(self, *kinds: str, ignore_fields: Iterable[str] = ()) -> bool:
        """Whether any of ``kinds`` changed, not counting updates of ``ignore_fields`` only."""
        ignored = set(ignore_fields)
        return any(c.kind in kinds and not (c.action == "updated" and ignored and set(c.fields) <= ignored)
                   for c in self.changes)

    def of(self, *kinds: str) -> list[Change]:
        return [c for c in self.changes if c.kind in kinds]

    def ids(self, kind: str, *actions: str) -> set[str]:
        """Ids of ``kind`` changed (by any of ``actions``, or by any action)."""
        return {c.id for c in self.changes if c.kind == kind and (not actions or c.action in actions)}

    def fields(self, kind: str) -> set[str]:
        """Every field updated on an entity of ``kind``."""
        return {f for c in self.changes if c.kind == kind and c.action == "updated" for f in c.fields}

    def structural(self, *kinds: str) -> bool:
        """Whether entities of ``kinds`` were added, removed or reset (not just edited)."""
        return any(c.kind in kinds and c.action != "updated" for c in self.changes)

    def summary(self) -> dict[str, dict[str, int]]:
        """{kind: {action: count}}: a readable account (logs, tests)."""
        out: dict[str, dict[str, int]] = {}
        for c in self.changes:
            counts = out.setdefault(c.kind, {})
            counts[c.action] = counts.get(c.action, 0) + 1
        return out


@contextmanager
def recording(events: "ProjectEvents", label: str = "") -> Iterator[list[Change]]:
    """Collect every change announced on ``events`` while the block runs.

    The list it yields fills as the block runs; ``Changes(tuple(it), label)`` is the summary.
    """
    seen: list[Change] = []
    events.did_change.connect(seen.append)
    try:
        yield seen
    finally:
        events.did_change.disconnect(seen.append)


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

    def blocked(self) -> AbstractContextManager[None]:
        """Context manager that silences the emitter (bulk loads emit one reset instead)."""
        emitter = self

        class _Block(AbstractContextManager[None]):
            def __enter__(self) -> None:
                emitter._blocked += 1

            def __exit__(self, *exc: object) -> None:
                emitter._blocked -= 1

        return _Block()


@dataclass
class ProjectEvents:
    """``will_change`` fires before an edit is applied, ``did_change`` after it."""
    will_change: Emitter = field(default_factory=Emitter)
    did_change: Emitter = field(default_factory=Emitter)
