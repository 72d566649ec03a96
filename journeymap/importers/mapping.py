"""Mapping files (shared/docs/cli.md): which column of a file means what, as frozen dataclasses.

``load_mapping`` accepts a dict, a JSON string or a path, checks it and returns a SurveyMapping,
FeedbackMapping or OperationsMapping; ``to_dict()`` gives the plain dict back for saving in the
project. Keys this version does not know are kept (``extras``) so that saving loses nothing.
"""
from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal, Mapping, NoReturn, Self, Sequence, overload

from .errors import ImportProblem

KINDS = ("survey", "feedback", "operations")
OUTCOME_TYPES = ("binary", "scale", "nps")
AGGS = ("sum", "mean", "median", "count", "min", "max")
PERIODS = ("month", "quarter")
SOURCES = ("customer", "employee")
Scale = tuple[float, float]


@dataclass(frozen=True)
class Outcome:
    column: str
    type: str = "binary"                 # binary | scale | nps
    positive: tuple[Any, ...] = ()       # binary: values that count as 1
    scale: Scale | None = None           # scale: [min, max]; nps is always 0-10


@dataclass(frozen=True)
class Item:
    column: str
    stage: str
    phase: str | None = None
    scale: Scale | None = None           # None: detected from the values at import (a note says so)
    missing: tuple[Any, ...] = ()        # codes that mean "no answer"
    better: str = "higher"               # higher | lower (effort)
    label: str | None = None


@dataclass(frozen=True)
class OpMetric:
    column: str
    metric: str
    agg: str = "mean"
    unit: str = ""
    better: str = "higher"
    target: float | None = None


@dataclass(frozen=True)
class MappingBase:
    kind: str
    name: str
    journey: str
    create_stages: bool = False
    encoding: str | None = None
    sheet: str | None = None
    date: str | None = None
    date_format: str | None = None       # strftime form; None: ISO and common forms are tried
    period: str | None = None            # month | quarter | a column; None with a date: month
    segment: str | None = None
    extras: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    @property
    def period_rule(self) -> str | None:
        """month, quarter, "column" (self.period names one) or None."""
        if self.period in PERIODS:
            return self.period
        if self.period:
            return "column"
        return "month" if self.date else None

    def with_overrides(self, *, name: str | None = None, encoding: str | None = None,
                       sheet: str | None = None) -> Self:
        """The command line's --name, --encoding and --sheet win over the file's."""
        changes: dict[str, Any] = {k: v for k, v in (("name", name), ("encoding", encoding), ("sheet", sheet)) if v}
        return dataclasses.replace(self, **changes)

    def _base_columns(self) -> list[str]:
        cols = [self.date, self.segment, self.period if self.period_rule == "column" else None]
        return [c for c in cols if c]

    def to_dict(self) -> dict:
        return _plain(self)


@dataclass(frozen=True)
class SurveyMapping(MappingBase):
    outcome: Outcome = None              # type: ignore[assignment]  # required: checked in parse
    items: tuple[Item, ...] = ()
    id: str | None = None
    weight: str | None = None
    contact_date: str | None = None      # when the customer met the stage: gives survey lag

    def columns(self) -> list[str]:
        cols = [self.id, self.weight, self.contact_date, self.outcome.column]
        cols += self._base_columns() + [i.column for i in self.items]
        return list(dict.fromkeys(c for c in cols if c))


@dataclass(frozen=True)
class FeedbackMapping(MappingBase):
    text: str = ""
    id: str | None = None
    reason: str | None = None
    score: str | None = None
    scale: Scale | None = None
    stage: str | None = None
    stage_column: str | None = None
    reason_stages: tuple[tuple[str, str], ...] = ()
    source: str = "customer"
    source_column: str | None = None

    def columns(self) -> list[str]:
        cols = [self.id, self.text, self.reason, self.score, self.stage_column, self.source_column]
        return list(dict.fromkeys(c for c in cols + self._base_columns() if c))


@dataclass(frozen=True)
class OperationsMapping(MappingBase):
    metrics: tuple[OpMetric, ...] = ()
    stage: str | None = None
    stage_column: str | None = None

    def columns(self) -> list[str]:
        cols = [self.stage_column] + self._base_columns() + [m.column for m in self.metrics]
        return list(dict.fromkeys(c for c in cols if c))


AnyMapping = SurveyMapping | FeedbackMapping | OperationsMapping


def load_mapping(source: Mapping | str | Path) -> AnyMapping:
    """Parse a mapping from a dict, a JSON text or a JSON file."""
    where = "mapping"
    if isinstance(source, Path) or (isinstance(source, str) and not source.lstrip().startswith("{")):
        where = str(source)
        try:
            source = _decode(Path(source).read_bytes(), where)
        except OSError as err:
            raise ImportProblem(f"{where}: cannot read the mapping file ({err.strerror or err})") from None
    if isinstance(source, str):
        try:
            source = json.loads(source)
        except json.JSONDecodeError as err:
            raise ImportProblem(f"{where}: not valid JSON at line {err.lineno}, column {err.colno} "
                                f"({err.msg}); fix the mapping file") from None
        except RecursionError:
            raise ImportProblem(f"{where}: the JSON is nested too deeply to be a mapping; fix the "
                                "mapping file") from None
        except ValueError as err:   # e.g. an integer of thousands of digits
            raise ImportProblem(f"{where}: not a usable JSON mapping ({err}); fix the mapping file") from None
    return parse_mapping(source, where=where)


def _decode(data: bytes, where: str) -> str:
    """A mapping file's text: UTF-8 (a BOM allowed), or UTF-16/32 with its BOM (Windows editors)."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ImportProblem(f"{where}: the mapping file is not UTF-8 text (byte {err.start}); save it as "
                            "UTF-8") from None


def parse_mapping(data: object, *, where: str = "mapping") -> AnyMapping:
    if not isinstance(data, Mapping):
        raise ImportProblem(f"{where}: a mapping is a JSON object with keys kind, name, journey ...")
    p = _Parser(dict(data), where)
    kind = p.choice("kind", KINDS, required=True)
    build: dict[str, Callable[[_Parser], AnyMapping]] = {"survey": _survey, "feedback": _feedback,
                                                         "operations": _operations}
    parsed = build[kind](p)
    p.check_period(parsed)
    return dataclasses.replace(parsed, extras=tuple(sorted(p.unused().items())))


# -- parsing -----------------------------------------------------------------------------------

MAX_NUMBER = 1e15   # a scale, code or target beyond this is a typo (and past float precision)


def _number(value: object) -> bool:
    """A finite JSON number of sane size (NaN, Infinity and 400-digit integers are not)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if isinstance(value, int):
        return abs(value) <= MAX_NUMBER
    return math.isfinite(value) and abs(value) <= MAX_NUMBER


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:40] + f"... ({len(text)} characters)"


class _Parser:
    """Reads keys off one dict, remembering which were used; every error names its key."""

    def __init__(self, data: dict, where: str, prefix: str = ""):
        self.data, self.where, self.prefix = data, where, prefix
        self.used: set[str] = set()

    def fail(self, key: str, what: str) -> NoReturn:
        raise ImportProblem(f"{self.where}: {self.prefix}{key!r} {what}")

    def get(self, key: str, default: Any = None, *, required: bool = False) -> Any:
        self.used.add(key)
        value = self.data.get(key)
        if value is None:
            if required:
                self.fail(key, "is required; add it to the mapping")
            return default
        return value

    @overload
    def text(self, key: str, *, required: Literal[True], default: str | None = None) -> str: ...
    @overload
    def text(self, key: str, *, required: bool = False, default: str | None = None) -> str | None: ...

    def text(self, key: str, *, required: bool = False, default: str | None = None) -> str | None:
        value = self.get(key, default, required=required)
        if value is not None and (not isinstance(value, str) or (required and not value.strip())):
            self.fail(key, "must be a non-empty text (a column header or a name)")
        return value

    def choice(self, key: str, options: Sequence[str], *, required: bool = False, default: str | None = None) -> Any:
        value = self.get(key, default, required=required)
        if value is not None and value not in options:
            self.fail(key, f"is {_show(value)}; use one of {', '.join(options)}")
        return value

    def scale(self, key: str) -> Scale | None:
        value = self.get(key)
        if value is None:
            return None
        ok = isinstance(value, (list, tuple)) and len(value) == 2 and all(map(_number, value))
        if not ok or value[0] >= value[1]:
            self.fail(key, f"is {_show(value)}; give [min, max] with min < max, e.g. [1, 5] (finite numbers "
                           f"of at most {MAX_NUMBER:.0e})")
        return (value[0], value[1])

    def number(self, key: str) -> Any:
        value = self.get(key)
        if value is not None and not _number(value):
            self.fail(key, f"is {_show(value)}; it must be a finite number of at most {MAX_NUMBER:.0e}")
        return value

    def listing(self, key: str) -> tuple:
        value = self.get(key, [])
        if not isinstance(value, (list, tuple)):
            value = [value]
        for v in value:
            if not (isinstance(v, (str, bool)) or _number(v)):
                self.fail(key, f"holds {_show(v)}; give texts or finite numbers of at most {MAX_NUMBER:.0e}")
        return tuple(value)

    def child(self, data: object, label: str) -> "_Parser":
        if not isinstance(data, Mapping):
            raise ImportProblem(f"{self.where}: {label} must be an object with a 'column' key")
        return _Parser(dict(data), self.where, f"{label}: ")

    def unused(self) -> dict:
        return {k: v for k, v in self.data.items() if k not in self.used}

    def base(self) -> dict:
        return dict(kind=self.get("kind"), name=self.text("name", required=True),
                    journey=self.text("journey", required=True),
                    create_stages=bool(self.get("create_stages", False)),
                    encoding=self.text("encoding"), sheet=self.text("sheet"), date=self.text("date"),
                    date_format=self.date_format(), period=self.text("period"),
                    segment=self.text("segment"))

    def date_format(self) -> str | None:
        fmt = self.text("date_format")
        if fmt is not None:
            from .convert import check_date_format
            why = check_date_format(fmt)
            if why:
                self.fail("date_format", f"is {fmt!r}: it {why}. Give a form like \"%d/%m/%Y\", or leave it "
                                         "out to read ISO and common forms")
        return fmt

    def check_period(self, m: MappingBase) -> None:
        if m.period in PERIODS and not m.date:
            self.fail("period", f"is {m.period!r} but no 'date' column is named; add 'date'")


def _survey(p: _Parser) -> SurveyMapping:
    base = p.base()
    out = p.get("outcome", required=True)
    items = p.get("items", required=True)
    if not isinstance(items, list) or not items:
        p.fail("items", "must be a non-empty list of {column, stage, scale}")
    parsed = tuple(_item(p.child(d, f"items[{i}]")) for i, d in enumerate(items))
    seen = [i.column for i in parsed]
    dup = next((c for c in seen if seen.count(c) > 1), None)
    if dup:
        p.fail("items", f"name column {dup!r} twice; map each column once")
    return SurveyMapping(**base, outcome=_outcome(p.child(out, "outcome")), items=parsed,
                         id=p.text("id"), weight=p.text("weight"), contact_date=p.text("contact_date"))


def _outcome(p: _Parser) -> Outcome:
    column = p.text("column", required=True)
    kind = p.choice("type", OUTCOME_TYPES, default="binary")
    positive = p.listing("positive")
    scale = p.scale("scale")
    if kind == "binary" and not positive:
        p.fail("positive", "is required for a binary outcome: the values that count as 1")
    if kind == "scale" and scale is None:
        p.fail("scale", "is required for a scale outcome: [min, max]")
    return Outcome(column, kind, positive, (0, 10) if kind == "nps" else scale)


def _item(p: _Parser) -> Item:
    return Item(column=p.text("column", required=True), stage=p.text("stage", required=True),
                phase=p.text("phase"), scale=p.scale("scale"), missing=p.listing("missing"),
                better=p.choice("better", ("higher", "lower"), default="higher"), label=p.text("label"))


def _feedback(p: _Parser) -> FeedbackMapping:
    base = p.base()
    stages = p.get("reason_stages", {})
    if not isinstance(stages, Mapping):
        p.fail("reason_stages", "must be an object {reason: stage}")
    return FeedbackMapping(
        **base, text=p.text("text", required=True), id=p.text("id"), reason=p.text("reason"),
        score=p.text("score"), scale=p.scale("scale"), stage=p.text("stage"),
        stage_column=p.text("stage_column"), reason_stages=tuple((str(k), str(v)) for k, v in stages.items()),
        source=p.choice("source", SOURCES, default="customer"), source_column=p.text("source_column"))


def _operations(p: _Parser) -> OperationsMapping:
    base = p.base()
    metrics = p.get("metrics", required=True)
    if not isinstance(metrics, list) or not metrics:
        p.fail("metrics", "must be a non-empty list of {column, metric, agg, unit, better}")
    parsed = tuple(_op_metric(p.child(d, f"metrics[{i}]")) for i, d in enumerate(metrics))
    names = [m.metric for m in parsed]
    dup = next((x for x in names if names.count(x) > 1), None)
    if dup:
        p.fail("metrics", f"name the metric {dup!r} twice; give each its own 'metric' name")
    stage, stage_column = p.text("stage"), p.text("stage_column")
    if not stage and not stage_column:
        p.fail("stage_column", "or 'stage' is required: which stage each row belongs to")
    return OperationsMapping(**base, metrics=parsed, stage=stage, stage_column=stage_column)


def _op_metric(p: _Parser) -> OpMetric:
    column = p.text("column", required=True)
    target = p.number("target")
    return OpMetric(column=column, metric=p.text("metric") or column,
                    agg=p.choice("agg", AGGS, default="mean"), unit=p.text("unit") or "",
                    better=p.choice("better", ("higher", "lower"), default="higher"), target=target)


# -- back to plain data ------------------------------------------------------------------------

def _plain(obj: object) -> Any:
    if dataclasses.is_dataclass(obj):
        out = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if f.name == "extras" or value is None or (value == () and f.name != "items"):
                continue
            if f.name == "create_stages" and not value:
                continue
            out[f.name] = dict(value) if f.name == "reason_stages" else _plain(value)
        out.update(dict(getattr(obj, "extras", ())))
        return out
    if isinstance(obj, tuple):
        return [_plain(v) for v in obj]
    return obj
