"""Fixtures the UI tests share."""
import subprocess
import sys

import pytest


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory):
    """The bundled sample, written once by the real `journeymap demo` (a saved file with a survey)."""
    path = tmp_path_factory.mktemp("sample") / "demo.jmap"
    done = subprocess.run([sys.executable, "-m", "journeymap", "demo", str(path)],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.fail(f"journeymap demo failed: {done.stderr[-800:]}")
    return path
