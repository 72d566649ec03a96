"""Operating data: per-row values checked, then aggregated per (stage, period, segment)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import convert
from .checks import Checker, common, frame_of
from .mapping import OperationsMapping, OpMetric
from .readers import RawTable
from .report import ValidationReport

LONG_COLUMNS = ["stage", "metric", "period", "segment", "value", "n"]


@dataclass
class OperationsResult:
    """``frame``: long rows stage, metric, period, segment, value, n ("" period or segment: the
    file has none); ``rows``: the typed rows before aggregation (line, stage, period, segment,
    one float column per metric)."""
    frame: pd.DataFrame
    rows: pd.DataFrame
    report: ValidationReport


def validate_operations(raw: RawTable, mapping: OperationsMapping, *,
                        skip_invalid: bool = False) -> OperationsResult:
    ck = Checker(raw, "operations", skip_invalid)
    cols = common(ck, mapping)
    if mapping.period_rule in ("month", "quarter") and mapping.date is not None:   # a month/quarter rule has a date
        ck.flag(pd.isna(cols["date"]) & ~ck.bad_rows, mapping.date, "has no date, so no period")
    cols["stage"] = _stage(ck, mapping)
    for m in mapping.metrics:
        cols[f"m:{m.metric}"] = _metric_values(ck, m)
    keep = ["line", "stage", "period", "segment"] + [f"m:{m.metric}" for m in mapping.metrics]
    rows = ck.finish(frame_of({k: cols[k] for k in keep}))
    return OperationsResult(aggregate(rows, mapping), rows, ck.report)


def _stage(ck: Checker, m: OperationsMapping) -> np.ndarray:
    if not m.stage_column:
        return np.full(len(ck.raw), m.stage, dtype=object)
    stage = convert.texts(ck.raw.frame[m.stage_column])
    if m.stage:
        return stage.fillna(m.stage).to_numpy()
    ck.flag(stage.isna().to_numpy(), m.stage_column, "has no stage")
    return stage.to_numpy()


def _metric_values(ck: Checker, metric: OpMetric) -> np.ndarray:
    if metric.agg == "count":   # counts non-blank cells, whatever they hold (an id, a flag)
        blank = convert.strings(ck.raw.frame[metric.column])
        import pyarrow.compute as pc
        return np.where(pc.equal(blank, "").to_numpy(zero_copy_only=False), np.nan, 1.0)
    parsed = convert.numbers(ck.raw.frame[metric.column])
    ck.flag(parsed.bad, metric.column, "is not a number")
    return parsed.values


def aggregate(rows: pd.DataFrame, mapping: OperationsMapping) -> pd.DataFrame:
    """One groupby over (stage, period, segment) with each metric's own aggregate."""
    keys = rows[["stage", "period", "segment"]].astype(object).fillna("")
    spec = {}
    for i, m in enumerate(mapping.metrics):
        spec[f"v{i}"] = (f"m:{m.metric}", m.agg)
        spec[f"n{i}"] = (f"m:{m.metric}", "count")
    data = pd.concat([keys, rows.drop(columns=["line", "stage", "period", "segment"])], axis=1)
    g = data.groupby(["stage", "period", "segment"], sort=True).agg(**spec).reset_index()
    parts = []
    for i, m in enumerate(mapping.metrics):
        part = g[["stage", "period", "segment"]].assign(metric=m.metric, value=g[f"v{i}"], n=g[f"n{i}"])
        parts.append(part.loc[part["n"] > 0])
    out = pd.concat(parts, ignore_index=True)[LONG_COLUMNS]
    out["value"] = out["value"].astype(float)
    out["n"] = out["n"].astype(np.int64)
    return out
