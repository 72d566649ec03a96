"""The workbook an analyst keeps: one sheet per table, typed cells, percentages formatted,
frozen headers, sized columns, native Excel charts for the ranked list and the Pareto, and no
cell that a spreadsheet would run as a formula.

To add a sheet (initiatives from a roadmap, say), append a ``Sheet`` to ``SHEETS``: its ``rows``
function returns (columns, rows) from the bundle, or None when there is nothing to write.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from journeymap import i18n
from journeymap.charts.labels import say
from journeymap.core.names import code, flags_text
from journeymap.charts.ranking import PART_COLOURS, used_parts
from journeymap.charts.theme import BAD, NEUTRAL

from . import roadmap_export

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEAD_FILL = PatternFill("solid", fgColor="202124")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    fmt: str | None = None   # number format: "0.0%", "0.000", "#,##0"
    width: int = 14


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: Callable[[dict], tuple[list[Column], list[dict]] | None]
    chart: Callable | None = None     # (worksheet, n_rows) -> None


def put(ws, row: int, col: int, value):
    """A typed cell. Text is stored as a string cell (openpyxl would write any str starting '=' as
    a formula), with Excel's quote prefix where it starts like one (=, +, -, @): shown as typed, never run."""
    cell = ws.cell(row, col)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
        if value.startswith(FORMULA_START):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def _ranked(b: dict):
    rank = b.get("rank") or {}
    if not rank.get("pain_points"):
        return None
    parts = used_parts(rank)
    cols = [Column("rank", "Rank", "0", 7), Column("title", "Pain point", None, 48), Column("stage", "Stage", None, 28),
            Column("score", "Score", "0.000", 9)]
    cols += [Column(f"c_{p}", p.replace("_", " ").capitalize(), "0.000", 11) for p in parts]
    cols += [Column("stability", "Stability", "0%", 10), Column("rank_low", "Rank low", "0", 9),
             Column("rank_high", "Rank high", "0", 9), Column("flags", "Flags", None, 30), Column("id", "Id", None, 18)]
    rows = []
    for r in rank["pain_points"]:
        row = {k: r.get(k) for k in ("rank", "title", "stage", "score", "stability", "rank_low", "rank_high", "id")}
        row.update({f"c_{p}": r["components"].get(p) for p in parts})
        row["flags"] = ", ".join(r.get("flags") or [])
        rows.append(row)
    return cols, rows


def _drivers(b: dict):
    d = b.get("drivers")
    if not d:
        return None
    cols = [Column("item", "Item", None, 50), Column("stage", "Stage", None, 26), Column("weight_pct", "Weight", "0.0%", 9),
            Column("ci_low", "CI low", "0.0%", 9), Column("ci_high", "CI high", "0.0%", 9), Column("r", "r", "0.00", 7),
            Column("mean", "Mean", "0.00", 8), Column("performance", "Performance (0-100)", "0.0", 12),
            Column("top2box", "Top-2-box", "0%", 10), Column("n", "n", "#,##0", 8), Column("quadrant", "Quadrant", None, 18)]
    rows = [dict(i, weight_pct=i["weight_pct"] / 100,
                 ci_low=None if i.get("ci_low") is None else i["ci_low"] / 100,
                 ci_high=None if i.get("ci_high") is None else i["ci_high"] / 100,
                 quadrant=i["quadrant"].replace("_", " ")) for i in d["items"]]
    return cols, rows


def _metrics(b: dict):
    rows = b.get("stage_metrics") or []
    if not rows:
        return None
    cols = [Column("stage", "Stage", None, 28), Column("metric", "Metric", None, 24), Column("value", "Value", "#,##0.00", 12),
            Column("target", "Target", "#,##0.00", 10), Column("n", "n", "#,##0", 9), Column("better", "Better", None, 8),
            Column("on_target", "On target", None, 9), Column("flags", "Flags", None, 24)]
    return cols, [dict(r, flags=", ".join(r.get("flags") or []),
                       on_target={True: "yes", False: "no", None: ""}[r.get("on_target")]) for r in rows]


def _reasons(b: dict):
    p = b.get("pareto")
    if not p:
        return None
    voices = {v["reason"]: v for v in (b.get("voices") or {}).get("reasons", [])}
    cols = [Column("reason", "Reason", None, 32), Column("count", "Comments", "#,##0", 10), Column("share", "Share", "0.0%", 9),
            Column("cum_share", "Cumulative", "0.0%", 11), Column("mean_score", "Mean score", "0.00", 11),
            Column("stage", "Stage", None, 26), Column("customer", "Customers' share", "0.0%", 14),
            Column("employee", "Employees' share", "0.0%", 14)]
    return cols, [dict(r, customer=voices.get(r["reason"], {}).get("customer"),
                       employee=voices.get(r["reason"], {}).get("employee")) for r in p["reasons"]]


def _ranked_chart(ws, n: int, lang: str = "en") -> None:
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    chart.title = i18n.gettext("Ranked pain points: weighted parts", lang=lang)
    chart.y_axis.title = i18n.gettext("Score", lang=lang)
    parts = [c for c in range(1, ws.max_column + 1) if str(ws.cell(1, c).value) not in
             ("Rank", "Pain point", "Stage", "Score", "Stability", "Rank low", "Rank high", "Flags", "Id")]
    top = min(n, 10)
    for c in parts:
        chart.add_data(Reference(ws, min_col=c, min_row=1, max_row=top + 1), titles_from_data=True)
    by_title = {p.replace("_", " ").capitalize(): p for p in PART_COLOURS}
    for series, c in zip(chart.series, parts):   # the deck's and the charts' colour for each part
        colour = PART_COLOURS.get(by_title.get(str(ws.cell(1, c).value), ""), "#9AA0A6").lstrip("#")
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=top + 1))
    chart.x_axis.scaling.orientation = "maxMin"
    chart.width, chart.height = 26, 13
    ws.add_chart(chart, f"{get_column_letter(ws.max_column + 2)}2")


def _pareto_chart(ws, n: int, lang: str = "en") -> None:
    bars = BarChart()
    bars.title = i18n.gettext("Pareto of reasons", lang=lang)
    bars.y_axis.title = i18n.gettext("Comments", lang=lang)
    bars.add_data(Reference(ws, min_col=2, min_row=1, max_row=n + 1), titles_from_data=True)
    bars.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n + 1))
    line = LineChart()
    line.add_data(Reference(ws, min_col=4, min_row=1, max_row=n + 1), titles_from_data=True)
    line.y_axis.axId, line.y_axis.number_format = 200, "0%"
    line.y_axis.title = i18n.gettext("Cumulative", lang=lang)
    line.y_axis.scaling.min, line.y_axis.scaling.max = 0, 1
    line.y_axis.crosses = "max"
    bars.series[0].graphicalProperties.solidFill = BAD.lstrip("#")
    line.series[0].graphicalProperties.line.solidFill = NEUTRAL.lstrip("#")
    line.series[0].graphicalProperties.line.width = 28575   # 2.25 pt
    bars += line
    bars.width, bars.height = 26, 13
    ws.add_chart(bars, f"{get_column_letter(ws.max_column + 2)}2")


SHEETS: list[Sheet] = [
    Sheet("Pain points", _ranked, _ranked_chart),
    Sheet("Drivers", _drivers),
    Sheet("Stage metrics", _metrics),
    Sheet("Reasons", _reasons, _pareto_chart),
    Sheet("Initiatives", lambda b: roadmap_export.initiatives_sheet(b)),
    Sheet("Before-after", lambda b: roadmap_export.before_after_sheet(b)),
    Sheet("What moved", lambda b: roadmap_export.moved_sheet(b)),
]


def write_xlsx(bundle: dict, path, *, sheets: list[Sheet] | None = None, lang: str = "en") -> list[str]:
    wb = Workbook()
    wb.remove(wb.active)
    made = []
    for sheet in sheets or SHEETS:
        got = sheet.rows(bundle)
        if got is None:
            continue
        cols, rows = got
        ws = wb.create_sheet(i18n.gettext(sheet.name, lang=lang)[:31])
        _fill(ws, cols, rows)
        if sheet.chart is not None and rows:
            sheet.chart(ws, len(rows), lang)
        _localise(ws, cols, len(rows), lang)   # after the chart: it finds its columns by English header
        made.append(sheet.name)
    about = wb.create_sheet(i18n.gettext("About", lang=lang))
    for k, (key, value) in enumerate((("Journey", bundle.get("journey")),
                                      ("Period", bundle.get("period") or code("all", lang)),
                                      ("Segment", bundle.get("segment") or code("all", lang)),
                                      ("Project", bundle.get("project")), ("File", bundle.get("file"))), start=1):
        about.cell(k, 1, i18n.gettext(key, lang=lang)).font = Font(bold=True)
        put(about, k, 2, value)
    about.column_dimensions["A"].width, about.column_dimensions["B"].width = 12, 60
    wb.save(path)
    return made


CODED = {"quadrant", "better", "on_target", "status", "verdict", "test", "metric", "overdue", "stage"}


def _localise(ws, cols: list[Column], n: int, lang: str) -> None:
    """Headers and the analysis's codes (status, verdict, flags...) in ``lang``; user text stays."""
    if lang == "en":
        return
    for c, col in enumerate(cols, start=1):
        if col.key.startswith("c_"):      # a part of the score: the chart's and deck's word for it
            ws.cell(1, c).value = say(f"part.{col.key[2:]}", lang)
        elif col.title:
            ws.cell(1, c).value = i18n.gettext(col.title, lang=lang)
        if col.key not in CODED and col.key != "flags":
            continue
        for r in range(2, n + 2):
            value = ws.cell(r, c).value
            if isinstance(value, str) and value:
                ws.cell(r, c).value = (flags_text(value.split(", "), lang) if col.key == "flags"
                                       else code(value, lang))


def _fill(ws, cols: list[Column], rows: list[dict]) -> None:
    for c, col in enumerate(cols, start=1):
        cell = ws.cell(1, c, col.title)
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), HEAD_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = col.width
    for r, row in enumerate(rows, start=2):
        for c, col in enumerate(cols, start=1):
            value = row.get(col.key)
            cell = put(ws, r, c, value)
            if col.fmt and isinstance(value, (int, float)):
                cell.number_format = col.fmt
    ws.row_dimensions[1].height = 30          # two lines of header (wrapped) stay visible
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{len(rows) + 1}"
