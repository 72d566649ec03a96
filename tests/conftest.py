"""Test-wide set-up: no display, no sandbox as root, and nothing of the developer's leaks in.

Every test, and every process a test starts (the CLI, ``journeymap screenshot``, the sample's
``journeymap demo``), runs on the default settings and a data folder of its own, never the
developer's (Picard's test/conftest.py). Qt finds QSettings and the data folder (recovery copies,
the working copy of the sample, the error log) through XDG_CONFIG_HOME and XDG_DATA_HOME: both
point into a folder of this test run. $JOURNEYMAP_LANG (the language for scripts) is dropped:
tests run in English unless they choose a language, and one that chooses gets English back after.
"""
import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
_OWN = tempfile.mkdtemp(prefix="journeymap-tests-")
atexit.register(shutil.rmtree, _OWN, True)
os.environ["XDG_CONFIG_HOME"] = os.path.join(_OWN, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_OWN, "data")
os.environ.pop("JOURNEYMAP_LANG", None)

import pytest  # noqa: E402

import journeymap.ui  # noqa: E402,F401  (applies the PySide6 guard before any widget is drawn)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Settings in a fresh INI file and a fresh data folder (QStandardPaths reads XDG_DATA_HOME
    on each call) for each test. Settings are not put back to the user's at teardown: pytest-qt
    closes windows after it, and a closing window saves its layout."""
    from journeymap.ui import settings
    folder = tmp_path_factory.mktemp("settings")
    settings.isolate(folder)
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    return folder


@pytest.fixture(autouse=True)
def english_after():
    """A test that switches the language (journeymap.i18n) leaves behind the language it found:
    English, or the language a module-scoped fixture set for all its tests (tests/i18n/test_ui_walk
    walks the window in Chinese; forcing English after its first test made the rest see English)."""
    from journeymap import i18n
    before = i18n.language()
    yield
    i18n.set_language(before)
