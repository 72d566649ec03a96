"""A journey's survey answers by period, across all its survey datasets (monthly waves).

The monthly rhythm imports next month's file as a new dataset with the same mapping, so comparing
periods means reading every survey dataset of the journey. Items are matched across datasets by
their column in the source file (the mapping's key); a period found in several datasets is read
from the newest. No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


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

    def period_list(self) -> list[str]:
        return sorted({p for p in self.periods.tolist() if p})

    def rows(self, periods) -> np.ndarray:
        return np.isin(self.periods, list(periods))


def load_waves(path, project, *, journey_id: str) -> Waves | None:
    """Every survey dataset of the journey, oldest first; None when there is none."""
    from journeymap.analysis.survey_data import outcome_label, survey_datasets
    from journeymap.storage.datasets import read_columns

    datasets = list(reversed(survey_datasets(project, journey_id)))
    if path is None or not datasets:
        return None
    parts, items, seen = [], {}, {}
    for ds in reversed(datasets):                     # newest first: it owns a period it shares
        its = sorted(project.where("survey_items", dataset=ds.id), key=lambda it: it.position)
        cols = read_columns(path, ds.id, ["period", "weight", "outcome"] + [f"i{it.position}" for it in its])
        period = np.array([p or "" for p in cols["period"]], dtype=object)
        keep = ~np.isin(period, list(seen))
        answers = {}
        for it in its:
            x = np.asarray(cols[f"i{it.position}"], dtype=float).copy()
            if it.missing:
                x[np.isin(x, [float(c) for c in it.missing])] = np.nan
            answers[it.column] = x[keep]
            items.setdefault(it.column, ItemInfo(it.column, it.id, it.stage, it.label or it.column,
                                                 (float(it.scale_min), float(it.scale_max)), it.better or "higher"))
        w = np.asarray(cols["weight"], dtype=float)[keep]
        parts.append((period[keep], np.where(np.isnan(w), 1.0, w), np.asarray(cols["outcome"], float)[keep],
                      answers))
        seen.update(dict.fromkeys(period[keep].tolist()))
    n = sum(len(p[0]) for p in parts)
    merged = {c: np.concatenate([p[3].get(c, np.full(len(p[0]), np.nan)) for p in parts]) if n else
              np.array([]) for c in items}
    label, kind = outcome_label(datasets[-1])
    return Waves(np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
                 np.concatenate([p[2] for p in parts]), merged, items, kind, label)
