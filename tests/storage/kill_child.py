"""Child of test_kill.py: saves a project in a loop until it is killed.

State k (k = 1, 2, 3) is self-consistent: title "state k", k * STAGES stages in a chain,
k * PAINS pain points (long texts, so a save takes a while), one initiative linking
k pain points, and info.description "k". Saves alternate between rewriting the file in
place and replacing it with a freshly built file (save-as), as the app does. The
in-place saves open the file first (recovering a killed save); the save-as ones do not.
"""
from __future__ import annotations

import os
import signal
import sys

from journeymap.core import model as m
from journeymap.core.project import Project
from journeymap.storage import read, write

STAGES, PAINS = 40, 400


def state(k: int) -> Project:
    project = Project(m.ProjectInfo(title=f"state {k}", description=str(k)))
    project.add(m.Journey("jn", "Journey"))
    stages = [f"st-{i}" for i in range(k * STAGES)]
    for i, sid in enumerate(stages):
        project.add(m.Stage(sid, "jn", None, f"Stage {i} of state {k}", role="entry" if i == 0 else "step"))
    for i, (a, b) in enumerate(zip(stages, stages[1:])):
        project.add(m.Transition(f"tr-{i}", "jn", a, b))
    for i in range(k * PAINS):
        project.add(m.PainPoint(f"pp-{i}", "jn", stages[i % len(stages)], f"Pain {i}",
                                description=f"state {k} " + "长文本 long text " * 40))
    project.add(m.Initiative("in", "jn", f"state {k}", pain_points=[f"pp-{i}" for i in range(k)]))
    return project


def main(path: str, start: int) -> None:
    print("ready", flush=True)
    i = start  # the parent varies it, so a save-as also follows a killed in-place save
    while True:
        k = i % 3 + 1
        project = state(k)
        if i % 2 == 0:
            project.path = read.open_project(path).path  # in place: every kind is dirty
        print(f"saving {k}", flush=True)
        write.save(project, path)
        print(f"saved {k}", flush=True)
        i += 1


def interrupt(path: str, k: int) -> None:
    """Start an in-place save of state k and die half-way through writing the file."""
    project = state(k)
    project.path = path

    def die(conn):
        conn.execute("PRAGMA cache_size = 1")  # spill pages to the file before the commit
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (randomblob(2000))", [()] * 2000)
        os.kill(os.getpid(), signal.SIGKILL)

    write.save(project, path, also=die)


def save_as(source: str, dest: str, start: int) -> None:
    """Save As (and autosave, which is a Save As to the recovery copy) in a loop: the project came
    from ``source`` and is written to a new file at ``dest``, built beside it and moved in."""
    print("ready", flush=True)
    i = start
    while True:
        k = i % 3 + 1
        project = state(k)
        project.path = source   # raw tables are copied from it, as the app's Save As does
        print(f"saving {k}", flush=True)
        (write.save if i % 2 else write.save_copy)(project, dest)   # Save As, then the autosave's copy
        print(f"saved {k}", flush=True)
        i += 1


if __name__ == "__main__":
    if sys.argv[2] == "save-as":
        save_as(sys.argv[1], sys.argv[3], int(sys.argv[4]))
    elif sys.argv[2] == "interrupt":
        interrupt(sys.argv[1], int(sys.argv[3]))
    else:
        main(sys.argv[1], int(sys.argv[2]))
