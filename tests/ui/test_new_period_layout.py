"""QA step09: an import error in the New period dialog squeezed its rows and clipped its fields, the
dialog keeping its height. It now grows to hold the message, every row at its natural height."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from journeymap.storage.read import open_project
from journeymap.ui.new_period import NewPeriodDialog
from journeymap.ui.session import Session

OPS = "Operations 2025-12 to 2026-11"


def clipped(dialog) -> list[str]:
    """Visible widgets outside the dialog or shorter than they need (a wrapped label: at its width)."""
    inside = dialog.rect()
    out = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QLineEdit, QCheckBox, QPushButton)) or not widget.isVisibleTo(dialog):
            continue
        box = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(widget.width()) if widget.text() else 0
        else:
            need = widget.sizeHint().height()
        if not inside.contains(box) or widget.height() < need:
            name = widget.text()[:30] if hasattr(widget, "text") else ""
            out.append(f"{type(widget).__name__} {name!r}: {box} needs {need} in {inside}")
    return out


@pytest.fixture
def dialog(qtbot, tmp_path, sample_path):
    path = tmp_path / "sample.jmap"
    shutil.copy(sample_path, path)
    dialog = NewPeriodDialog(Session(open_project(path)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_long_error_grows_the_dialog_and_clips_nothing(qtbot, dialog, tmp_path):
    assert clipped(dialog) == []
    height = dialog.height()
    file = tmp_path / "broken.csv"           # lacks most columns: the message lists the file's columns
    file.write_text("stage,period,a_column_with_a_long_name,another_long_column_name,and_a_third_one\n"
                    "No such stage,2027-01,1,2,3\n", encoding="utf-8")
    next(r for r in dialog.rows if r[2] == OPS)[1].setText(str(file))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Nothing was imported:"))
    assert dialog.message.heightForWidth(dialog.message.width()) > 2 * dialog.message.fontMetrics().height()
    qtbot.waitUntil(lambda: dialog.height() > height)
    assert clipped(dialog) == []
    dialog.resize(dialog.width() - 150, dialog.height())     # narrower: the message wraps onto more lines
    qtbot.waitUntil(lambda: dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width()))
    assert clipped(dialog) == []
