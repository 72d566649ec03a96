"""Tests never read or write the developer's settings (issue 9, item 8; Picard's test/conftest.py):
neither in this process (tests/conftest.py's autouse fixture) nor in the processes tests start
(the CLI, ``journeymap screenshot``), which find Qt's settings and data folders through
XDG_CONFIG_HOME and XDG_DATA_HOME."""
import os
import subprocess
import sys
from pathlib import Path

from journeymap.ui import settings

PROBE = """
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
app = QCoreApplication([])
app.setOrganizationName("JourneyMap")      # as journeymap.app.create_app
app.setApplicationName("JourneyMap")
print(QSettings().fileName())
print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
"""


def test_this_process_uses_a_fresh_settings_file(isolated_settings):
    assert settings.store().fileName() == str(isolated_settings / "journeymap-settings.ini")
    assert not (isolated_settings / "journeymap-settings.ini").exists()
    assert settings.get("ui/theme") == settings.OPTIONS["ui/theme"].default


def test_a_process_a_test_starts_keeps_out_of_the_developers_folders(isolated_settings):
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    settings_file, data = done.stdout.splitlines()[:2]
    developer = [Path.home() / ".config", Path.home() / ".local" / "share"]
    for path in (Path(settings_file), Path(data)):
        assert not any(path.is_relative_to(folder) for folder in developer), path
    assert Path(settings_file).is_relative_to(os.environ["XDG_CONFIG_HOME"])
    assert Path(data).is_relative_to(isolated_settings)          # this test's own data folder
    assert "JOURNEYMAP_LANG" not in os.environ
