"""Rank a journey's pain points: drivers (if not given) + impact inputs + scoring, in one call.

Headless, no Qt. The drivers are run on the journey's newest survey dataset with a small bootstrap
(``DRIVERS_BOOTSTRAP``: only the stage weights are used here, not their intervals). When they cannot
run (no survey, too few rows, an unsaved project) importance is left missing, and every row is flagged
``missing:importance`` by the scoring, never counted as zero. Weights: the given ones, else the project's
(ProjectInfo.rank_weights), else scoring.DEFAULT_WEIGHTS.
"""
from __future__ import annotations

from journeymap.analysis.impact_inputs import build_inputs
from journeymap.analysis.scoring import DEFAULT_WEIGHTS, PainPointInput, RankResult, rank

DRIVERS_BOOTSTRAP = 50


def project_weights(project, weights: dict | None = None) -> dict:
    """The weights to use: ``weights``, else the project's, else the defaults."""
    if weights:
        return dict(weights)
    stored = getattr(project.info, "rank_weights", None)
    return dict(stored) if stored else dict(DEFAULT_WEIGHTS)


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


def rank_journey(path, project, *, journey_id: str, period: str | None = None, weights: dict | None = None,
                 drivers: dict | None = None) -> tuple[RankResult, list[PainPointInput]]:
    """The journey's open and accepted pain points ranked by impact, and the inputs they were ranked on."""
    if drivers is None:
        drivers, _ = journey_drivers(path, project, journey_id=journey_id, period=period)
    inputs = build_inputs(project, journey_id=journey_id, drivers=drivers, period=period)
    return rank(inputs, weights=project_weights(project, weights)), inputs
