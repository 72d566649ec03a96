"""What is being typed when the user saves, closes or switches views is committed first (QA 4 step:
a stage renamed in the Inspector, Ctrl+S without Tab or Return, said "saved" and wrote the old name)."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from journeymap.storage.read import open_project
from journeymap.ui.dialogs import prompts


def _type_in_inspector(qtbot, window, field, text):
    """Select the first stage, click the inspector's ``field`` and type ``text``: no Tab, no Return."""
    stage = window.session.project.stages_of(window.session.journey_id)[0]
    window.canvas.select("stages", stage.id)
    qtbot.waitUntil(lambda: window.inspector.key == ("stages", stage.id))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = window.inspector.editors[field]
    qtbot.waitUntil(editor.isVisible)   # laid out
    scroll = window.inspector.findChild(QScrollArea)
    scroll.ensureWidgetVisible(editor)   # a lower field is scrolled to, as a user would
    QTest.mouseClick(editor.viewport() if hasattr(editor, "viewport") else editor, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.hasFocus())
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)
    return stage


def test_ctrl_s_saves_the_name_being_typed(qtbot, insurance_window):
    window = insurance_window
    stage = _type_in_inspector(qtbot, window, "name", "Renamed stage")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    on_disk = open_project(window.session.path)
    assert on_disk.get("stages", stage.id).name == "Renamed stage"
    assert not window.session.modified
    assert window.session.undo_stack.count() == 1   # the rename is one undo step
    window.act["undo"].trigger()
    assert window.session.project.get("stages", stage.id).name == stage.name


def test_ctrl_s_saves_the_description_being_typed(qtbot, insurance_window):
    window = insurance_window
    stage = _type_in_inspector(qtbot, window, "description", "Typed, not tabbed")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert open_project(window.session.path).get("stages", stage.id).description == "Typed, not tabbed"


def test_quit_while_typing_asks_about_the_typed_change(qtbot, monkeypatch, insurance_window):
    window = insurance_window
    asked = []
    monkeypatch.setattr(prompts, "ask_unsaved", lambda parent, name: asked.append(name) or "save")
    stage = _type_in_inspector(qtbot, window, "name", "Renamed stage")
    window.act["quit"].trigger()
    assert asked == ["insurance.jmap"]
    assert open_project(window.session.path).get("stages", stage.id).name == "Renamed stage"


def test_switching_views_while_typing_keeps_the_typed_name(qtbot, insurance_window):
    window = insurance_window
    stage = _type_in_inspector(qtbot, window, "name", "Renamed stage")
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)   # the Data view
    assert window.stack.current_name == "data"
    assert window.session.project.get("stages", stage.id).name == "Renamed stage"
    assert window.session.modified


def _focus_window(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_s_saves_the_name_typed_on_the_map(qtbot, insurance_window):
    """The canvas's inline name editor (F2 on a card): typed, not confirmed, then Ctrl+S."""
    window = insurance_window
    stage = window.session.project.stages_of(window.session.journey_id)[3]
    window.canvas.select("stages", stage.id)
    _focus_window(qtbot, window)
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    QTest.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.canvas.editor is not None)
    QTest.keyClicks(window.canvas.viewport(), "Typed on the card")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert open_project(window.session.path).get("stages", stage.id).name == "Typed on the card"
    assert not window.session.modified and window.session.undo_stack.count() == 1


def test_ctrl_s_saves_the_cell_being_typed_in_the_pain_points_table(qtbot, insurance_window):
    from journeymap.core import commands
    from journeymap.core.model import PainPoint
    from journeymap.ui.models.painpoints_model import COLUMNS
    window = insurance_window
    stage = window.session.project.stages_of(window.session.journey_id)[0]
    window.session.push(commands.AddEntities([PainPoint("pp-typed", window.session.journey_id, stage.id,
                                                        "Old title")], label="add"))
    window.files.save()
    view = window.stack.show_view("painpoints")
    table = view.table
    _focus_window(qtbot, window)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, COLUMNS.index("title")))
    QTest.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.indexWidget(table.currentIndex()) is not None
                    or QApplication.focusWidget() is not table)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "New title")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert open_project(window.session.path).get("pain_points", "pp-typed").title == "New title"
    assert not window.session.modified
