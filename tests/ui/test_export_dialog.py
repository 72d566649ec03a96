"""The Export dialog through real clicks: charts listed with previews, files exported on a worker
thread with progress, cancel leaves nothing, a chart copied to the clipboard as an image; and the
File > Export… entry opens it."""
import shutil
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymap.charts import catalogue
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
    yield dlg
    dlg.runner.wait()


def _only(dlg, formats, charts):
    for f, box in dlg.format_boxes.items():
        box.setChecked(f in formats)
    for k in range(dlg.charts.count()):
        item = dlg.charts.item(k)
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in charts
                               else Qt.CheckState.Unchecked)


def test_lists_every_chart_and_exports_the_chosen_ones(qtbot, dialog, tmp_path):
    assert dialog.charts.count() == len(catalogue.CHARTS)
    _only(dialog, {"xlsx", "pptx"}, {"ranked", "pareto"})
    with qtbot.waitSignal(dialog.export_did_finish, timeout=120000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert [p.name for p in sorted(result.files)] == names
    assert {n.rsplit(".", 1)[1] for n in names} == {"xlsx", "pptx"}
    deck = next((tmp_path / "out").glob("*.pptx"))
    with zipfile.ZipFile(deck) as z:
        charts = [n for n in z.namelist() if n.startswith("ppt/charts/chart")]
    assert len(charts) == 2                      # ranked and Pareto: the two chosen
    assert "Wrote 2 files" in dialog.message.text()


def test_cancel_leaves_no_files(qtbot, dialog, tmp_path):
    _only(dialog, {"xlsx", "html", "pptx", "png"}, {c.name for c in catalogue.CHARTS})
    with qtbot.waitSignal(dialog.export_did_finish, timeout=120000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.text() == "Cancel"
        qtbot.waitUntil(lambda: dialog.bar.maximum() > 1, timeout=60000)   # the first step has begun
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert done.args[0] is None
    assert "nothing was written" in dialog.message.text()
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == []
    assert dialog.cancel_button.text() == "Close"


def test_preview_draws_and_copies_to_the_clipboard(qtbot, dialog):
    row = catalogue.NAMES.index("pareto")
    dialog.charts.setCurrentRow(row)
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=60000)
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() > 300


def test_file_menu_has_export(window_on, sample_path):
    window = window_on(sample_path)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act["export_all"] in file_menu.actions()
    assert window.act["export_all"].shortcut().toString() == "Ctrl+Shift+E"
