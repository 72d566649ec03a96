"""New period: next month's files, each read with a mapping saved in the project, imported in one step.

The dialog lists the journey's saved mappings; the user ticks those with a new file, picks the files
and names the period. Every file is planned (read and checked) first; only when all of them pass is
anything written, each file then in its own transaction, as ``journeymap import --mapping NAME --name``
does. The project is then reopened from the file, as after the import wizard.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import re

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

if TYPE_CHECKING:
    from journeymap.ui.session import Session

# the periods that end a mapping's name, joined by 'to' or a dash ('至' / '到' / '～' in Chinese)
_DATES = re.compile(r"(\s*\d{4}(-\d{2}|-Q\d)?|\s+(to|through)|\s*[-\u2013~\uff5e\u81f3\u5230])+\s*$")


def dataset_name(mapping_name: str, period: str) -> str:
    """"Operations 2025-12 to 2026-11" + "2027-01" -> "Operations 2027-01" ("營運數據 2025-12 至
    2026-11" -> "營運數據 2027-01")."""
    base = _DATES.sub("", mapping_name).strip() or mapping_name
    return f"{base} {period}"


def periods_label(periods) -> str:
    """The periods a file holds as a name's tail: '2027-01', or '2027-01\u20132027-03' for several."""
    held = sorted({str(p) for p in periods if isinstance(p, str) and p})
    if not held:
        return ""
    return held[0] if len(held) == 1 else f"{held[0]}\u2013{held[-1]}"


def next_period(periods: list[str]) -> str:
    """The month after the newest one ("2026-12" -> "2027-01"), or the quarter after a quarter."""
    if not periods:
        return ""
    last = max(periods)
    if "-Q" in last:
        year, q = int(last[:4]), int(last[-1])
        return f"{year + q // 4}-Q{q % 4 + 1}"
    year, month = int(last[:4]), int(last[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def import_period(path, jobs: list[tuple[str, str, str]]) -> list:
    """Plan every (mapping name, file, dataset name), then commit them all; ImportProblem if any
    file does not pass (nothing written then)."""
    from journeymap.importers.errors import ImportProblem
    from journeymap.importers.project_import import commit_import, plan_import

    plans = []
    for mapping, file, name in jobs:
        plan = plan_import(path, file, mapping, name=name)
        held = periods_label(plan.prepared.frame["period"]) if "period" in plan.prepared.frame else ""
        if held and dataset_name(mapping, held) != name:     # named by the periods the file holds
            plan = plan_import(path, file, mapping, name=dataset_name(mapping, held))
        if not plan.report.ok:
            raise ImportProblem(f"{file}: {plan.report.summary()}")
        plans.append(plan)
    return [commit_import(path, plan) for plan in plans]


class NewPeriodDialog(QDialog):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New period"))
        self.rows: list[tuple[QCheckBox, QLineEdit, str]] = []
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.period = QLineEdit(next_period(self._periods()))
        self.period.setPlaceholderText("2027-01")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Period")), 0, 0)
        grid.addWidget(self.period, 0, 1, 1, 2)
        for i, saved in enumerate(self._mappings(), start=1):
            tick = QCheckBox(saved.name)
            file = QLineEdit()
            file.setPlaceholderText(self.tr("next file for this mapping"))
            file.textChanged.connect(lambda text, t=tick: t.setChecked(bool(text)))
            browse = QPushButton(self.tr("Browse\u2026"))
            browse.clicked.connect(lambda _c=False, f=file: self._browse(f))
            grid.addWidget(tick, i, 0)
            grid.addWidget(file, i, 1)
            grid.addWidget(browse, i, 2)
            self.rows.append((tick, file, saved.name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each file is read with the mapping saved in the project and becomes a "
                               "dataset named after the period. All files are checked before any is written."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if not self.rows:
            self.message.setText(self.tr("This journey has no saved mappings yet: import a file once with the "
                                         "import wizard; its mapping is saved for next month."))
            self.import_button.setEnabled(False)
        self.resize(max(560, self.sizeHint().width()), 1)
        self._fit_height()     # as tall as its rows and text need at that width, no more

    def say(self, text: str) -> None:
        """Show ``text`` below the files, the dialog growing to hold it: rows squeezed and clipped before."""
        self.message.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """A top-level window's minimum ignores a wrapped label's height at its width (Qt asks labels
        for one line there): set it from the layout, and grow when the window is shorter."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        if need > 0:
            self.setMinimumHeight(need)
            if self.height() < need:
                self.resize(self.width(), need)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():   # narrower: the text wraps onto more lines
            self._fit_height()

    def _mappings(self) -> list:
        journey = self.session.journey
        name = journey.name if journey is not None else None
        return [m for m in self.session.project.all("mappings") if (m.mapping or {}).get("journey") == name]

    def _periods(self) -> list[str]:
        stages = {s.id for s in self.session.project.stages_of(self.session.journey_id or "")}
        return [v.period for v in self.session.project.all("metric_values") if v.stage in stages and v.period]

    def _browse(self, field: QLineEdit) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Next month's file"), "",
                                              self.tr("Data files (*.csv *.xlsx *.txt)"))
        if file:
            field.setText(file)

    def jobs(self) -> list[tuple[str, str, str]]:
        period = self.period.text().strip()
        return [(name, file.text().strip(), dataset_name(name, period))
                for tick, file, name in self.rows if tick.isChecked() and file.text().strip()]

    def run(self) -> None:
        from journeymap.importers.errors import ImportProblem
        from journeymap.storage.read import open_project

        problem = self._problem()
        if problem:
            self.say(problem)
            return
        path = self.session.path
        try:
            outcomes = import_period(path, self.jobs())
        except ImportProblem as exc:
            self.say(self.tr("Nothing was imported: {why}").format(why=exc))
            return
        self.session.replace_project(open_project(path))
        self.message.setText(self.tr("Imported {names}.").format(names=", ".join(o.dataset_name for o in outcomes)))
        self.accept()

    def _problem(self) -> str:
        if self.session.path is None:
            return self.tr("Save the project first: a new period is imported into its file.")
        if self.session.modified:
            return self.tr("Save the project first: importing reopens it from its file.")
        if not re.fullmatch(r"\d{4}-(\d{2}|Q[1-4])", self.period.text().strip()):
            return self.tr("Name the period like 2027-01 (a month) or 2027-Q1 (a quarter).")
        if not self.jobs():
            return self.tr("Pick at least one file.")
        return ""
