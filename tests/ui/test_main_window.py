"""The main window on a template project: selection, inspector edits, undo, save, prompts."""
import pytest

from journeymap.samples.templates import build
from journeymap.storage.read import open_project
from journeymap.storage.write import save
from journeymap.ui import settings
from journeymap.ui.dialogs import prompts


@pytest.fixture
def window(insurance_window):
    return insurance_window


def stages(window):
    return window.session.project.stages_of(window.session.journey_id)


def select_stage(window, stage_id):
    window.canvas.select("stages", stage_id)


def test_opens_on_a_template_project(window):
    assert window.windowTitle().startswith("insurance.jmap")
    assert not window.isWindowModified()
    assert window.navigator.model.rowCount() == 3
    assert "Insurance end to end" in window.status["journey"].text()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Journey", "Help"]


def test_selection_shows_in_inspector(qtbot, window):
    stage = stages(window)[2]
    select_stage(window, stage.id)
    qtbot.waitUntil(lambda: window.inspector.key == ("stages", stage.id))
    assert window.inspector.editors["name"].text() == stage.name
    window.navigator.tree.setCurrentIndex(window.navigator.model.index_of("stages", stages(window)[4].id))
    assert window.inspector.key == ("stages", stages(window)[4].id)
    assert window.status["selection"].text() == "1 selected"


def test_inspector_edit_then_undo_action(qtbot, window):
    stage = stages(window)[0]
    select_stage(window, stage.id)
    qtbot.waitUntil(lambda: window.inspector.key == ("stages", stage.id))
    editor = window.inspector.editors["department"]
    editor.setText("Brand")
    editor.editingFinished.emit()
    assert window.session.project.get("stages", stage.id).department == "Brand"
    assert window.session.undo_stack.count() == 1
    assert window.isWindowModified() and "modified" in window.status["modified"].text()
    window.act["undo"].trigger()
    assert window.session.project.get("stages", stage.id).department == stage.department
    assert not window.isWindowModified()
    assert editor.text() == stage.department
    window.act["redo"].trigger()
    assert window.isWindowModified()


def test_save_writes_a_file_that_reopens_equal(tmp_path, window):
    from journeymap.core import commands
    stage = stages(window)[1]
    window.session.push(commands.edit("stages", stage.id, thinking="Is this worth it?"))
    assert window.files.save()
    assert not window.isWindowModified()
    assert open_project(window.session.path) == window.session.project
    target = tmp_path / "copy.jmap"
    window.files.write(str(target))
    assert window.windowTitle().startswith("copy.jmap")
    assert open_project(target) == window.session.project


def test_failed_save_shows_a_message_and_stays_unsaved(monkeypatch, tmp_path, window):
    from journeymap.core import commands
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    window.session.push(commands.edit("stages", stages(window)[0].id, thinking="x"))
    assert not window.files.write(str(tmp_path / "missing-folder" / "p.jmap"))
    assert shown and "does not exist" in shown[0]
    assert window.isWindowModified()


def test_close_with_unsaved_changes_prompts(monkeypatch, window):
    from journeymap.core import commands
    answers = ["cancel", "discard"]
    asked = []
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: asked.append(name) or answers.pop(0))
    window.session.push(commands.edit("stages", stages(window)[0].id, thinking="x"))
    assert not window.close()
    assert window.isVisible() and asked == ["insurance.jmap"]
    assert window.close()
    assert len(asked) == 2


def test_close_and_save(monkeypatch, window):
    from journeymap.core import commands
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: "save")
    stage = stages(window)[0]
    window.session.push(commands.edit("stages", stage.id, thinking="saved on close"))
    assert window.close()
    assert open_project(window.session.path).get("stages", stage.id).thinking == "saved on close"


def test_opening_a_bad_file_keeps_the_project(monkeypatch, tmp_path, window):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "notes.jmap"
    bad.write_text("not a project")
    before = window.session.project
    assert not window.files.open(str(bad))
    assert shown and "notes.jmap" in shown[0] and "Traceback" not in shown[0]
    assert window.session.project is before


def test_new_from_template_asks_first(monkeypatch, window):
    from journeymap.core import commands
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: "cancel")
    window.session.push(commands.edit("stages", stages(window)[0].id, thinking="x"))
    assert not window.files.new_from_template("retail")
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: "discard")
    assert window.files.new_from_template("retail")
    assert window.session.journey.name == "Online order" and window.windowTitle().startswith("Retail journey")


def test_future_state_and_compare(qtbot, window):
    current = window.session.journey_id
    window.act["future"].trigger()
    future = window.session.journey
    assert future.state == "future" and future.derived_from == current
    assert window.session.undo_stack.count() == 1
    window.act["switch_state"].trigger()
    assert window.session.journey_id == current
    window.act["compare"].setChecked(True)
    assert window.map.comparing
    titles = {window.map.canvas._title.text(), window.map.other._title.text()}
    assert any(t.startswith("Current state: ") for t in titles)
    assert any(t.startswith("Future state: ") for t in titles)
    window.act["compare"].setChecked(False)
    assert not window.map.comparing and window.map.canvas._title.isHidden()
    window.act["switch_state"].trigger()
    status = window.status["journey"].text()
    assert status.count("future state") == 1, status


def test_lazy_views_and_theme(qtbot, window, qapp):
    assert set(window.stack.views) == {"map"}
    window.act["view_roadmap"].trigger()
    assert window.stack.current_name == "roadmap" and "roadmap" in window.stack.views
    window.act["view_map"].trigger()
    window.act["dark"].setChecked(True)
    assert qapp.palette().window().color().lightness() < 128
    assert settings.get("ui/theme") == "dark"
    assert window.canvas.scene().backgroundBrush().color().lightness() < 128
    window.act["dark"].setChecked(False)
    assert qapp.palette().window().color().lightness() > 128


def test_selection_survives_the_minimap(qtbot, window):
    from journeymap.ui.canvas.minimap import MiniMap
    window.minimap_dock.setVisible(True)
    qtbot.waitUntil(lambda: isinstance(window.minimap_dock.widget(), MiniMap))   # made when first shown
    minimap = window.minimap_dock.widget()
    stage = stages(window)[1]
    with qtbot.waitSignal(minimap._timer.timeout, timeout=5_000):   # it redraws 200 ms after the scene changes
        select_stage(window, stage.id)
    assert window.inspector.key == ("stages", stage.id)
    assert window.canvas.selection() == [("stages", stage.id)]


def test_recent_files_follow_opens(window):
    from journeymap.ui import recent
    assert recent.files() == [window.session.path]
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == ["insurance.jmap"]


def test_no_path_opens_a_working_copy_of_the_sample(monkeypatch, tmp_path, qapp):
    from journeymap.cli import gui_cmd
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    built = []
    monkeypatch.setattr(gui_cmd, "write_sample", lambda path: built.append(path) or save(build("insurance"), path))
    path = gui_cmd.sample_copy()
    assert path.is_file() and str(path).startswith(str(tmp_path / "data")) and path.name == "sample.jmap"
    assert gui_cmd.sample_copy() == path and len(built) == 1   # built once, then reused
    window = gui_cmd.open_window(str(path))
    assert window.session.path == str(path) and window.session.journey is not None
    window.deleteLater()


def test_export_map_writes_the_chosen_file(monkeypatch, tmp_path, window):
    target = tmp_path / "map.png"
    monkeypatch.setattr(prompts, "export_path", lambda parent, folder: str(target))
    window.act["export"].trigger()
    assert target.is_file() and target.stat().st_size > 1000


def test_preferences_load_and_save(qtbot, window):
    from journeymap.ui.dialogs.preferences import PreferencesDialog
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.load()
    assert dialog.editors["ui/theme"].currentData() == "light"
    assert dialog.editors["files/autosave_minutes"].value() == 2
    dialog.editors["files/autosave_minutes"].setValue(5)
    dialog.editors["ui/language"].setCurrentIndex(dialog.editors["ui/language"].findData("zh_TW"))
    dialog.save()
    assert settings.get("files/autosave_minutes") == 5 and settings.get("ui/language") == "zh_TW"
