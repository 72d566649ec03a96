"""Recoding comments by the project's keyword rules, as one undoable edit (no Qt here).

``recode_commands`` applies the rules (analysis/reasons.py: substring match, so Chinese works
without spaces; simplified and traditional spellings match each other) to the feedback items
and returns one Macro of UpdateEntity edits, or None when nothing would change. Items coded
from a file column or by hand are left alone unless ``keep_column_codes`` is False.
``reason_commands`` turns the rows a user edited (the reasons dialog) into core commands.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable, Sequence

import pandas as pd

from journeymap.core import commands
from journeymap.core.commands import Command, Macro, UpdateEntity
from journeymap.core.model import FeedbackItem, Reason, new_id

from . import reasons
from journeymap.core.project import Project

KEPT = ("column", "hand")
_SPLIT = re.compile(r"[,，、;；\n]")


def split_keywords(text: str) -> list[str]:
    """Keywords from a comma-separated list (ASCII, full-width and ideographic commas too)."""
    return [k.strip() for k in _SPLIT.split(text or "") if k.strip()]


def _in_scope(project: Project, journey_id: str | None, keep_column_codes: bool) -> list:
    items = project.all("feedback")
    if journey_id is not None:
        items = [f for f in items if f.journey == journey_id]
    if keep_column_codes:
        items = [f for f in items if f.coded_by not in KEPT]
    return items


def _codes(items: list, rules: Sequence[reasons.Rule]) -> list[str | None]:
    if not items:
        return []
    texts = pd.Series([f.text for f in items], dtype=object)
    return list(reasons.code_texts(texts, rules))


def _plan(project: Project, *, journey_id, keep_column_codes, rules) -> list[tuple[FeedbackItem, str, str]]:
    """(item, new reason, new coded_by) for every item in scope."""
    if rules is None:
        rules = project.all("reasons")
    rules = reasons.rules_from(rules)
    items = _in_scope(project, journey_id, keep_column_codes)
    out = []
    for item, code in zip(items, _codes(items, rules)):
        if code is None or (isinstance(code, float) and code != code):
            out.append((item, "", ""))
        else:
            out.append((item, str(code), "rule"))
    return out


def recode_commands(project: Project, *, journey_id: str | None = None, keep_column_codes: bool = True,
                    rules: Iterable | None = None) -> Command | None:
    """One Macro "Recode comments" of the feedback edits the rules call for, or None.

    ``rules``: Rules, Reasons or dicts to use instead of the project's reasons (the dialog
    previews the rules being edited)."""
    edits = [UpdateEntity("feedback", item.id, {"reason": reason, "coded_by": coded_by},
                          label="Recode comment")
             for item, reason, coded_by in _plan(project, journey_id=journey_id,
                                                 keep_column_codes=keep_column_codes, rules=rules)
             if (item.reason, item.coded_by) != (reason, coded_by)]
    return Macro(edits, label="Recode comments") if edits else None


def preview(project: Project, *, journey_id: str | None = None, keep_column_codes: bool = True,
            rules: Iterable | None = None) -> dict[str, int]:
    """How many of the recoded comments each reason would get; "" counts the uncoded ones.
    Most frequent first."""
    counts = Counter(reason for _, reason, _ in _plan(project, journey_id=journey_id,
                                                      keep_column_codes=keep_column_codes, rules=rules))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def reason_commands(project: Project, rows: Sequence[dict]) -> list[Command]:
    """Commands that make the project's reasons what ``rows`` say, in order: removals, edits,
    additions. A row: id (None for a new reason), name, keywords (list), stage, priority.
    Rows without a name are skipped (an existing reason keeps its old name)."""
    out: list[Command] = []
    kept = {row["id"] for row in rows if row.get("id")}
    gone = [r.id for r in project.all("reasons") if r.id not in kept]
    if gone:
        out.append(commands.delete("reasons", gone, label="Delete reasons"))
    for row in rows:
        name = (row.get("name") or "").strip()
        values: dict[str, Any] = {"keywords": list(row.get("keywords") or []), "stage": row.get("stage") or None,
                  "priority": int(row.get("priority") or 0)}
        if row.get("id"):
            old = project.get("reasons", row["id"])
            if name:
                values["name"] = name
            changes = {k: v for k, v in values.items() if getattr(old, k) != v}
            if changes:
                out.append(commands.edit("reasons", old.id, undo_text="Edit reason", **changes))
        elif name:
            out.append(commands.add(Reason(new_id("rs"), name, **values), label="Add reason"))
    return out
