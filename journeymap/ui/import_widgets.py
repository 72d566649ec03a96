"""The small widgets the import wizard's pages share, and the missing codes as the user types them.

A combo box filled with values (its data the value itself, with an optional "(none)" entry), a
selectable word-wrapped note, a table view of a data frame's model; ``parse_codes`` / ``format_codes`` turn
"0, 99, N/A" into codes and back. Apart from the pages (import_pages.py, import_check_page.py) so that
both modules build their widgets the same way without one importing the other's private helpers.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableView

NONE = ""


def combo(values, *, none: bool = False, current: str | None = None) -> QComboBox:
    box = QComboBox()
    fill_combo(box, values, none=none, current=current)
    return box


def fill_combo(box: QComboBox, values, *, none: bool = False, current: str | None = None) -> None:
    box.blockSignals(True)
    box.clear()
    if none:
        box.addItem(QCoreApplication.translate("ImportPages", "(none)"), NONE)
    for v in values:
        box.addItem(str(v), str(v))
    i = box.findData(current) if current is not None else -1
    box.setCurrentIndex(i if i >= 0 else 0)
    box.blockSignals(False)


def parse_codes(text: str) -> list:
    """'0, 99, N/A' -> [0, 99, 'N/A']: numbers as numbers (whole ones as int), the rest as text."""
    out: list[str | int | float] = []
    for token in text.replace(";", ",").split(","):
        token = token.strip()
        if not token:
            continue
        try:
            number = float(token)
        except ValueError:
            out.append(token)
            continue
        out.append(int(number) if number.is_integer() else number)
    return list(dict.fromkeys(out))


def format_codes(codes) -> str:
    return ", ".join(f"{c:g}" if isinstance(c, float) else str(c) for c in codes)


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def frame_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view
