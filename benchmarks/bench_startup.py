"""Start-up: open the sample project and show the main window (offscreen), target < 1.5 s.

Run: python benchmarks/bench_startup.py [RUNS]. Each run is a fresh process that times, from
its own first line, the imports, create_app, reading the sample, building the window, show()
and processing events until the window is exposed and painted once. The wall time from
spawning the process (interpreter start included) is printed beside it.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 1.5

CHILD = r"""
import time
t0 = time.perf_counter()
import json, sys
sys.path.insert(0, {root!r})
from journeymap.app import create_app
from journeymap.ui import settings
settings.isolate({folder!r})
app = create_app(["bench"], lang="en")
t_app = time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from journeymap.cli.gui_cmd import open_window
window = open_window({path!r})
t_window = time.perf_counter()

class Painted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False

painted = Painted()
window.installEventFilter(painted)
window.show()
while not (window.windowHandle() and window.windowHandle().isExposed() and painted.done):
    app.processEvents()
t_shown = time.perf_counter()
print(json.dumps({{"app": t_app - t0, "window": t_window - t_app, "shown": t_shown - t0}}))
window.session.undo_stack.setClean()   # nothing to ask about at close
"""


def sample(folder: Path) -> Path:
    path = folder / "sample.jmap"
    from journeymap.cli.gui_cmd import write_sample
    write_sample(path)
    return path


def one_run(path: Path, folder: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1",
               XDG_DATA_HOME=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "cfg"))
    code = CHILD.format(root=str(ROOT), folder=str(folder), path=str(path))
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            timeout=120)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("{")][-1]
    return dict(json.loads(line), wall=wall)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = sample(folder)
        one_run(path, folder)  # warm the disk cache and Python's bytecode cache
        results = [one_run(path, folder) for _ in range(runs)]
    median = {k: statistics.median(r[k] for r in results) for k in results[0]}
    print(f"start-up, sample project, offscreen, median of {runs} runs:")
    print(f"  imports + create_app     {median['app']:.3f} s")
    print(f"  read sample + build window {median['window']:.3f} s")
    print(f"  first paint of the window {median['shown']:.3f} s   (target < {TARGET_S} s: "
          f"{'met' if median['shown'] < TARGET_S else 'MISSED'})")
    print(f"  wall, interpreter start included {median['wall']:.3f} s")


if __name__ == "__main__":
    main()
