"""Key-driver analysis of a journey's survey, end to end: project file in, the `drivers` JSON out.

Glue between survey_data.load_survey (the answers) and drivers.analyse (the numbers). The result is the
dict of shared/docs/cli.md (`journey`, `dataset`, `outcome`, `method`, `n`, `r2`, `items[]`, `stages[]`)
plus ids (`journey_id`, `dataset_id`, items' `item_id` and `stage_id`, stages' `stage_id`), the filters
(`segment`, `period`), `rows` (before listwise deletion), `datasets` (id, name, rows of each survey
dataset read: every wave of the survey unless one dataset is asked for), `outcome_type`, `bootstrap`, `seed`, `exact`,
`approximate`, `method_label`, `small_sample` and `flags` (sentences: what makes the numbers weak).
Headless: no Qt.
"""
from __future__ import annotations

from journeymap.analysis.drivers import DriverError, analyse
from journeymap.analysis.survey_data import SurveyDataError, load_survey

__all__ = ["DriverError", "SurveyDataError", "run_drivers"]


def run_drivers(path, project, *, journey_id: str, dataset_id: str | None = None, segment: str | None = None,
                period: str | None = None, method: str = "relweight", bootstrap: int = 200,
                seed: int = 0) -> dict:
    """The `drivers` JSON for one journey's survey: every wave of its newest survey (analysis.waves)
    unless ``dataset_id`` (id or name) picks one dataset.

    Raises SurveyDataError for an unknown dataset/segment/period, DriverError (its message names the
    dataset and the filter) when the analysis cannot run on these rows.
    """
    if bootstrap < 0:
        raise DriverError(f"bootstrap must be 0 or more resamples, got {bootstrap}")
    data = load_survey(path, project, journey_id=journey_id, dataset_id=dataset_id, segment=segment,
                       period=period)
    where = _describe(data)
    if data.rows == 0:
        raise DriverError(f"{where}: it has no rows; choose another segment or period.")
    try:
        result = analyse(data.x, data.y, items=data.items, method=method, weights=data.weights,
                         bootstrap=bootstrap, seed=seed)
    except DriverError as exc:
        raise DriverError(f"{where}: {exc}") from None
    out = result.to_dict()
    stage_of: dict[str, str] = {}
    for row, item_id, stage_id in zip(out["items"], data.item_ids, data.stage_ids):
        row["item_id"] = item_id
        row["stage_id"] = stage_id
        stage_of.setdefault(row["stage"], stage_id)
    for row in out["stages"]:
        row["stage_id"] = stage_of.get(row["stage"])
    journey = project.get("journeys", journey_id)
    return {
        "journey": journey.name, "journey_id": journey.id,
        "dataset": data.dataset.name, "dataset_id": data.dataset.id,
        "datasets": [{"id": d.id, "name": d.name, "rows": n} for d, n in data.datasets],
        "outcome": data.outcome, "outcome_type": data.outcome_type,
        "segment": data.segment, "period": data.period,
        "method": out["method"], "method_label": out["method_label"], "n": out["n"], "rows": data.rows,
        "r2": out["r2"], "exact": result.exact, "approximate": out["approximate"],
        "small_sample": out["small_sample"], "flags": out["flags"], "bootstrap": bootstrap, "seed": seed,
        "items": out["items"], "stages": out["stages"],
    }


def _describe(data) -> str:
    filters = [f"{k} {v!r}" for k, v in (("segment", data.segment), ("period", data.period)) if v]
    names = [d.name for d, _ in data.datasets] or [data.dataset.name]
    what = (f"survey dataset {names[0]!r}" if len(names) == 1
            else "survey datasets " + ", ".join(repr(n) for n in names))
    return what + (f" ({', '.join(filters)})" if filters else "")
