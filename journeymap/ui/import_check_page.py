"""The import wizard's last two pages. Check: the plan's summary, problems by column and by line,
and the missing codes it suggests (off-scale values such as 0 = not applicable, 9/99 = don't know)
with a click to read them as missing in those items or in every item. Import: progress and cancel.
Only load()/save() and what they show."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QTableView, QVBoxLayout, QWidget, QWizardPage)

from journeymap.ui.import_widgets import note, frame_table
from journeymap.ui.models.dataframe_model import DataFrameModel


class ValidationPage(QWizardPage):
    options_did_change = Signal()
    codes_did_confirm = Signal(bool)     # treat the suggested codes as missing; True: in every item

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been written yet. Problems are listed by line (the header is "
                                 "line 1)."))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.summary = note()
        self.summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.skip_invalid = QCheckBox(self.tr("Skip the rows with problems and import the rest"))
        self.replace = QCheckBox(self.tr("Replace the dataset of the same name"))
        self.codes_box = QGroupBox(self.tr("Missing codes?"))
        self.codes_text = note()
        self.codes_items = QPushButton(self.tr("Treat as missing in these items"))
        self.codes_all = QPushButton(self.tr("Treat as missing in every item"))
        self.codes_items.clicked.connect(lambda: self.codes_did_confirm.emit(False))
        self.codes_all.clicked.connect(lambda: self.codes_did_confirm.emit(True))
        codes_row = QHBoxLayout()
        codes_row.addWidget(self.codes_items)
        codes_row.addWidget(self.codes_all)
        codes_row.addStretch(1)
        codes_layout = QVBoxLayout(self.codes_box)
        codes_layout.addWidget(self.codes_text)
        codes_layout.addLayout(codes_row)
        self.codes_box.hide()
        self.counts, self.problems = DataFrameModel(), DataFrameModel()
        self.details = QWidget()
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        for label, model, stretch in ((self.tr("Problems per column:"), self.counts, 1),
                                      (self.tr("Problems by line (the first 1,000):"), self.problems, 2)):
            inner.addWidget(QLabel(label))
            inner.addWidget(frame_table(model), stretch)
        layout = QVBoxLayout(self)
        for w in (self.busy, self.summary, self.codes_box, self.skip_invalid, self.replace):
            layout.addWidget(w)
        layout.addWidget(self.details, 100)
        layout.addStretch(1)                       # takes the room when there are no problems
        self.ready = False
        self.skip_invalid.toggled.connect(lambda _c: self.options_did_change.emit())
        self.replace.toggled.connect(lambda _c: self.options_did_change.emit())

    def show_busy(self) -> None:
        self.ready = False
        self.busy.show()
        self.codes_box.hide()
        self.summary.setText(self.tr("Reading and checking the file…"))
        self.completeChanged.emit()

    def load(self, state) -> None:
        self.busy.hide()
        for box, value in ((self.skip_invalid, state.skip_invalid), (self.replace, state.replace)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.summary.setText(state.check_text)
        self.skip_invalid.setHidden(not state.readable)   # a file not read at all has no rows to skip
        self._show_codes(state.code_hints)
        titles = {"column": self.tr("Column"), "problem": self.tr("Problem"), "count": self.tr("Rows"),
                  "first_lines": self.tr("First lines"), "line": self.tr("Line"), "value": self.tr("Value"),
                  "message": self.tr("Problem"), "where": self.tr("Values and lines")}
        self.counts.set_frame(state.check_counts, titles=titles)
        self.problems.set_frame(state.check_problems, titles=titles)
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()
        self.details.setVisible(len(state.check_problems) > 0)
        self.ready = state.can_import
        self.completeChanged.emit()

    def _show_codes(self, hints: dict) -> None:
        """Off-scale values that are usual missing codes (0 = not applicable, 9/99 = don't know)."""
        if not hints:
            self.codes_box.hide()
            return
        parts = [self.tr("%1 in “%2” (%3 rows)").replace("%1", ", ".join(f"{c:g}" for c in codes))
                 .replace("%2", column).replace("%3", f"{sum(codes.values()):,}")
                 for column, codes in hints.items()]
        self.codes_text.setText(self.tr("These values lie off their item's scale and look like codes for "
                                        "'not applicable' or 'don't know': %1. Read them as missing answers "
                                        "instead of dropping the rows?").replace("%1", "; ".join(parts)))
        self.codes_box.show()

    def save(self, state) -> None:
        state.skip_invalid = self.skip_invalid.isChecked()
        state.replace = self.replace.isChecked()

    def isComplete(self) -> bool:
        return self.ready


class RunPage(QWizardPage):
    cancel_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Written in one step: if it is cancelled or fails, the project stays as it "
                                 "was."))
        self.status = note()
        self.bar = QProgressBar()
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.clicked.connect(self.cancel_requested)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addStretch(1)
        self.done = False
        self.setFinalPage(True)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def show_state(self, text: str, *, running: bool, done: bool) -> None:
        self.status.setText(text)
        self.cancel.setEnabled(running)
        self.done = done
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
