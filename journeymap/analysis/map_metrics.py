"""The metrics the map can show on its stage cards (badge, heatmap): one list for both sources.

A project holds metrics two ways. Operating data (and the bundled sample) store a MetricDef and
its MetricValues per stage and period. A survey stores only its raw rows: its stage metrics (CSAT
or CES, Top-2-box, Score) are computed from them by stage_data.stage_metric_table, which the Data
view and the inspector show. The map used to list only the first kind, so an imported survey
never reached it; here both are offered, each under a key that says where its values come from.

Headless: no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

from journeymap.i18n import gettext as _

from . import targets
from .survey_data import distinct_values, survey_datasets
from journeymap.core.project import Project

SURVEY = "survey:"      # key prefix of a metric computed from the journey's survey rows
SHARES = ("Top-2-box",)  # survey metrics that are shares 0..1: shown as percentages on the map


@dataclass(frozen=True)
class MapMetric:
    key: str                  # a MetricDef id, or SURVEY + the metric's name in stage_metric_table
    name: str                 # what the user reads
    unit: str = ""
    target: float | None = None
    better: str = "higher"


def _survey_table(path, project, journey_id, *, segment: str = "", period: str | None = None):
    from .stage_data import stage_metric_table
    if not path or not journey_id or not survey_datasets(project, journey_id):
        return None
    return stage_metric_table(path, project, journey_id=journey_id, segment=segment or None, period=period)


def _survey_metrics(path, project, journey_id) -> list[MapMetric]:
    table = _survey_table(path, project, journey_id)
    if table is None:
        return []
    rated = table.loc[(table["kind"] == "satisfaction") & table["value"].notna()]
    out = []
    for name in dict.fromkeys(rated["metric"]):        # first-seen order: CSAT/CES, Top-2-box, Score
        first = rated.loc[rated["metric"] == name].iloc[0]
        target = first["target"]
        target = None if target is None or target != target else float(target)
        unit = "%" if name in SHARES else str(first.get("unit", "") or "")
        if name in SHARES and target is not None:
            target *= 100
        # one unit per label, always shown: "CSAT (1-5)", "Top-2-box (%)"; "Score (0-100)" says it already
        label = _(name) if not unit or name.endswith(")") else f"{_(name)} ({unit})"
        out.append(MapMetric(SURVEY + name, label, unit, target, str(first["better"] or "higher")))
    return out


def choices(path, project, journey_id) -> list[MapMetric]:
    """Survey metrics of the journey's survey (every wave) first, then the stored MetricDefs
    (satisfaction before operating). A stored metric named like a survey one is told apart."""
    survey = _survey_metrics(path, project, journey_id)
    return survey + stored_choices(project, taken={m.name for m in survey})


def stored_choices(project: Project, *, taken=frozenset()) -> list[MapMetric]:
    """The stored MetricDefs (cheap: no survey rows read), satisfaction before operating."""
    stored = sorted(project.all("metrics"), key=lambda m: (m.kind != "satisfaction", m.name))
    return [MapMetric(m.id, m.name + (_(" (stored)") if m.name in taken else ""), m.unit or "",
                      m.target, m.better or "higher") for m in stored]


def survey_part(path, project, journey_id) -> tuple[list[MapMetric], list[str], list[str]]:
    """(metrics, segments, periods) of the journey's survey: reads its rows (seconds on a million),
    so the UI asks for it on a worker thread with a snapshot of the project."""
    return (_survey_metrics(path, project, journey_id), survey_segments(path, project, journey_id),
            survey_periods(path, project, journey_id))


def describe(path, project, journey_id, key: str | None) -> MapMetric | None:
    """The metric behind a key (None when it no longer exists)."""
    if not key:
        return None
    if key.startswith(SURVEY):
        return next((m for m in _survey_metrics(path, project, journey_id) if m.key == key), None)
    d = project.find("metrics", key)
    return None if d is None else MapMetric(d.id, d.name, d.unit or "", d.target, d.better or "higher")


def stage_values(path, project, *, key: str, journey_id: str, period: str | None = None,
                 segment: str = "") -> dict[str, float]:
    """stage id -> the value to show. Survey metrics: over the period (None = all periods) and
    segment ("" = everyone). Stored metrics: the period's value, else each stage's latest."""
    if key.startswith(SURVEY):
        table = _survey_table(path, project, journey_id, segment=segment, period=period)
        if table is None:
            return {}
        name = key[len(SURVEY):]
        rows = table.loc[(table["metric"] == name) & table["value"].notna()]
        scale = 100.0 if name in SHARES else 1.0
        return dict(zip(rows["stage_id"], rows["value"].astype(float) * scale))
    return targets.latest_values(project, metric_id=key, journey_id=journey_id, period=period, segment=segment)


def survey_segments(path, project, journey_id) -> list[str]:
    """The segments found in the journey's survey datasets (what the Drivers view offers)."""
    if not path or not journey_id:
        return []
    found: set[str] = set()
    for d in survey_datasets(project, journey_id):
        found.update(distinct_values(path, d.id, "segment"))
    return sorted(found)


def survey_periods(path, project, journey_id) -> list[str]:
    if not path or not journey_id:
        return []
    found: set[str] = set()
    for d in survey_datasets(project, journey_id):
        found.update(distinct_values(path, d.id, "period"))
    return sorted(found)
