"""A small least-recently-used cache that threads can share: the Data view computes on a worker
thread while the map's badges ask on the UI thread. Reads and writes take the lock; the work that
fills an entry runs outside it (at worst it is done twice)."""
from __future__ import annotations

import threading
from collections import OrderedDict


class Lru:
    def __init__(self, keep: int):
        self.keep = keep
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        """The value kept for ``key`` (now the most recently used), or None."""
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key, value):
        """Keep ``value`` for ``key``, dropping the least recently used past ``keep``; returns it."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.keep:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
