"""``journeymap roadmap PATH [--journey J] [--json|--csv] [--as-of DATE]``: a journey's initiatives with
status, dates, RICE (each part) and projected impact on the survey's outcome (read-only; no Qt)."""
from __future__ import annotations

import argparse
import datetime as dt

from .common import CliError, num, open_project, pick_journey, print_csv, print_json

HELP = "initiatives with status, dates, RICE and projected impact"
CSV_COLUMNS = ["id", "title", "status", "owner", "department", "start", "due", "done", "effort", "rice",
               "reach", "impact", "confidence", "overdue", "pain_points", "projected_impact", "ci_low", "ci_high",
               "assumption"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="the journey's name (default: the project's default journey)")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", action="store_true", help="print CSV (formula-like cells made inert)")
    parser.add_argument("--as-of", dest="as_of", help="the day overdue is judged on, e.g. 2027-01-31 (default: today)")


def as_of_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"--as-of {text!r} is not a date like 2027-01-31.") from None


def run(args: argparse.Namespace) -> int:
    from journeymap.analysis.roadmap import roadmap

    as_of = as_of_date(args.as_of)
    project = open_project(args.path)
    journey = pick_journey(project, args.journey, quiet=args.json or args.csv)
    data = roadmap(args.path, project, journey_id=journey.id, as_of=as_of)
    if args.json:
        print_json(data)
    elif args.csv:
        print_csv([csv_row(r) for r in data["initiatives"]], CSV_COLUMNS)
    else:
        print(format_text(data))
    return 0


def csv_row(r: dict) -> dict:
    p, parts = r["projected_impact"] or {}, r["rice_parts"]
    return {**r, "reach": parts["reach"], "impact": parts["impact"], "pain_points": ";".join(r["pain_points"]),
            "projected_impact": p.get("effect"), "ci_low": p.get("ci_low"), "ci_high": p.get("ci_high"),
            "assumption": p.get("assumption") or ""}


def format_text(data: dict) -> str:
    rows = data["initiatives"]
    lines = [f"{data['journey']}: roadmap as of {data['as_of']}"]
    if data["coefficients_from"]:
        c = data["coefficients_from"]
        lines.append(f"projected change of '{data['outcome']}' through each item's regression coefficient "
                     f"({c['dataset']!r}, n = {c['n']:,}), 95% interval")
    if not rows:
        return "\n".join(lines + ["", "no initiatives in this journey yet."])
    from journeymap.charts.theme import columns, short

    def pad(text: str, width: int) -> str:      # a CJK character takes two columns
        text = short(text, width)
        return text + " " * (width - columns(text))
    wt = min(44, max(columns(r["title"]) for r in rows))
    head = f"{'status':<11}  {'title':<{wt}}  {'owner':<14}  {'due':<10}  {'RICE':>8}  {'projected (95% CI)':<24}"
    lines += ["", head, "-" * len(head)]
    for r in rows:
        p = r["projected_impact"] or {}
        proj = (f"{p['effect']:+.3f} ({p['ci_low']:+.3f}..{p['ci_high']:+.3f})" if p.get("effect") is not None
                else "-")
        flag = "  OVERDUE" if r["overdue"] else ""
        lines.append(f"{r['status']:<11}  {pad(r['title'], wt)}  {pad(r['owner'] or '-', 14)}  "
                     f"{r['due'] or '-':<10}  {num(r['rice'], ',.1f'):>8}  {proj:<24}{flag}")
    assumptions = [r["projected_impact"]["assumption"] for r in rows
                   if r["projected_impact"] and r["projected_impact"].get("assumption")]
    if assumptions:
        lines += ["", *assumptions]
    lines += ["", "RICE = reach x impact x confidence / effort ('-': a part missing)."]
    return "\n".join(lines)
