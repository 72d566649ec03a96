"""Cycles are collected on the GUI thread, never in a worker (a worker's collection segfaulted)."""
from __future__ import annotations

import gc
import threading
import weakref

from journeymap.ui import gc_main_thread


class Node:
    def __init__(self):
        self.me = self


def test_a_cycle_made_in_a_worker_is_collected_by_the_gui_thread(qapp):
    collector = gc_main_thread.install(qapp)
    assert not gc.isenabled()
    refs = []

    def worker():
        for _ in range(gc.get_threshold()[0] * 3):   # far past the threshold: no collection here
            refs.append(weakref.ref(Node()))
    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert all(r() is not None for r in refs[:10])   # the worker left its garbage
    for _ in range(3):
        collector.check()
    gc.collect()   # older generations too, as the timer would over time
    assert all(r() is None for r in refs)
