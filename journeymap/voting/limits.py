"""Request rate limits: a token bucket per client address. No Qt.

A phone taps a dot a second at most; a room behind one NAT is a few dozen phones. The defaults let
120 requests through at once and 60 a second after that from one address; a burst beyond that is
answered 429 without touching the ballot box.
"""
from __future__ import annotations

import threading
import time
from typing import Callable

BURST = 120
PER_SECOND = 60.0
MAX_CLIENTS = 10_000     # addresses remembered; the oldest are forgotten beyond this


class RateLimiter:
    def __init__(self, *, burst: int = BURST, per_second: float = PER_SECOND,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.per_second, self.clock = burst, per_second, clock
        self._buckets: dict[str, tuple[float, float]] = {}   # address -> (tokens, last time)
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(address, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.per_second)
            allowed = tokens >= 1.0
            self._buckets[address] = (tokens - 1.0 if allowed else tokens, now)
            if len(self._buckets) > MAX_CLIENTS:
                self._buckets.pop(next(iter(self._buckets)))
            return allowed

    def retry_after(self) -> int:
        return max(1, int(round(1.0 / self.per_second)))
