"""Typed reads of a QTableWidget's cells: the widget or item a page put there, or an error naming the cell.

Qt types ``cellWidget`` as any QWidget (or None) and ``item`` as maybe None; a page knows what each of
its columns holds, and says so here instead of trusting it silently.
"""
from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

W = TypeVar("W", bound=QWidget)


def widget_at(table: QTableWidget, row: int, column: int, kind: type[W]) -> W:
    """The ``kind`` widget in cell (row, column)."""
    widget = table.cellWidget(row, column)
    if not isinstance(widget, kind):
        raise TypeError(f"cell ({row}, {column}) of {table.objectName() or 'the table'} holds "
                        f"{type(widget).__name__}, not {kind.__name__}")
    return widget


def item_at(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in cell (row, column)."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"cell ({row}, {column}) of {table.objectName() or 'the table'} has no item")
    return item


def item_at_header(table: QTableWidget, column: int) -> QTableWidgetItem:
    """The header item of ``column`` (set by setHorizontalHeaderLabels)."""
    item = table.horizontalHeaderItem(column)
    if item is None:
        raise LookupError(f"column {column} of {table.objectName() or 'the table'} has no header item")
    return item
