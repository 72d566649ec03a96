"""Survey data read from the project file: the one analysis module that calls storage (an
import-linter contract in pyproject.toml keeps it so). Analysis takes frames; each loader here
reads a dataset's rows through storage.survey_rows and hands the frames to the module that
computes from them:

- load_survey: one dataset's answers, or every wave's, as a SurveyFrame (analysis.survey_frame)
  for driver analysis;
- load_waves: every wave's columns stacked by period (analysis.waves.stack_waves);
- survey_rows / wave_rows: the rows of the stage metrics (analysis.stage_rows), kept by
  (file, dataset ids): a dataset's raw rows never change once imported (a replaced dataset gets a
  new id), and an import hands its rows over directly (remember_rows);
- distinct_values: the segments or periods a dataset has.

Headless: numpy, pandas, no Qt. The project-only helpers of survey_frame are re-exported here,
where their callers have always found them.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journeymap.storage import survey_rows as stored

from .lru import Lru
from .survey_frame import (
    NO_STAGE,
    SurveyDataError,
    SurveyFrame,
    answer_columns,
    answers_frame,
    outcome_label,
    pick_dataset,
    rated_items,
    survey_datasets,
    waves_frame,
    waves_outcome_label,
)
from .waves import Waves, stack_waves, wave_columns, wave_datasets

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["NO_STAGE", "SurveyDataError", "SurveyFrame", "distinct_values", "forget_rows", "load_survey",
           "load_waves", "outcome_label", "pick_dataset", "remember_rows", "survey_datasets", "survey_rows",
           "wave_rows", "waves_outcome_label"]

_ROWS = Lru(4)     # (path, dataset id) or (path, wave ids) -> DataFrame segment, period, weight, i0..iK


def distinct_values(path, dataset_id: str, column: str) -> list[str]:
    """The distinct non-empty values of ``segment`` or ``period`` in a dataset's raw rows, sorted."""
    return stored.distinct_values(path, dataset_id, column)


def load_survey(path, project, *, journey_id: str, dataset_id: str | None = None,
                segment: str | None = None, period: str | None = None) -> SurveyFrame:
    """The answers of one survey dataset (``dataset_id``: id or name) for analysis; None: every wave
    of the journey's newest survey (analysis.waves.wave_datasets: next month's file imported with
    the same mapping is a wave, not a new survey)."""
    if path is None:
        raise SurveyDataError("the project has not been saved yet: save it to analyse its survey data.")
    if project.find("journeys", journey_id) is None:
        raise SurveyDataError(f"no journey with id {journey_id!r} in this project.")
    dataset = pick_dataset(project, journey_id, dataset_id)
    waves = wave_datasets(project, journey_id) if dataset_id is None else []
    if len(waves) > 1:
        return _load_waves(path, project, journey_id, waves, segment, period)
    items = rated_items(project, dataset)
    segment = _check_value(path, dataset, "segment", segment, project)
    period = _check_value(path, dataset, "period", period)
    try:
        frame = stored.answers(path, dataset.id, answer_columns(items), segment=segment, period=period)
    except stored.RowsUnreadable as exc:
        raise SurveyDataError(f"survey dataset {dataset.name!r} has no readable rows in this file ({exc}): "
                              "import it again.") from None
    return answers_frame(frame, project, dataset, items, segment=segment, period=period)


def _load_waves(path, project, journey_id, waves, segment, period) -> SurveyFrame:
    """load_survey over every wave (load_waves), with the newest wave's items."""
    items = rated_items(project, waves[0])
    segment = _check_value(path, waves[0], "segment", segment, project, waves=waves)
    period = _check_value(path, waves[0], "period", period, waves=waves)
    try:
        found = load_waves(path, project, journey_id=journey_id, datasets=waves)
    except stored.RowsUnreadable as exc:
        names = ", ".join(repr(d.name) for d in waves)
        raise SurveyDataError(f"the survey datasets {names} have no readable rows in this file ({exc}): "
                              "import them again.") from None
    return waves_frame(found, project, waves, items, segment=segment, period=period)


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


def load_waves(path, project, *, journey_id: str, datasets: list | None = None) -> Waves | None:
    """The waves of the journey's survey (``datasets``, newest first: default ``wave_datasets``), rows
    newest wave first; None when there is none. Raises storage.survey_rows.RowsUnreadable."""
    datasets = list(datasets if datasets is not None else wave_datasets(project, journey_id))
    if path is None or not datasets:
        return None
    reads = []
    for ds in datasets:
        items = sorted(project.where("survey_items", dataset=ds.id), key=lambda it: it.position)
        reads.append((ds, items, stored.wave_columns(path, ds.id, wave_columns(items))))
    label, kind = waves_outcome_label(datasets)
    return stack_waves(reads, outcome_label=label, outcome_type=kind)


def _key_path(path) -> str:
    return str(Path(path).resolve())


def remember_rows(path, dataset_id: str, columns, data) -> None:
    """Keep an import's survey rows (the arrays just written) so the first metrics need no read."""
    from .stage_rows import import_frame       # pandas: only when the stage metrics are wanted

    _ROWS.put((_key_path(path), dataset_id), import_frame(columns, data))


def forget_rows() -> None:
    """Drop every kept survey row (tests and benchmarks: a cold read, as in a fresh process)."""
    _ROWS.clear()


def survey_rows(path, dataset, specs=()) -> pd.DataFrame:
    """segment, period (categoricals), weight (1 where none) and the columns of ``specs`` (give
    all the dataset's items: the frame is kept per dataset) of a survey dataset; the items'
    ``missing`` codes read as NaN; the survey lag per row when the rows have it (stage_rows)."""
    from .stage_rows import clean_rows

    key = (_key_path(path), dataset.id)
    found = _ROWS.get(key)
    if found is not None:
        return found
    frame = stored.rows_frame(path, dataset.id, ["weight"] + [sp["key"] for sp in specs])
    return _ROWS.put(key, clean_rows(frame, specs))


def wave_rows(path, project, waves) -> tuple[pd.DataFrame, list[dict]]:
    """(rows, specs) of a survey's waves (newest first): each wave's survey_rows stacked with its
    items renamed to the newest wave's (stage_rows.stack_wave_rows). One wave: its own rows and
    specs, as they are kept."""
    from .stage_rows import row_specs, stack_wave_rows

    specs = row_specs(project, waves[0])
    if len(waves) == 1:
        return survey_rows(path, waves[0], specs), specs
    key = (_key_path(path), tuple(d.id for d in waves))
    found = _ROWS.get(key)
    if found is not None:
        return found, specs
    parts = []
    for ds in waves:
        own = row_specs(project, ds)
        parts.append((survey_rows(path, ds, own), own))
    return _ROWS.put(key, stack_wave_rows(parts, specs)), specs
