"""The app's answer to a damaged project: offer to open what can be read, as an untitled copy.

The damaged file is never written: the readable part opens without a path (Save asks where), and
the message lists what was left out, so the user can decide whether a backup is better.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from journeymap.storage.errors import ProjectFileError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Salvage", text)


def ask_salvage(parent, message: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("The project is damaged"), message,
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(_tr("Open what can be read as an untitled copy? The damaged file is left as it "
                               "is; save the copy under a new name."))
    return box.exec() == QMessageBox.StandardButton.Open


def show_left_out(parent, left_out: list[str]) -> None:
    shown = left_out[:12] + ([_tr("... and {n} more").format(n=len(left_out) - 12)] if len(left_out) > 12 else [])
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Opened what could be read"),
                      _tr("These were left out:") + "\n\n" + "\n".join(f"• {x}" for x in shown),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def offer(files, path: str, error: ProjectFileError) -> bool | None:
    """After ``error`` opening ``path``: if the file is damaged (not missing, not foreign, not newer),
    offer its readable part. True: opened; False: nothing could be read (the user was told);
    None: not offered or declined (the caller shows the error)."""
    if "is damaged" not in error.message or not ask_salvage(files.window, str(error)):
        return None
    from journeymap.storage.salvage import salvage_project
    try:
        project, left_out = salvage_project(path)
    except ProjectFileError as exc:
        from journeymap.ui.dialogs import prompts
        prompts.show_error(files.window, _tr("Nothing could be read"), str(exc))
        return False   # the user saw why; the current project stays
    files._show(project, recovered=True)   # untitled: salvage aims it at no file
    if left_out:
        show_left_out(files.window, left_out)
    return True
