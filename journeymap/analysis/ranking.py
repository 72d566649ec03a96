"""Rank a journey's pain points: stage importance + impact inputs + references + scoring, in one call.

Headless, no Qt. Importance is the stage's share of R^2 on the journey's newest survey, by the project's
method (ProjectInfo.rank_importance_method: ``stage_shapley``, the default, or ``item_sum``), with
bootstrap draws when rank intervals are asked for. When it cannot run (no survey, too few rows, an
unsaved project) importance is left missing, and every row is flagged ``missing:importance`` by the
scoring, never counted as zero. Weights: the given ones, else the project's (ProjectInfo.rank_weights),
else scoring.DEFAULT_WEIGHTS.
"""
from __future__ import annotations

from journeymap.analysis.impact_inputs import build_inputs, journey_scales
from journeymap.analysis.scoring import DEFAULT_WEIGHTS, PainPointInput, RankResult, prepare, weight_vector
from journeymap.core.project import Project

DRIVERS_BOOTSTRAP = 50
RESAMPLES = 200  # rank-interval resamples (and stage-importance bootstrap draws)


def project_weights(project: Project, weights: dict | None = None) -> dict:
    """The weights to use: ``weights``, else the project's, else the defaults."""
    if weights:
        return dict(weights)
    stored = getattr(project.info, "rank_weights", None)
    return dict(stored) if stored else dict(DEFAULT_WEIGHTS)


def importance_method(project: Project) -> str:
    from journeymap.analysis.stage_importance import DEFAULT_METHOD, METHODS
    method = getattr(project.info, "rank_importance_method", None) or DEFAULT_METHOD
    return method if method in METHODS else DEFAULT_METHOD


def journey_drivers(path, project, *, journey_id: str, period: str | None = None) -> tuple[dict | None, str]:
    """(drivers dict or None, why not) on the journey's newest survey; the period's rows when it has them."""
    from journeymap.analysis.driver_run import DriverError, SurveyDataError, run_drivers

    if path is None:
        return None, "the project is not saved: no survey rows to analyse"
    try:
        return run_drivers(path, project, journey_id=journey_id, period=period,
                           bootstrap=DRIVERS_BOOTSTRAP), ""
    except SurveyDataError as exc:
        if period is not None and "no period" in str(exc):
            return journey_drivers(path, project, journey_id=journey_id)
        return None, str(exc)
    except DriverError as exc:
        return None, f"driver analysis could not run: {exc}"


def journey_importance(path, project, *, journey_id: str, period: str | None = None, method: str | None = None,
                       bootstrap: int = RESAMPLES):
    """(StageImportance or None, why not): stage importance on the journey's newest survey."""
    from journeymap.analysis.driver_run import DriverError, SurveyDataError
    from journeymap.analysis.stage_importance import journey_importance as compute

    if path is None:
        return None, "the project is not saved: no survey rows to analyse"
    try:
        return compute(path, project, journey_id=journey_id, period=period,
                       method=method or importance_method(project), bootstrap=bootstrap), ""
    except SurveyDataError as exc:
        if period is not None and "no period" in str(exc):
            return journey_importance(path, project, journey_id=journey_id, method=method, bootstrap=bootstrap)
        return None, str(exc)
    except DriverError as exc:
        return None, f"stage importance could not be computed: {exc}"


def rank_journey(path, project, *, journey_id: str, period: str | None = None, weights: dict | None = None,
                 drivers: dict | None = None, importance=None,
                 intervals: int = 0) -> tuple[RankResult, list[PainPointInput]]:
    """The journey's open and accepted pain points ranked by impact, and the inputs they were ranked on.

    importance: a StageImportance; None computes it (with draws when ``intervals``); False uses the
    drivers' item sums. intervals: rank-interval resamples (0 = none).
    """
    weights = project_weights(project, weights)
    weight_vector(weights)  # refuse bad weights before any work
    if drivers is None:
        drivers, _ = journey_drivers(path, project, journey_id=journey_id, period=period)
    if importance is None:
        importance, _ = journey_importance(path, project, journey_id=journey_id, period=period,
                                           bootstrap=intervals)
    importance = importance or None
    inputs = build_inputs(project, journey_id=journey_id, drivers=drivers, period=period, importance=importance)
    scales, _ = journey_scales(project, journey_id=journey_id, period=period)
    draws = importance.draws_by_stage() if importance is not None and importance.draws.size else None
    table = prepare(inputs, scales=scales, importance_draws=draws)
    return table.rank(weights=weights, intervals=intervals), inputs
