"""Mapping suggestions the user confirms in the import wizard: stage, scale, direction.

Column-to-stage matching uses rapidfuzz: maintained, MIT-licensed, a fast C++ implementation of
the Levenshtein-family scores (fuzzywuzzy's API without its GPL python-Levenshtein), and it
compares characters, so Chinese headers match Chinese stage names without word segmentation.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from ..i18n import gettext as _
from ..i18n import language
from . import convert

SCALES = ((0, 1), (1, 5), (1, 7), (0, 10), (1, 10))
MISSING_CODES = (-99, -9, -1, 0, 9, 98, 99, 999)    # the usual "don't know / not asked" codes
NEVER_ON_A_SCALE = (-99, -9, -1, 98, 99, 999)       # no usual scale holds these: always a code
OFF_SCALE = "is off the scale"                      # the problem checks.scaled reports
LOWER_IS_BETTER = ("effort", "difficult", "hard", "wait", "time to", "how long", "problem",
                   "费力", "費力", "费劲", "費勁", "困难", "困難", "麻烦", "麻煩", "难度", "難度", "等待")
OUTCOME_WORDS = ("overall", "satisf", "recommend", "nps", "likely", "总体", "總體", "满意", "滿意",
                 "推荐", "推薦")
ID_WORDS = ("id", "respondent", "response", "编号", "編號", "序号", "序號")
RATING_SCALES = ((1, 5), (1, 7), (0, 10), (1, 10))   # a column on one of these is most likely a rated item
SEGMENT_WORDS = ("segment", "customer type", "type", "class", "group", "tier", "persona", "细分", "細分",
                 "类型", "類型", "客群")
POSITIVE_WORDS = ("satisfied", "yes", "y", "true", "1", "positive", "promoter", "满意", "滿意", "是")


@dataclass(frozen=True)
class ScaleGuess:
    scale: tuple[int, int]
    missing: tuple[float, ...] = ()   # values outside the scale that look like missing codes
    confidence: str = "high"          # high | low (few distinct values, or values off the guess)
    strays: tuple[float, ...] = ()    # a lone value above the scale, left to the Check page to name


@dataclass(frozen=True)
class ItemSuggestion:
    column: str
    stage: str | None                 # best matching stage, None under the cut-off
    score: float                      # 0..100 match of column to stage
    scale: tuple[int, int] | None
    missing: tuple[float, ...]
    better: str                       # higher | lower
    why: str                          # one line for the wizard
    rating: bool = False              # its values fit a usual rating scale (1-5, 1-7, 0-10, 1-10)

    def to_item(self) -> dict:
        """The mapping item this suggests, once the user has confirmed it."""
        item: dict[str, object] = {"column": self.column, "stage": self.stage, "better": self.better}
        if self.scale:
            item["scale"] = list(self.scale)
        if self.missing:
            item["missing"] = list(self.missing)
        return item


def match_stage(column: str, stages: Sequence[str], *, cutoff: float = 60) -> tuple[str | None, float]:
    """The stage whose name is closest to ``column`` (WRatio, case-insensitive), and its score."""
    from rapidfuzz import fuzz, process, utils
    if not stages:
        return None, 0.0
    hit = process.extractOne(column, list(stages), scorer=fuzz.WRatio, processor=utils.default_process)
    if hit is None or hit[1] < cutoff:
        return None, float(hit[1]) if hit else 0.0
    return hit[0], float(hit[1])


def detect_scale(values: np.ndarray | pd.Series) -> ScaleGuess | None:
    """The smallest usual scale (0/1, 1-5, 1-7, 0-10, 1-10) that holds the values once typical
    missing codes (99, -1 ...) are set aside, but for a lone stray above it (``_stray``: one 7 in a
    1-5 item does not make it 1-7); None when no number is present."""
    v = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
    v = v[~np.isnan(v)]
    if not len(v):
        return None
    distinct = np.unique(v)
    codes = tuple(float(c) for c in distinct if c in NEVER_ON_A_SCALE)
    core = distinct[~np.isin(distinct, codes)]
    if 9 in core and len(core) > 3 and core[core != 9].max() <= 7:
        codes += (9.0,)      # 9 past a gap above a 1-5 or 1-7 scale is "don't know", not a rating
        core = core[core != 9]
    if not len(core):
        return None
    lo, hi = core.min(), core.max()
    if lo == 0 and 1 < hi <= 7 and len(core) > 2 and np.mean(v == 0) < 0.2:
        # 0 beside 1..5 or 1..7 is usually "not applicable" (cli.md's example maps it to missing)
        rated = v[~np.isin(v, codes + (0.0,))]
        scale = (1, 5) if hi <= 5 or _stray(rated[rated > 5], rated, (1, 5)) else (1, 7)
        return ScaleGuess(scale, tuple(sorted(codes + (0.0,))), "low",
                          tuple(float(x) for x in np.unique(rated[rated > scale[1]])))
    answers = v[~np.isin(v, codes)]
    for scale in SCALES:
        if lo < scale[0]:
            continue
        above = answers[answers > scale[1]]
        if len(above) and not _stray(above, answers, scale):
            continue
        inside = core[core <= scale[1]]
        whole = bool(np.all(inside == np.round(inside)))
        few = len(inside) < min(3, scale[1] - scale[0] + 1)
        return ScaleGuess(scale, codes, "high" if whole and not few and not len(above) else "low",
                          tuple(float(x) for x in np.unique(above)))
    # No usual scale: a count, an amount or an id, whose 9s and 99s are values like any other.
    lo, hi = distinct.min(), distinct.max()
    return ScaleGuess((int(np.floor(lo)), int(np.ceil(hi))), (), "low")


def _stray(above: np.ndarray, answers: np.ndarray, scale: tuple[int, int]) -> bool:
    """Are the answers above ``scale`` a stray (a typo, a 7 in a 1-5 item) rather than the top of a
    larger scale? A real 1-7 or 0-10 item uses several points above 5 or 7, and a single point above
    is answered by more than 1% of its respondents unless it is a mistake; so: one value, from at
    most 1% of the answers, on a scale whose own points are used (three or more, or both of 0/1).
    Below 100 answers no single answer is a stray, and the larger scale holds it as before. Kept
    on the smaller scale, the stray is named with its line by the Check page (off the scale)."""
    inside = np.unique(answers[answers <= scale[1]])
    return (len(np.unique(above)) == 1 and len(above) <= 0.01 * len(answers)
            and len(inside) >= min(3, scale[1] - scale[0] + 1))


def guess_better(header: str) -> str:
    """'lower' for effort-like wording (effort, difficult, 费力 ...), else 'higher'."""
    h = header.casefold()
    return "lower" if any(w in h for w in LOWER_IS_BETTER) else "higher"


def suggest_items(frame: pd.DataFrame, *, stages: Sequence[str], skip: Sequence[str] = (),
                  cutoff: float = 60) -> list[ItemSuggestion]:
    """One suggestion per numeric-looking column not in ``skip`` (the id, outcome, date ...)."""
    out = []
    for col in frame.columns:
        if col in skip:
            continue
        parsed = convert.numbers(frame[col])
        filled = (~parsed.empty).sum()
        if not filled or parsed.bad.sum() > 0.05 * filled:
            continue   # mostly text: not a rating
        values = parsed.values[~np.isnan(parsed.values)]
        if len(values) > 20 and len(np.unique(values)) == len(values):
            continue   # every value different: a row number or an id, not a rating
        guess = detect_scale(parsed.values)
        stage, score = match_stage(str(col), stages, cutoff=cutoff)
        better = guess_better(str(col))
        why = reason(guess, stage, score, better)
        out.append(ItemSuggestion(str(col), stage, score, guess.scale if guess else None,
                                  guess.missing if guess else (), better, why,
                                  rating=bool(guess and tuple(guess.scale) in RATING_SCALES)))
    return out


def reason(guess: ScaleGuess | None, stage: str | None, score: float, better: str) -> str:
    """Why the wizard suggests an item, in the current language (journeymap.i18n): one clause each for
    the scale, the stage, the direction and the missing codes. Only the stage's name stays as typed."""
    def values(codes: Sequence[float]) -> str:
        return ", ".join(f"{c:g}" for c in codes)
    if guess is None:
        fit = _("no numbers")
    elif guess.strays:
        fit = _("values fit {low}-{high} except a lone {value} (the Check page names its line)").format(
            low=guess.scale[0], high=guess.scale[1], value=values(guess.strays))
    else:
        fit = _("values fit {low}-{high}").format(low=guess.scale[0], high=guess.scale[1])
    parts = [fit, _("name is {score}% like stage \u201c{stage}\u201d").format(score=f"{score:.0f}", stage=stage)
             if stage else _("no stage name is close")]
    if better == "lower":
        parts.append(_("effort wording: lower is better"))
    if guess and guess.missing:
        parts.append(_("{codes} off the scale: read as missing").format(codes=values(guess.missing)))
    return ("; " if language() == "en" else "\uff1b").join(parts)   # Chinese clauses: the full-width ；


def positive_values(values: pd.Series) -> list[str]:
    """For a yes/no outcome in words, the value that reads as the positive answer ('satisfied' beside
    'neutral or dissatisfied', 'yes' beside 'no'); [] when none does (the user types it)."""
    seen = pd.Series(values).dropna().astype(str).str.strip()
    distinct = [v for v in dict.fromkeys(seen) if v]
    return [v for v in distinct if v.casefold() in POSITIVE_WORDS][:1]


def guess_segment(frame: pd.DataFrame, *, skip: Sequence[str] = ()) -> str | None:
    """A text column with a segment-like header ('Customer Type', 'segment', '客户类型') and a few
    distinct values (2 to 12): what the analyst usually filters by. None when nothing fits."""
    for words in SEGMENT_WORDS:
        for col in frame.columns:
            if col in skip or words not in str(col).casefold():
                continue
            values = frame[col].dropna().astype(str).str.strip()
            values = values[values != ""]
            numeric = pd.to_numeric(values, errors="coerce").notna().mean() if len(values) else 1.0
            if 2 <= values.nunique() <= 12 and numeric < 0.5:
                return str(col)
    return None


def guess_columns(headers: Sequence[str]) -> dict[str, str | None]:
    """Likely id and outcome columns by their header words (the user confirms)."""
    def first(words: Sequence[str]) -> str | None:
        return next((h for h in headers if any(w in h.casefold() for w in words)), None)
    ids = next((h for h in headers if h.strip().casefold() in ID_WORDS), None) or first(ID_WORDS[1:])
    return {"id": ids, "outcome": first(OUTCOME_WORDS)}


def outcome_type(values: pd.Series) -> str:
    """binary, nps (0-10) or scale, from the outcome column's values."""
    parsed = convert.numbers(values)
    if parsed.bad.sum() > 0.05 * max(1, (~parsed.empty).sum()):
        return "binary"
    guess = detect_scale(parsed.values)
    if guess and guess.scale == (0, 1):
        return "binary"
    return "nps" if guess and guess.scale == (0, 10) else "scale"


def missing_code_hints(problems: pd.DataFrame) -> dict[str, dict[float, int]]:
    """column -> {code: rows} for off-scale values that are usual missing codes (0, 9, 99, -1 ...):
    what the import wizard offers to treat as missing, per item or for every item. ``problems``
    is a ValidationReport's problem table (line, column, value, problem)."""
    off = problems.loc[problems["problem"].astype(str).str.startswith(OFF_SCALE)] if len(problems) else problems
    out: dict[str, dict[float, int]] = {}
    for (column, value), rows in off.groupby(["column", "value"], sort=True).size().items() if len(off) else ():
        try:
            code = float(value)
        except ValueError:
            continue
        if code in MISSING_CODES:
            out.setdefault(str(column), {})[code] = int(rows)
    return out
