"""The reasons dialog: edit keyword rules, test a comment, recode; OK is one undo step."""
import copy

import pytest

from journeymap.core.model import FeedbackItem, Reason
from journeymap.samples.templates import build
from journeymap.ui.dialogs.reasons_dialog import KEYWORDS, NAME, STAGE, ReasonsDialog
from journeymap.ui.session import Session


@pytest.fixture
def session(qapp):
    project = build("insurance")
    j = project.default_journey().id
    project.add(Reason("rs-price", "Price", ["expensive"], priority=1))
    project.add(Reason("rs-wait", "Waiting", ["wait"]))
    project.add(FeedbackItem("fb-en", j, "I had to wait an hour"))
    project.add(FeedbackItem("fb-zh", j, "理赔太慢了，等了三个月"))
    project.add(FeedbackItem("fb-tw", j, "保費太貴"))
    project.add(FeedbackItem("fb-col", j, "等了很久", reason="Price", coded_by="column"))
    return Session(project)


@pytest.fixture
def dialog(qtbot, session):
    widget = ReasonsDialog(session)
    qtbot.addWidget(widget)
    return widget


def _row(dialog, name):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == name)


def _state(project):
    return (copy.deepcopy({f.id: (f.reason, f.coded_by) for f in project.all("feedback")}),
            copy.deepcopy(project.all("reasons")))


def test_editing_keywords_and_ok_recodes_the_chinese_comment(qtbot, dialog, session):
    before = _state(session.project)
    dialog.table.item(_row(dialog, "Waiting"), KEYWORDS).setText("wait, 等， 慢")
    dialog.table.item(_row(dialog, "Price"), KEYWORDS).setText("expensive，贵")   # simplified keyword
    qtbot.mouseClick(dialog.recode_button, qtbot_button())
    assert "Waiting: 2" in dialog.preview_label.text()
    dialog.buttons.accepted.emit()
    project = session.project
    assert project.get("reasons", "rs-wait").keywords == ["wait", "等", "慢"]
    assert project.get("feedback", "fb-zh").reason == "Waiting"
    assert project.get("feedback", "fb-zh").coded_by == "rule"
    assert project.get("feedback", "fb-en").reason == "Waiting"
    assert project.get("feedback", "fb-tw").reason == "Price"          # 貴 matches 贵
    assert (project.get("feedback", "fb-col").reason, project.get("feedback", "fb-col").coded_by) \
        == ("Price", "column")                                         # column code untouched
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert _state(session.project) == before


def test_add_and_remove_reasons_is_one_step(qtbot, dialog, session):
    before = _state(session.project)
    dialog.table.selectRow(_row(dialog, "Price"))
    dialog.remove_selected()
    row = dialog.add_row()
    dialog.table.item(row, NAME).setText("Claims")
    dialog.table.item(row, KEYWORDS).setText("理赔")
    dialog.table.cellWidget(row, STAGE).setCurrentIndex(1)
    dialog.recode_button.setChecked(True)
    dialog.accept()
    project = session.project
    assert sorted(r.name for r in project.all("reasons")) == ["Claims", "Waiting"]
    claims = next(r for r in project.all("reasons") if r.name == "Claims")
    assert claims.stage == project.stages_of(session.journey_id)[0].id
    assert project.get("feedback", "fb-zh").reason == "Claims"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert _state(session.project) == before


def test_cancel_changes_nothing(dialog, session):
    before = _state(session.project)
    dialog.table.item(_row(dialog, "Waiting"), KEYWORDS).setText("等")
    dialog.add_row()
    dialog.recode_button.setChecked(True)
    dialog.reject()
    assert _state(session.project) == before
    assert session.undo_stack.count() == 0


def test_ok_without_changes_pushes_nothing(dialog, session):
    dialog.accept()
    assert session.undo_stack.count() == 0


def test_test_a_comment_shows_the_matching_reason(qtbot, dialog):
    qtbot.keyClicks(dialog.test_edit, "too EXPENSIVE")       # typed: Latin, any case
    assert "Price" in dialog.test_result.text()
    dialog.test_edit.setText("等了好久")                       # (QTest cannot type CJK keys)
    assert dialog.test_result.text() == "No reason matches"
    dialog.table.item(_row(dialog, "Waiting"), KEYWORDS).setText("wait, 等")
    assert "Waiting" in dialog.test_result.text()
    dialog.test_edit.setText("太貴了")
    dialog.table.item(_row(dialog, "Price"), KEYWORDS).setText("贵")
    assert "Price" in dialog.test_result.text()


def qtbot_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


def test_columns_show_their_whole_content_on_the_sample(qtbot, qapp, sample_path):
    """Issue 8: the Reasons dialog's columns were cut off (names, stages, keyword lists elided)."""
    from PySide6.QtCore import Qt

    from journeymap.storage.read import open_project
    from journeymap.ui.dialogs.reasons_dialog import PRIORITY
    dialog = ReasonsDialog(Session(open_project(sample_path)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    metrics = table.fontMetrics()
    assert table.rowCount() >= 10
    for row in range(table.rowCount()):
        name = table.item(row, NAME).text()
        assert metrics.horizontalAdvance(name) < table.columnWidth(NAME), name
        for column in (STAGE, PRIORITY):
            widget = table.cellWidget(row, column)
            assert widget.sizeHint().width() <= table.columnWidth(column), (row, column)
        keywords = table.item(row, KEYWORDS).text()
        cell = table.visualRect(table.model().index(row, KEYWORDS))
        needed = metrics.boundingRect(0, 0, cell.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), keywords)
        assert needed.height() <= cell.height(), (keywords, needed.height(), cell.height())
    assert table.horizontalScrollBar().maximum() == 0        # nothing hidden to the right
