"""The survey rows the stage metrics are computed from (analysis.stage_data), as frames: a
dataset's rows cleaned (missing codes as NaN, weight 1 where none, the survey lag per row), an
import's arrays made into the same frame, and a survey's waves stacked into one. Takes frames and
arrays; analysis.survey_data reads them from the file and caches the results. No Qt.

Survey lag: when a survey's raw table has ``contact_date`` (its mapping named one) and ``date``,
each row's lag in days is kept with the rows (column ``_lag_days``); stage_data takes the median
per stage.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

LAG = "_lag_days"      # per-row lag column of the survey rows (absent when unknown)
LAG_TEXTS = ("date", "contact_date")


def row_specs(project, dataset) -> list[dict]:
    """One spec per SurveyItem of the dataset (by position), as analysis.metrics.stage_metrics takes
    them: key (its column ``i<position>`` in the rows), stage, scale, better, missing, column."""
    items = sorted(project.where("survey_items", dataset=dataset.id), key=lambda it: it.position)
    return [{"key": f"i{it.position}", "stage": it.stage, "scale": (float(it.scale_min), float(it.scale_max)),
             "better": it.better or "higher", "missing": tuple(it.missing or ()), "column": it.column}
            for it in items]


def lag_days(date, contact) -> np.ndarray:
    """Days from contact to survey answer, per row ('YYYY-MM-DD' or ISO texts); NaN where either
    is unknown."""
    def parse(values):
        codes, uniques = pd.factorize(pd.Series(values, dtype=object))
        parsed = pd.to_datetime(pd.Series(uniques, dtype=object), errors="coerce", format="ISO8601")
        seconds = (parsed - pd.Timestamp(0)).dt.total_seconds().to_numpy(dtype=float)
        return np.append(seconds, np.nan).take(np.where(codes < 0, len(seconds), codes))
    return (parse(date) - parse(contact)) / 86400.0


def clean_rows(frame: pd.DataFrame, specs=()) -> pd.DataFrame:
    """A dataset's rows (storage.survey_rows.rows_frame: segment, period, weight, items, and date
    and contact_date when it has both) made ready for the metrics, in place: weight 1 where none,
    the items' ``missing`` codes as NaN, the two dates replaced by the lag column."""
    frame["weight"] = frame["weight"].fillna(1.0)
    for sp in specs:
        codes = [float(c) for c in sp.get("missing", ()) if isinstance(c, (int, float))]
        if codes and sp["key"] in frame:
            frame.loc[frame[sp["key"]].isin(codes), sp["key"]] = np.nan
    if all(c in frame for c in LAG_TEXTS):
        date, contact = (frame.pop(c) for c in LAG_TEXTS)
        frame[LAG] = lag_days(date.to_numpy(), contact.to_numpy())
    return frame


def import_frame(columns, data) -> pd.DataFrame:
    """The rows of an import (``columns``: (name, SQL type) of the raw table; ``data``: its arrays,
    None for a column of NULLs) as clean_rows makes them from the file."""
    cols, texts = {}, {}
    for (name, _), values in zip(columns, data):
        if name in ("segment", "period"):
            cols[name] = pd.Categorical(values)
        elif name in LAG_TEXTS:
            texts[name] = values
        elif name in ("weight", "outcome") or name.startswith("i"):
            cols[name] = np.ones(len(data[0])) if values is None else values
    if "contact_date" in texts and texts.get("date") is not None:
        cols[LAG] = lag_days(texts["date"], texts["contact_date"])
    return pd.DataFrame(cols, copy=False)


def stack_wave_rows(parts, specs: list[dict]) -> pd.DataFrame:
    """The rows of a survey's waves as one frame: ``parts`` is (rows, the wave's own row_specs) per
    wave, newest first; ``specs`` the newest wave's. Items are renamed to the newest wave's keys
    by column (an item a wave lacks is NaN there); rows of a period a newer wave also holds are
    left out (the newer wave replaces it)."""
    keys = {sp["column"]: sp["key"] for sp in specs}
    frames: list[pd.DataFrame] = []
    seen: set[str] = set()
    for frame, own in parts:
        frame = frame.loc[~frame["period"].isin(seen).to_numpy(dtype=bool)]
        seen.update(str(p) for p in frame["period"].unique())
        renamed = {sp["key"]: keys[sp["column"]] for sp in own if sp["column"] in keys}
        cols = {"segment": frame["segment"].astype(object), "period": frame["period"].astype(object),
                "weight": frame["weight"]}
        cols.update({new: frame[old] for old, new in renamed.items()})
        if LAG in frame:
            cols[LAG] = frame[LAG]
        frames.append(pd.DataFrame(cols).reset_index(drop=True))
    rows = pd.concat(frames, ignore_index=True)
    for sp in specs:
        if sp["key"] not in rows:
            rows[sp["key"]] = np.nan
    rows["segment"], rows["period"] = pd.Categorical(rows["segment"]), pd.Categorical(rows["period"])
    return rows
