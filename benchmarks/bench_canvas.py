"""Canvas benchmarks (offscreen): full redraw of a 500-stage journey, re-routing a hub's arrows.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_canvas.py
"""
from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from journeymap.core import commands, layout  # noqa: E402
from journeymap.core.model import Journey, Phase, Stage, Transition  # noqa: E402
from journeymap.core.project import Project  # noqa: E402


def big_project(n_stages: int = 500, per_phase: int = 10, rows: int = 3) -> Project:
    project = Project()
    project.add(Journey("jn-big", "Big"))
    project.set_info(default_journey="jn-big")
    for p in range(n_stages // per_phase):
        project.add(Phase(f"ph-{p}", "jn-big", f"Phase {p + 1}", order=p))
    for i in range(n_stages):
        x, y = layout.position(i // rows, i % rows)
        project.add(Stage(f"st-{i}", "jn-big", f"ph-{i // per_phase}", f"Stage {i} with a longer name",
                          channel=("web", "phone", "app")[i % 3], department="Operations",
                          emotion=((i * 7) % 13) / 2 - 3, x=x, y=y))
    for i in range(n_stages - 1):
        project.add(Transition(f"tr-{i}", "jn-big", f"st-{i}", f"st-{i + 1}", share=0.5 if i % 4 else None))
    hub = n_stages // 2
    for k in range(1, 21 - 2 + 1):  # the hub has 2 chain arrows + 19 more = 21 >= 20 connections
        other = (hub + 3 * k) % n_stages
        project.add(Transition(f"tr-hub-{k}", "jn-big", f"st-{hub}", f"st-{other}"))
    return project


def ms(samples) -> float:
    return statistics.median(samples) * 1000


def report(name: str, value: float, target: float) -> None:
    print(f"{name}: {value:.1f} ms (target < {target:g} ms) {'OK' if value < target else 'SLOW'}")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from journeymap.ui.canvas.view import CanvasView
    from journeymap.ui.session import Session

    session = Session(big_project())
    view = CanvasView(session)
    view.resize(1600, 1000)
    scene = view.scene()
    view.render_to_image(1600, 1000)  # warm caches (fonts, icons)

    rebuild, render, full = [], [], []
    for _ in range(5):
        t0 = time.perf_counter()
        scene.rebuild()
        t1 = time.perf_counter()
        view.render_to_image(1600, 1000)
        t2 = time.perf_counter()
        rebuild.append(t1 - t0)
        render.append(t2 - t1)
        full.append(t2 - t0)
    report("redraw 500 stages (scene rebuild + render 1600x1000)", ms(full), 100)
    print(f"  of which rebuild {ms(rebuild):.1f} ms, render {ms(render):.1f} ms")

    view.show()
    view.fit_all()
    app.processEvents()
    paint = []
    for _ in range(5):
        t0 = time.perf_counter()
        view.viewport().repaint()
        paint.append(time.perf_counter() - t0)
    report("viewport repaint 500 stages (fitted)", ms(paint), 100)

    hub = scene.cards["st-250"]
    connections = len(hub.arrows)
    moves = []
    for i in range(50):
        t0 = time.perf_counter()
        hub.setPos(hub.pos().x() + (7 if i % 2 else -7), hub.pos().y() + 3)
        moves.append(time.perf_counter() - t0)
    report(f"move a stage with {connections} connections (drag step, re-route)", ms(moves), 5)

    commits = []
    for i in range(10):
        t0 = time.perf_counter()
        session.push(commands.move_stages({"st-250": layout.position(83 + i % 2, 5)}, drag_id=f"b{i}"))
        commits.append(time.perf_counter() - t0)
    report(f"commit a move of that stage (command + card + {connections} arrows)", ms(commits), 5)
    t0 = time.perf_counter()
    scene.flush()
    print(f"  then lanes/curve re-placed once per burst: {(time.perf_counter() - t0) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
