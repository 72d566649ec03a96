"""The PyInstaller one-folder app (build_app.spec) builds, starts, opens the sample on every view and
exports a deck: what a user of the frozen app does first. Slow (a build of a few minutes), so it runs once
per test session."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("PyInstaller", reason="the build extra (pip install -e .[build]) is not installed")


def views() -> list[str]:
    tree = ast.parse((ROOT / "journeymap" / "ui" / "views.py").read_text(encoding="utf-8"))
    return [n.args[0].value for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "ViewSpec" and n.args]


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
                           str(ROOT / "build_app.spec")], capture_output=True, text=True, timeout=1500, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    exe = out / "dist" / "JourneyMap" / "JourneyMap"
    assert exe.exists()
    return exe


def run(exe: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    env.pop("DISPLAY", None)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_the_frozen_app_writes_the_sample_and_opens_every_view(app, tmp_path):
    sample = tmp_path / "sample.jmap"
    done = run(app, "demo", str(sample))
    assert done.returncode == 0, done.stderr
    assert "Insurance end to end" in run(app, "info", str(sample)).stdout
    for view in views():
        png = tmp_path / f"{view}.png"
        done = run(app, "screenshot", str(sample), "--out", str(png), "--view", view, "--size", "1280x800")
        assert done.returncode == 0 and png.stat().st_size > 20_000, (view, done.stderr[-1500:])
        assert "Traceback" not in done.stderr, done.stderr


def test_the_frozen_app_exports_a_deck(app, tmp_path):
    sample = tmp_path / "sample.jmap"
    assert run(app, "demo", str(sample)).returncode == 0
    done = run(app, "export", str(sample), "--out", str(tmp_path / "out"), "--formats", "pptx,xlsx")
    assert done.returncode == 0, done.stderr[-2000:]
    from pptx import Presentation
    deck = next((tmp_path / "out").glob("*.pptx"))
    assert len(Presentation(deck).slides) > 5
