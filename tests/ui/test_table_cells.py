"""ui.table_cells: a page's table cell read as what the page put there, or an error naming the cell."""
import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidget, QTableWidgetItem

from journeymap.ui.table_cells import item_at, item_at_header, widget_at


def test_cells_read_as_put_and_a_wrong_or_missing_cell_is_named(qtbot):
    table = QTableWidget(1, 3)
    qtbot.addWidget(table)
    table.setObjectName("items")
    table.setHorizontalHeaderLabels(["Use", "Stage", "Codes"])
    table.setItem(0, 0, QTableWidgetItem("x"))
    box = QComboBox()
    table.setCellWidget(0, 1, box)
    assert widget_at(table, 0, 1, QComboBox) is box
    assert item_at(table, 0, 0).text() == "x" and item_at_header(table, 2).text() == "Codes"
    with pytest.raises(TypeError, match=r"cell \(0, 1\) of items holds QComboBox, not QLineEdit"):
        widget_at(table, 0, 1, QLineEdit)
    with pytest.raises(TypeError, match="holds NoneType"):
        widget_at(table, 0, 2, QLineEdit)
    with pytest.raises(LookupError, match=r"cell \(0, 2\) of items has no item"):
        item_at(table, 0, 2)
