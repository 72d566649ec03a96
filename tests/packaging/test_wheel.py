"""`pip install .` gives the whole app: the wheel carries resources/ (icons, templates, translations
compiled to .qm) inside the package, and an installed app finds them there."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # As a user's `pip install .` does: an isolated build environment with the pinned build requirements.
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Deprecat" not in done.stdout + done.stderr
    return next(out.glob("journeymap-*.whl"))


def test_the_wheel_carries_icons_templates_and_compiled_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("journeymap/resources/icons/app.svg", "journeymap/resources/icons/channels/phone.svg",
                   "journeymap/resources/templates/journeymap-16x9.pptx",
                   "journeymap/resources/translations/journeymap_zh_CN.qm",
                   "journeymap/resources/translations/journeymap_zh_TW.qm",
                   "journeymap/resources/desktop/journeymap.desktop"):
        assert needed in names, needed
    assert not [n for n in names if "__pycache__" in n]


def test_an_installed_wheel_finds_its_resources(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    code = ("import journeymap, sys; p = journeymap.resource_path('icons', 'channels', 'phone.svg');"
            "print(p); sys.exit(0 if p.exists() and str(p).startswith(sys.argv[1]) else 1)")
    env = dict(os.environ, PYTHONPATH=str(target))
    done = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True, env=env,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
