"""File > Import…: a file into the saved project, as one transaction, off the UI thread.

``ImportWizard(session, parent)``. Pages (import_pages.py) only load and save ``ImportChoices``;
this module reads the preview, asks importers.suggest for the mapping, plans the import
(plan_import, on a worker) and commits it (commit_import, on a worker, cancellable: a cancel
rolls the transaction back and the file is unchanged). Then the session reloads the project.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from journeymap.importers import readers, suggest
from journeymap.importers.encoding import EncodingGuess
from journeymap.importers.errors import ImportProblem
from journeymap.ui import import_preview
from journeymap.ui.import_check_page import RunPage, ValidationPage
from journeymap.ui.import_pages import EncodingPage, FilePage, MappingPage
from journeymap.ui.import_worker import ImportTask

if TYPE_CHECKING:
    from journeymap.ui.session import Session


@dataclass
class ImportChoices:
    """Everything the user chose, in the terms of the mapping format (cli.md)."""
    path: str = ""
    kind: str = "survey"
    sheet: str | None = None
    encoding: str = ""
    detected: EncodingGuess | None = None    # None for XLSX
    delimiter: str | None = None
    headers: list = field(default_factory=list)
    preview: pd.DataFrame = field(default_factory=pd.DataFrame)
    error: str = ""
    saved_names: list = field(default_factory=list)
    saved_mapping: str | None = None
    name: str = ""
    journeys: list = field(default_factory=list)
    journey: str = ""
    stages: list = field(default_factory=list)
    create_stages: bool = True
    id: str | None = None
    segment: str | None = None
    date: str | None = None
    weight: str | None = None
    outcome: str | None = None
    outcome_type: str = "scale"
    outcome_scale: list = field(default_factory=lambda: [1, 5])
    positive: list = field(default_factory=list)
    items: list = field(default_factory=list)        # dicts: use, column, stage, scale, better, why, missing
    stage_column: str | None = None
    metrics: list = field(default_factory=list)      # dicts: column, metric, agg, better
    text: str | None = None
    reason: str | None = None
    score: str | None = None
    stage: str | None = None
    source: str = "customer"
    skip_invalid: bool = False
    replace: bool = False
    check_text: str = ""
    check_counts: pd.DataFrame = field(default_factory=pd.DataFrame)
    check_problems: pd.DataFrame = field(default_factory=pd.DataFrame)
    can_import: bool = False
    readable: bool = True                            # the check read the file (else nothing to skip)
    code_hints: dict = field(default_factory=dict)   # column -> {code: rows}: off-scale usual missing codes
    suggested_for: tuple = ()

    def to_mapping(self) -> dict | str:
        """The mapping dict (cli.md), or the name of the saved mapping chosen."""
        if self.saved_mapping:
            return self.saved_mapping
        base = {"kind": self.kind, "name": self.name, "journey": self.journey,
                "create_stages": self.create_stages, "date": self.date, "segment": self.segment}
        if self.kind == "survey":
            outcome: dict[str, object] = {"column": self.outcome, "type": self.outcome_type}
            if self.outcome_type == "binary":
                outcome["positive"] = list(self.positive)
            elif self.outcome_type == "scale":
                outcome["scale"] = list(self.outcome_scale)
            items = [{k: v for k, v in i.items() if k in ("column", "stage", "scale", "better", "missing")}
                     for i in self.items if i["use"]]
            return {**base, "id": self.id, "weight": self.weight, "outcome": outcome, "items": items}
        if self.kind == "operations":
            return {**base, "stage_column": self.stage_column,
                    "metrics": [dict(m) for m in self.metrics if m.get("use", True)]}
        return {**base, "text": self.text, "reason": self.reason, "score": self.score,
                "stage": self.stage, "source": self.source}


def ensure_saved(session, parent=None) -> bool:
    """The import writes the file: it needs a saved project without unsaved changes.
    Saved through ``Session.save``, the one save path (recent files, recovery copies follow it)."""
    from journeymap.storage.errors import ProjectFileError
    if session.path and not session.modified:
        return True
    tr = lambda text: QCoreApplication.translate("ImportWizard", text)  # noqa: E731
    name = session.path
    if name is None:
        name, _ = QFileDialog.getSaveFileName(parent, tr("Save the project before importing"), "",
                                              tr("JourneyMap projects (*.jmap)"))
        if not name:
            return False
    else:
        answer = QMessageBox.question(parent, tr("Import"), tr("The import writes to the project file. "
                                                                "Save your changes first?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        session.save(name)
    except (ProjectFileError, OSError) as exc:
        QMessageBox.warning(parent, tr("The project was not saved"), str(exc))
        return False
    return True


class ImportWizard(QWizard):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.state = ImportChoices()
        self.outcome = None
        self._task: ImportTask | None = None
        self.setWindowTitle(self.tr("Import data"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(1120, 760)
        self.file_page, self.encoding_page, self.mapping_page = FilePage(), EncodingPage(), MappingPage()
        self.check_page, self.run_page = ValidationPage(), RunPage()
        for page in (self.file_page, self.encoding_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        self.check_page.setCommitPage(True)
        self.check_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page.path_did_change.connect(self._list_sheets)
        self.encoding_page.encoding_did_change.connect(self._reencode)
        self.mapping_page.saved_did_change.connect(self._pick_saved)
        self.check_page.options_did_change.connect(self._replan)
        self.check_page.codes_did_confirm.connect(self._treat_as_missing)
        self.run_page.cancel_requested.connect(self.cancel_import)

    # -- opening ---------------------------------------------------------------------------
    def exec(self) -> int:
        if not ensure_saved(self.session, self.parentWidget()):
            return QWizard.DialogCode.Rejected
        return super().exec()

    def open(self) -> None:
        if ensure_saved(self.session, self.parentWidget()):
            super().open()

    # -- page flow -------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.encoding_page:    # an encoding typed but not yet read is read now
            self._reencode(page.encoding.currentText().strip())
            if self.state.error:
                return False
        if hasattr(page, "save"):
            page.save(self.state)
        if page is self.file_page:
            return self._read_preview(encoding=None)
        if page is self.mapping_page:
            return self._check_mapping()
        return super().validateCurrentPage()

    def initializePage(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.mapping_page:
            self._suggest()
        if page is self.check_page:
            self._plan()
            return
        if page is self.run_page:
            self._commit()
            return
        if not isinstance(page, (FilePage, EncodingPage, MappingPage)):
            raise TypeError(f"wizard page {page_id} has no import state to load")
        page.load(self.state)

    def _list_sheets(self, path: str) -> None:
        sheets = []
        if path.lower().endswith((".xlsx", ".xlsm")) and Path(path).is_file():
            try:
                sheets = readers.list_sheets(path)
            except (ImportProblem, OSError, ValueError):
                sheets = []
        self.file_page.set_sheets(sheets)

    def _read_preview(self, *, encoding: str | None) -> bool:
        """The file page's Next: read the preview, or show why not and disable Next until the
        file, its kind or its sheet changes (a short file's question is asked again on Next)."""
        from journeymap.ui import encoding_choice
        s = self.state
        read = import_preview.read_preview(s, encoding=encoding,
                                           ask=lambda err: encoding_choice.ask_encoding(self, err))
        self.file_page.show_error(s.error, blocks=read is False)
        return bool(read)

    def _reencode(self, encoding: str) -> None:
        """The user picked another encoding: read the preview again with it. When it cannot read
        the file, the page shows why, an empty preview and a disabled Next."""
        if encoding and encoding != self.state.encoding:
            if not import_preview.read_preview(self.state, encoding=encoding, ask=lambda err: None):
                self.state.encoding = encoding
            self.encoding_page.load(self.state)

    def _suggest(self) -> None:
        s = self.state
        p = self.session.project
        s.saved_names = [m.name for m in p.all("mappings") if m.kind == s.kind]
        s.journeys = [j.name for j in p.all("journeys")]
        journey = p.find("journeys", self.session.journey_id) or p.default_journey()
        s.stages = [st.name for st in p.stages_of(journey.id)] if journey else []
        key = (s.path, s.kind, s.encoding, tuple(s.headers))
        if key == s.suggested_for:
            return
        s.suggested_for = key
        s.journey = journey.name if journey else ""
        s.name = s.name or Path(s.path).stem
        guesses = suggest.guess_columns(s.headers)
        s.id, s.outcome = guesses["id"], guesses["outcome"] or (s.headers[0] if s.headers else None)
        frame = s.preview
        if s.outcome in frame:
            s.outcome_type = suggest.outcome_type(frame[s.outcome])
            scale = suggest.detect_scale(frame[s.outcome])
            s.outcome_scale = list(scale.scale) if scale else [1, 5]
            s.positive = s.positive or suggest.positive_values(frame[s.outcome])
        skip = [c for c in (s.id, s.outcome) if c]
        s.segment = s.segment or suggest.guess_segment(frame, skip=skip)
        found = suggest.suggest_items(frame, stages=s.stages, skip=skip)
        s.items = [{"use": g.stage is not None or g.rating, "column": g.column, "stage": g.stage or g.column,
                    "scale": list(g.scale or (1, 5)), "better": g.better, "why": g.why,
                    "missing": [int(c) if float(c).is_integer() else c for c in g.missing]} for g in found]
        s.metrics = [{"use": True, "column": g.column, "metric": g.column, "agg": "mean", "better": g.better}
                     for g in found if g.column != s.stage_column]
        texts = [c for c in s.headers if c not in {g.column for g in found}]
        s.stage_column = s.stage_column or next((c for c in texts if "stage" in c.casefold()), None)
        s.text = next(iter(texts), None)
        s.stage = s.stages[0] if s.stages else None

    def _pick_saved(self, name: str) -> None:
        self.mapping_page.save(self.state)
        self.state.saved_mapping = name or None
        self.mapping_page.load(self.state)

    def _check_mapping(self) -> bool:
        from journeymap.importers.mapping import load_mapping
        s = self.state
        mapping = s.to_mapping()
        try:
            if isinstance(mapping, dict):
                load_mapping(mapping)
        except (ImportProblem, ValueError) as err:
            s.error = str(err)
            self.mapping_page.error.setText(s.error)
            return False
        s.error = ""
        self.mapping_page.error.setText("")
        return True

    # -- plan and commit, on workers -------------------------------------------------------
    def _plan(self) -> None:
        from journeymap.importers.project_import import plan_import
        s = self.state
        self.plan = None
        self.check_page.load(self.state)
        self.check_page.show_busy()
        self._start(ImportTask(plan_import, self.session.path, s.path, s.to_mapping(), name=s.name or None,
                               encoding=self._encoding_override(), sheet=s.sheet, skip_invalid=s.skip_invalid,
                               replace=s.replace, parent=self),
                    done=self._planned, failed=self._plan_failed)

    def _encoding_override(self) -> str | None:
        """The encoding shown, unless detection was certain (BOM, UTF-8) and the user kept it."""
        s = self.state
        if not s.encoding or (s.detected is not None and s.encoding == s.detected.encoding
                              and s.detected.method in ("bom", "utf-8", "utf-16-nul", "headers")):
            return None
        return s.encoding

    def _replan(self) -> None:
        self.check_page.save(self.state)
        if self._task is None or not self._task.is_running():
            self._plan()

    def _treat_as_missing(self, every_item: bool) -> None:
        """Add the suggested codes to the items' missing codes (those items, or every item used),
        then check again."""
        s = self.state
        codes = {c for found in s.code_hints.values() for c in found}
        for item in s.items:
            if item["use"] and (every_item or item["column"] in s.code_hints):
                mine = codes if every_item else set(s.code_hints[item["column"]])
                have = list(item.get("missing") or [])
                have += [int(c) if c.is_integer() else c for c in sorted(mine) if c not in have]
                item["missing"] = have
        s.code_hints = {}
        self._replan()

    def _planned(self, plan) -> None:
        s, report = self.state, plan.report
        self.plan = plan
        raw = plan.prepared.raw
        if raw.encoding is not None:    # said in the wizard's terms: detected, or chosen on its page
            raw.encoding = import_preview.encoding_said(raw.encoding, s, self._encoding_override())
        s.readable = True
        s.check_text = plan.summary() + ("\n" + report.summary() if not report.ok else
                                         "\n" + self.tr("No problems found."))
        s.check_counts = report.counts()[["column", "count", "message", "where"]]
        s.check_problems = report.problems.head(1000)
        s.code_hints = suggest.missing_code_hints(report.problems) \
            if s.kind == "survey" and not s.saved_mapping else {}
        s.can_import = report.ok or s.skip_invalid
        self.check_page.load(s)

    def _plan_failed(self, message: str) -> None:
        s = self.state
        s.check_text, s.can_import, s.code_hints, s.readable = message, False, {}, False
        s.check_counts = s.check_problems = pd.DataFrame()
        self.check_page.load(s)

    def _commit(self) -> None:
        from journeymap.importers.project_import import commit_import
        self.run_page.show_state(self.tr("Writing %1 into the project…").replace("%1", self.state.name),
                                 running=True, done=False)
        self._start(ImportTask(commit_import, self.session.path, self.plan, parent=self),
                    done=self._committed, failed=self._commit_failed, cancelled=self._commit_cancelled,
                    progress=self.run_page.show_progress)

    def _start(self, task: ImportTask, *, done, failed, cancelled=None, progress=None) -> None:
        self._task = task
        task.task_did_finish.connect(done)
        task.task_did_fail.connect(failed)
        task.task_did_cancel.connect(cancelled or (lambda: failed(self.tr("Cancelled."))))
        if progress:
            task.progress_did_change.connect(progress)
        task.start()

    def _committed(self, outcome) -> None:
        from journeymap.storage.read import open_project
        self.outcome = outcome
        # One undo step (undo forgets the dataset; its rows were written once, by the import).
        self.session.push_file_change(open_project(self.session.path), label=self.tr("Import %1").replace(
            "%1", outcome.dataset_name))
        dataset = self.session.project.find("datasets", outcome.dataset_id)
        if dataset is not None and dataset.journey:     # show the journey the data went to
            self.session.set_journey(dataset.journey)
        text = self.tr("Imported %1 rows as the dataset “%2”.").replace("%1", f"{outcome.rows:,}") \
            .replace("%2", outcome.dataset_name)
        if outcome.created_stages:
            text += " " + self.tr("New stages: %1.").replace("%1", ", ".join(outcome.created_stages))
        self.run_page.show_progress(1, 1)
        self.run_page.show_state(text, running=False, done=True)
        self.button(QWizard.WizardButton.CancelButton).hide()   # done: nothing left to cancel

    def _commit_failed(self, message: str) -> None:
        self.run_page.show_state(self.tr("The import failed; the project is unchanged.\n%1")
                                 .replace("%1", message), running=False, done=False)

    def _commit_cancelled(self) -> None:
        self.run_page.show_state(self.tr("Import cancelled; the project is unchanged."),
                                 running=False, done=False)

    def cancel_import(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()

    def reject(self) -> None:
        if self._task is not None and self._task.is_running():
            self._task.cancel()
            self._task.wait()
        super().reject()
