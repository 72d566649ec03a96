"""The stored part of the stage metric table (analysis.stage_data): the MetricValues stored per
stage, period and segment (operations imports; the sample also stores survey scores such as NPS),
combined per stage and metric by metrics.operating_summary with each metric's aggregate and target.
Headless: pandas, no Qt."""
from __future__ import annotations

import pandas as pd

from . import metrics
from .everyone import with_totals
from journeymap.core.project import Project


def _aggs(project: Project) -> dict:
    """metric name -> its aggregate, from the operations mappings of the datasets."""
    out = {}
    for d in project.all("datasets"):
        for m in (d.mapping or {}).get("metrics", []) if d.kind == "operations" else []:
            out[m.get("metric") or m.get("column")] = m.get("agg", "mean")
    return out


def operating_long(project: Project, stages) -> pd.DataFrame:
    sids = {s.id for s in stages}
    names = {d.id: d.name for d in project.all("metrics")}
    # with_totals: a period stored only per segment gets its derived all-customers row
    rows = [(v.stage, names.get(v.metric, v.metric), v.period or "", v.segment or "", v.value, v.n)
            for v in with_totals(project) if v.stage in sids and v.value is not None]
    return pd.DataFrame(rows, columns=["stage", "metric", "period", "segment", "value", "n"]).fillna({"n": 1})


def operating_specs(project: Project) -> list[dict]:
    aggs = _aggs(project)
    return [{"metric": d.name, "agg": aggs.get(d.name, "mean"), "target": d.target, "better": d.better,
             "unit": d.unit} for d in project.all("metrics")]


def _totals_first(long: pd.DataFrame) -> pd.DataFrame:
    """Everyone's rows: a (stage, metric, period) stored as a total keeps the total, one stored
    only per segment keeps its segments (combined later): never both, which would count twice.
    Decided per cell: the sample stores wait time, FCR and AHT as totals only, contacts both ways
    (dropping every total whenever any segment row existed hid those metrics altogether)."""
    total = long["segment"] == ""
    if total.all() or not total.any():
        return long
    has_total = total.groupby([long["stage"], long["metric"], long["period"]]).transform("any")
    return long.loc[total | ~has_total]


def operating_part(project: Project, stages, segment, period) -> list[dict]:
    long = operating_long(project, stages)
    if long.empty:
        return []
    if segment in (None, ""):
        long = _totals_first(long)
    summary = metrics.operating_summary(long, metrics=operating_specs(project), period=period or None,
                                        segment=segment or None)
    by_id = {s.id: s for s in stages}
    units = {d.name: d.unit or "" for d in project.all("metrics")}
    # kind 'operating' = stored values, a stored survey score (the sample's NPS per stage) included:
    # 'satisfaction' rows are those computed from the survey's rows (the map and the export read them so)
    from .stage_data import _row     # the table's row format and flags live with the table
    return [_row(by_id[r.stage], r.metric, "operating", r.value, r.n, _target(r.target), r.better,
                 unit=units.get(r.metric)) for r in summary.itertuples(index=False)]


def _target(value):
    """None for a metric without a target (the summary's column holds NaN there once any has one)."""
    return None if value is None or value != value else float(value)
