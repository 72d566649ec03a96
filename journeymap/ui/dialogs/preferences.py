"""Preferences: one row per declared option the user may change (ui/settings.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from journeymap.ui import settings

SHOWN = ("ui/theme", "ui/language", "view/minimap", "files/autosave_minutes", "files/recent_max")
CHOICE_TITLES = {"light": "Light", "dark": "Dark", "en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


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
            box = QSpinBox()
            box.setRange(0, 60)
            return box
        box = QComboBox()
        for choice in option.choices:
            box.addItem(self.tr(CHOICE_TITLES.get(choice, choice)), choice)
        return box

    def load(self) -> None:
        for key, editor in self.editors.items():
            value = settings.get(key)
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
