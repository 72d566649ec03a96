"""The Export dialog asks before replacing files already in the folder (QA: exporting project B to the
default folder replaced project A's deck, workbook and report, both journeys being "Customer journey"):
Cancel leaves them byte for byte, Replace replaces them; an earlier export's files that this one does
not write are named in the question and left as they are."""
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journeymap.export.run import file_names, stem
from journeymap.storage.read import open_project
from journeymap.ui.dialogs.export_dialog import ExportDialog
from journeymap.ui.session import Session


@pytest.fixture
def dialog(qtbot, sample_path, tmp_path):
    path = tmp_path / "sample.jmap"
    shutil.copy(sample_path, path)
    session = Session(open_project(path))
    session.set_journey(session.project.default_journey().id)
    dlg = ExportDialog(session)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.bundle is not None, timeout=60000)
    dlg.folder.setText(str(tmp_path / "out"))
    for f, box in dlg.format_boxes.items():
        box.setChecked(f == "xlsx")
    yield dlg
    dlg.runner.wait()


def _question(qtbot, dlg) -> QMessageBox:
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.replace_question is not None and dlg.replace_question.isVisible(), timeout=10000)
    return dlg.replace_question


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_asks_before_replacing_cancel_keeps_replace_replaces(qtbot, dialog, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    [workbook] = file_names(dialog.bundle, dialog.request())
    (out / workbook).write_bytes(b"project A's workbook")
    earlier = f"{stem(dialog.bundle)}-07-voices.png"          # a chart picture of an earlier export
    (out / earlier).write_bytes(b"project A's picture")

    box = _question(qtbot, dialog)
    text = box.text()
    assert f"1 file already in {out} would be replaced:\n  {workbook}" in text
    assert earlier in text and "left as it is and is not part of this export" in text
    assert "Replace it?" in text
    assert box.defaultButton().text() == "Cancel"
    qtbot.mouseClick(_button(box, "Cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.replace_question is None)
    assert (out / workbook).read_bytes() == b"project A's workbook"
    assert sorted(p.name for p in out.iterdir()) == sorted([workbook, earlier])   # nothing added
    assert "as they were" in dialog.message.text() and dialog.export_button.isEnabled()

    box = _question(qtbot, dialog)
    with qtbot.waitSignal(dialog.export_did_finish, timeout=120000) as done:
        qtbot.mouseClick(_button(box, "Replace"), Qt.MouseButton.LeftButton)
    assert [p.name for p in done.args[0].files] == [workbook]
    assert (out / workbook).read_bytes().startswith(b"PK")      # the new workbook (a zip)
    assert (out / earlier).read_bytes() == b"project A's picture"


def test_a_folder_without_such_files_is_not_asked_about(qtbot, dialog, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine")
    with qtbot.waitSignal(dialog.export_did_finish, timeout=120000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.replace_question is None
    assert len(list((tmp_path / "out").glob("*.xlsx"))) == 1
