"""New from template: pick a template and a title."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name
TEMPLATE_TITLES = {
    "blank": QT_TRANSLATE_NOOP("NewProject", "Blank: one empty journey"),
    "insurance": QT_TRANSLATE_NOOP("NewProject", "Insurance: quote to claim"),
    "retail": QT_TRANSLATE_NOOP("NewProject", "Retail: online order"),
}


class NewProjectDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project from template"))
        self.template = QComboBox()
        for key, title in TEMPLATE_TITLES.items():
            self.template.addItem(QCoreApplication.translate("NewProject", title), key)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("the template's title"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(buttons)
        self.resize(460, 0)

    def load(self, *, template: str = "insurance", title: str = "") -> None:
        self.template.setCurrentIndex(max(self.template.findData(template), 0))
        self.title.setText(title)

    def save(self) -> dict:
        return {"template": self.template.currentData(), "title": self.title.text().strip() or None}
