"""Two processes write one project at the same moment (import + import, save + import): every
writer that exits 0 finds its change in the file; the others are refused with exit 2."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_racing_writers_lose_nothing():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "race.py"), "--trials", "6", "--seed", "7",
                           "--json"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["races"] == 6 and summary["by_kind"] == {"import+import": 3, "save+import": 3}
    assert summary["lost"] == 0
