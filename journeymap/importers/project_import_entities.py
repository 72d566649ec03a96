"""The entities an import adds to the project (and removes, when it replaces a dataset)."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..core import model
from ..core.project import Project
from .errors import ImportProblem
from .mapping import FeedbackMapping, OperationsMapping, SurveyMapping
from .operations import OperationsResult
from .prepare import PreparedImport
from .validate import SurveyResult

if TYPE_CHECKING:
    from .project_import import ImportPlan   # which imports this module

DEPENDENTS = ("survey_items", "metric_values", "feedback")


def _first_lines(frame: pd.DataFrame) -> dict:
    """stage -> the first line it appears on."""
    if "stage" not in frame or frame.empty:
        return {}
    s = frame[["line", "stage"]].dropna()
    s = s.loc[s["stage"].astype(str).str.len() > 0]
    first = s.drop_duplicates("stage", keep="first")
    return dict(zip(first["stage"].astype(str), first["line"].astype(int)))


def stages_needed(prepared: PreparedImport) -> list[tuple[str, str | None, int | None, str | None]]:
    """(stage, phase, line, column) of every stage the data names, in mapping order; ``line`` and
    ``column`` are set for a stage read from a stage column (for the message that names it)."""
    m = prepared.mapping
    out: list[tuple[str, str | None, int | None, str | None]] = []
    if isinstance(m, SurveyMapping):
        return [(i.stage, i.phase, None, None) for i in m.items]
    if m.stage:
        out.append((m.stage, None, None, None))
    if isinstance(m, FeedbackMapping):
        out += [(stage, None, None, None) for _, stage in m.reason_stages]
    frame = prepared.result.rows if isinstance(prepared.result, OperationsResult) else prepared.frame
    if m.stage_column:
        out += [(stage, None, line, m.stage_column) for stage, line in _first_lines(frame).items()]
    return out


def remove_dataset(project: Project, dataset_id: str) -> None:
    """The dataset and what hangs off it (its items, values and comments)."""
    for kind in DEPENDENTS:
        for e in project.where(kind, dataset=dataset_id):
            project.remove(kind, e.id)
    project.remove("datasets", dataset_id)


def _stage_ids(project: Project, plan: ImportPlan) -> tuple[str, dict[str, str], list[str]]:
    """(journey id, stage name -> id incl. folded names, created stage names)."""
    journey = project.journey_by_name(plan.journey_name)
    if journey is None:
        journey = model.Journey(model.new_id("jn"), plan.journey_name)
        project.add(journey)
        if project.info.default_journey is None:
            project.set_info(default_journey=journey.id)
    ids: dict[str, str] = {}
    for s in project.stages_of(journey.id):
        ids.setdefault(s.name, s.id)
        ids.setdefault(s.name.strip().casefold(), s.id)
    phases = {p.name: p for p in project.phases_of(journey.id)}
    order = max((p.order for p in phases.values()), default=-1)
    created = []
    for name in plan.new_stages:
        if name in ids or name.strip().casefold() in ids:
            continue
        pname = plan.stage_phases.get(name) or name
        if pname not in phases:
            order += 1
            phases[pname] = model.Phase(model.new_id("ph"), journey.id, pname, order)
            project.add(phases[pname])
        stage = model.Stage(model.new_id("st"), journey.id, phases[pname].id, name)
        project.add(stage)
        ids[name] = stage.id
        created.append(name)
    if created:
        _place(project, journey.id, {ids[n] for n in created})
    return journey.id, ids, created


def _place(project: Project, journey_id: str, new_ids: set[str]) -> None:
    try:
        from ..core.layout import auto_layout
        spots = auto_layout(project, journey_id)
    except Exception:   # a layout failure must not fail an import: stages keep (0, 0)
        return
    for sid, (x, y) in spots.items():
        if sid in new_ids:
            project.update("stages", sid, x=x, y=y)


def _stage_of(ids: dict, name: object) -> str | None:
    if name is None or (isinstance(name, float) and math.isnan(name)) or name is pd.NA:
        return None
    name = str(name)
    return ids.get(name) or ids.get(name.strip().casefold())


def add_dataset_entities(project: Project, plan: ImportPlan, dataset: model.Dataset) -> list[str]:
    """Adds the journey/phases/stages it needs, the dataset and its items, values or comments,
    and the saved mapping; returns the names of the stages created."""
    m, result = plan.prepared.mapping, plan.prepared.result   # the mapping's kind made the result's
    journey_id, ids, created = _stage_ids(project, plan)
    dataset.journey = journey_id
    project.add(dataset)
    if isinstance(m, SurveyMapping) and isinstance(result, SurveyResult):
        _survey_items(project, m, result, dataset, ids)
    elif isinstance(m, OperationsMapping) and isinstance(result, OperationsResult):
        _metric_values(project, m, result, dataset, ids)
    else:
        _feedback(project, plan, dataset, ids, journey_id)
    saved = project.find("mappings", dataset.name)
    if saved is not None:   # Project.update takes ``kind`` itself: replace the entity instead
        project.remove("mappings", saved.name)
    project.add(model.SavedMapping(dataset.name, m.kind, dict(dataset.mapping)))
    return created


def _survey_items(project: Project, m: SurveyMapping, result: SurveyResult, dataset: model.Dataset,
                  ids: dict[str, str]) -> None:
    scales = result.scales
    for k, item in enumerate(m.items):
        lo, hi = scales.get(item.column) or (None, None)
        missing = [float(c) for c in item.missing if isinstance(c, (int, float)) and not isinstance(c, bool)]
        project.add(model.SurveyItem(f"si-{dataset.id}-{k}", dataset.id, item.column, _stage_of(ids, item.stage),
                                     label=item.label or "", position=k,
                                     scale_min=lo if lo is not None else 1, scale_max=hi if hi is not None else 5,
                                     better=item.better, missing=missing))


def _metric_values(project: Project, m: OperationsMapping, result: OperationsResult, dataset: model.Dataset,
                   ids: dict[str, str]) -> None:
    defs = {d.name: d for d in project.all("metrics")}
    for spec in m.metrics:
        if spec.metric not in defs:
            defs[spec.metric] = model.MetricDef(model.new_id("mt"), spec.metric, unit=spec.unit,
                                                better=spec.better, target=spec.target, kind="operating")
            project.add(defs[spec.metric])
    long = result.frame
    for r in long.itertuples(index=False):
        stage = _stage_of(ids, r.stage)
        if stage is None:   # validation flags a row without a stage: none reaches here
            raise ImportProblem(f"operations row {r} names no known stage")
        project.add(model.MetricValue(model.new_id("mv"), defs[r.metric].id, stage,
                                      period=str(r.period or ""), segment=str(r.segment or ""),
                                      value=float(r.value), n=float(r.n), dataset=dataset.id))


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
        else str(value)


def _feedback(project: Project, plan: ImportPlan, dataset: model.Dataset, ids: dict[str, str],
              journey_id: str) -> None:
    f = plan.prepared.frame
    dates = f["date"]
    day = np.where(dates.isna(), "", dates.dt.strftime("%Y-%m-%d").astype(object).fillna("")) \
        if len(f) else np.array([], dtype=object)
    cols = [f[c].astype(object).tolist() for c in ("text", "stage", "reason", "score", "source", "segment",
                                                   "coded_by")]
    for k, (text, stage, reason, score, source, segment, coded) in enumerate(zip(*cols)):
        score = None if score is None or (isinstance(score, float) and math.isnan(score)) else float(score)
        project.add(model.FeedbackItem(f"fb-{dataset.id}-{k}", journey_id, _text(text), _stage_of(ids, stage),
                                       reason=_text(reason), score=score, source=_text(source) or "customer",
                                       date=str(day[k]), dataset=dataset.id, segment=_text(segment),
                                       coded_by=_text(coded)))
