"""A survey's answers as arrays for key-driver analysis (SurveyFrame), built from frames: no file,
no SQL (analysis.survey_data reads the rows and hands them here). Headless: numpy, pandas, no Qt.

Item k of a dataset (SurveyItem.position) is its answers' column ``i<k>``. Each item's missing
codes (SurveyItem.missing) become NaN, and the outcome (already numeric at import: binary 0/1,
scale, NPS 0-10) is returned as ``y``. Listwise deletion is left to the analysis, which reports its
n; ``rows`` is the number of rows read before it. Also here: which survey datasets a journey has
and which one an analysis reads, from the project alone.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from journeymap.analysis.drivers import ItemSpec
from journeymap.core.model import Dataset

NO_STAGE = "(no stage)"


class SurveyDataError(ValueError):
    """A dataset, segment or period that does not exist (the message lists those that do)."""


@dataclass(frozen=True)
class SurveyFrame:
    x: np.ndarray                     # n x p, NaN = missing (missing codes included)
    y: np.ndarray                     # the outcome as a number, NaN = missing
    weights: np.ndarray | None        # survey weights, None when the dataset has none
    items: list                       # ItemSpec per column of x; stage = the stage's name
    item_ids: list                    # SurveyItem.id per column of x
    dataset: Dataset                  # the dataset read (the newest wave's when several)
    outcome: str                      # a label for the outcome (its column, from the mapping)
    rows: int                         # rows read (after the segment/period filter), before listwise deletion
    outcome_type: str = ""            # binary | scale | nps ("" when the mapping does not say)
    segment: str | None = None
    period: str | None = None
    stage_ids: tuple = ()             # Stage.id (or None) per column of x
    datasets: tuple = ()              # (Dataset, rows read from it) per wave read, newest first


def survey_datasets(project, journey_id: str) -> list:
    """The journey's survey datasets, newest first (by imported_at, then by their order in the file)."""
    found = [(i, d) for i, d in enumerate(project.all("datasets"))
             if d.kind == "survey" and d.journey == journey_id]
    found.sort(key=lambda pair: (pair[1].imported_at or "", pair[0]), reverse=True)
    return [d for _, d in found]


def pick_dataset(project, journey_id: str, dataset: str | None = None):
    """The survey dataset with this id or name; None: the journey's newest survey dataset."""
    mine = survey_datasets(project, journey_id)
    journey = project.find("journeys", journey_id)
    jname = journey.name if journey is not None else journey_id
    if dataset is None:
        if not mine:
            raise SurveyDataError(f"journey {jname!r} has no survey dataset: import one "
                                  "(journeymap import PATH FILE --mapping MAP) to run driver analysis.")
        return mine[0]
    for d in mine:
        if d.id == dataset:
            return d
    for d in mine:
        if d.name == dataset:
            return d
    names = ", ".join(repr(d.name) for d in mine) or "none"
    raise SurveyDataError(f"no survey dataset {dataset!r} in journey {jname!r} (survey datasets: {names}).")


def rated_items(project, dataset) -> list:
    """The dataset's SurveyItems by position; SurveyDataError when it has none."""
    items = sorted(project.where("survey_items", dataset=dataset.id), key=lambda it: it.position)
    if not items:
        raise SurveyDataError(f"survey dataset {dataset.name!r} has no rated items mapped to stages.")
    return items


def answer_columns(items) -> list[str]:
    """The columns answers_frame needs: weight, outcome and each item's ``i<position>``."""
    return ["weight", "outcome"] + [f"i{it.position}" for it in items]


def item_specs(project, items) -> tuple[list[ItemSpec], list]:
    """(ItemSpec, stage id or None) per item; a label used twice gets its column (or id) added."""
    names, specs, stage_ids = set(), [], []
    for it in items:
        name = it.label or it.column
        if name in names:
            name = f"{name} [{it.column}]" if it.column not in names else f"{name} [{it.id}]"
        names.add(name)
        stage = project.find("stages", it.stage)
        specs.append(ItemSpec(name=name, stage=stage.name if stage is not None else NO_STAGE,
                              scale_min=float(it.scale_min), scale_max=float(it.scale_max),
                              better=it.better or "higher"))
        stage_ids.append(stage.id if stage is not None else None)
    return specs, stage_ids


def outcome_label(dataset) -> tuple[str, str]:
    """(label, type) of the outcome, from the dataset's mapping."""
    out = (dataset.mapping or {}).get("outcome") or {}
    if isinstance(out, str):
        return out, ""
    return str(out.get("label") or out.get("column") or "outcome"), str(out.get("type") or "")


def waves_outcome_label(waves) -> tuple[str, str]:
    """(label, type) of the outcome of a survey's waves (newest first): the newest wave's, its label
    taken from the newest wave whose mapping gives one (a saved mapping reused by `import --name`
    may lack it, and the column name would replace the question)."""
    label, kind = outcome_label(waves[0])
    for d in waves:
        out = (d.mapping or {}).get("outcome")
        if isinstance(out, dict) and out.get("label"):
            return str(out["label"]), kind
    return label, kind


def answers_frame(frame, project, dataset, items, *, segment=None, period=None) -> SurveyFrame:
    """The SurveyFrame of one dataset from its answers (``frame``: the answer_columns of the rows
    of ``segment``/``period``)."""
    columns = answer_columns(items)
    lacking = [c for c in columns if c not in frame.columns]   # a damaged file: an item's position
    if lacking:
        raise SurveyDataError(f"survey dataset {dataset.name!r}: its rows lack the column {lacking[0]!r} that "
                              "an item points at (the file is damaged): import it again.")
    x = np.array(frame[columns[2:]].apply(_numeric).to_numpy(dtype=float), dtype=float, copy=True)
    x = x.reshape(len(frame), len(items))
    for j, it in enumerate(items):
        codes = [float(c) for c in (it.missing or []) if _is_number(c)]
        if codes:
            x[np.isin(x[:, j], codes), j] = np.nan
    y = np.array(_numeric(frame["outcome"]).to_numpy(dtype=float), copy=True)
    w = np.array(_numeric(frame["weight"]).to_numpy(dtype=float), copy=True)
    weights = None if (w.size == 0 or np.all(np.isnan(w)) or np.all(w == 1.0)) else w
    specs, stage_ids = item_specs(project, items)
    label, kind = outcome_label(dataset)
    return SurveyFrame(x=x, y=y, weights=weights, items=specs, item_ids=[it.id for it in items],
                       dataset=dataset, outcome=label, rows=len(frame), outcome_type=kind,
                       segment=segment, period=period, stage_ids=tuple(stage_ids),
                       datasets=((dataset, len(frame)),))


def waves_frame(found, project, waves, items, *, segment=None, period=None) -> SurveyFrame:
    """The SurveyFrame of a survey's waves (newest first) from their stacked rows (``found``, a
    analysis.waves.Waves), the newest wave's ``items`` matched by column: an item an older wave
    lacks is missing there (listwise deletion drops those rows)."""
    keep = np.ones(len(found.periods), dtype=bool)
    for values, want in ((found.segments, segment), (found.periods, period)):
        if want is not None:
            keep &= values == want
    blank = np.full(len(keep), np.nan)
    x = np.column_stack([found.answers.get(it.column, blank)[keep] for it in items])
    w = found.weights[keep]
    specs, stage_ids = item_specs(project, items)
    label, kind = waves_outcome_label(waves)
    return SurveyFrame(x=x.reshape(int(keep.sum()), len(items)), y=found.outcome[keep].astype(float),
                       weights=None if (w.size == 0 or np.all(w == 1.0)) else w, items=specs,
                       item_ids=[it.id for it in items], dataset=waves[0], outcome=label, rows=int(keep.sum()),
                       outcome_type=kind, segment=segment, period=period, stage_ids=tuple(stage_ids),
                       datasets=_rows_per_wave(found, keep))


def _rows_per_wave(found, keep) -> tuple:
    """(Dataset, rows kept) per wave that gave rows (load_waves stacks the waves' rows in its
    ``datasets`` order): a wave the period or segment leaves empty was not read for this analysis."""
    out, start = [], 0
    for ds, n in found.datasets:
        out.append((ds, int(keep[start:start + n].sum())))
        start += n
    return tuple(pair for pair in out if pair[1]) or tuple(out)


def _numeric(series):
    import pandas as pd
    return pd.to_numeric(series, errors="coerce").astype(float)


def _is_number(value) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return not isinstance(value, bool)
