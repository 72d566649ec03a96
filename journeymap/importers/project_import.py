"""From a file and a mapping into the project: plan (read and check, no writes), then commit (one
transaction). ``journeymap import`` and the import wizard both run these.

- ``plan_import`` reads and validates the file against the project: which journey, which stages
  it would create (create_stages), which dataset it replaces. Nothing is written.
- ``commit_import`` adds the entities (journey, phases, stages, Dataset, SurveyItems, MetricDefs
  and MetricValues, FeedbackItems, the SavedMapping), removes a replaced dataset, and writes the
  raw rows in chunks, all through ``storage.write.save(..., also=...)``: one transaction, so a
  cancel or any error leaves the project file byte-for-byte as it was.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Mapping

from ..core import model
from ..core.project import Project
from ..i18n import gettext as _
from .errors import ImportProblem
from .mapping import AnyMapping, FeedbackMapping, OperationsMapping, SurveyMapping, load_mapping
from .operations import OperationsResult
from .prepare import PreparedImport, prepare_import
from .project_import_entities import add_dataset_entities, remove_dataset, stages_needed
from .project_import_rows import ImportCancelled, RawData, survey_data, typed_data, write_rows
from .report import ValidationReport
from .validate import SurveyResult

__all__ = ["ImportPlan", "ImportOutcome", "ImportCancelled", "plan_import", "commit_import", "run_import",
           "resolve_mapping"]


@dataclass
class ImportPlan:
    prepared: PreparedImport
    project_path: str
    dataset_name: str
    journey_name: str
    new_journey: bool = False
    new_stages: list[str] = field(default_factory=list)       # names, in mapping order
    stage_phases: dict[str, str] = field(default_factory=dict)  # new stage -> its phase's name
    replaces: str | None = None                               # the dataset name it replaces

    @property
    def report(self) -> ValidationReport:
        return self.prepared.report

    @property
    def kind(self) -> str:
        return self.prepared.mapping.kind

    def summary(self) -> str:
        p, r = self.prepared, self.report
        from ..core.names import code
        journey = f"{self.journey_name!r}" + (_(" (a new journey)") if self.new_journey else "")
        lines = [_("{file}: {kind} data -> dataset {dataset!r} in journey {journey}").format(
                     file=p.file_name, kind=code(self.kind), dataset=self.dataset_name, journey=journey),
                 _("  rows: {read} read, {kept} kept, {dropped} dropped").format(
                     read=r.rows_read, kept=r.rows_kept, dropped=r.rows_dropped + r.rows_left_out) +
                 ("" if r.ok or r.skip_invalid else _(" ({n} lines with problems)").format(n=len(r.lines())))]
        lines += [f"    {why}" for why in r.left_out]   # the dropped rows that are no problem, and why
        if p.raw.encoding is not None:
            lines.append(_("  encoding: {encoding}").format(encoding=p.raw.encoding) +
                         (_(", delimiter {delimiter!r}").format(delimiter=p.raw.delimiter) if p.raw.delimiter else ""))
        else:
            lines.append(_("  sheet: {sheet} (XLSX)").format(sheet=p.raw.sheet or _("(the first)")))
        if self.new_stages:
            lines.append(_("  stages to create: {stages}").format(stages=", ".join(self.new_stages)))
        if self.replaces:
            lines.append(_("  replaces the dataset {name!r} (its rows, items and values)").format(name=self.replaces))
        return "\n".join(lines)


@dataclass
class ImportOutcome:
    dataset_id: str
    dataset_name: str
    rows: int
    created_stages: list[str] = field(default_factory=list)
    replaced: str | None = None


def _open(project_path: str | Path) -> Project:
    from ..storage.read import open_project
    return open_project(Path(project_path))


def resolve_mapping(project: Project, mapping: object) -> AnyMapping:
    """A mapping from a parsed mapping, a dict, a JSON file path, JSON text, or the name of a
    mapping saved in the project."""
    if isinstance(mapping, (SurveyMapping, FeedbackMapping, OperationsMapping)):
        return mapping
    if isinstance(mapping, Mapping):
        return load_mapping(mapping)
    text = str(mapping)
    if "\0" in text:
        raise ImportProblem("--mapping holds a NUL character; give a mapping file's path or a saved name.")
    if _is_file(text) or text.lstrip().startswith("{"):
        return load_mapping(mapping if isinstance(mapping, Path) else text)
    saved = project.find("mappings", text)
    if saved is not None:
        return load_mapping(dict(saved.mapping))
    names = ", ".join(repr(m.name) for m in project.all("mappings")) or "none"
    raise ImportProblem(f"{text}: no such mapping file, and the project has no saved mapping of that "
                        f"name (saved mappings: {names}). Give a mapping file's path or a saved name.")


def _is_file(text: str) -> bool:
    """Is ``text`` the path of a file? A name too long for a path (ENAMETOOLONG) is not one."""
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled("the import was cancelled; nothing was changed")


def plan_import(project_path: str | Path, file: str | Path, mapping: object, *, name: str | None = None, encoding: str | None = None,
                sheet: str | None = None, skip_invalid: bool = False, replace: bool = False,
                progress: Callable | None = None, cancel: Callable | None = None) -> ImportPlan:
    """Read and check ``file`` by ``mapping`` against the project; writes nothing."""
    project = _open(project_path)
    m = resolve_mapping(project, mapping)
    if progress:
        progress(0, 2)
    _check(cancel)
    prepared = prepare_import(file, m, name=name, encoding=encoding, sheet=sheet,
                              skip_invalid=skip_invalid, rules=project.all("reasons"))
    _check(cancel)
    m = prepared.mapping
    journey = project.journey_by_name(m.journey)
    if journey is None and not m.create_stages:
        names = ", ".join(repr(j.name) for j in project.all("journeys")) or "none"
        raise ImportProblem(f"mapping: the journey {m.journey!r} is not in the project (journeys: {names}). "
                            "Fix 'journey', or add \"create_stages\": true to create it.")
    existing = {s.name for s in project.stages_of(journey.id)} if journey else set()
    folded = {n.strip().casefold() for n in existing}
    new_stages, phases = [], {}
    for stage, phase, line, column in stages_needed(prepared):
        if stage in existing or stage.strip().casefold() in folded or stage in phases:
            continue
        if not m.create_stages:
            where = f"line {line}, column {column!r}: " if line else ""
            raise ImportProblem(f"{prepared.file_name}: {where}the stage {stage!r} is not in the journey "
                                f"{m.journey!r}. Fix the mapping or the file, or add \"create_stages\": "
                                "true to create it.", path=str(file), line=line, column=column)
        new_stages.append(stage)
        phases[stage] = phase or stage
    old = next((d for d in project.all("datasets") if d.name == m.name), None)
    if old is not None and not replace:
        raise ImportProblem(f"the project has a dataset named {m.name!r} already (imported "
                            f"{old.imported_at or 'earlier'} from {old.file_name or 'a file'}). Import with "
                            "--replace to replace it, or --name to give this one another name.")
    if progress:
        progress(2, 2)
    return ImportPlan(prepared, str(project_path), m.name, m.journey, journey is None, new_stages, phases,
                      old.name if old is not None else None)


ATTEMPTS = 5   # another writer saved between our read and our write: read again, this many times


def commit_import(project_path: str | Path, plan: ImportPlan, *, progress: Callable | None = None,
                  cancel: Callable | None = None) -> ImportOutcome:
    """Write the planned import in one transaction; on cancel or error nothing changes.

    The project is read afresh and the import applied to it; when another program saved the
    file in between (storage ConflictError: the save refuses rather than lose its change), the
    import is applied again to the newer file, so both changes are kept.
    """
    from ..storage.generation import ConflictError
    for attempt in range(ATTEMPTS):
        try:
            return _commit_once(project_path, plan, progress=progress, cancel=cancel)
        except ConflictError:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _commit_once(project_path: str | Path, plan: ImportPlan, *, progress: Callable | None,
                 cancel: Callable[[], bool] | None) -> ImportOutcome:
    from ..storage.write import save
    project = _open(project_path)
    m, p = plan.prepared.mapping, plan.prepared
    old = next((d for d in project.all("datasets") if d.name == plan.dataset_name), None)
    if old is not None and plan.replaces != old.name:
        raise ImportProblem(f"the project has a dataset named {old.name!r} already; plan the import "
                            "again with replace to replace it.")
    if old is not None:
        remove_dataset(project, old.id)
    dataset = model.Dataset(model.new_id("ds"), plan.dataset_name, m.kind, "", file_name=p.file_name,
                            sha256=p.sha256, rows=p.rows,
                            imported_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                            encoding=p.encoding, mapping=m.to_dict())
    created = add_dataset_entities(project, plan, dataset)
    columns, data = _raw(p)
    n = len(p.result.rows) if isinstance(p.result, OperationsResult) else len(p.frame)

    def also(conn: sqlite3.Connection) -> None:
        write_rows(conn, dataset.id, columns, data, n, progress=progress, cancel=cancel)

    _check(cancel)
    save(project, Path(project_path), also=also)
    if isinstance(m, SurveyMapping):
        from ..analysis import survey_data
        survey_data.remember_rows(project_path, dataset.id, columns, data)
    return ImportOutcome(dataset.id, dataset.name, p.rows, created, old.name if old is not None else None)


def _raw(p: PreparedImport) -> RawData:
    m, result = p.mapping, p.result   # the mapping's kind made the result's
    if isinstance(m, SurveyMapping) and isinstance(result, SurveyResult):
        keys = [result.items[i.column] for i in m.items]
        return survey_data(p.frame, keys, has_weight=bool(m.weight))
    if isinstance(result, OperationsResult):
        return typed_data(result.rows)
    return typed_data(p.frame)


def run_import(project_path: str | Path, file: str | Path, mapping: object, *, name: str | None = None, encoding: str | None = None,
               sheet: str | None = None, skip_invalid: bool = False, replace: bool = False,
               progress: Callable | None = None, cancel: Callable | None = None) -> ImportOutcome:
    """plan, stop on a report with problems (unless skip_invalid), commit."""
    plan = plan_import(project_path, file, mapping, name=name, encoding=encoding, sheet=sheet,
                       skip_invalid=skip_invalid, replace=replace, cancel=cancel)
    plan.report.raise_if_invalid()
    return commit_import(project_path, plan, progress=progress, cancel=cancel)
