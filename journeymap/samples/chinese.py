"""The sample project in Chinese (``journeymap demo PATH --lang zh_CN|zh_TW``).

The same insurer, the same seeded data and the same numbers as the English sample: the project is built
by samples.insurance and then every word a reader sees is put into the language, in the entities and in
the imported raw rows alike (segment names, comments), so the data view, the filters and a re-import all
agree. Comments become Chinese comments of the same reason and source from the sample's own bank, and the
reasons keep only their Chinese keywords, so the keyword rules code the Chinese comments back to their
reasons (tests/samples/test_chinese_sample.py checks it).
"""
from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
from pathlib import Path
from typing import Any

from opencc_purepy import OpenCC

from ..core.project import Project
from ..storage import datasets as raw
from ..storage import schema
from ..storage.write import save
from . import comments as cm
from . import insurance_data as data
from .chinese_text import METRIC_NAMES, TW_TERMS, ZH_CN

LANGS = ("zh_CN", "zh_TW")
# (kind, field) pairs that hold words; everything else (ids, codes, numbers, dates) is left alone.
TEXT_FIELDS = {
    "journeys": ("name", "description"), "phases": ("name", "description"),
    "stages": ("name", "description", "department", "customer_action", "thinking", "backstage",
               "opportunities"),
    "segments": ("name", "description"), "pain_points": ("title", "description", "reason"),
    "initiatives": ("title", "description", "owner", "department", "notes"),
    "metrics": ("name", "description", "unit"), "reasons": ("name", "description"),
    "survey_items": ("label",), "datasets": ("name", "note"), "evidence": ("note",),
    "metric_values": ("segment",), "feedback": ("reason", "segment"),
}
# Keys of a mapping whose values are names in the project (journey, stage, metric, label), not columns.
MAPPING_NAME_KEYS = {"name", "journey", "stage", "phase", "label", "metric"}
# The only columns a Chinese file heads in Chinese: the survey's rating questions (the vendor writes them
# in the survey's language). Every other column is a code (customers, aht_s ...) and stays as the file has it:
# the word table would make "customers" the unit word 位客户 and the mapping would name a column no file has.
RATING_HEADERS = frozenset(it.column for it in data.ITEMS)
# Metric units the app reads as codes: analysis.impact_inputs takes the metric with unit "customers" as the
# customers passing a stage (every pain point's reach); a translated unit would leave reach unknown.
UNIT_CODES = frozenset({"customers"})


@functools.cache
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


def to_script(text: str, lang: str) -> str:
    """Chinese text in ``lang``'s script: Taiwan phrasing for zh_TW, simplified for zh_CN."""
    if lang == "zh_TW":
        # Regional terms go in as private-use marks so OpenCC cannot re-convert them (占比 -> 佔比).
        terms = sorted(TW_TERMS.items(), key=lambda kv: -len(kv[0]))
        for i, (mainland, _) in enumerate(terms):
            text = text.replace(mainland, chr(0xE000 + i))
        text = _converter("s2twp").convert(text)
        for i, (_, taiwan) in enumerate(terms):
            text = text.replace(chr(0xE000 + i), taiwan)
        # Taiwan quotes with corner brackets 「」 (『』 inside), the mainland with curly quotes
        return _DOUBLE.sub(r"「\1」", _SINGLE.sub(r"『\1』", text))
    return _converter("t2s").convert(_DOUBLE_TW.sub(r"“\1”", _SINGLE_TW.sub(r"‘\1’", text)))


_DOUBLE, _SINGLE = re.compile(r"“([^“”]*)”"), re.compile(r"‘([^‘’]*)’")
_DOUBLE_TW, _SINGLE_TW = re.compile(r"「([^「」]*)」"), re.compile(r"『([^『』]*)』")


# Evidence notes are computed sentences ("Wait time: 12-month mean 151.4 s, target 60").
_PATTERNS = [
    (re.compile(r"^(.+): 12-month mean ([\d,.]+) ?(\S*)(?:, target ([\d.]+))?$"),
     lambda m, t: f"{t(m[1])}：12 个月均值 {m[2]} {t(m[3]) if m[3] else ''}".rstrip()
     + (f"，目标 {m[4]}" if m[4] else "")),
    (re.compile(r"^(\d+) of (\d+) comments \((\d+%)\)$"), lambda m, t: f"{m[2]} 条意见中有 {m[1]} 条（{m[3]}）"),
    (re.compile(r"^mean ([\d.]+) on ([\d-]+) \(n = (\d+)\); (\d+%) in the two worst boxes$"),
     lambda m, t: f"{m[2]} 分制均值 {m[1]}（n = {m[3]}）；{m[4]} 落在最差的两档"),
]


class Localizer:
    """English -> ``lang`` for the sample's words; a word it does not know is reported, not left English."""

    def __init__(self, lang: str):
        if lang not in LANGS:
            raise ValueError(f"no Chinese sample for language {lang!r}: use zh_CN or zh_TW")
        self.lang = lang
        self.missing: set[str] = set()

    def __call__(self, text: str) -> str:
        if not text or not _has_latin_words(text):
            return to_script(text, self.lang) if text else text
        if text in ZH_CN:
            return to_script(ZH_CN[text], self.lang)
        for pattern, render in _PATTERNS:
            match = pattern.match(text)
            if match:
                return to_script(render(match, self), self.lang)
        self.missing.add(text)
        return text

    def known(self, text: str) -> str:
        """``text`` translated where the table has it, else as it is (a column code such as ``aht_s``)."""
        return to_script(ZH_CN[text], self.lang) if text in ZH_CN else text

    def metric(self, name: str) -> str:
        """A metric's name: its own term where the word means something else elsewhere (Complaints, the
        department, is 投诉处理部; the metric counting complaints is 投诉量)."""
        return to_script(METRIC_NAMES[name], self.lang) if name in METRIC_NAMES else self(name)

    def column(self, name: str) -> str:
        """A file's column: a rating question's header in the language, any other column as it is."""
        return self.known(name) if name in RATING_HEADERS else name


# Latin words Chinese CX writing keeps as they are (acronyms, the word "App").
KEPT_LATIN = {"CSAT", "NPS", "CES", "CRM", "SMS", "App", "IBAN", "IVR"}


def _has_latin_words(text: str) -> bool:
    return any(w not in KEPT_LATIN for w in re.findall(r"[A-Za-z]{2,}", text))


def localize_project(project: Project, lang: str) -> Localizer:
    """Every word of the project in ``lang``, in place; returns the localizer (``missing`` lists misses)."""
    tr = Localizer(lang)
    project.set_info(title=tr(project.info.title), organisation=tr(project.info.organisation),
                     description=tr(project.info.description), locale=lang, currency="CNY")
    for kind, fields in TEXT_FIELDS.items():
        for entity in list(project.all(kind)):
            changes = {f: _field(tr, kind, f, getattr(entity, f)) for f in fields if getattr(entity, f)}
            changes = {f: v for f, v in changes.items() if v != getattr(entity, f)}
            if changes:
                project.update(kind, entity.id, **changes)
    for ds in project.all("datasets"):
        project.update("datasets", ds.id, mapping=_mapping(ds.mapping, tr))
    for saved in list(project.all("mappings")):
        project.remove("mappings", saved.name)
        project.add(type(saved)(tr(saved.name), saved.kind, _mapping(saved.mapping, tr)))
    for item in project.all("survey_items"):   # the rating columns, as the mapping now names them
        if item.column != tr.column(item.column):
            project.update("survey_items", item.id, column=tr.column(item.column))
    _localize_reasons(project, lang)
    _localize_comments(project, lang)
    return tr


def _field(tr: Localizer, kind: str, field: str, value: str) -> str:
    if kind == "metrics" and field == "name":
        return tr.metric(value)
    if kind == "metrics" and field == "unit" and value in UNIT_CODES:
        return value
    return tr(value)


def _mapping(value: Any, tr: Localizer, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _mapping(v, tr, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_mapping(v, tr, key) for v in value]
    if isinstance(value, str) and key == "metric":
        return tr.metric(value)
    if isinstance(value, str) and key in MAPPING_NAME_KEYS:
        return tr(value)
    if isinstance(value, str) and key == "column":
        return tr.column(value)
    return value


def _localize_reasons(project: Project, lang: str) -> None:
    """Keep each reason's Chinese keywords only, in the sample's script (the matcher handles the other)."""
    for reason in project.all("reasons"):
        chinese = [to_script(k, lang) for k in reason.keywords if not k.isascii()]
        project.update("reasons", reason.id, keywords=list(dict.fromkeys(chinese)))


def _localize_comments(project: Project, lang: str) -> None:
    """Each comment becomes a Chinese comment of its reason and source, chosen by its id (deterministic)."""
    english_reason = {to_script(v, lang): k for k, v in ZH_CN.items() if k in cm.TEXTS}
    for item in project.all("feedback"):
        if not _has_latin_words(item.text):
            text = to_script(item.text, lang)
        else:
            reason = english_reason[item.reason]
            bank = cm.TEXTS[reason].get((item.source, lang)) or cm.TEXTS[reason][(item.source, "zh_CN")]
            digest = int(hashlib.sha256(item.id.encode()).hexdigest(), 16)
            body = bank[digest % len(bank)].format(n=2 + digest % 4, weeks=3 + digest % 7,
                                                   minutes=20 + digest % 36, amount=(3 + digest % 22) * 100,
                                                   pct=12 + digest % 19, month=f"{1 + digest % 11}月")
            text = to_script(body, lang)
        if text != item.text:
            project.update("feedback", item.id, text=text)


def _localize_raw(conn: sqlite3.Connection, project: Project, tr: Localizer) -> None:
    """The raw rows of the datasets as the localised entities say: segment names, the operating rows'
    stages (a new period's file names them as the journey does) and comments."""
    segments = {s: tr(s) for s in ("Private customers", "Small business")}
    texts = {f"C{int(f.id[3:]):04d}": f for f in project.all("feedback")}
    for ds in project.all("datasets"):
        table = schema.raw_table(ds.id)
        columns = [(r[1], r[2]) for r in conn.execute(f"PRAGMA table_info({table})")]
        names = [c for c, _ in columns]
        rows = [list(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]
        for row in rows:
            for i, value in enumerate(row):
                if isinstance(value, str) and value in segments:
                    row[i] = segments[value]
            if ds.kind == "operations":
                row[names.index("stage")] = tr(row[names.index("stage")])
            if ds.kind == "feedback":
                item = texts[row[names.index("comment_id")]]
                row[names.index("comment")] = item.text
                row[names.index("touchpoint")] = tr(row[names.index("touchpoint")])
                if row[names.index("reason_code")]:
                    row[names.index("reason_code")] = item.reason
        raw.write_raw(conn, ds.id, columns, rows)


def build_sample(path: Path, lang: str) -> list[str]:
    """Writes the Chinese sample to ``path``; returns the English texts it could not translate ([])."""
    from .insurance import build_project

    project, writers = build_project()
    tr = localize_project(project, lang)

    def write_rows(conn: sqlite3.Connection) -> None:
        for write in writers:
            write(conn)
        _localize_raw(conn, project, tr)
    project.mark_saved()
    save(project, Path(path), also=write_rows)
    return sorted(tr.missing)
