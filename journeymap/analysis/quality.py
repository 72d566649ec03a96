"""Data quality of a survey: how late answers came after the contact (``survey_lag``), and flags on a
stage_metrics table (``quality_flags``: small cells, stages without answers, a late survey)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Lag:
    median_days: float
    mean_days: float
    share_late: float      # share of answers more than ``late_days`` after the contact
    n: int


def survey_lag(frame: pd.DataFrame, *, contact: str = "contact_date", survey: str = "date",
               late_days: float = 2.0) -> Lag | None:
    """Days between the contact and the survey answer, where both dates are known."""
    if contact not in frame or survey not in frame:
        return None
    days = (pd.to_datetime(frame[survey]) - pd.to_datetime(frame[contact])).dt.total_seconds() / 86400
    days = days.dropna().to_numpy()
    if not len(days):
        return None
    return Lag(float(np.median(days)), float(days.mean()), float(np.mean(days > late_days)), len(days))


@dataclass(frozen=True)
class Flag:
    flag: str              # small_n | no_data | survey_lag
    stage: str | None
    detail: str
    segment: str = ""
    period: str = ""


def quality_flags(table: pd.DataFrame, *, stages: Sequence[str] = (), min_n: int = 30,
                  lag: Lag | None = None, late_days: float = 2.0) -> list[Flag]:
    """Flags on a stage_metrics table: stage cells under ``min_n`` answers, journey ``stages``
    without any data, and a survey answered late (median lag over ``late_days``)."""
    flags = []
    rows = table.loc[table["level"] == "stage"] if len(table) else table
    for r in rows.itertuples(index=False):
        seg, per = getattr(r, "segment", ""), getattr(r, "period", "")
        if 0 < r.n < min_n:
            flags.append(Flag("small_n", r.stage, f"n = {r.n} (under {min_n})", seg, per))
    with_data = set(rows.loc[rows["n"] > 0, "stage"]) if len(rows) else set()
    flags += [Flag("no_data", s, "no survey answers for this stage") for s in stages if s not in with_data]
    if lag is not None and lag.median_days > late_days:
        flags.append(Flag("survey_lag", None, f"median {lag.median_days:.1f} days between contact and "
                          f"survey; {100 * lag.share_late:.0f}% over {late_days:g} days"))
    return flags
