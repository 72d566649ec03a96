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
    return [tab.model.item(r, tab.model.columnCount() - 1).text() for r in range(tab.model.rowCount())]


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
    qtbot.waitUntil(lambda: tab.found.text().startswith("0 of "))


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
    first, second = tab.model.index(0, 3), tab.model.index(1, 3)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(first).center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=table.visualRect(second).center())
    assert len(table.selectionModel().selectedIndexes()) == 2
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines == ["Comment", first.data(), second.data()]


def pick_dataset(qtbot, view, dataset_id):
    """Choose a dataset in the Data view's Dataset box with the keyboard, as a user does."""
    box = view.dataset
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    while box.currentData() != dataset_id:
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != before, f"{dataset_id} is not in the Dataset box"


def test_the_search_reads_the_dataset_chosen_and_says_so(qtbot, sample_window):
    """QA: with one comments file chosen, a search listed another dataset's comments too (40 hits
    where the chosen file has 38), and the tab said nothing until one typed."""
    session = sample_window.session
    view = sample_window.stack.show_view("data")
    tab = comments_tab(qtbot, sample_window)
    survey = session.project.find("datasets", "ds-survey-2026")
    session.push(commands.add(FeedbackItem("fb-survey-1", session.journey_id, "理赔太慢（问卷的开放题）",
                                           dataset=survey.id)))
    pick_dataset(qtbot, view, "ds-comments-2026")
    in_file = len(session.project.where("feedback", dataset="ds-comments-2026"))
    qtbot.waitUntil(lambda: "Comments 2026" in tab.box.placeholderText())
    assert str(in_file) in tab.box.placeholderText() and tab.model.rowCount() == 0
    tab.box.setFocus()
    tab.box.insert("理赔")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert "理赔太慢（问卷的开放题）" not in texts(tab)
    assert tab.found.text() == f"{tab.model.rowCount()} of {in_file} comment(s)"
    assert tab.table.isColumnHidden(2)                          # one dataset: no Dataset column
    pick_dataset(qtbot, view, survey.id)
    qtbot.waitUntil(lambda: texts(tab) == ["理赔太慢（问卷的开放题）"])
    assert survey.name in tab.box.placeholderText() and tab.found.text() == "1 of 1 comment(s)"
    pick_dataset(qtbot, view, "ds-ops-2026")                    # no comments: every comment, each named
    qtbot.waitUntil(lambda: "理赔太慢（问卷的开放题）" in texts(tab) and len(texts(tab)) > 1)
    assert "all" in tab.box.placeholderText() and "Operations 2025-12" in tab.box.placeholderText()
    assert not tab.table.isColumnHidden(2)
    datasets = {tab.model.item(r, 2).text() for r in range(tab.model.rowCount())}
    assert datasets == {"Comments 2026", survey.name}
