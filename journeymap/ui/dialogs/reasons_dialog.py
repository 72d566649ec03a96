"""Reasons and their keyword rules: edit them, test a comment, recode the comments.

load() fills the table from the project; save() pushes one Macro (reason edits, then the
recode if asked for) through the session, so OK is one undo step and Cancel changes nothing.
The rules themselves live in analysis/reasons.py and analysis/recode.py.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)
from PySide6.QtCore import Qt, QTimer

from journeymap.analysis import reasons, recode
from journeymap.core.commands import Macro
from journeymap.ui.plain_text import tip

if TYPE_CHECKING:
    from journeymap.ui.session import Session

NAME, KEYWORDS, STAGE, PRIORITY = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole


class ReasonsDialog(QDialog):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Reasons and keyword rules"))
        self.resize(1180, 640)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reason"), self.tr("Keywords (comma-separated)"), self.tr("Stage"), self.tr("Priority")])
        # Each column as wide as its content (names, stage choices, priorities) and the keywords take
        # the rest, wrapped over as many lines as they need: nothing is cut off.
        header = self.table.horizontalHeader()
        for column in (NAME, STAGE, PRIORITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEYWORDS, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        # rows fit their wrapped keywords once the columns have their widths (and again on a resize)
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self.table.resizeRowsToContents))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._rules_did_change)

        self.add_button = QPushButton(self.tr("Add reason"))
        self.remove_button = QPushButton(self.tr("Remove reason"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)

        self.test_edit = QLineEdit()
        self.test_edit.setPlaceholderText(self.tr("Type a comment to see which reason it codes to"))
        self.test_result = QLabel()
        self.test_edit.textChanged.connect(self._update_test)
        test_row = QHBoxLayout()
        test_row.addWidget(QLabel(self.tr("Test a comment:")))
        test_row.addWidget(self.test_edit, 1)
        test_row.addWidget(self.test_result)

        self.recode_button = QPushButton(self.tr("Recode comments"))
        self.recode_button.setCheckable(True)
        self.recode_button.setToolTip(self.tr("Recode the comments by these rules when you press OK"))
        self.recode_button.toggled.connect(self._update_preview)
        self.keep_box = QCheckBox(self.tr("Keep codes from a file column or set by hand"))
        self.keep_box.setChecked(True)
        self.keep_box.toggled.connect(self._update_preview)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        recode_row = QHBoxLayout()
        recode_row.addWidget(self.recode_button)
        recode_row.addWidget(self.keep_box)
        recode_row.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(test_row)
        layout.addLayout(recode_row)
        layout.addWidget(self.preview_label)
        layout.addWidget(buttons)
        self.load()

    # -- rows ----------------------------------------------------------------------------
    def _stage_choices(self):
        journey = self.session.journey_id
        stages = self.session.project.stages_of(journey) if journey else []
        return [(self.tr("(any stage)"), None)] + [(s.name, s.id) for s in stages]

    def add_row(self, reason=None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        name = QTableWidgetItem(reason.name if reason else self.tr("New reason"))
        name.setData(ID_ROLE, reason.id if reason else None)
        self.table.setItem(row, NAME, name)
        keywords = QTableWidgetItem(", ".join(reason.keywords) if reason else "")
        keywords.setToolTip(tip(keywords.text()))
        self.table.setItem(row, KEYWORDS, keywords)
        self.table.blockSignals(False)
        stage = QComboBox()
        for title, sid in self._stage_choices():
            stage.addItem(title, sid)
        if reason is not None and reason.stage and stage.findData(reason.stage) < 0:
            other = self.session.project.find("stages", reason.stage)
            stage.addItem(other.name if other else reason.stage, reason.stage)
        stage.setCurrentIndex(max(stage.findData(reason.stage) if reason else 0, 0))
        stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)   # the longest stage name
        self.table.setCellWidget(row, STAGE, stage)
        priority = QSpinBox()
        priority.setRange(-99, 99)
        priority.setValue(reason.priority if reason else 0)
        priority.valueChanged.connect(self._rules_did_change)
        self.table.setCellWidget(row, PRIORITY, priority)
        self._rules_did_change()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._rules_did_change()

    def rows(self) -> list[dict]:
        """What the table says, one dict per reason (recode.reason_commands reads these)."""
        out = []
        for row in range(self.table.rowCount()):
            name, keywords = self.table.item(row, NAME), self.table.item(row, KEYWORDS)
            stage, priority = self.table.cellWidget(row, STAGE), self.table.cellWidget(row, PRIORITY)
            if name is None or not isinstance(stage, QComboBox) or not isinstance(priority, QSpinBox):
                raise RuntimeError(f"reasons table row {row} is not as _add_row made it")
            out.append({"id": name.data(ID_ROLE), "name": name.text().strip(),
                        "keywords": recode.split_keywords(keywords.text() if keywords else ""),
                        "stage": stage.currentData(), "priority": priority.value()})
        return out

    def rules(self) -> list[reasons.Rule]:
        return reasons.rules_from([r for r in self.rows() if r["name"]])

    # -- live feedback ---------------------------------------------------------------------
    def _rules_did_change(self, *_):
        self._update_test()
        self._update_preview()

    def _update_test(self, *_):
        text = self.test_edit.text()
        if not text.strip():
            self.test_result.setText("")
            return
        reason = reasons.code_text(text, self.rules())
        self.test_result.setText(self.tr("→ %1").replace("%1", reason) if reason
                                 else self.tr("No reason matches"))

    def _update_preview(self, *_):
        if not self.recode_button.isChecked():
            self.preview_label.setText("")
            return
        counts = recode.preview(self.session.project, keep_column_codes=self.keep_box.isChecked(),
                                rules=self.rules())
        parts = [f"{reason or self.tr('Uncoded')}: {n}" for reason, n in counts.items()]
        self.preview_label.setText(self.tr("On OK the comments will be recoded: %1").replace(
            "%1", "; ".join(parts) if parts else self.tr("no comments")))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    # -- load / save -----------------------------------------------------------------------
    def load(self) -> None:
        self.table.setRowCount(0)
        for reason in self.session.project.all("reasons"):
            self.add_row(reason)
        self.recode_button.setChecked(False)

    def save(self) -> None:
        project = self.session.project
        steps = recode.reason_commands(project, self.rows())
        if self.recode_button.isChecked():
            recoded = recode.recode_commands(project, keep_column_codes=self.keep_box.isChecked(),
                                             rules=self.rules())
            if recoded is not None:
                steps.append(recoded)
        if steps:
            self.session.push(Macro(steps, label=self.tr("Edit reasons")))

    def accept(self) -> None:
        self.save()
        super().accept()
