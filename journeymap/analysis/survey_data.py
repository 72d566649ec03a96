"""A survey dataset's answers as arrays for key-driver analysis, read from the project file.

Headless: numpy, pandas (through storage.datasets.read_raw), no Qt. The raw table of a survey holds
``line, rid, segment, period, date, weight, outcome, i0..iK`` (storage/datasets.py); item k of the
dataset (SurveyItem.position) is column ``i<k>``. Here the rows of one segment and/or period are read,
each item's missing codes (SurveyItem.missing) become NaN, and the outcome (already numeric at import:
binary 0/1, scale, NPS 0-10) is returned as ``y``. Listwise deletion is left to the analysis, which
reports its n; ``rows`` is the number of rows read before it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from journeymap.analysis.drivers import ItemSpec

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
    dataset: object                   # the Dataset entity
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


def distinct_values(path, dataset_id: str, column: str) -> list[str]:
    """The distinct non-empty values of ``segment`` or ``period`` in a dataset's raw rows, sorted."""
    if column not in ("segment", "period"):
        raise ValueError(f"no distinct values for column {column!r}")
    from journeymap.storage import schema
    from journeymap.storage.read import connect_readonly

    conn = connect_readonly(Path(path))
    try:
        table = schema.raw_table(dataset_id)
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is None:
            return []
        cur = conn.execute(f'SELECT DISTINCT "{column}" FROM {table} WHERE "{column}" IS NOT NULL '
                           f'AND "{column}" != \'\'')
        return sorted(str(r[0]) for r in cur.fetchall())
    finally:
        conn.close()


def _check_value(path, dataset, column: str, value: str | None, project=None, *, waves=()) -> str | None:
    """``value`` as found in the dataset (or in any of ``waves``, datasets of one survey)."""
    if value is None or value == "":
        return None
    known = sorted({v for d in (waves or [dataset]) for v in distinct_values(path, d.id, column)})
    if value in known:
        return value
    if column == "segment" and project is not None:  # a Segment entity's id or name
        seg = project.find("segments", value)
        if seg is not None and seg.name in known:
            return seg.name
        lowered = {k.casefold(): k for k in known}
        if value.casefold() in lowered:
            return lowered[value.casefold()]
    listed = ", ".join(repr(k) for k in known) or "none"
    if len(waves) > 1:
        names = ", ".join(repr(d.name) for d in waves)
        raise SurveyDataError(f"no {column} {value!r} in the survey datasets {names} ({column}s in them: {listed}).")
    raise SurveyDataError(f"no {column} {value!r} in survey dataset {dataset.name!r} "
                          f"({column}s in it: {listed}).")


def _item_specs(project, items) -> tuple[list[ItemSpec], list]:
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


def load_survey(path, project, *, journey_id: str, dataset_id: str | None = None,
                segment: str | None = None, period: str | None = None) -> SurveyFrame:
    """The answers of one survey dataset (``dataset_id``: id or name) for analysis; None: every wave
    of the journey's newest survey (analysis.waves.wave_datasets: next month's file imported with
    the same mapping is a wave, not a new survey)."""
    from journeymap.analysis.waves import wave_datasets
    from journeymap.storage.datasets import read_raw

    if path is None:
        raise SurveyDataError("the project has not been saved yet: save it to analyse its survey data.")
    if project.find("journeys", journey_id) is None:
        raise SurveyDataError(f"no journey with id {journey_id!r} in this project.")
    dataset = pick_dataset(project, journey_id, dataset_id)
    waves = wave_datasets(project, journey_id) if dataset_id is None else []
    if len(waves) > 1:
        return _load_waves(path, project, journey_id, waves, segment, period)
    items = sorted(project.where("survey_items", dataset=dataset.id), key=lambda it: it.position)
    if not items:
        raise SurveyDataError(f"survey dataset {dataset.name!r} has no rated items mapped to stages.")
    segment = _check_value(path, dataset, "segment", segment, project)
    period = _check_value(path, dataset, "period", period)
    clauses, params = [], []
    for column, value in (("segment", segment), ("period", period)):
        if value is not None:
            clauses.append(f'"{column}" = ?')
            params.append(value)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    columns = ["weight", "outcome"] + [f"i{it.position}" for it in items]
    try:
        frame = _read_answers(path, dataset.id, columns, segment, period)
        if frame is None:
            frame = read_raw(path, dataset.id, columns, where=where, params=params)
    except sqlite3.OperationalError as exc:
        raise SurveyDataError(f"survey dataset {dataset.name!r} has no readable rows in this file ({exc}): "
                              "import it again.") from None
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
    specs, stage_ids = _item_specs(project, items)
    label, kind = outcome_label(dataset)
    return SurveyFrame(x=x, y=y, weights=weights, items=specs, item_ids=[it.id for it in items],
                       dataset=dataset, outcome=label, rows=len(frame), outcome_type=kind,
                       segment=segment, period=period, stage_ids=tuple(stage_ids),
                       datasets=((dataset, len(frame)),))


def _load_waves(path, project, journey_id, waves, segment, period) -> SurveyFrame:
    """The rows of every wave (analysis.waves.load_waves), with the newest wave's items matched by
    column: an item an older wave lacks is missing there (listwise deletion drops those rows)."""
    from journeymap.analysis.waves import load_waves

    newest = waves[0]
    items = sorted(project.where("survey_items", dataset=newest.id), key=lambda it: it.position)
    if not items:
        raise SurveyDataError(f"survey dataset {newest.name!r} has no rated items mapped to stages.")
    segment = _check_value(path, newest, "segment", segment, project, waves=waves)
    period = _check_value(path, newest, "period", period, waves=waves)
    try:
        found = load_waves(path, project, journey_id=journey_id, datasets=waves)
    except sqlite3.OperationalError as exc:
        names = ", ".join(repr(d.name) for d in waves)
        raise SurveyDataError(f"the survey datasets {names} have no readable rows in this file ({exc}): "
                              "import them again.") from None
    keep = np.ones(len(found.periods), dtype=bool)
    for values, want in ((found.segments, segment), (found.periods, period)):
        if want is not None:
            keep &= values == want
    blank = np.full(len(keep), np.nan)
    x = np.column_stack([found.answers.get(it.column, blank)[keep] for it in items]) if len(items) else None
    w = found.weights[keep]
    specs, stage_ids = _item_specs(project, items)
    label, kind = waves_outcome_label(waves)
    per_wave = _rows_per_wave(found, keep)
    return SurveyFrame(x=x.reshape(int(keep.sum()), len(items)), y=found.outcome[keep].astype(float),
                       weights=None if (w.size == 0 or np.all(w == 1.0)) else w, items=specs,
                       item_ids=[it.id for it in items], dataset=newest, outcome=label, rows=int(keep.sum()),
                       outcome_type=kind, segment=segment, period=period, stage_ids=tuple(stage_ids),
                       datasets=per_wave)


def _rows_per_wave(found, keep) -> tuple:
    """(Dataset, rows kept) per wave that gave rows (load_waves stacks the waves' rows in its
    ``datasets`` order): a wave the period or segment leaves empty was not read for this analysis."""
    out, start = [], 0
    for ds, n in found.datasets:
        out.append((ds, int(keep[start:start + n].sum())))
        start += n
    return tuple(pair for pair in out if pair[1]) or tuple(out)


def _read_answers(path, dataset_id: str, columns: list[str], segment, period):
    """``columns`` of the rows with ``segment``/``period`` (None = any) from the columnar copy
    (storage.datasets.read_columns), or None when the file has none (then the rows are read)."""
    import pandas as pd

    from journeymap.storage.datasets import read_columns

    filters = [(c, v) for c, v in (("segment", segment), ("period", period)) if v is not None]
    cols = read_columns(path, dataset_id, columns + [c for c, _ in filters], fallback=False)
    if cols is None:
        return None
    keep = None
    for c, v in filters:
        hit = np.array(cols[c], dtype=object) == v
        keep = hit if keep is None else keep & hit
    data = {c: np.asarray(cols[c], dtype=float) if not isinstance(cols[c], list)
            else np.array(cols[c], dtype=object) for c in columns}
    if keep is not None:
        data = {c: v[keep] for c, v in data.items()}
    return pd.DataFrame(data, columns=columns)


def _numeric(series):
    import pandas as pd
    return pd.to_numeric(series, errors="coerce").astype(float)


def _is_number(value) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return not isinstance(value, bool)
