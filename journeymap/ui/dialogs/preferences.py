"""Preferences: one row per declared option the user may change (ui/settings.py).

The language is read once, at start-up (every window, Qt's own dialogs and the core's undo labels take
it then): a new language says so plainly and offers to restart, reopening the project."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess, QTranslator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMessageBox,
                               QSpinBox)

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
from journeymap.ui import settings

SHOWN = ("ui/theme", "ui/language", "view/minimap", "files/autosave_minutes", "files/recent_max")
T = lambda text: QT_TRANSLATE_NOOP("PreferencesDialog", text)  # noqa: E731 - marks for lupdate
# Languages are named in their own script, never translated: a reader finds their own.
CHOICE_TITLES = {"light": T("Light"), "dark": T("Dark"), "en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
RESTART_TEXT = T("The new language applies when JourneyMap starts again. Restart now? Your project is "
                 "reopened; you are asked about unsaved changes first.")
START = QProcess.startDetached     # module-level so a test can watch the restart without starting an app
QUIT = QCoreApplication.quit


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.editors = {key: self._editor(settings.OPTIONS[key]) for key in SHOWN}
        form = QFormLayout(self)
        for key, editor in self.editors.items():
            form.addRow(settings.OPTIONS[key].title_text(), editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _editor(self, option):
        if option.type is bool:
            return QCheckBox()
        if option.type is int:
            spin = QSpinBox()
            spin.setRange(0, 60)
            return spin
        box = QComboBox()
        for choice in option.choices:
            box.addItem(self.tr(CHOICE_TITLES.get(choice, choice)), choice)
        return box

    def load(self) -> None:
        from journeymap import i18n
        for key, editor in self.editors.items():
            value = settings.get(key)
            if key == "ui/language":   # the one the window is in (``--lang`` may differ from the saved one)
                value = i18n.language()
            if isinstance(editor, QCheckBox):
                editor.setChecked(value)
            elif isinstance(editor, QSpinBox):
                editor.setValue(value)
            else:
                editor.setCurrentIndex(max(editor.findData(value), 0))

    def save(self) -> None:
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                settings.set(key, editor.isChecked())
            elif isinstance(editor, QSpinBox):
                settings.set(key, editor.value())
            else:
                settings.set(key, editor.currentData())


def tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


def in_language(text: str, lang: str) -> str:
    """``text`` in ``lang`` (its .qm loaded for the moment), so the offer reads in both languages."""
    from journeymap import resource_path
    TRANSLATIONS = resource_path("translations")
    translator = QTranslator()
    if lang == "en" or not translator.load(f"journeymap_{lang}", str(TRANSLATIONS)):
        return text
    return translator.translate("PreferencesDialog", text) or text


def offer_restart(window, lang: str) -> bool:
    """Says the language applies after a restart and restarts if asked; True when it restarted."""
    now, then = tr(RESTART_TEXT), in_language(RESTART_TEXT, lang)
    box = QMessageBox(QMessageBox.Icon.Information, tr("Language"), now if now == then else f"{now}\n\n{then}",
                      parent=window)
    restart = box.addButton(tr("Restart now") if tr("Restart now") == in_language("Restart now", lang)
                            else f"{tr('Restart now')} / {in_language('Restart now', lang)}",
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.exec()
    if box.clickedButton() is not restart:
        return False
    path = window.session.path
    if not window.close():              # unsaved changes kept by the user: no restart
        return False
    program, args = restart_command(path)
    started, _pid = START(program, args)
    if not started:
        QMessageBox.warning(None, tr("Language"), tr("JourneyMap could not start again. Start it yourself: "
                                                     "the new language is saved."))
        return False
    QUIT()
    return True


def restart_command(path: str | None) -> tuple[str, list[str]]:
    """How this app starts again on ``path``: the frozen app is its own program."""
    tail = [str(path)] if path else []
    if getattr(sys, "frozen", False):
        return sys.executable, tail
    return sys.executable, ["-m", "journeymap", *tail]
