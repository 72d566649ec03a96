"""Feedback rows (one comment each): text, stage, reason, score, source, date, period."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from ..i18n import N_
from . import convert
from .checks import Checker, common, frame_of, ids, scaled
from .mapping import FeedbackMapping
from .readers import RawTable
from .report import ValidationReport

# Spellings of the two sources seen in exports; anything else is a problem to fix.
SOURCE_WORDS = {"customer": "customer", "customers": "customer", "client": "customer", "c": "customer",
                "客户": "customer", "客戶": "customer", "顾客": "customer", "顧客": "customer",
                "employee": "employee", "employees": "employee", "staff": "employee", "e": "employee",
                "员工": "employee", "員工": "employee"}


@dataclass
class FeedbackResult:
    """``frame``: line, id, text, stage, reason, score, source, date, period, segment, coded_by
    (column | rule | ""); reason is NA where no column gave one and no rule matched."""
    frame: pd.DataFrame
    report: ValidationReport


def validate_feedback(raw: RawTable, mapping: FeedbackMapping, *, skip_invalid: bool = False,
                      rules: Sequence | None = None) -> FeedbackResult:
    """Check and type the comments; code those without a reason by ``rules`` (analysis.reasons)."""
    ck = Checker(raw, "feedback", skip_invalid)
    f, n = raw.frame, len(raw)
    cols = common(ck, mapping)
    id_col = ids(ck, mapping.id)
    cols["id"] = id_col if id_col is not None else convert.no_texts(n)
    cols["text"] = convert.texts(f[mapping.text])
    cols["reason"] = convert.texts(f[mapping.reason]) if mapping.reason else convert.no_texts(n)
    cols["score"] = scaled(ck, mapping.score, scale=mapping.scale) if mapping.score else np.full(n, np.nan)
    cols["source"] = _sources(ck, mapping)
    coded_by = np.where(cols["reason"].notna(), "column", "")
    if rules and cols["reason"].isna().any():
        from ..analysis.reasons import code_texts, rules_from
        by_rule = code_texts(cols["text"], rules_from(rules))
        fill = cols["reason"].isna().to_numpy() & by_rule.notna().to_numpy()
        cols["reason"] = cols["reason"].mask(pd.Series(fill), by_rule)
        coded_by = np.where(fill, "rule", coded_by)
    cols["coded_by"] = coded_by
    cols["stage"] = _stages(f, mapping, cols["reason"])
    empty = (cols["text"].isna() & cols["reason"].isna()).to_numpy()
    order = ["line", "id", "text", "stage", "reason", "score", "source", "date", "period", "segment",
             "coded_by"]
    frame = frame_of({k: cols[k] for k in order})
    if empty.any():   # a blank comment with no reason says nothing: leave it out, not an error,
        # but count it as dropped, so the Check page's "kept" is what the import stores
        many, one = ((N_("have neither a comment nor a reason"), N_("has neither a comment nor a reason"))
                     if mapping.reason else (N_("have no comment text"), N_("has no comment text")))
        ck.report.leave_out(ck.lines[empty], many=many, one=one)
        frame = frame.loc[~empty]
        ck.bad_rows = ck.bad_rows[~empty]
    return FeedbackResult(ck.finish(frame.reset_index(drop=True)), ck.report)


def _sources(ck: Checker, m: FeedbackMapping) -> np.ndarray:
    if not m.source_column:
        return np.full(len(ck.raw), m.source, dtype=object)
    codes, uniques = convert.codes(ck.raw.frame[m.source_column])
    table = np.array([SOURCE_WORDS.get(u.casefold(), "?" if u else m.source) for u in uniques] + [m.source],
                     dtype=object)
    values = table.take(codes)
    ck.flag(values == "?", m.source_column, "is not a source: use customer or employee")
    values[values == "?"] = None   # take() made a copy
    return values


def _stages(f: pd.DataFrame, m: FeedbackMapping, reason: pd.Series) -> pd.Series:
    """reason_stages (matched without case) over stage_column over the default stage."""
    if m.stage_column:
        stage = convert.texts(f[m.stage_column])
        if m.stage:
            stage = stage.fillna(m.stage)
    else:
        stage = pd.Series([m.stage] * len(f), dtype="str")
    if m.reason_stages:
        table = {k.strip().casefold(): v for k, v in m.reason_stages}
        by_reason = reason.str.casefold().map(table)
        stage = by_reason.where(by_reason.notna(), stage)
    return stage.astype("str")
