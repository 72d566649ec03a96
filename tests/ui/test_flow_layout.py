"""FlowLayout and SideSplitter (ui/flow_layout.py): a row that wraps instead of holding the window wide,
a side panel that gets what it asks for where there is room and keeps the split the user dragged."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from journeymap.ui.flow_layout import SideSplitter, flow_of


def test_a_flow_row_wraps_under_its_widest_button_and_grows_taller(qtbot):
    buttons = [QPushButton(text) for text in ("Merge selected", "New initiative from selected", "Balance")]
    host = QWidget()
    qtbot.addWidget(host)
    flow = flow_of(*buttons, align_right=True)
    QVBoxLayout(host).addWidget(flow)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSizeHint().width() == widest                        # not the sum of the three
    host.resize(sum(b.sizeHint().width() for b in buttons) + 60, 200)
    host.show()
    qtbot.waitExposed(host)
    assert len({b.y() for b in buttons}) == 1                               # room: one row
    assert buttons[-1].geometry().right() >= flow.width() - 2               # at the right, as a box's would be
    one_row = flow.layout().heightForWidth(flow.width())
    host.resize(widest + 30, 200)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 3, timeout=2_000)   # one under the other
    assert flow.layout().heightForWidth(flow.width()) >= 3 * buttons[0].sizeHint().height() > one_row
    for b in buttons:
        assert flow.rect().contains(b.geometry())                           # none cut by the edge


def test_a_title_row_keeps_its_title_left_and_the_controls_right(qtbot):
    title, button = QLabel("Roadmap: Insurance end to end"), QPushButton("New period…")
    holder = flow_of(title, button, ends=True)
    qtbot.addWidget(holder)
    holder.resize(900, 60)
    holder.show()
    qtbot.waitExposed(holder)
    assert title.x() == 0 and button.geometry().right() >= holder.width() - 2


def side_split(qtbot, width: int):
    main, side = QWidget(), QLabel("What if these deliver " * 3)
    side.setMinimumWidth(120)
    split = SideSplitter(main, side, main_room=300)
    qtbot.addWidget(split)
    split.resize(width, 300)
    split.show()
    qtbot.waitExposed(split)
    return split, side


def test_the_side_panel_gets_what_it_asks_while_the_main_part_keeps_its_room(qtbot):
    split, side = side_split(qtbot, 1400)
    assert split.sizes()[1] == max(side.sizeHint().width(), int(sum(split.sizes()) * 0.25))
    split.resize(460, 300)       # less room: the main part keeps 300, the side narrows towards its minimum
    qtbot.waitUntil(lambda: split.sizes()[1] == max(120, sum(split.sizes()) - 300), timeout=2_000)


def test_a_dragged_split_is_kept_when_the_window_changes_size(qtbot):
    split, _side = side_split(qtbot, 1000)
    split.moveSplitter(500, 1)   # as the user's drag does: splitterMoved
    dragged = split.sizes()
    split.resize(1000, 400)      # taller only: nothing to share, the drag stays as it was
    qtbot.wait(20)
    assert split.sizes() == dragged
