"""Coding comments into reasons by keyword rules, and the Pareto of reasons.

Chinese has no spaces between words, so a keyword matches as a substring anywhere; Latin text
matches without case, and full-width forms (ＡＢＣ，１２３) read as their ASCII twins (NFKC). A
keyword in simplified Chinese also matches its traditional spelling and the reverse, through the
small table below (common characters of service complaints; no conversion library needed).
Rules are tried by priority (higher first, then in the order given); the first match codes a
comment; an uncoded comment gets None (or the ``uncoded`` label).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

import numpy as np
import pandas as pd

from journeymap.core.project import Project

UNCODED = "Uncoded"

# Traditional -> simplified, character by character (only characters that differ).
_TRAD = (
         "態務員話電費貴錯誤運遲號碼價錢賠償單訂購買賣貨產險賬帳戶線網頁體驗難複雜聯繫係轉機應們個這還沒說問題讓給"
         "處辦續時間長開關門見現實際靈藥醫療報銷額與為無對點過進經結紀記錄認證輸車遞郵達發壞損換標準確親愛專業響麼"
         "麽後裡裏當從來會樣種幾條統計設備議請謝語氣東區華變動總嗎傳億萬兩覺識頭臺檯櫃隊慮壓聽講節約維護據級圖書館"
         "場飛廳簽預飲樂歡慶")
_SIMP = (
         "态务员话电费贵错误运迟号码价钱赔偿单订购买卖货产险账账户线网页体验难复杂联系系转机应们个这还没说问题让给"
         "处办续时间长开关门见现实际灵药医疗报销额与为无对点过进经结纪记录认证输车递邮达发坏损换标准确亲爱专业响么"
         "么后里里当从来会样种几条统计设备议请谢语气东区华变动总吗传亿万两觉识头台台柜队虑压听讲节约维护据级图书馆"
         "场飞厅签预饮乐欢庆")
_VARIANTS: dict[str, str] = {}
for _t, _s in zip(_TRAD, _SIMP):
    _group = "".join(sorted(set(_VARIANTS.get(_s, _s) + _t)))
    for _ch in _group:
        _VARIANTS[_ch] = _group


@dataclass(frozen=True)
class Rule:
    reason: str
    keywords: tuple[str, ...]
    priority: int = 0                     # higher is tried first
    stage: str | None = None              # the stage this reason usually belongs to
    exclude: tuple[str, ...] = ()         # a comment with one of these is not coded by this rule

    @property
    def pattern(self) -> str:
        return keyword_pattern(self.keywords)


def rules_from(items: Iterable[Any]) -> list[Rule]:
    """Rules from Rule objects, core.model.Reason-like objects (name, keywords, priority, stage)
    or dicts with the same keys ('reason' or 'name')."""
    out = []
    for it in items:
        if isinstance(it, Rule):
            out.append(it)
            continue
        get: Callable[..., Any] = it.get if isinstance(it, dict) else lambda k, d=None, o=it: getattr(o, k, d)
        out.append(Rule(reason=get("reason") or get("name"), keywords=tuple(get("keywords") or ()),
                        priority=int(get("priority") or 0), stage=get("stage"),
                        exclude=tuple(get("exclude") or ())))
    return out


def _ordered(rules: Sequence[Rule]) -> list[Rule]:
    return [r for _, r in sorted(enumerate(rules), key=lambda ir: (-ir[1].priority, ir[0]))]


def keyword_pattern(keywords: Iterable[str]) -> str:
    """One regular expression (RE2 and Python alike) matching any keyword as a substring."""
    parts = []
    for kw in keywords:
        kw = unicodedata.normalize("NFKC", kw).strip()
        if kw:
            parts.append("".join(f"[{_VARIANTS[c]}]" if c in _VARIANTS else re.escape(c) for c in kw))
    return "|".join(parts)


def code_text(text: str | None, rules: Sequence[Rule], *, uncoded: str | None = None) -> str | None:
    """The reason of one comment (for a live preview while the user edits rules)."""
    if not isinstance(text, str) or not text:
        return uncoded
    norm = unicodedata.normalize("NFKC", text)
    for rule in _ordered(rules):
        if _hit(rule.pattern, norm) and not (rule.exclude and _hit(keyword_pattern(rule.exclude), norm)):
            return rule.reason
    return uncoded


def _hit(pattern: str, text: str) -> bool:
    return bool(pattern) and re.search(pattern, text, flags=re.IGNORECASE) is not None


def code_texts(texts: pd.Series, rules: Sequence[Rule], *, uncoded: str | None = None) -> pd.Series:
    """Vectorised coding of many comments: one RE2 pass (pyarrow) per rule."""
    import pyarrow as pa
    import pyarrow.compute as pc
    arr = pa.array(texts.astype(object).where(texts.notna(), "").to_numpy(), type=pa.large_string())
    arr = pc.utf8_normalize(arr, form="NFKC")
    reason = np.full(len(texts), None, dtype=object)
    free = np.ones(len(texts), dtype=bool)
    for rule in _ordered(rules):
        if not rule.pattern or not free.any():
            continue
        hit = pc.match_substring_regex(arr, rule.pattern, ignore_case=True).to_numpy(zero_copy_only=False)
        if rule.exclude:
            hit &= ~pc.match_substring_regex(arr, keyword_pattern(rule.exclude),
                                             ignore_case=True).to_numpy(zero_copy_only=False)
        hit &= free
        reason[hit] = rule.reason
        free &= ~hit
    reason[free] = uncoded
    return pd.Series(reason, index=texts.index, dtype="str" if uncoded else object)


# -- Pareto ------------------------------------------------------------------------------------

PARETO_KEYS = ("reason", "count", "share", "cum_share", "mean_score", "stage")


def feedback_frame(project: Project, journey) -> pd.DataFrame:
    """The journey's comments as the Pareto reads them: reason, score, source, stage (name), date,
    period (month, 2026-10) and quarter (2026-Q4); a missing or unreadable date leaves both None."""
    names = {s.id: s.name for s in project.stages_of(journey.id)}
    items = project.where("feedback", journey=journey.id)
    frame = pd.DataFrame({"reason": [f.reason or None for f in items],
                          "score": [f.score for f in items],
                          "source": [f.source for f in items],
                          "stage": [names.get(f.stage or "") for f in items],
                          "date": [f.date or None for f in items]}, dtype=object)
    dates = pd.to_datetime(frame["date"], errors="coerce")
    frame["period"] = dates.dt.strftime("%Y-%m").astype(object).where(dates.notna(), None)
    frame["quarter"] = [None if pd.isna(d) else f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}" for d in dates]
    return frame


def filter_feedback(frame: pd.DataFrame, *, source: str = "all", period=None, stage=None) -> pd.DataFrame:
    """Rows of one source (customer | employee | all), period(s) and stage(s); None = all."""
    keep = np.ones(len(frame), dtype=bool)
    if source not in ("all", "customer", "employee"):
        raise ValueError(f"source is {source!r}; use customer, employee or all")
    if source != "all":
        keep &= (frame["source"] == source).to_numpy(dtype=bool, na_value=False)
    for col, want in (("period", period), ("stage", stage)):
        if want is not None:
            wanted = [want] if isinstance(want, str) else list(want)
            keep &= frame[col].isin(wanted).to_numpy(dtype=bool, na_value=False)
    return frame.loc[keep]


def pareto_frame(frame: pd.DataFrame, *, source: str = "all", period=None, stage=None,
                 include_uncoded: bool = False, uncoded: str = UNCODED) -> pd.DataFrame:
    """reason, count, share, cum_share (0..1 of the comments counted), mean_score, stage (the
    reason's most frequent stage); by count descending, ties by reason. Uncoded comments are left
    out of the shares unless ``include_uncoded``, which counts them as ``uncoded``."""
    rows = filter_feedback(frame, source=source, period=period, stage=stage)
    reason = rows["reason"].astype(object).where(rows["reason"].notna(), None)
    if include_uncoded:
        reason = reason.fillna(uncoded)
    rows = rows.assign(reason=reason).loc[reason.notna().to_numpy()]
    if rows.empty:
        return pd.DataFrame(columns=list(PARETO_KEYS))
    score = rows["score"] if "score" in rows else pd.Series(np.nan, index=rows.index)
    g = rows.assign(score=pd.to_numeric(score, errors="coerce")).groupby("reason", sort=False)
    out = pd.DataFrame({"count": g.size(), "mean_score": g["score"].mean(),
                        "stage": g["stage"].agg(_mode) if "stage" in rows else None}).reset_index()
    out = out.sort_values(["count", "reason"], ascending=[False, True], ignore_index=True)
    out["share"] = out["count"] / out["count"].sum()
    out["cum_share"] = out["share"].cumsum()
    return out[list(PARETO_KEYS)]


def _mode(stages: pd.Series):
    counts = stages.dropna().value_counts()
    if counts.empty:
        return None
    top = counts[counts == counts.iloc[0]].index
    return sorted(str(s) for s in top)[0]


def pareto(frame: pd.DataFrame, **filters) -> list[dict]:
    """The cli.md ``pareto`` reasons[]: plain JSON values, None for a missing mean score."""
    out = []
    for r in pareto_frame(frame, **filters).itertuples(index=False):
        out.append({"reason": r.reason, "count": int(r.count), "share": float(r.share),
                    "cum_share": float(r.cum_share),
                    "mean_score": None if pd.isna(r.mean_score) else float(r.mean_score),
                    "stage": None if r.stage is None or pd.isna(r.stage) else r.stage})
    return out


def compare_sources(frame: pd.DataFrame, **filters) -> pd.DataFrame:
    """Customers' and employees' shares side by side, per reason (voice of the employee)."""
    parts = {src: pareto_frame(frame, source=src, **filters).set_index("reason")["share"]
             for src in ("customer", "employee")}
    both = pd.DataFrame(parts).fillna(0.0)
    return both.sort_values("customer", ascending=False).reset_index(names="reason")
