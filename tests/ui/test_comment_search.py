"""The Data view's Comments tab: typing finds comments (Chinese inside sentences), by source,
and follows edits of the comments."""
from PySide6.QtCore import Qt

from journeymap.core import commands
from journeymap.core.model import FeedbackItem


def comments_tab(qtbot, window):
    view = window.stack.show_view("data")
    view.tabs.setCurrentWidget(view.comments)
    return view.comments


def texts(tab):
    return [tab.model.item(r, 2).text() for r in range(tab.model.rowCount())]


def test_typing_finds_comments_and_follows_edits(qtbot, sample_window):
    tab = comments_tab(qtbot, sample_window)
    assert not sample_window.stack.views["data"].search.isVisible()
    tab.box.setFocus()
    tab.box.insert("理赔")   # as an input method commits it (QTest cannot type non-Latin keys)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert all("理赔" in t for t in texts(tab))
    everyone = tab.model.rowCount()
    tab.source.setCurrentIndex(tab.source.findData("employee"))
    tab.source.activated.emit(tab.source.currentIndex())
    assert 0 < tab.model.rowCount() < everyone and tab.found.text().startswith(str(tab.model.rowCount()))
    session = sample_window.session
    new = FeedbackItem("fb-new", session.journey_id, "新的理赔投诉：太慢", source="employee")
    session.push(commands.add(new))
    qtbot.waitUntil(lambda: "新的理赔投诉：太慢" in texts(tab))
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: "新的理赔投诉：太慢" not in texts(tab))
    tab.box.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0 and tab.found.text() == "")
    qtbot.keyClicks(tab.box, "zzzz-nothing")
    qtbot.keyClick(tab.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.found.text() == "0 comment(s)")


def test_ctrl_c_copies_the_selected_hits(qtbot, sample_window):
    """QA: two cells selected, Ctrl+C left the clipboard as it was (the Rows tab's copy was not
    on this table, and the window's Edit > Copy has nothing to copy in the Data view)."""
    from PySide6.QtGui import QGuiApplication
    tab = comments_tab(qtbot, sample_window)
    tab.box.setFocus()
    tab.box.insert("理赔")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 1)
    QGuiApplication.clipboard().setText("before")
    table = tab.table
    first, second = tab.model.index(0, 2), tab.model.index(1, 2)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(first).center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=table.visualRect(second).center())
    assert len(table.selectionModel().selectedIndexes()) == 2
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines == ["Comment", first.data(), second.data()]
