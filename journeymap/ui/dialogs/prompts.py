"""Small questions and messages the main window asks; tests monkeypatch these."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymap.core.names import QT_TRANSLATE_NOOP  # typed (PySide6 says object); lupdate reads the name

FILTER = QT_TRANSLATE_NOOP("Prompts", "JourneyMap project (*.jmap)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def ask_unsaved(parent, name: str) -> str:
    """'save', 'discard' or 'cancel' for a project with unsaved changes."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Unsaved changes"),
                      _tr("Save the changes to {name} first?").format(name=name),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(_tr("If you don't save, your changes since the last save are lost."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


def ask_recover(parent, name: str, when: str) -> bool:
    answer = QMessageBox.question(
        parent, _tr("Recover unsaved changes?"),
        _tr("JourneyMap has an autosaved copy of {name} from {when}, newer than the file. "
            "It may hold changes that were not saved.\n\nOpen the autosaved copy?").format(name=name, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_restore(parent, name: str, when: str) -> bool:
    """The file is gone but its autosaved copy is here: restore the file from it?"""
    answer = QMessageBox.question(
        parent, _tr("Restore the project?"),
        _tr("{name} is gone, but JourneyMap has an autosaved copy of it from {when}.\n\nRestore {name} "
            "from the autosaved copy?").format(name=name, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_set_aside(parent, name: str, why: str, when: str) -> bool:
    """The file cannot take the recovered changes (``why``): restore it from the copy, keeping it aside?"""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Restore the project?"), why,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)   # the reason quotes paths and names: never HTML
    box.setInformativeText(_tr("Restore {name} from the autosaved copy of {when}? The current {name} is kept "
                               "beside it under another name.").format(name=name, when=when))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes


def show_error(parent, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)   # messages quote paths and names: never HTML
    box.exec()


def open_path(parent, folder: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open project"), folder, _tr(FILTER))
    return path


def save_path(parent, folder: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save project as"), folder, _tr(FILTER))
    if path and not path.endswith(".jmap"):
        path += ".jmap"
    return path


def export_path(parent, folder: str) -> str:
    filters = ";;".join((_tr("PNG image (*.png)"), _tr("SVG drawing (*.svg)"), _tr("PDF document (*.pdf)")))
    path, chosen = QFileDialog.getSaveFileName(parent, _tr("Export map"), folder, filters)
    if path and not path.lower().endswith((".png", ".svg", ".pdf")):
        path += "." + chosen.split("*.")[-1].rstrip(")") if chosen else ".png"
    return path
