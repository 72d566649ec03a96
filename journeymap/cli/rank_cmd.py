"""``journeymap rank PATH [--journey J] [--period P] [--json|--csv] [--weights reach=1,gap=2,...]``:
a journey's pain points ranked by impact, with the score's weighted parts (read-only; no Qt)."""
from __future__ import annotations

import math
import sys

from .common import CliError, cut, open_project, pick_journey, print_json

HELP = "pain points ranked by impact, with the score's parts"
SHORT = {"reach": "reach", "gap": "gap", "reach_x_gap": "r*g", "importance": "imp", "value": "value",
         "votes": "votes", "severity": "sev"}


def add_arguments(parser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="the journey's name (default: the project's default journey)")
    parser.add_argument("--period", help="volumes and metrics of this period, e.g. 2026-10 (default: the "
                                         "mean over all periods)")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", action="store_true", help="print CSV (formula-like cells made inert)")
    parser.add_argument("--weights", help="weights of the parts, e.g. reach=1,gap=2,votes=0.5; parts not "
                                          "named keep the project's weight (a part =0 is left out). Parts: "
                                          "reach, gap, reach_x_gap, importance, value, votes, severity")


def parse_weights(text: str | None, base: dict) -> dict:
    """``base`` with the parts named in ``text`` ("reach=1,gap=2") replaced; CliError if malformed."""
    from journeymap.analysis.scoring import PARTS, ScoringError, weight_vector

    weights = dict(base)
    if text is None:
        return weights
    for piece in filter(None, (p.strip() for p in text.split(","))):
        name, eq, number = piece.partition("=")
        name = name.strip()
        if not eq:
            raise CliError(f"--weights: {piece!r} is not part=number (e.g. --weights reach=1,gap=2).")
        if name not in PARTS:
            raise CliError(f"--weights: unknown part {name!r}; the parts are {', '.join(PARTS)}.")
        try:
            value = float(number)
        except ValueError:
            raise CliError(f"--weights: {name}={number.strip()!r} is not a number.") from None
        if not math.isfinite(value) or value < 0:
            raise CliError(f"--weights: {name} must be a number >= 0, got {number.strip()!r}.")
        weights[name] = value
    try:
        weight_vector(weights)
    except ScoringError as exc:
        raise CliError(f"--weights: {exc}.") from None
    return weights


def known_periods(path, project, journey_id: str) -> list[str]:
    """Periods with metric values for the journey's stages, or rows in its survey datasets."""
    from journeymap.analysis.survey_data import distinct_values, survey_datasets

    stages = {s.id for s in project.stages_of(journey_id)}
    periods = {v.period for v in project.all("metric_values") if v.stage in stages and v.period}
    for d in survey_datasets(project, journey_id):
        try:
            periods.update(distinct_values(path, d.id, "period"))
        except Exception:  # a dataset without raw rows: nothing to add
            pass
    return sorted(periods)


def run(args) -> int:
    from journeymap.analysis.impact_inputs import explain_inputs
    from journeymap.analysis.ranking import journey_drivers, project_weights, rank_journey
    from journeymap.analysis.scoring import ScoringError

    project = open_project(args.path)
    journey = pick_journey(project, args.journey)
    weights = parse_weights(args.weights, project_weights(project))
    if args.period is not None:
        periods = known_periods(args.path, project, journey.id)
        if args.period not in periods:
            listed = ", ".join(repr(p) for p in periods) or "none"
            raise CliError(f"no period {args.period!r} in journey {journey.name!r} (periods with data: {listed}).")
    drivers, why = journey_drivers(args.path, project, journey_id=journey.id, period=args.period)
    try:
        result, _ = rank_journey(args.path, project, journey_id=journey.id, period=args.period,
                                 weights=weights, drivers=drivers or {})
    except ScoringError as exc:
        raise CliError(f"the pain points cannot be ranked: {exc}") from None
    if drivers is None and not (args.json or args.csv):
        print(f"journeymap: importance left out ({why})", file=sys.stderr)
    if args.csv:
        import csv
        csv.writer(sys.stdout, lineterminator="\n").writerows(result.to_csv_rows())
        return 0
    data = result.to_dict(journey=journey.name)
    notes = {inp.id: note for inp, note in explain_inputs(project, journey_id=journey.id, drivers=drivers or {},
                                                          period=args.period)}
    for row in data["pain_points"]:
        row["sources"] = notes.get(row["id"], {})
    data.update(journey_id=journey.id, period=args.period,
                drivers=None if drivers is None else {"dataset": drivers["dataset"], "n": drivers["n"],
                                                      "r2": drivers["r2"], "method": drivers["method"]},
                drivers_missing=why or None)
    if args.json:
        print_json(data)
    else:
        print(format_text(data))
    return 0


def _fmt(value, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def format_text(data: dict) -> str:
    used = [p for p, w in data["weights"].items() if w > 0]
    weights = ", ".join(f"{p}={data['weights'][p]:g}" for p in used)
    lines = [f"{data['journey']}: pain points by impact" + (f", period {data['period']}" if data["period"] else ""),
             f"weights: {weights}"]
    if data.get("drivers"):
        d = data["drivers"]
        lines.append(f"importance from {d['dataset']!r} (n = {d['n']:,}, R\u00b2 = {d['r2']:.3f})")
    rows = data["pain_points"]
    if not rows:
        return "\n".join(lines + ["", "no open or accepted pain points in this journey."])
    wt = min(40, max([5] + [len(r["title"]) for r in rows]))
    wst = min(26, max([5] + [len(r["stage"] or "") for r in rows]))
    head = (f"{'rank':>4}  {'score':>5}  {'title':<{wt}}  {'stage':<{wst}}  "
            + "  ".join(f"{SHORT[p]:>5}" for p in used) + "  stable  flags")
    lines += ["", head, "-" * len(head)]
    for r in rows:
        title, stage = cut(r["title"], wt), cut(r["stage"] or "", wst)
        parts = "  ".join(f"{_fmt(r['components'].get(p)):>5}" for p in used)
        lines.append(f"{r['rank']:>4}  {_fmt(r['score'], '.3f'):>5}  {title:<{wt}}  {stage:<{wst}}  "
                     f"{parts}  {_fmt(r['stability'], '.0%'):>6}  {', '.join(r['flags'])}")
    lines += ["", "score = sum of the weighted parts shown (each part 0..1, weighted mean over the parts a row "
                  "has); '-' = part missing (flagged, not counted as zero); stable = share of +-20% weight "
                  "moves under which the rank held."]
    return "\n".join(lines)
