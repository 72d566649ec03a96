"""The roadmap in the exports: bundle pieces, deck slides and workbook sheets (issue 13).

- ``add_roadmap(bundle, ...)`` puts ``roadmap`` (analysis.roadmap.roadmap), ``before_after`` (each done
  initiative, analysis.before_after) and ``review`` (analysis.review of the newest period) into the
  export bundle, each None with its reason in ``missing`` when it cannot be made.
- Slides: the impact-effort matrix (export.impact_effort), the timeline as a native Gantt (stacked bars: an invisible
  offset, then the start-to-due span), the initiative status table (overdue rows red), the before/after
  results and "what moved this month". Sheets: Initiatives, Before-after, What moved.
"""
from __future__ import annotations

import datetime as dt

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE

from journeymap.charts.roadmap import STATUS_COLOURS, STATUS_NAMES
from journeymap.core.names import code
from journeymap.charts.theme import short
from journeymap.i18n import N_, gettext

from . import native
from .deck import Box, Deck
from .tables import HEAD, STRIPE, WHITE, _cell, _table

RED = RGBColor(0xC5, 0x22, 0x1F)
TABLE_ROWS = 14
EXCEL_EPOCH = dt.date(1899, 12, 30)


def add_roadmap(bundle: dict, path, project, *, journey_id: str, period: str | None = None,
                as_of: dt.date | None = None) -> dict:
    from journeymap.analysis.before_after import before_after, operating_series
    from journeymap.analysis.review import ReviewError, review
    from journeymap.analysis.roadmap import roadmap
    from journeymap.analysis.survey_data import load_waves

    data = roadmap(path, project, journey_id=journey_id, as_of=as_of)
    bundle["roadmap"] = data if data["initiatives"] else None
    if bundle["roadmap"] is None:
        bundle["missing"]["roadmap"] = "no initiatives"
    done = [i for i in project.where("initiatives", journey=journey_id) if i.status == "done"]
    waves = load_waves(path, project, journey_id=journey_id) if done else None
    series = operating_series(project)
    bundle["before_after"] = [before_after(path, project, i, waves=waves, series=series) for i in done] or None
    if bundle["before_after"] is None:
        bundle["missing"]["before_after"] = "no done initiative"
    try:
        bundle["review"] = review(path, project, journey_id=journey_id, period=period) if path else None
    except ReviewError as exc:
        bundle["review"] = None
        bundle["missing"]["review"] = str(exc)
    return bundle


# -- slides ----------------------------------------------------------------------------------------

def _notes(deck: Deck, slide, ctx, finding: str, method: str, n) -> None:
    """The speaker notes every slide carries: the finding, then method, source, n and period."""
    from journeymap.charts.labels import say
    b, lang = ctx.bundle, ctx.lang
    colon = ": " if lang == "en" else "\uff1a"
    deck.notes(slide, [finding, "", f"{say('notes.method', lang)}{colon}{method}",
                       f"{say('notes.source', lang)}{colon}{b.get('file') or b.get('project') or 'JourneyMap'}",
                       f"{say('notes.n', lang)}{colon}{n}",
                       f"{say('notes.period', lang)}{colon}{b.get('period') or say('all_periods', lang)}"])


def timeline_slide(deck: Deck, ctx):
    data, fig = ctx.bundle.get("roadmap"), ctx.figures.get("timeline")
    rows = [r for r in (data or {}).get("initiatives", []) if r["due"]]
    if not rows or fig is None:
        return None
    rows = sorted(rows, key=lambda r: (r["department"] or "", r["start"] or r["due"]))[:TABLE_ROWS + 6]
    starts = [_serial(r["start"] or r["due"]) for r in rows]
    ends = [max(_serial(r["due"]), s + 7) for r, s in zip(rows, starts)]
    origin = min(starts) - 14
    chart_data = CategoryChartData(number_format="0")
    chart_data.categories = [f"{short(r['department'] or '-', 14)} \u00b7 {short(r['title'], 40)}" for r in rows]
    # Values are dates (Excel serials) on an axis that starts at the first start: it reads in months, as
    # the in-app timeline does, and stays a real, editable date axis in PowerPoint (QA 11).
    chart_data.add_series(gettext("offset", lang=ctx.lang), starts)
    chart_data.add_series(gettext("start to due", lang=ctx.lang), [e - s for s, e in zip(starts, ends)])
    slide = deck.slide(fig.layout.meta["finding"])
    deck.footer(slide, fig.layout.meta["footer"])
    chart = slide.shapes.add_chart(XL_CHART_TYPE.BAR_STACKED, *deck.content.tuple(), chart_data).chart
    native.style(chart, ctx.lang, legend=False, size=11)
    offset, span = chart.plots[0].series
    offset.format.fill.background()
    chart.plots[0].gap_width = 60
    for point, r in zip(span.points, rows):
        point.format.fill.solid()
        # overdue in the red its axis note names and the status table's overdue rows wear (QA: 'red = overdue'
        # beside vermillion bars that read as orange)
        point.format.fill.fore_color.rgb = RED if r["overdue"] else native.rgb(STATUS_COLOURS.get(r["status"], "#0072B2"))
    chart.category_axis.reverse_order = True
    axis = chart.value_axis
    axis.minimum_scale = origin
    axis.maximum_scale = max(ends) + 14
    axis.major_unit = 30 if max(ends) - origin <= 400 else 91
    axis.tick_labels.number_format = 'mmm yyyy' if ctx.lang == "en" else 'yyyy"\u5e74"m"\u6708"'
    axis.tick_labels.number_format_is_linked = False
    axis.has_title = True
    axis.axis_title.text_frame.text = gettext("as of {date}; red = overdue", lang=ctx.lang).format(
        date=data["as_of"])
    for run in axis.axis_title.text_frame.paragraphs[0].runs:
        deck.cjk(run)
    _notes(deck, slide, ctx, fig.layout.meta["finding"], gettext(
        "one bar per initiative from its start to its due date, by department; red bars are overdue (not done or "
        "dropped, due before the as-of day)", lang=ctx.lang), (gettext("{n} initiative", lang=ctx.lang)  # English
            if len(rows) == 1 else gettext("{n} initiatives", lang=ctx.lang)).format(n=len(rows)))   # agrees in number
    return slide


def status_table_slide(deck: Deck, ctx):
    data = ctx.bundle.get("roadmap")
    if not data:
        return None
    rows = sorted(data["initiatives"], key=lambda r: (not r["overdue"], r["status"] in ("done", "dropped"),
                                                      r["due"] or "9999"))[:TABLE_ROWS]
    overdue, lang = sum(r["overdue"] for r in data["initiatives"]), ctx.lang
    slide = deck.slide(gettext("Initiatives: {k} overdue of {n}", lang=lang).format(k=overdue, n=len(data["initiatives"]))
                       if overdue else gettext("Initiatives: none of {n} overdue", lang=lang).format(
                           n=len(data["initiatives"])))
    head = [gettext(h, lang=lang) for h in (N_("Initiative"), N_("Status"), N_("Owner"), N_("Department"), N_("Due"),
                                            "RICE", N_("Projected change (95% CI)"))]
    table = _table(slide, _rows_box(deck, len(rows) + 1), len(rows) + 1, len(head), [4.2, 1.3, 1.7, 1.6, 1.4, 0.9, 2.6])
    for c, text in enumerate(head):
        _cell(deck, table.cell(0, c), text, size=11, bold=True, colour=WHITE, fill=HEAD)
    for k, r in enumerate(rows, start=1):
        p = r["projected_impact"] or {}
        cells = [r["title"], gettext(STATUS_NAMES.get(r["status"], r["status"]), lang=lang),
                 r["owner"] or code("no owner", lang),
                 r["department"] or "-", (r["due"] or "-") + ("  " + code("overdue", lang) if r["overdue"] else ""),
                 "-" if r["rice"] is None else f"{r['rice']:,.0f}",
                 "-" if p.get("effect") is None else gettext("{effect:+.3f} ({low:+.3f} to {high:+.3f})", lang=lang)
                 .format(effect=p["effect"], low=p["ci_low"], high=p["ci_high"])]
        for c, text in enumerate(cells):
            _cell(deck, table.cell(k, c), text, size=10, bold=r["overdue"], colour=RED if r["overdue"] else None,
                  fill=STRIPE if k % 2 == 0 else None, right=c == 5)
    deck.footer(slide, gettext("Source: {file}  \u00b7  as of {date}  \u00b7  projected change of the outcome = item "
                               "coefficient x the item's expected change", lang=lang).format(
        file=ctx.bundle.get("file") or gettext("project", lang=lang), date=data["as_of"]))
    _notes(deck, slide, ctx, slide.shapes.title.text_frame.text, gettext(
        "RICE = reach x impact x confidence / effort; projected change = the item's unstandardised regression "
        "coefficient x its expected change (95% CI)", lang=lang),
        (gettext("{n} initiative", lang=lang) if len(data["initiatives"]) == 1
         else gettext("{n} initiatives", lang=lang)).format(n=len(data["initiatives"])))   # agrees in number
    return slide


def before_after_slide(deck: Deck, ctx):
    results = ctx.bundle.get("before_after")
    if not results:
        return None
    lang = ctx.lang
    worked = [r["title"] for r in results      # the table's row: the first mean tested
              if next((m["verdict"] for m in r["metrics"] if m["metric"] == "mean"), None) == "improved"]
    slide = deck.slide(gettext("{k} of {n} done initiatives measurably worked", lang=lang).format(
        k=len(worked), n=len(results)) + (f"{gettext(': ', lang=lang)}{short(worked[0], 50)}" if len(worked) == 1 else ""))
    head = [gettext(h, lang=lang) for h in (N_("Initiative"), N_("Done"), N_("Metric of the stage"), N_("Before"),
                                            N_("After"), N_("n before / after"), "p", N_("Verdict"))]
    lines = []
    for r in results:
        main = next((m for m in r["metrics"] if m["metric"] == "mean"), None)
        lines.append((r, main))
    table = _table(slide, _rows_box(deck, len(lines) + 1, 500_000), len(lines) + 1, len(head),
                   [3.4, 1.2, 2.6, 0.9, 0.9, 1.6, 0.8, 1.6])
    for c, text in enumerate(head):
        _cell(deck, table.cell(0, c), text, size=11, bold=True, colour=WHITE, fill=HEAD)
    for k, (r, m) in enumerate(lines, start=1):
        cells = [r["title"], r["done"] or "-", m["item"] if m else "-", _num(m and m["before"]), _num(m and m["after"]),
                 f"{m['n_before']:,} / {m['n_after']:,}" if m else "-", _p(m and m["p_value"]),
                 (code(m["verdict"], lang) if m else "-")]
        for c, text in enumerate(cells):
            _cell(deck, table.cell(k, c), text, size=11)
    deck.footer(slide, gettext("Welch test on the stage's survey answers in up to 3 periods before and after the done "
                               "date; p < 0.05 = a change beyond noise", lang=lang))
    _notes(deck, slide, ctx, " ".join(r["sentence"] for r in results), gettext(
        "Welch test on the stage's survey answers before and after the done date (top-2-box by two proportions, "
        "NPS by a Wald test in the workbook)", lang=lang),
           "; ".join(f"{m['n_before']}/{m['n_after']}" for _, m in lines if m) or "-")
    return slide


def moved_slide(deck: Deck, ctx):
    review = ctx.bundle.get("review")
    if not review or not review["previous_period"]:
        return None
    rows, lang = review["moved_metrics"][:TABLE_ROWS], ctx.lang
    slide = deck.slide(gettext("What moved in {period}: {n} metrics beyond noise", lang=lang).format(
        period=review["period"], n=len(review["moved_metrics"])) if rows else
        gettext("Nothing moved beyond noise in {period}", lang=lang).format(period=review["period"]))
    if rows:
        head = [gettext(h, lang=lang) if h else h for h in (N_("Stage"), N_("Metric"), "", N_("Before"), N_("After"),
                                                            N_("n before / after"), N_("Test"), "p", N_("Verdict"))]
        table = _table(slide, _rows_box(deck, len(rows) + 1, 500_000), len(rows) + 1, len(head),
                       [2.6, 2.6, 1.5, 0.9, 0.9, 1.5, 2.1, 0.8, 1.1])
        for c, text in enumerate(head):
            _cell(deck, table.cell(0, c), text, size=11, bold=True, colour=WHITE, fill=HEAD)
        for k, m in enumerate(rows, start=1):
            cells = [m["stage"] or code("overall", lang), m["item"], code(m["metric"], lang), _num(m["before"]),
                     _num(m["after"]), f"{m['n_before']:,} / {m['n_after']:,}", code(m["test"], lang),
                     _p(m["p_value"]), code(m["verdict"], lang)]
            for c, text in enumerate(cells):
                _cell(deck, table.cell(k, c), text, size=11)
    else:
        area = deck.content
        deck.text(slide, gettext("No survey item or operating metric changed beyond its noise against {period}.",
                                 lang=lang).format(period=review["previous_period"]),
                  Box(area.left, area.top, area.width, area.height // 4), size=20)
    against = gettext("{period} against {previous}", lang=lang).format(period=review["period"],
                                                                       previous=review["previous_period"])
    deck.footer(slide, against + gettext("; a false discovery rate of 5% over all the review's tests", lang=lang))
    none = gettext("none", lang=lang)
    _notes(deck, slide, ctx, slide.shapes.title.text_frame.text, gettext(
        "each survey item (Welch, two proportions, Wald for NPS) and operating metric (against its period-to-period "
        "variation) tested; Benjamini-Hochberg false discovery rate 5%. Overdue: {overdue}. Recurring, unowned: "
        "{recurring}", lang=lang).format(overdue=", ".join(i["title"] for i in review["overdue"]) or none,
                                          recurring=", ".join(r["title"] for r in review["recurring_unowned"]) or none),
        against)
    return slide


# -- sheets ----------------------------------------------------------------------------------------

def initiatives_sheet(b: dict):
    from .xlsx_export import Column
    data = b.get("roadmap")
    if not data:
        return None
    cols = [Column("title", "Initiative", None, 44), Column("status", "Status", None, 12),
            Column("owner", "Owner", None, 18), Column("department", "Department", None, 16),
            Column("start", "Start", None, 11), Column("due", "Due", None, 11), Column("done", "Done", None, 11),
            Column("overdue", "Overdue", None, 9), Column("effort", "Effort (pm)", "0.0", 10),
            Column("reach", "Reach", "#,##0", 10), Column("impact", "Impact", "0.00", 8),
            Column("confidence", "Confidence", "0%", 10), Column("rice", "RICE", "#,##0.0", 10),
            Column("effect", "Projected change", "0.000", 12), Column("ci_low", "CI low", "0.000", 9),
            Column("ci_high", "CI high", "0.000", 9), Column("assumption", "Assumption", None, 60),
            Column("pain_points", "Pain points", None, 30)]
    rows = []
    for r in data["initiatives"]:
        p = r["projected_impact"] or {}
        rows.append({**r, "overdue": "overdue" if r["overdue"] else "", "reach": r["rice_parts"]["reach"],
                     "impact": r["rice_parts"]["impact"], "effect": p.get("effect"), "ci_low": p.get("ci_low"),
                     "ci_high": p.get("ci_high"), "assumption": p.get("assumption") or "",
                     "pain_points": "; ".join(r["pain_points"])})
    return cols, rows


def before_after_sheet(b: dict):
    from .xlsx_export import Column
    if not b.get("before_after"):
        return None
    cols = [Column("initiative", "Initiative", None, 40), Column("done", "Done", None, 11),
            Column("item", "Metric of the stage", None, 30), Column("metric", "", None, 16),
            Column("before", "Before", "0.000", 10), Column("after", "After", "0.000", 10),
            Column("n_before", "n before", "#,##0", 9), Column("n_after", "n after", "#,##0", 9),
            Column("test", "Test", None, 16), Column("p_value", "p", "0.0000", 9), Column("verdict", "Verdict", None, 12)]
    rows = [{"initiative": r["title"], "done": r["done"], **m} for r in b["before_after"] for m in r["metrics"]]
    return cols, rows


def moved_sheet(b: dict):
    from .xlsx_export import Column
    review = b.get("review")
    if not review or not review["previous_period"]:
        return None
    cols = [Column("stage", "Stage", None, 28), Column("item", "Metric", None, 30), Column("metric", "", None, 16),
            Column("before", "Before", "0.000", 10), Column("after", "After", "0.000", 10),
            Column("n_before", "n before", "#,##0", 9), Column("n_after", "n after", "#,##0", 9),
            Column("test", "Test", None, 24), Column("p_value", "p", "0.0000", 9),
            Column("q_value", "q (FDR)", "0.0000", 9), Column("verdict", "Verdict", None, 11)]
    return cols, [{**m, "stage": m["stage"] or "overall"} for m in review["moved_metrics"]]


def _rows_box(deck: Deck, rows: int, row_emu: int = 420_000) -> Box:
    """The content box cut to ``rows`` rows of about ``row_emu`` each: a short table is not stretched."""
    c = deck.content
    return Box(c.left, c.top, c.width, min(c.height, rows * row_emu))


def _serial(iso: str) -> int:
    return (dt.date.fromisoformat(iso[:10]) - EXCEL_EPOCH).days


def _date(serial: int) -> dt.date:
    return EXCEL_EPOCH + dt.timedelta(days=serial)


def _num(v) -> str:
    return "-" if v is None else f"{v:,.3g}" if abs(v) < 10 else f"{v:,.1f}"


def _p(v) -> str:
    return "-" if v is None else "< 0.001" if v < 0.001 else f"{v:.3f}"
