"""A journey's survey answers by period, across all its survey datasets (monthly waves).

The monthly rhythm imports next month's file as a new dataset with the same mapping, so comparing
periods means reading every survey dataset of the journey. Items are matched across datasets by
their column in the source file (the mapping's key); a period found in several datasets is read
from the newest. Datasets are waves of one survey when their mappings name the same outcome
(column and type) and share at least one item column (``wave_datasets``): `import --name` gives
each month's dataset its own name, so the name cannot tell. The Waves are built from each wave's
columns (stack_waves); analysis.survey_data.load_waves reads them from the file. No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from journeymap.analysis.survey_frame import survey_datasets


@dataclass(frozen=True)
class ItemInfo:
    column: str
    item_id: str
    stage: str | None
    label: str
    scale: tuple[float, float]
    better: str


@dataclass
class Waves:
    periods: np.ndarray               # period per row (str)
    weights: np.ndarray               # 1.0 where the survey has none
    outcome: np.ndarray
    answers: dict                     # column -> float array (NaN = missing)
    items: dict                       # column -> ItemInfo
    outcome_type: str = ""
    outcome_label: str = ""
    segments: np.ndarray | None = None    # segment per row (str, "" = none)
    datasets: tuple = ()                  # (Dataset, rows read from it) per wave, newest first

    def period_list(self) -> list[str]:
        return sorted({p for p in self.periods.tolist() if p})

    def rows(self, periods) -> np.ndarray:
        return np.isin(self.periods, list(periods))


def _signature(project, dataset) -> tuple:
    """(outcome column, outcome type) and the item columns of a survey dataset's mapping."""
    out = (dataset.mapping or {}).get("outcome") or {}
    out = {"column": out} if isinstance(out, str) else out
    columns = {it.column for it in project.where("survey_items", dataset=dataset.id)}
    return (str(out.get("column") or ""), str(out.get("type") or "")), columns


def wave_datasets(project, journey_id: str, dataset=None) -> list:
    """The survey datasets of the journey that are waves of the same survey as ``dataset`` (default:
    the newest), newest first; [] when the journey has no survey."""
    found = survey_datasets(project, journey_id)
    if not found:
        return []
    anchor = dataset if dataset is not None else found[0]
    outcome, columns = _signature(project, anchor)
    waves = []
    for d in found:
        its_outcome, its_columns = _signature(project, d)
        if d.id == anchor.id or (its_outcome == outcome and its_columns & columns):
            waves.append(d)
    return waves


def wave_columns(items) -> list[str]:
    """The columns stack_waves needs of a wave whose SurveyItems are ``items``."""
    return ["period", "segment", "weight", "outcome"] + [f"i{it.position}" for it in items]


def stack_waves(reads, *, outcome_label: str = "", outcome_type: str = "") -> Waves:
    """The Waves of a survey from each wave's columns: ``reads`` is (Dataset, its SurveyItems, its
    wave_columns as {name: values}) per wave, newest first. Rows are stacked newest wave first; a
    period is kept from the newest wave that has it; each item's missing codes read as NaN."""
    parts: list[tuple] = []
    items: dict[str, ItemInfo] = {}
    seen: dict[str, None] = {}                    # the periods read so far, in order
    read: list[tuple] = []
    for ds, its, cols in reads:                     # newest first: it owns a period it shares
        period = np.array([p or "" for p in cols["period"]], dtype=object)
        keep = ~np.isin(period, list(seen))
        read.append((ds, int(keep.sum())))
        answers = {}
        for it in its:
            x = np.asarray(cols[f"i{it.position}"], dtype=float).copy()
            if it.missing:
                x[np.isin(x, [float(c) for c in it.missing])] = np.nan
            answers[it.column] = x[keep]
            items.setdefault(it.column, ItemInfo(it.column, it.id, it.stage, it.label or it.column,
                                                 (float(it.scale_min), float(it.scale_max)), it.better or "higher"))
        w = np.asarray(cols["weight"], dtype=float)[keep]
        segment = np.array([v or "" for v in cols["segment"]], dtype=object)[keep]
        parts.append((period[keep], np.where(np.isnan(w), 1.0, w), np.asarray(cols["outcome"], float)[keep],
                      answers, segment))
        seen.update(dict.fromkeys(period[keep].tolist()))
    n = sum(len(p[0]) for p in parts)
    merged = {c: np.concatenate([p[3].get(c, np.full(len(p[0]), np.nan)) for p in parts]) if n else
              np.array([]) for c in items}
    return Waves(np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
                 np.concatenate([p[2] for p in parts]), merged, items, outcome_type, outcome_label,
                 np.concatenate([p[4] for p in parts]), tuple(read))
