"""The desktop entry, icon and .jmap file type install for a user and are what a desktop reads."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "desktop"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_desktop_entry_is_valid():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP / "journeymap.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_install_registers_the_jmap_type_and_the_menu_entry(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run(["bash", str(DESKTOP / "install.sh"), "/opt/JourneyMap/JourneyMap"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    entry = (tmp_path / "applications" / "journeymap.desktop").read_text()
    assert "Exec=/opt/JourneyMap/JourneyMap %f" in entry and "MimeType=application/x-journeymap;" in entry
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert "application/x-journeymap:*.jmap" in globs
    assert b"application/x-journeymap" in (tmp_path / "mime" / "magic").read_bytes()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "journeymap.svg").exists()
