"""``journeymap pareto PATH [--journey J] [--source customer|employee|all] [--period P] [--stage S]
[--json]``: the Pareto of coded feedback reasons of a journey. Read-only."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import CliError, open_project, pick_journey, print_json

HELP = "Pareto of coded feedback reasons"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="the journey (default: the project's default)")
    parser.add_argument("--source", choices=("customer", "employee", "all"), default="all",
                        help="whose comments: customers', employees' (voice of the employee) or all")
    parser.add_argument("--period", help="a month (2026-10) or quarter (2026-Q3) of the comments' dates")
    parser.add_argument("--stage", help="only comments at this stage (by name)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from journeymap.analysis.reasons import feedback_frame, pareto

    project = open_project(Path(args.path))
    journey = pick_journey(project, args.journey, quiet=args.json)
    frame = feedback_frame(project, journey)
    if args.stage and args.stage not in set(frame["stage"].dropna()) and \
            args.stage not in {s.name for s in project.stages_of(journey.id)}:
        raise CliError(f"no stage named {args.stage!r} in journey {journey.name!r}.")
    if args.period:
        col = "quarter" if "Q" in args.period.upper() else "period"
        frame = frame.loc[frame[col].str.upper() == args.period.upper()]
    reasons = pareto(frame, source=args.source, stage=args.stage or None)
    kept = frame if args.source == "all" else frame.loc[frame["source"] == args.source]
    if args.stage:
        kept = kept.loc[kept["stage"] == args.stage]
    data = {"journey": journey.name, "source": args.source, "period": args.period, "stage": args.stage,
            "comments": int(len(kept)), "uncoded": int(kept["reason"].isna().sum()), "reasons": reasons}
    if args.json:
        print_json(data)
        return 0
    print(f"{journey.name}: {data['comments']} comments ({args.source}), {data['uncoded']} uncoded")
    if not reasons:
        print("no coded reasons", file=sys.stderr)
    for r in reasons:
        score = "-" if r["mean_score"] is None else f"{r['mean_score']:.2f}"
        print(f"  {r['reason']:<30} {r['count']:>6}  {100 * r['share']:5.1f}%  cum {100 * r['cum_share']:5.1f}%"
              f"  score {score}  stage {r['stage'] or '-'}")
    return 0
