"""The import wizard's pages. Each only shows the wizard's choices (``load(state)``) and writes
the user's back (``save(state)``); reading files, suggesting and importing is import_wizard.py's,
the small widgets the pages share are import_widgets.py's.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QWizardPage)

from journeymap.core.names import code
from journeymap.ui.import_widgets import NONE, combo, fill_combo, format_codes, frame_table, note, parse_codes
from journeymap.ui.models.dataframe_model import DataFrameModel
from journeymap.ui.plain_text import tip
from journeymap.ui.table_cells import item_at, item_at_header, widget_at

KINDS = ("survey", "operations", "feedback")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk", "big5", "cp1252", "latin-1")


class FilePage(QWizardPage):
    path_did_change = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("File"))
        self.setSubTitle(self.tr("Choose the CSV or Excel file and what kind of data it holds."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("a .csv, .txt or .xlsx file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind = QComboBox()
        for key, label in zip(KINDS, (self.tr("Survey: a row per respondent"),
                                      self.tr("Operations: a row per stage and period, or per event"),
                                      self.tr("Feedback: a row per comment"))):
            self.kind.addItem(label, key)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.error = note()
        self.error.setStyleSheet("color: #b3261e")
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Kind of data:"), self.kind)
        form.addRow(self.tr("Sheet (Excel):"), self.sheet)
        form.addRow(self.error)
        self.blocked = False          # the file as chosen cannot be read: Next waits for another choice
        self.path.textChanged.connect(lambda text: self.path_did_change.emit(text.strip()))
        for changed in (self.path.textChanged, self.kind.currentIndexChanged, self.sheet.currentIndexChanged):
            changed.connect(lambda *_: self.show_error("", blocks=False))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import data"), self.path.text(),
                                              self.tr("Data files (*.csv *.txt *.tsv *.xlsx)"))
        if name:
            self.path.setText(name)

    def set_sheets(self, sheets: list[str]) -> None:
        fill_combo(self.sheet, sheets)
        self.sheet.setEnabled(bool(sheets))

    def show_error(self, text: str, *, blocks: bool) -> None:
        """Say why the file cannot go on; ``blocks``: Next stays disabled until the choice changes."""
        self.error.setText(text)
        self.blocked = blocks
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.blocked

    def load(self, state) -> None:
        self.path.setText(state.path)
        self.kind.setCurrentIndex(max(0, self.kind.findData(state.kind)))

    def save(self, state) -> None:
        state.path = self.path.text().strip()
        state.kind = self.kind.currentData()
        state.sheet = self.sheet.currentData() if self.sheet.isEnabled() else None


class EncodingPage(QWizardPage):
    encoding_did_change = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Encoding and preview"))
        self.setSubTitle(self.tr("Check that the headers and text read correctly; if not, choose another "
                                 "encoding."))
        self.encoding = QComboBox()
        self.encoding.setEditable(True)
        self.blocked = False          # the encoding shown cannot read the file
        self.how = note()
        self.delimiter = QLabel()
        self.error = note()
        self.error.setStyleSheet("color: #b3261e")
        self.model = DataFrameModel()
        self.preview = frame_table(self.model)
        form = QFormLayout()
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Detected:"), self.how)
        form.addRow(self.tr("Delimiter:"), self.delimiter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        self.encoding.activated.connect(lambda _i: self.encoding_did_change.emit(self.encoding.currentText()))
        typed = self.encoding.lineEdit()
        if typed is None:
            raise RuntimeError("the encoding box must be editable: a user types an encoding the list lacks")
        typed.editingFinished.connect(lambda: self.encoding_did_change.emit(self.encoding.currentText()))

    def load(self, state) -> None:
        xlsx = state.detected is None
        self.encoding.setEnabled(not xlsx)
        names = [state.encoding] + [e for e in ENCODINGS if e != state.encoding] if state.encoding else []
        fill_combo(self.encoding, names, current=state.encoding)
        if xlsx:
            self.how.setText(self.tr("Excel file: no text encoding (sheet %1)").replace("%1", state.sheet or ""))
        else:
            self.how.setText(f"{state.detected.encoding}: {state.detected.detail}")
        said = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"), "|": self.tr("bar")}
        self.delimiter.setText(said.get(state.delimiter, state.delimiter or self.tr("(none)")))
        self.error.setText(state.error)
        self.model.set_frame(state.preview)     # emptied when the encoding cannot read the file
        self.preview.resizeColumnsToContents()
        self.blocked = bool(state.error)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Not while the encoding shown cannot read the file: the user chooses another first."""
        return not self.blocked

    def save(self, state) -> None:
        state.encoding = self.encoding.currentText().strip() or state.encoding


class MappingPage(QWizardPage):
    saved_did_change = Signal(str)
    ITEM_COLUMNS = ("use", "column", "stage", "from", "to", "better", "missing", "why")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Mapping"))
        self.setSubTitle(self.tr("Say what each column means. Suggestions are pre-filled: confirm them."))
        self.saved = QComboBox()
        self.name = QLineEdit()
        self.journey = QComboBox()
        self.journey.setEditable(True)
        self.create_stages = QCheckBox(self.tr("Create stages the journey lacks"))
        self.error = note()
        self.error.setStyleSheet("color: #b3261e")
        top = QFormLayout()
        top.addRow(self.tr("Saved mapping:"), self.saved)
        top.addRow(self.tr("Dataset name:"), self.name)
        top.addRow(self.tr("Journey:"), self.journey)
        top.addRow("", self.create_stages)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._survey_box())
        self.stack.addWidget(self._operations_box())
        self.stack.addWidget(self._feedback_box())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        self.saved.activated.connect(lambda _i: self.saved_did_change.emit(self.saved.currentData()))
        self.name.textChanged.connect(self.completeChanged)
        self.outcome_type.currentIndexChanged.connect(
            lambda _i: self.positive.setEnabled(self.outcome_type.currentData() == "binary"))

    def _survey_box(self) -> QWidget:
        box = QWidget()
        self.id_col, self.segment, self.date, self.weight = (QComboBox() for _ in range(4))
        self.outcome, self.outcome_type = QComboBox(), QComboBox()
        for key, label in (("binary", self.tr("yes/no (binary)")), ("scale", self.tr("rating scale")),
                           ("nps", self.tr("0-10 recommend (NPS)"))):
            self.outcome_type.addItem(label, key)
        self.positive = QLineEdit()
        self.positive.setPlaceholderText(self.tr("values that count as positive, comma-separated"))
        grid = QFormLayout()
        outcome_row = QHBoxLayout()
        for w in (self.outcome, self.outcome_type, self.positive):
            outcome_row.addWidget(w, 1)
        cols = QHBoxLayout()
        for label, w in ((self.tr("Id"), self.id_col), (self.tr("Segment"), self.segment),
                         (self.tr("Date"), self.date), (self.tr("Weight"), self.weight)):
            cols.addWidget(QLabel(label))
            cols.addWidget(w, 1)
        grid.addRow(self.tr("Outcome:"), outcome_row)
        grid.addRow(self.tr("Columns:"), cols)
        self.items = QTableWidget(0, len(self.ITEM_COLUMNS))
        self.items.setHorizontalHeaderLabels([self.tr("Use"), self.tr("Column"), self.tr("Stage"),
                                              self.tr("Scale from"), self.tr("to"), self.tr("Better"),
                                              self.tr("Missing codes"), self.tr("Why suggested")])
        item_at_header(self.items, 6).setToolTip(self.tr(
            "Values that mean 'no answer' or 'not applicable' (e.g. 0, 9, 99, -1), comma-separated: "
            "read as missing, not as ratings"))
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.verticalHeader().hide()
        self.all_missing = QLineEdit()
        self.all_missing.setPlaceholderText(self.tr("e.g. 0, 99"))
        self.all_missing.setToolTip(self.tr("Missing codes to set on every item at once"))
        self.apply_all_missing = QPushButton(self.tr("Apply to all items"))
        self.apply_all_missing.clicked.connect(self._apply_all_missing)
        self._all_missing_typed = False
        self.all_missing.textEdited.connect(lambda _t: setattr(self, "_all_missing_typed", True))
        def on_item_changed(cell: QTableWidgetItem) -> None:
            if cell.column() == 0:   # an item taken in or out of use
                self._suggest_all_missing()
        self.items.itemChanged.connect(on_item_changed)
        every = QHBoxLayout()
        every.addWidget(QLabel(self.tr("Missing codes for all items:")))
        every.addWidget(self.all_missing)
        every.addWidget(self.apply_all_missing)
        every.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Rated items (one per stage question):")))
        layout.addWidget(self.items, 1)
        layout.addLayout(every)
        return box

    def _suggest_all_missing(self) -> None:
        """Offer for every item the codes suggested for any item in use (until the user types)."""
        if self._all_missing_typed:
            return
        codes = []
        for r in range(self.items.rowCount()):
            cell, use = self.items.cellWidget(r, 6), self.items.item(r, 0)   # None while a row is being filled
            if isinstance(cell, QLineEdit) and use is not None and use.checkState() == Qt.CheckState.Checked:
                codes += [c for c in parse_codes(cell.text()) if c not in codes]
        self.all_missing.setText(format_codes(sorted(codes, key=str)))

    def _apply_all_missing(self) -> None:
        text = format_codes(parse_codes(self.all_missing.text()))
        for r in range(self.items.rowCount()):
            widget_at(self.items, r, 6, QLineEdit).setText(text)

    def _operations_box(self) -> QWidget:
        box = QGroupBox(self.tr("Operating data"))
        self.stage_column, self.op_date = QComboBox(), QComboBox()
        self.metrics = QTableWidget(0, 4)
        self.metrics.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Metric"), self.tr("Aggregate"),
                                                self.tr("Better")])
        self.metrics.horizontalHeader().setStretchLastSection(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Stage column:"), self.stage_column)
        form.addRow(self.tr("Date column:"), self.op_date)
        form.addRow(self.metrics)
        return box

    def _feedback_box(self) -> QWidget:
        box = QGroupBox(self.tr("Comments"))
        self.text_col, self.reason_col, self.score_col = QComboBox(), QComboBox(), QComboBox()
        self.fb_stage, self.fb_date = QComboBox(), QComboBox()
        self.source = combo(["customer", "employee"])
        form = QFormLayout(box)
        for label, w in ((self.tr("Comment text:"), self.text_col), (self.tr("Reason code:"), self.reason_col),
                         (self.tr("Score:"), self.score_col), (self.tr("Date:"), self.fb_date),
                         (self.tr("Default stage:"), self.fb_stage), (self.tr("Source:"), self.source)):
            form.addRow(label, w)
        return box

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    # -- load / save -------------------------------------------------------------------------
    def load(self, state) -> None:
        fill_combo(self.saved, state.saved_names, none=True, current=state.saved_mapping or NONE)
        self.saved.setItemText(0, self.tr("(a new mapping)"))
        self.name.setText(state.name)
        fill_combo(self.journey, state.journeys, current=state.journey)
        self.journey.setEditText(state.journey)
        self.create_stages.setChecked(state.create_stages)
        self.stack.setCurrentIndex(KINDS.index(state.kind))
        h = state.headers
        for box, value in ((self.id_col, state.id), (self.segment, state.segment), (self.date, state.date),
                           (self.weight, state.weight), (self.op_date, state.date), (self.fb_date, state.date),
                           (self.reason_col, state.reason), (self.score_col, state.score)):
            fill_combo(box, h, none=True, current=value or NONE)
        fill_combo(self.outcome, h, current=state.outcome)
        self.outcome_type.setCurrentIndex(max(0, self.outcome_type.findData(state.outcome_type)))
        self.positive.setEnabled(state.outcome_type == "binary")
        self.positive.setText(", ".join(state.positive))
        fill_combo(self.stage_column, h, current=state.stage_column)
        fill_combo(self.text_col, h, current=state.text)
        fill_combo(self.fb_stage, state.stages, current=state.stage)
        self._load_items(state)
        self._load_metrics(state)
        self.error.setText(state.error)
        for w in (self.stack, self.journey, self.create_stages):
            w.setEnabled(not state.saved_mapping)

    def _load_items(self, state) -> None:
        self.items.setRowCount(len(state.items))
        for r, item in enumerate(state.items):
            use = QTableWidgetItem()
            use.setCheckState(Qt.CheckState.Checked if item["use"] else Qt.CheckState.Unchecked)
            self.items.setItem(r, 0, use)
            col = QTableWidgetItem(item["column"])
            col.setFlags(col.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.items.setItem(r, 1, col)
            stage = combo(state.stages, current=item["stage"])
            stage.setEditable(True)
            stage.setEditText(item["stage"] or "")
            self.items.setCellWidget(r, 2, stage)
            for c, value in ((3, item["scale"][0]), (4, item["scale"][1])):
                spin = QSpinBox()
                spin.setRange(-999, 999_999)     # ratings, counts, amounts: never clipped
                spin.setValue(int(value))
                self.items.setCellWidget(r, c, spin)
            better = combo(["higher", "lower"], current=item["better"])
            for i in range(better.count()):      # the code is the data; the reader sees the word
                better.setItemText(i, code(better.itemData(i)))
            self.items.setCellWidget(r, 5, better)
            codes = QLineEdit(format_codes(item.get("missing") or ()))
            codes.setFrame(False)
            self.items.setCellWidget(r, 6, codes)
            why = QTableWidgetItem(item["why"])
            why.setFlags(why.flags() & ~Qt.ItemFlag.ItemIsEditable)
            why.setToolTip(tip(item["why"]))
            self.items.setItem(r, 7, why)
        self._all_missing_typed = False
        self._suggest_all_missing()
        self.items.resizeColumnsToContents()
        self.items.setColumnWidth(2, max(self.items.columnWidth(2), 170))   # stage names readable
        self.items.setColumnWidth(6, max(self.items.columnWidth(6), 110))

    def _load_metrics(self, state) -> None:
        self.metrics.setRowCount(len(state.metrics))
        for r, m in enumerate(state.metrics):
            self.metrics.setItem(r, 0, QTableWidgetItem(m["column"]))
            self.metrics.setItem(r, 1, QTableWidgetItem(m["metric"]))
            aggregate = combo(["mean", "sum", "count", "median"], current=m["agg"])
            for i in range(aggregate.count()):      # the code is the data; the reader sees the word
                aggregate.setItemText(i, code(aggregate.itemData(i)))
            self.metrics.setCellWidget(r, 2, aggregate)
            better = combo(["higher", "lower"], current=m["better"])
            for i in range(better.count()):
                better.setItemText(i, code(better.itemData(i)))
            self.metrics.setCellWidget(r, 3, better)

    def save(self, state) -> None:
        state.saved_mapping = self.saved.currentData() or None
        state.name = self.name.text().strip()
        state.journey = self.journey.currentText().strip()
        state.create_stages = self.create_stages.isChecked()
        for attr, box in (("id", self.id_col), ("segment", self.segment), ("weight", self.weight),
                          ("reason", self.reason_col), ("score", self.score_col)):
            setattr(state, attr, box.currentData() or None)
        date_box = {"survey": self.date, "operations": self.op_date, "feedback": self.fb_date}[state.kind]
        state.date = date_box.currentData() or None
        state.outcome = self.outcome.currentData()
        state.outcome_type = self.outcome_type.currentData()
        state.positive = [p.strip() for p in self.positive.text().split(",") if p.strip()]
        state.stage_column = self.stage_column.currentData()
        state.text, state.stage = self.text_col.currentData(), self.fb_stage.currentData()
        state.source = self.source.currentData()
        for r, item in enumerate(state.items):
            t = self.items
            item["use"] = item_at(t, r, 0).checkState() == Qt.CheckState.Checked
            item["stage"] = widget_at(t, r, 2, QComboBox).currentText().strip() or None
            item["scale"] = [widget_at(t, r, 3, QSpinBox).value(), widget_at(t, r, 4, QSpinBox).value()]
            item["better"] = widget_at(t, r, 5, QComboBox).currentData()
            item["missing"] = parse_codes(widget_at(t, r, 6, QLineEdit).text())
        for r, m in enumerate(state.metrics):
            m["metric"] = item_at(self.metrics, r, 1).text().strip() or m["column"]
            m["agg"] = widget_at(self.metrics, r, 2, QComboBox).currentData()
            m["better"] = widget_at(self.metrics, r, 3, QComboBox).currentData()
