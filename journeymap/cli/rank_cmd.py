"""``journeymap rank PATH [--journey J] [--period P] [--json|--csv] [--weights reach=1,gap=2,...]
[--importance stage_shapley|item_sum] [--resamples N]``: a journey's pain points ranked by impact on fixed
scales, with the score's weighted parts, rank intervals, the data-only and judgment-only ranks and where
they disagree, each part's influence, and the pain points left out (read-only; no Qt). docs/ranking.md."""
from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING

from .common import CliError, cut, open_project, pick_journey, print_json

if TYPE_CHECKING:
    from pathlib import Path

    from journeymap.analysis.rank_result import RankResult
    from journeymap.analysis.stage_importance import StageImportance
    from journeymap.core.project import Project

HELP = "pain points ranked by impact, with the score's parts"
SHORT = {"reach": "reach", "gap": "gap", "reach_x_gap": "r*g", "importance": "imp", "value": "value",
         "votes": "votes", "severity": "sev"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="the journey's name (default: the project's default journey)")
    parser.add_argument("--period", help="volumes and metrics of this period, e.g. 2026-10 (default: the "
                                         "mean over all periods)")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", action="store_true", help="print CSV (formula-like cells made inert)")
    parser.add_argument("--weights", help="weights of the parts, e.g. reach=1,gap=2,votes=0.5; parts not "
                                          "named keep the project's weight (a part =0 is left out). Parts: "
                                          "reach, gap, reach_x_gap, importance, value, votes, severity. "
                                          "reach_x_gap replaces reach and gap: naming it alone sets them to 0")
    parser.add_argument("--importance", choices=("stage_shapley", "item_sum"),
                        help="how a stage's importance is computed (default: the project's setting, "
                             "stage_shapley: the stage's items as one Shapley player)")
    parser.add_argument("--resamples", type=int, default=200,
                        help="resamples for the rank intervals (default 200; 0 = no intervals)")


def parse_weights(text: str | None, base: dict) -> dict:
    """``base`` with the parts named in ``text`` ("reach=1,gap=2") replaced; CliError if malformed."""
    from journeymap.analysis.scoring import PARTS, ScoringError, weight_vector

    weights = dict(base)
    if text is None:
        return weights
    named = set()
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
        named.add(name)
    if weights.get("reach_x_gap", 0) > 0 and "reach_x_gap" in named:
        for part in {"reach", "gap"} - named:   # reach x gap counts them already (docs/ranking.md)
            weights[part] = 0.0
    try:
        weight_vector(weights)
    except ScoringError as exc:
        raise CliError(f"--weights: {exc}.") from None
    return weights


def known_periods(path: str | Path, project: Project, journey_id: str) -> list[str]:
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


def run(args: argparse.Namespace) -> int:
    from journeymap.analysis.impact_inputs import explain_inputs, journey_scales, left_out
    from journeymap.analysis.ranking import importance_method, journey_drivers, journey_importance, project_weights
    from journeymap.analysis.ranking import rank_journey
    from journeymap.analysis.scoring import ScoringError

    project = open_project(args.path)
    journey = pick_journey(project, args.journey)
    weights = parse_weights(args.weights, project_weights(project))
    if args.resamples < 0:
        raise CliError(f"--resamples must be 0 or more, got {args.resamples}.")
    if args.period is not None:
        periods = known_periods(args.path, project, journey.id)
        if args.period not in periods:
            listed = ", ".join(repr(p) for p in periods) or "none"
            raise CliError(f"no period {args.period!r} in journey {journey.name!r} (periods with data: {listed}).")
    drivers, why = journey_drivers(args.path, project, journey_id=journey.id, period=args.period)
    method = args.importance or importance_method(project)
    importance, why_imp = journey_importance(args.path, project, journey_id=journey.id, period=args.period,
                                             method=method, bootstrap=args.resamples)
    try:
        result, _ = rank_journey(args.path, project, journey_id=journey.id, period=args.period, weights=weights,
                                 drivers=drivers or {}, importance=importance or False, intervals=args.resamples)
    except ScoringError as exc:
        raise CliError(f"the pain points cannot be ranked: {exc}") from None
    if importance is None and not (args.json or args.csv):
        print(f"journeymap: importance left out ({why_imp or why})", file=sys.stderr)
    if args.csv:
        import csv
        csv.writer(sys.stdout, lineterminator="\n").writerows(result.to_csv_rows())
        return 0
    data = result.to_dict(journey=journey.name)
    notes = {inp.id: note for inp, note in explain_inputs(project, journey_id=journey.id, drivers=drivers or {},
                                                          period=args.period, importance=importance)}
    for row in data["pain_points"]:
        row["sources"] = notes.get(row["id"], {})
    _, scale_notes = journey_scales(project, journey_id=journey.id, period=args.period)
    data.update(journey_id=journey.id, period=args.period, scale_notes=scale_notes,
                importance=_importance_dict(importance, method),
                drivers=None if drivers is None else {"dataset": drivers["dataset"], "n": drivers["n"],
                                                      "r2": drivers["r2"], "method": drivers["method"]},
                drivers_missing=why or None, importance_missing=why_imp or None, resamples=args.resamples,
                left_out=left_out(project, journey_id=journey.id), **_influence(result))
    if args.json:
        print_json(data)
    else:
        print(format_text(data))
    return 0


def _importance_dict(importance: StageImportance | None, method: str) -> dict:
    from journeymap.analysis.stage_importance import LABELS
    if importance is None:
        return {"method": method, "label": LABELS[method], "n": None, "r2": None}
    return {"method": importance.method, "label": importance.label, "n": importance.n, "r2": importance.r2}


def _influence(result: RankResult) -> dict:
    from journeymap.analysis.influence import about_equal, dominant, influence
    from journeymap.analysis.scoring import SOURCES
    items = influence(result.table, result.weights)
    top = dominant(items)
    return {"influence": [{"part": i.part, "weight": i.weight, "spread": i.spread, "share": i.share,
                           "source": SOURCES[i.part]} for i in items],
            "dominant": top.part if top else None, "balanced": about_equal(items)}


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def _rank_cell(r: dict) -> str:
    if r.get("rank_low") is None:
        return str(r["rank"])
    return f"{r['rank']} ({r['rank_low']}-{r['rank_high']})"


def _header(data: dict, used: list[str]) -> list[str]:
    weights = ", ".join(f"{p}={data['weights'][p]:g}" for p in used)
    lines = [f"{data['journey']}: pain points by impact" + (f", period {data['period']}" if data["period"] else ""),
             f"weights: {weights}"]
    shares = {i["part"]: i for i in data.get("influence", [])}
    if shares:
        lines.append("influence on the order: " + ", ".join(
            f"{p} {shares[p]['share']:.0%}" for p in used if p in shares)
            + (" (about equal)" if data.get("balanced") else
               f" (dominant: {data['dominant']}; `Balance` in the app evens them)" if data.get("dominant") else ""))
    imp = data.get("importance") or {}
    if imp.get("n"):
        lines.append(f"importance: {imp['label']}, n = {imp['n']:,}, R\u00b2 = {imp['r2']:.3f}")
    elif imp:
        lines.append(f"importance ({imp['label']}) left out: {data.get('importance_missing') or 'no survey'}")
    refs = data.get("scale_notes") or {}
    scales = data.get("scales") or {}
    if refs:
        spec = {"customers": ",.0f", "value": ",.2f", "fair_votes": ".2f"}
        lines.append("references: " + "; ".join(f"{k} {format(scales.get(k), spec.get(k, 'g'))} ({v})"
                                                for k, v in refs.items()))
    return lines


def format_text(data: dict) -> str:
    used = [p for p, w in data["weights"].items() if w > 0]
    lines = _header(data, used)
    rows = data["pain_points"]
    gone = data.get("left_out") or []
    if not rows:
        return "\n".join(lines + ["", "no open or accepted pain points in this journey."] + _left_out(gone))
    wt = min(40, max([5] + [len(r["title"]) for r in rows]))
    wst = min(26, max([5] + [len(r["stage"] or "") for r in rows]))
    wr = max(4, max(len(_rank_cell(r)) for r in rows))
    head = (f"{'rank':>{wr}}  {'score':>5}  {'data':>4}  {'room':>4}  {'title':<{wt}}  {'stage':<{wst}}  "
            + "  ".join(f"{SHORT[p]:>5}" for p in used) + "  stable  flags")
    lines += ["", head, "-" * len(head)]
    for r in rows:
        title, stage = cut(r["title"], wt), cut(r["stage"] or "", wst)
        parts = "  ".join(f"{_fmt(r['components'].get(p)):>5}" for p in used)
        flags = list(r["flags"])
        if r.get("disagreement"):
            flags.insert(0, "DISCUSS: top 5 by " + ("data" if r["disagreement"] == "data" else "the room")
                         + ", bottom half by " + ("the room" if r["disagreement"] == "data" else "data"))
        lines.append(f"{_rank_cell(r):>{wr}}  {_fmt(r['score'], '.3f'):>5}  {_fmt(r.get('data_rank'), 'd'):>4}  "
                     f"{_fmt(r.get('judgment_rank'), 'd'):>4}  {title:<{wt}}  {stage:<{wst}}  "
                     f"{parts}  {_fmt(r['stability'], '.0%'):>6}  {', '.join(flags)}")
    lines += ["", "rank (low-high) = the rank and its 90% interval over resampled survey data, gap errors and "
                  "+-20% weight moves; data / room = the rank by the data parts alone / by the judgment parts "
                  "alone (votes, severity, typed-in gap and value); score = sum of the weighted parts shown "
                  "(each part on a fixed 0..1 scale); '-' = part missing (flagged, not counted as zero); "
                  "stable = share of one-at-a-time +-20% weight moves under which the rank held."]
    return "\n".join(lines + _left_out(gone))


def _left_out(gone: list[dict]) -> list[str]:
    if not gone:
        return []
    listed = "; ".join(f"{g['title']!r} ({g['status']})" for g in gone)
    return ["", f"left out: {len(gone)} pain point{'s' if len(gone) != 1 else ''} not open or accepted: {listed}."]
