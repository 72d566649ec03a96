"""The metrics of each stage of a journey, from the project file: what the canvas badges, the
heatmap and the stage inspector show. Headless (numpy, pandas), no Qt.

Survey metrics come from every wave of the journey's newest survey (analysis.waves.wave_datasets:
next month's file imported with the same mapping is a wave): their rows (analysis.survey_data.
wave_rows, which reads and keeps them; items matched by column to the newest wave's, a period found
in two waves read from the newer), through analysis.metrics.stage_metrics, items rolled up to their
stage. Operating metrics come from the MetricValues of the journey's stages
(analysis.metrics.operating_summary).

Finished tables are kept by (file, mtime, size, filters, what the project says about items,
metrics and stages); any edit makes a new key, and a recompute after it starts from the kept rows.

Survey lag: each stage gets the median lag of the rows that answered one of its items (``lag_days``;
None when unknown; the per-row lag is analysis.stage_rows'), flagged 'lag Nd' over LAG_DAYS.
"""
from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from . import metrics
from .lru import Lru
from .stage_operating import operating_long, operating_part, operating_specs
from .stage_rows import LAG, row_specs
from .survey_data import forget_rows, wave_rows
from .waves import wave_datasets

MIN_N = 30
# A survey answered the same or the next day still reports the experience; from two days on it
# measures the customer's memory of it (docs/domain.md, satisfaction data quality). Flag a stage
# whose median lag between contact and survey exceeds this many days.
LAG_DAYS = 1
COLUMNS = ["stage_id", "stage", "metric", "kind", "value", "n", "target", "better", "on_target", "flags",
           "lag_days", "unit"]
SCORE = "Score (0-100)"    # a stage's items on 0-100 (100 = the better end): comparable across any scales
_TABLES = Lru(32)          # full key -> DataFrame


def clear_cache() -> None:
    """Forget every kept table and survey row (a cold read, as in a fresh process)."""
    _TABLES.clear()
    forget_rows()


def _mask(frame: pd.DataFrame, segment, period) -> pd.DataFrame:
    keep = np.ones(len(frame), dtype=bool)
    for col, want in (("segment", segment), ("period", period)):
        if want not in (None, ""):
            keep &= (frame[col] == want).to_numpy(dtype=bool, na_value=False)
    return frame if keep.all() else frame.loc[keep]


def _satisfaction_name(specs: list[dict]) -> str:
    return "CES" if specs and all(s["better"] == "lower" for s in specs) else "CSAT"


def _journey_stages(project, journey_id: str) -> list:
    order = {p.id: p.order for p in project.phases_of(journey_id)}
    stages = project.stages_of(journey_id)
    return [s for _, s in sorted(enumerate(stages), key=lambda t: (order.get(t[1].phase, 1 << 30), t[0]))]


def _edit_key(project, journey_id: str, waves) -> tuple:
    stages = tuple((s.id, s.name) for s in _journey_stages(project, journey_id))
    specs = tuple(tuple(sorted((k, str(v)) for k, v in s.items())) for d in waves for s in row_specs(project, d))
    defs = tuple((d.id, d.name, d.target, d.better, d.kind) for d in project.all("metrics"))
    sids = {s for s, _ in stages}
    values = tuple((v.metric, v.stage, v.period, v.segment, v.value, v.n) for v in project.all("metric_values")
                   if v.stage in sids)
    return stages, tuple(d.id for d in waves), specs, defs, hash(values)


def _file_key(path) -> tuple:
    key = str(Path(path).resolve())
    try:
        st = Path(path).stat()
        return key, st.st_mtime_ns, st.st_size
    except OSError:
        return key, None, None


def _row(stage, metric, kind, value, n, target, better, lag_days=None, unit="") -> dict:
    value = None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)
    n = int(n or 0)
    ok = None if target is None or value is None else bool(metrics.on_target(value, target=target, better=better))
    flags = []
    if value is None or n == 0:
        flags.append("no data")
    elif n < MIN_N and kind == "satisfaction":
        flags.append("n<30")  # a sample too small; operating n counts periods, not people
    if ok is False:
        flags.append("off target")
    if lag_days is not None and lag_days > LAG_DAYS:
        flags.append(f"lag {round(lag_days, 1):g}d")
    return {"stage_id": stage.id, "stage": stage.name, "metric": metric, "kind": kind, "value": value, "n": n,
            "target": target, "better": better, "on_target": ok, "flags": flags, "lag_days": lag_days,
            "unit": unit or ""}


def _stage_lags(frame: pd.DataFrame, specs: list[dict]) -> dict:
    """stage id -> median lag in days of the rows that answered one of its items (only stages
    where some such row has a known lag)."""
    if LAG not in frame or not len(frame):
        return {}
    lag = frame[LAG].to_numpy(dtype=float)
    known = ~np.isnan(lag)
    by_stage: dict = {}
    for sp in specs:
        answered = by_stage.setdefault(sp["stage"], np.zeros(len(frame), dtype=bool))
        answered |= frame[sp["key"]].notna().to_numpy()
    return {stage: float(np.median(lag[answered & known])) for stage, answered in by_stage.items()
            if (answered & known).any()}


def _survey_part(path, project, stages, waves, segment, period) -> list[dict]:
    defs = {d.name: d for d in project.all("metrics")}
    rows, specs = wave_rows(path, project, waves) if waves else (None, [])
    table, lags = pd.DataFrame(), {}
    if specs:
        frame = _mask(rows, segment, period)
        lags = _stage_lags(frame, specs)
        table = metrics.stage_metrics(frame, specs, by=())
        table = table.loc[table["level"] == "stage"].set_index("stage")
    labels = _mean_labels(stages, specs)
    # an unrated stage's 'no data' row carries the label most rated stages use ('CSAT (1-5)')
    common = Counter(v for v in labels.values() if v[0].startswith("CSAT")).most_common(1)
    unrated = common[0][0] if common else ("CSAT", "")
    out = []
    for stage in stages:
        mine = [s for s in specs if s["stage"] == stage.id]
        r = table.loc[stage.id] if mine and stage.id in table.index else None
        lag = lags.get(stage.id) if r is not None else None
        n = r["n"] if r is not None else 0
        if r is None or stage.id in labels:     # a mean on one scale (or 'no data' for an unrated stage)
            name, unit = labels.get(stage.id, unrated if not mine else (_satisfaction_name(mine), ""))
            d = defs.get(name)
            value = r["mean"] if r is not None else None
            out.append(_row(stage, name, "satisfaction", value, n, d.target if d else None,
                            d.better if d else ("lower" if name.startswith("CES") else "higher"), lag, unit))
        if r is None:
            continue
        d = defs.get(SCORE)
        out.append(_row(stage, SCORE, "satisfaction", r["score"], n, d.target if d else None, "higher", lag,
                        "0-100"))
        if not math.isnan(r["top2box"]):
            d = defs.get("Top-2-box")
            out.append(_row(stage, "Top-2-box", "satisfaction", r["top2box"], n,
                            d.target if d else None, "higher", lag, "share"))
    return out


def _mean_labels(stages, specs: list[dict]) -> dict:
    """stage id -> (label, unit) of the mean of its items, for stages whose items share one scale and
    direction: 'CSAT' (or 'CES') with the unit '1-5'; where the journey uses a label on more than one
    scale, the label names it ('CSAT (1-7)'). A stage mixing scales or directions has no mean: its
    0-100 score is its number (one unit per label)."""
    found = {}
    for stage in stages:
        mine = [s for s in specs if s["stage"] == stage.id]
        if mine and len({(tuple(s["scale"]), s["better"]) for s in mine}) == 1:
            lo, hi = mine[0]["scale"]
            found[stage.id] = (_satisfaction_name(mine), f"{lo:g}-{hi:g}")
    units: dict = {}
    for name, unit in found.values():
        units.setdefault(name, set()).add(unit)
    return {sid: (f"{name} ({unit})" if len(units[name]) > 1 else name, unit) for sid, (name, unit) in found.items()}


def stage_metric_table(path, project, *, journey_id: str, segment: str | None = None,
                       period: str | None = None) -> pd.DataFrame:
    """One row per (stage, metric) of the journey: stage_id, stage, metric, kind (satisfaction |
    operating), value, n, target, better, on_target (bool or None), flags ('n<30', 'no data',
    'off target', 'lag Nd'), lag_days (median days from contact to survey of the stage's
    answers; None when unknown or operating), unit ('1-5', '0-100', 'share', or the MetricDef's).
    Every stage has a satisfaction row, flagged 'no data' when nothing rates it. A rated stage has
    CSAT/CES (its items' mean, when they share a scale and direction), Score (0-100) and Top-2-box."""
    stages = _journey_stages(project, journey_id)
    waves = wave_datasets(project, journey_id)
    key = (_file_key(path), journey_id, segment, period, _edit_key(project, journey_id, waves))
    found = _TABLES.get(key)
    if found is not None:
        return found.copy()
    rows = _survey_part(path, project, stages, waves, segment, period)
    rows += operating_part(project, stages, segment, period)
    order = {s.id: i for i, s in enumerate(stages)}
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["lag_days"] = pd.Series([r["lag_days"] for r in rows], dtype=object)   # None, not NaN
    table = table.iloc[np.argsort([order[s] for s in table["stage_id"]], kind="stable")].reset_index(drop=True)
    return _TABLES.put(key, table).copy()


def stage_trend(path, project, *, stage_id: str, metric: str) -> pd.DataFrame:
    """period, value, n of one stage's metric across periods (for the inspector's trend)."""
    stage = project.get("stages", stage_id)
    waves = wave_datasets(project, stage.journey)
    rows, every = wave_rows(path, project, waves) if waves else (None, [])
    specs = [s for s in every if s["stage"] == stage_id]
    if specs and (metric in ("Top-2-box", SCORE) or metric.startswith(("CSAT", "CES"))):
        table = metrics.stage_metrics(rows, specs, by=("period",))
        table = table.loc[(table["level"] == "stage") & (table["period"] != "")].sort_values("period")
        col = {"Top-2-box": "top2box", SCORE: "score"}.get(metric, "mean")
        values = table[col].where(table[col].notna(), table["score"]) if col == "mean" else table[col]
        return pd.DataFrame({"period": table["period"].to_numpy(), "value": values.to_numpy(dtype=float),
                             "n": table["n"].to_numpy(dtype=np.int64)})
    long = operating_long(project, [stage])
    long = long.loc[(long["metric"] == metric) & (long["period"] != "")]
    specs = [s for s in operating_specs(project) if s["metric"] == metric]
    rows = []
    for per in sorted(long["period"].unique()):
        s = metrics.operating_summary(long, metrics=specs, period=per)
        if len(s):
            rows.append((per, float(s["value"].iloc[0]), int(s["n"].iloc[0])))
    return pd.DataFrame(rows, columns=["period", "value", "n"])
