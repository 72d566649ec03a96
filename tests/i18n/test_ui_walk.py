"""Every window, dialog, menu, toolbar and view in 简体 and 繁體: no English a Chinese reader would meet
(proper names, units and acronyms aside; the project's own data is the user's, in whatever words they wrote)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from english import english_in, strip_known, user_data  # tests/i18n/english.py
from journeymap.app import install_translators
from journeymap.cli.screenshot_cmd import _settle
from journeymap.storage.read import open_project
from journeymap.ui import settings
from journeymap.ui.main_window import MainWindow
from journeymap.ui.session import Session
from journeymap.ui.views import VIEWS

LANGS = ("zh_CN", "zh_TW")


@pytest.fixture(scope="module", params=LANGS)
def lang(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture(scope="module")
def sample(lang, tmp_path_factory):
    path = tmp_path_factory.mktemp(lang) / "sample.jmap"
    done = subprocess.run([sys.executable, "-m", "journeymap", "demo", str(path), "--lang", lang],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-800:]
    return path


@pytest.fixture
def window(qtbot, sample, tmp_path, monkeypatch):
    settings.isolate(tmp_path)
    project = open_project(sample)
    win = MainWindow(Session(project), autosave_folder=tmp_path / "recovery")
    qtbot.addWidget(win)
    win.project_did_load()
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    win.known = user_data(project, sample)
    yield win
    win.session.undo_stack.setClean()   # nothing to ask about at close


def english(widget, known) -> list:
    return [(where, text[:120], words[:6]) for where, text, words in english_in(widget, known_data=known)]


def test_the_main_window_menus_toolbars_and_every_view(qapp, window):
    found = english(window, window.known)
    for spec in VIEWS:
        window.show_view(spec.name)
        _settle(qapp, window, spec.name)
        found += [f for f in english(window, window.known) if f not in found]
    assert found == []


def test_dialogs(qtbot, window):
    from journeymap.ui.dialogs.export_dialog import ExportDialog
    from journeymap.ui.dialogs.new_project import NewProjectDialog
    from journeymap.ui.dialogs.preferences import PreferencesDialog
    from journeymap.ui.dialogs.reasons_dialog import ReasonsDialog
    from journeymap.ui.new_period import NewPeriodDialog
    found = []
    for make in (lambda: PreferencesDialog(window), lambda: NewProjectDialog(window),
                 lambda: ReasonsDialog(window.session, window), lambda: ExportDialog(window.session, window),
                 lambda: NewPeriodDialog(window.session, window)):
        dialog = make()
        qtbot.addWidget(dialog)
        if hasattr(dialog, "load"):
            dialog.load()
        dialog.show()
        qtbot.waitExposed(dialog)
        found += english(dialog, window.known)
        dialog.reject()
    assert found == []


def test_every_page_of_the_import_wizard(qtbot, window):
    from journeymap.ui.import_wizard import ImportWizard
    wizard = ImportWizard(window.session, window)
    qtbot.addWidget(wizard)
    found = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        found += english(page, window.known) + [("page", page.title(), []), ("page", page.subTitle(), [])]
    found += english(wizard, window.known)
    found = [f for f in found if f[2] or (f[1] and english_in_text(f[1]))]
    assert found == []


def english_in_text(text: str) -> list[str]:
    from english import english_words
    return english_words(text)


def test_the_about_box_and_qt_own_buttons_speak_the_language(qtbot, window, lang):
    seen = {}

    def read_and_close():
        box = QApplication.activeModalWidget()
        seen["box"] = english(box, window.known)
        seen["buttons"] = [b.text() for b in box.findChildren(QDialogButtonBox)[0].buttons()]
        box.close()
    QTimer.singleShot(200, read_and_close)
    window.about()
    assert seen["box"] == []
    # qtbase's own translation is loaded: a standard button is not "OK"/"Close" in English
    assert seen["buttons"] and all(not t.replace("&", "").isascii() for t in seen["buttons"]), seen["buttons"]

    def answer():
        box = QApplication.activeModalWidget()
        seen["question"] = [b.text().replace("&", "") for b in box.buttons()]
        box.reject()
    QTimer.singleShot(200, answer)
    QMessageBox.question(window, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert seen["question"] == (["是(Y)", "否(N)"] if lang == "zh_CN" else ["是(Y)", "否(N)"])


def test_the_workshop_presentation(qtbot, window):
    window.show_view("workshop")
    view = window.stack.currentWidget()
    view.present(presenter=True)
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QWidget)
               and type(w).__name__ in ("PresentationWindow", "PresenterWindow")]
    assert windows
    found = [f for w in windows for f in english(w, window.known)]
    for w in windows:
        w.close()
    assert found == []


def test_prompts_and_qt_file_dialogs_are_not_mixed(qtbot, window, tmp_path):
    """The issue's examples: a recovery question with 是/否 around an English sentence, a file dialog
    with 'Look in' beside 文件名称. Both in one language now."""
    from PySide6.QtWidgets import QFileDialog

    from journeymap.ui.dialogs import prompts
    seen = {}

    def read(key):
        box = QApplication.activeModalWidget()
        seen[key] = english(box, window.known) + [(b.text(), "", []) for b in box.buttons()
                                                  if b.text().replace("&", "").isascii()]
        box.reject()
    for key, ask in (("unsaved", lambda: prompts.ask_unsaved(window, "p.jmap")),
                     ("recover", lambda: prompts.ask_recover(window, "p.jmap", "2026-11-29 17:00"))):
        QTimer.singleShot(200, lambda key=key: read(key))
        ask()
    dialog = QFileDialog(window, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen["file dialog"] = english(dialog, window.known)
    dialog.reject()
    assert seen == {"unsaved": [], "recover": [], "file dialog": []}


def test_the_cores_undo_labels_and_refusals_speak_the_language(lang):
    """core/names.py's translator is the app's: a field's words and a refused value in Chinese."""
    from journeymap.core import initiatives, names
    assert names.field("description") == "描述"
    assert names.noun("pain_points") == ("痛点" if lang == "zh_CN" else "痛點")
    with pytest.raises(initiatives.InitiativeError) as refused:
        initiatives.parse_date("31/03/2027", what="due")
    assert str(refused.value).startswith("截止日期 '31/03/2027' 不是")


def test_the_import_wizard_on_a_file_with_problems(qtbot, window, tmp_path):
    """Each page with a real file: suggestions, their reasons, the problems found, all in the language."""
    from journeymap.ui.import_wizard import ImportWizard
    file = tmp_path / "调查.csv"
    rows = ["编号,总体满意度,报价是否清楚,理赔速度,客群,日期"]
    rows += [f"r{i},{1 + i % 5},{1 + i % 5 if i % 7 else 99},{'快' if i == 3 else 1 + i % 5},个人,2026-0{1 + i % 3}-15"
             for i in range(40)]
    file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    wizard = ImportWizard(window.session, window)
    qtbot.addWidget(wizard)
    wizard.show()
    found = []
    wizard.file_page.path.setText(str(file))
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("survey"))
    for page in (wizard.file_page, wizard.encoding_page, wizard.mapping_page):
        found += english(page, window.known | {file.name, str(file)})
        wizard.next()
    qtbot.waitUntil(lambda: wizard._task is not None and not wizard._task.is_running()
                    and wizard.check_page.summary.text() != "", timeout=20000)
    found += english(wizard.check_page, window.known | {file.name, str(file)})
    wizard.reject()
    assert found == [], "\n".join(map(str, found))


def test_the_export_dialog_starts_in_the_apps_language(qtbot, window, lang):
    from journeymap.ui.dialogs.export_dialog import ExportDialog
    dialog = ExportDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.lang.currentData() == lang
    dialog.reject()

