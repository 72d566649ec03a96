"""Preferences > Language: said plainly to apply after a restart, which it offers; the project reopens."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymap.samples.templates import build
from journeymap.storage.write import save
from journeymap.ui import settings
from journeymap.ui.dialogs import preferences
from journeymap.ui.dialogs.preferences import PreferencesDialog
from journeymap.ui.main_window import MainWindow
from journeymap.ui.session import Session
from journeymap.core.project import Project


@pytest.fixture
def window(qtbot, tmp_path):
    settings.isolate(tmp_path)
    path = tmp_path / "p.jmap"
    save(build("insurance"), path)
    win = MainWindow(Session(Project()), autosave_folder=tmp_path / "recovery")
    qtbot.addWidget(win)
    assert win.files.load(str(path))
    win.show()
    qtbot.waitExposed(win)
    return win


def choose_language(qtbot, lang: str, answer: str, seen: dict):
    """Drives the preferences dialog, then the restart offer, as a user clicks them."""
    def in_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        box = dialog.editors["ui/language"]
        box.setCurrentIndex(box.findData(lang))
        QTimer.singleShot(100, in_offer)
        dialog.accept()

    def in_offer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        button = next(b for b in box.buttons() if answer in b.text())
        qtbot.mouseClick(button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    QTimer.singleShot(100, in_dialog)


def test_a_new_language_offers_a_restart_in_both_languages_and_reopens_the_project(qtbot, window, monkeypatch):
    started, quits, seen = [], [], {}
    monkeypatch.setattr(preferences, "START", lambda program, args: (started.append((program, args)), (True, 1))[1])
    monkeypatch.setattr(preferences, "QUIT", lambda: quits.append(True))
    choose_language(qtbot, "zh_CN", "Restart now", seen)
    window.preferences()
    assert settings.get("ui/language") == "zh_CN"
    assert "applies when JourneyMap starts again" in seen["text"]
    assert "重新启动" in seen["text"]                   # and in the language chosen
    assert started == [(sys.executable, ["-m", "journeymap", window.session.path])]
    assert quits == [True] and not window.isVisible()


def test_later_keeps_the_window_and_the_choice(qtbot, window, monkeypatch):
    started, seen = [], {}
    monkeypatch.setattr(preferences, "START", lambda program, args: started.append(1) or (True, 1))
    choose_language(qtbot, "zh_TW", "Later", seen)
    window.preferences()
    assert settings.get("ui/language") == "zh_TW"
    assert started == [] and window.isVisible()
    assert "重新啟動" in seen["text"]


def test_the_frozen_app_restarts_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert preferences.restart_command("/x/p.jmap") == (sys.executable, ["/x/p.jmap"])
    monkeypatch.setattr(sys, "frozen", False)
    assert preferences.restart_command(None) == (sys.executable, ["-m", "journeymap"])


def test_preferences_show_the_language_the_window_is_in(qtbot, window, monkeypatch):
    """QA: started with --lang zh_TW (settings still English), Preferences said 語言 English. It shows the
    window's language, and choosing the saved one back (English) offers the restart that brings it."""
    from journeymap import i18n
    i18n.set_language("zh_TW")                       # what create_app(lang="zh_TW") sets
    assert settings.get("ui/language") == "en"
    shown = {}

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        shown["lang"] = dialog.editors["ui/language"].currentData()
        dialog.reject()
    QTimer.singleShot(100, read_and_close)
    window.preferences()
    assert shown["lang"] == "zh_TW"
    started, seen = [], {}
    monkeypatch.setattr(preferences, "START", lambda program, args: started.append(1) or (True, 1))
    choose_language(qtbot, "en", "Later", seen)
    window.preferences()
    assert "applies when JourneyMap starts again" in seen["text"]   # English differs from the window's 繁體
