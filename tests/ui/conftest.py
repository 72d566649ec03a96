"""Fixtures the UI tests share. (Every test runs on default settings in a folder of its own:
tests/conftest.py.)"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(qapp):
    """As the app runs (journeymap.app.create_app): cycles collected on the GUI thread only."""
    from journeymap.ui import gc_main_thread
    gc_main_thread.install(qapp)


@pytest.fixture(autouse=True)
def _no_key_held(qapp):
    """Each test starts with no modifier key held. QTest's Ctrl+N that opens a modal dialog (a nested
    event loop) left Qt's keyboard state at Ctrl after the workshop story: the next test's
    setCurrentIndex then moved the current row without selecting it (Ctrl+click semantics)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        target = QWidget()
        for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            QTest.keyRelease(target, key)
        target.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory):
    """The bundled sample, written once by the real `journeymap demo` (a saved file with a survey)."""
    path = tmp_path_factory.mktemp("sample") / "demo.jmap"
    done = subprocess.run([sys.executable, "-m", "journeymap", "demo", str(path)],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.fail(f"journeymap demo failed: {done.stderr[-800:]}")
    return path


@pytest.fixture
def sample_copy(sample_path, tmp_path):
    """A copy of the sample this test may change and save."""
    path = tmp_path / "sample.jmap"
    shutil.copy(sample_path, path)
    return path


@pytest.fixture
def out(tmp_path):
    """Where a test writes the PNG it draws: JOURNEYMAP_TEST_PNG to keep them and look, else tmp_path."""
    folder = os.environ.get("JOURNEYMAP_TEST_PNG")
    return Path(folder) if folder else tmp_path


@pytest.fixture
def window_on(qtbot, tmp_path, monkeypatch):
    """``window_on(path, size=(w, h))``: the main window on the project file at ``path`` (none: the
    empty window the app starts with), resized before it is shown, shown, its autosave in tmp_path;
    closing it at teardown discards unsaved changes instead of asking. One copy of what each window
    test used to set up for itself."""
    from journeymap.core.project import Project
    from journeymap.ui.dialogs import prompts
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.session import Session
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: "discard")

    def open_window(path=None, *, size=None):
        window = MainWindow(Session(Project()), autosave_folder=tmp_path / "recovery")
        qtbot.addWidget(window)
        if path is not None:
            assert window.files.load(str(path))
        if size is not None:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window
    return open_window


@pytest.fixture
def insurance_window(window_on, tmp_path):
    """The main window on a saved copy of the insurance template (21 stages, no data)."""
    from journeymap.samples.templates import build
    from journeymap.storage.write import save
    path = tmp_path / "insurance.jmap"
    save(build("insurance"), path)
    return window_on(path)


@pytest.fixture
def sample_window(window_on, sample_copy):
    """The main window on a copy of the sample, shown, with every view built once."""
    from journeymap.ui.views import NAMES
    window = window_on(sample_copy)
    for name in NAMES:
        window.show_view(name)
    window.show_view("map")
    return window
