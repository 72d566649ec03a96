"""What the scoring model takes in, and the checks that refuse bad input before anything is computed.

One pain point's raw values (:class:`PainPointInput`), the journey-level references that put them on
fixed scales (:class:`Scales`), and the validation that raises :class:`ScoringError` with a message
naming the pain point and the field. Apart from scoring.py so that the model there (the table, the
weights, the ranks) reads on its own; scoring re-exports these names, which its callers import from
there. impact_inputs.py builds these inputs from a project. Pure Python, no Qt.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real
from typing import Hashable

RAW_FIELDS = ("reach", "gap", "importance", "value", "votes", "severity")
GAP_HALF = 0.25  # a gap of a quarter of the scale scores 0.5 (g / (g + GAP_HALF))
_NON_NEGATIVE = ("reach", "value", "votes", "gap_se")
_SOURCE_VALUES = ("data", "judgment")


class ScoringError(ValueError):
    """Bad input to the scoring model; the message names the pain point and the field."""


@dataclass(frozen=True)
class Scales:
    """Journey-level references that put reach, value and votes on fixed scales (None: not known, and
    the part is then missing for every row). None of them depends on which pain points are ranked."""

    customers: float | None = None   # customers walking the journey per period (reach's 100%)
    value: float | None = None       # value per customer that scores 0.5 (same unit as the rows' value)
    fair_votes: float | None = None  # dots per pain point had the room spread its dots evenly
    gap_half: float = GAP_HALF

    def to_dict(self) -> dict:
        return {"customers": self.customers, "value": self.value, "fair_votes": self.fair_votes,
                "gap_half": self.gap_half}


@dataclass(frozen=True)
class PainPointInput:
    """One pain point's raw values; ``None`` (or NaN) means unknown.

    reach: customers affected per period; gap: how much worse the affected fare, as a share of the
    scale (0.2 = a fifth of the scale; points below target / the scale's range); gap_se: its sampling
    error (None: not measured); importance: the stage's share of R^2, 0..1; value: value at risk per
    affected customer; votes: dots; severity: 1..5. gap_source / value_source: "data" when measured,
    "judgment" when typed in by people. stage_id keys the importance draws of the rank intervals.
    borrowed: the raw fields that are the journey's, not this pain point's (the segments' value per
    customer lent to every row without its own): they complement the row's own parts, never score it alone.
    """

    id: Hashable
    title: str
    stage: str
    reach: float | None = None
    gap: float | None = None
    importance: float | None = None
    value: float | None = None
    votes: float | None = None
    severity: float | None = None
    gap_se: float | None = None
    gap_source: str = "data"
    value_source: str = "data"
    stage_id: str = ""
    borrowed: tuple[str, ...] = ()



def raw_values(p: PainPointInput) -> list[float]:
    who = f"pain point {p.id!r} ({p.title!r})"
    values = []
    for name in (*RAW_FIELDS, "gap_se"):
        v = getattr(p, name)
        if v is None:
            values.append(math.nan)
            continue
        if isinstance(v, bool) or not isinstance(v, Real):
            raise ScoringError(f"{who}: {name} must be a number, got {v!r}")
        x = float(v)
        if math.isinf(x):
            raise ScoringError(f"{who}: {name} must be finite, got {v!r}")
        if name in _NON_NEGATIVE and x < 0:
            raise ScoringError(f"{who}: {name} must not be negative, got {v!r}")
        if name == "severity" and not 1 <= x <= 5:
            raise ScoringError(f"{who}: severity must be between 1 and 5, got {v!r}")
        if name == "importance" and not 0 <= x <= 1:
            raise ScoringError(f"{who}: importance must be a share of R\u00b2 between 0 and 1, got {v!r}")
        values.append(x)
    if not isinstance(p.borrowed, tuple) or set(p.borrowed) - set(RAW_FIELDS):
        raise ScoringError(f"{who}: borrowed must be a tuple of {', '.join(RAW_FIELDS)}, got {p.borrowed!r}")
    for name in ("gap_source", "value_source"):
        if getattr(p, name) not in _SOURCE_VALUES:
            raise ScoringError(f"{who}: {name} must be 'data' or 'judgment', got {getattr(p, name)!r}")
    return values


def check_scales(scales: Scales) -> None:
    for name in ("customers", "value", "fair_votes"):
        v = getattr(scales, name)
        if v is not None and (isinstance(v, bool) or not isinstance(v, Real) or not math.isfinite(v) or v <= 0):
            raise ScoringError(f"the {name} reference must be a number above 0, got {v!r}")
    if not (isinstance(scales.gap_half, Real) and math.isfinite(scales.gap_half) and scales.gap_half > 0):
        raise ScoringError(f"gap_half must be a number above 0, got {scales.gap_half!r}")


def check_ids(items: tuple[PainPointInput, ...]) -> None:
    seen: set = set()
    for p in items:
        if not isinstance(p, PainPointInput):
            raise ScoringError(f"expected a PainPointInput, got {type(p).__name__}")
        if p.id in seen:
            raise ScoringError(f"pain point id {p.id!r} appears twice ({p.title!r})")
        seen.add(p.id)
