"""From raw string columns to typed frames, with a ValidationReport of every bad cell.

Blank cells and an item's missing codes are missing values, never errors. Each check is one
vectorised mask over the column; a row with any problem is dropped only with ``skip_invalid``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np
import pandas as pd

from . import convert
from .checks import Checker, common, dates, frame_of, ids, scaled
from .errors import ImportProblem
from .feedback import FeedbackResult, validate_feedback
from .mapping import Item, Outcome, SurveyMapping
from .operations import OperationsResult, validate_operations
from .readers import RawTable
from .report import ValidationReport

RESERVED = ("line", "id", "segment", "date", "period", "weight", "outcome", "contact_date")


@dataclass
class SurveyResult:
    """``frame``: line, id, segment, date, period, weight, outcome, [contact_date], one float
    column per item (NaN = missing). ``items`` maps each item's file column to its frame column."""
    frame: pd.DataFrame
    report: ValidationReport
    items: dict[str, str] = field(default_factory=dict)
    scales: dict[str, tuple[float, float] | None] = field(default_factory=dict)   # as used, per item column; None: none given or detected
    item_specs: list[dict] = field(default_factory=list)   # for analysis.metrics.stage_metrics


# -- survey ------------------------------------------------------------------------------------

def item_key(item: Item) -> str:
    """The item's column in the typed frame: its header, unless that is a reserved name."""
    return item.column if item.column not in RESERVED else f"{item.column} (item)"


def validate_survey(raw: RawTable, mapping: SurveyMapping, *, skip_invalid: bool = False) -> SurveyResult:
    ck = Checker(raw, "survey", skip_invalid)
    cols = common(ck, mapping)
    id_col = ids(ck, mapping.id)
    cols["id"] = id_col if id_col is not None else convert.no_texts(len(raw))
    cols["weight"] = _weights(ck, mapping.weight)
    cols["outcome"] = _outcome(ck, mapping)
    contact = dates(ck, mapping.contact_date, mapping.date_format)
    if contact is not None:
        cols["contact_date"] = contact
    scales = {}
    for item in mapping.items:
        scale = item.scale or _detected_scale(ck, item)
        cols[item_key(item)] = scaled(ck, item.column, scale=scale, missing=item.missing)
        scales[item.column] = scale
    order = ["line", "id", "segment", "date", "period", "weight", "outcome"]
    frame = frame_of({k: cols[k] for k in order + [k for k in cols if k not in order]})
    specs = [{"key": item_key(i), "column": i.column, "stage": i.stage, "phase": i.phase,
              "label": i.label, "scale": scales[i.column], "better": i.better} for i in mapping.items]
    return SurveyResult(ck.finish(frame), ck.report, {i.column: item_key(i) for i in mapping.items},
                        scales, specs)


def _weights(ck: Checker, column: str | None) -> np.ndarray:
    if not column:
        return np.ones(len(ck.raw))
    parsed = convert.numbers(ck.raw.frame[column])
    ck.flag(parsed.bad, column, "is not a number")
    ck.flag(parsed.empty, column, "has no weight")
    values = parsed.values
    neg = values < 0
    ck.flag(neg, column, "is a negative weight")
    return np.where(neg, np.nan, values)


def _outcome(ck: Checker, m: SurveyMapping) -> np.ndarray:
    out = m.outcome
    if out.type == "nps":
        return scaled(ck, out.column, scale=(0, 10), whole=True)
    if out.type == "scale":
        return scaled(ck, out.column, scale=out.scale)
    values = _binary(ck.raw.frame[out.column], out.positive)
    if np.isfinite(values).any() and not (values == 1).any():
        raise ImportProblem(_no_positive(ck.raw.frame[out.column], out), path=ck.raw.path)
    return values


def _no_positive(series: pd.Series, out: Outcome) -> str:
    """A binary outcome none of whose values is positive would be constant: every answer 0."""
    counts = pd.Series(series.astype(str).str.strip()).replace("", np.nan).dropna().value_counts()
    seen = ", ".join(f"{v!r} ({n:,} rows)" for v, n in counts.head(8).items())
    more = f" and {len(counts) - 8} more" if len(counts) > 8 else ""
    wanted = ", ".join(repr(str(p)) for p in out.positive)
    return (f"outcome column {out.column!r}: none of its values matches the positive values {wanted}, so every "
            f"answer would count as negative. Values seen: {seen}{more}. Set 'positive' to the values that mean "
            "a positive outcome (e.g. satisfied).")


def _binary(series: pd.Series, positive: Sequence) -> np.ndarray:
    """1 for the positive values (text matched without case, numbers by value), 0 for any other
    non-blank value, NaN for a blank."""
    texts = {str(p).strip().casefold() for p in positive}
    nums = {float(p) for p in positive if _is_number(p)}
    codes, uniques = convert.codes(series)
    table = np.array([np.nan if u == "" else float(u.casefold() in texts or
                                                   (_is_number(u) and float(u) in nums))
                      for u in uniques] + [np.nan])
    return table.take(codes)


def _is_number(value: Any) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return not isinstance(value, bool)


def _detected_scale(ck: Checker, item: Item) -> tuple[float, float] | None:
    from .suggest import detect_scale
    values = convert.numbers(ck.raw.frame[item.column], missing=item.missing).values
    guess = detect_scale(values)
    if guess is None:
        ck.report.notes.append(f"column {item.column!r} has no scale in the mapping and none could "
                               "be detected; its values are not checked; add 'scale' to the mapping")
        return None
    ck.report.notes.append(f"column {item.column!r} has no scale in the mapping; detected "
                           f"{guess.scale[0]:g}-{guess.scale[1]:g} from its values")
    return guess.scale


__all__ = ["SurveyResult", "FeedbackResult", "OperationsResult", "validate_survey",
           "validate_feedback", "validate_operations", "item_key", "RESERVED"]
