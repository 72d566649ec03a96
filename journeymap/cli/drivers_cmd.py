"""``journeymap drivers PATH [--journey J] [--dataset D] [--segment S] [--period P] [--method M] [--json]``:
key-driver analysis of a journey's survey (read-only; numpy/pandas imported in ``run`` only; no Qt)."""
from __future__ import annotations

import argparse

from journeymap import i18n
from journeymap.charts.drivers_finding import ipa_finding

from .common import CliError, cut, num, open_project, pick_journey, print_json

HELP = "key-driver analysis of a journey's survey"
METHODS = ("relweight", "shapley", "corr")
METHOD_TITLES = {"relweight": "relative weights", "shapley": "Shapley (LMG)", "corr": "squared correlations"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="the journey's name (default: the project's default journey)")
    parser.add_argument("--dataset", help="one survey dataset's name (default: every wave of the journey's newest survey)")
    parser.add_argument("--segment", help="only respondents of this segment (default: all)")
    parser.add_argument("--period", help="only this period, e.g. 2026-10 (default: all periods)")
    parser.add_argument("--method", choices=METHODS, default="relweight",
                        help="relweight (Johnson's relative weights, default), shapley (LMG) or corr")
    parser.add_argument("--bootstrap", type=int, default=200,
                        help="bootstrap resamples for the intervals (default 200; 0 = none)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the bootstrap (default 0)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from journeymap.analysis.driver_run import DriverError, SurveyDataError, run_drivers

    if args.bootstrap < 0:
        raise CliError(f"--bootstrap must be 0 or more, got {args.bootstrap}.")
    project = open_project(args.path)
    journey = pick_journey(project, args.journey)
    try:
        data = run_drivers(args.path, project, journey_id=journey.id, dataset_id=args.dataset,
                           segment=args.segment, period=args.period, method=args.method,
                           bootstrap=args.bootstrap, seed=args.seed)
    except SurveyDataError as exc:
        raise CliError(str(exc)) from None
    except DriverError as exc:
        raise CliError(f"driver analysis cannot run on {exc}") from None
    data["finding"] = ipa_finding(data, i18n.language())   # the view's and the deck's sentence, in --lang
    if args.json:
        print_json(data)
    else:
        print(format_text(data))
    return 0


def format_text(data: dict) -> str:
    filters = ", ".join(f"{k} {data[k]}" for k in ("segment", "period") if data.get(k)) or "all respondents"
    kind = f" ({data['outcome_type']})" if data.get("outcome_type") else ""
    method = data.get("method_label") or METHOD_TITLES.get(data["method"], data["method"])
    read = data.get("datasets") or [{"name": data["dataset"], "rows": data["rows"]}]
    source = (f"dataset {data['dataset']!r}" if len(read) == 1 else
              "datasets " + " + ".join(f"{d['name']!r} ({d['rows']:,} rows)" for d in read))
    lines = [f"{data['journey']}: what drives {data['outcome']}{kind}",
             f"{source}, {filters}, {method}",
             f"n = {data['n']:,} of {data['rows']:,} rows (listwise)   R\u00b2 = {data['r2']:.3f}"]
    lines += [f"warning: {flag}" for flag in data.get("flags", [])]
    lines += [f"finding: {data.get('finding') or ipa_finding(data)}", ""]   # the Drivers view's and the deck's
    wi = min(48, max([len("item")] + [len(r["item"]) for r in data["items"]]))
    ws = min(28, max([len("stage")] + [len(r["stage"]) for r in data["items"]]))
    head = (f"{'item':<{wi}}  {'stage':<{ws}}  {'weight %':>8}  {'95% CI':>13}  {'r':>6}  {'mean':>5}  "
            f"{'top-2':>6}  {'n':>6}  quadrant")
    lines += [head, "-" * len(head)]
    for r in sorted(data["items"], key=lambda r: -r["weight_pct"]):
        ci = (f"{num(r['ci_low'], '.1f')}-{num(r['ci_high'], '.1f')}"
              if r.get("ci_low") is not None else "-")
        lines.append(f"{cut(r['item'], wi):<{wi}}  {cut(r['stage'], ws):<{ws}}  {r['weight_pct']:>8.1f}  {ci:>13}  "
                     f"{r['r']:>6.2f}  {r['mean']:>5.2f}  {r['top2box']:>6.0%}  {r['n']:>6,}  "
                     f"{_quadrant(r)}")
    lines += ["", f"{'stage':<{ws}}  {'weight %':>8}  {'mean (scale)':>13}  {'score':>5}  {'top-2':>6}"]
    for s in sorted(data["stages"], key=lambda s: -s["weight_pct"]):
        lines.append(f"{cut(s['stage'], ws):<{ws}}  {s['weight_pct']:>8.1f}  {_stage_mean(s):>13}  "
                     f"{s.get('score', s['mean']):>5.0f}  {s['top2box']:>6.0%}")
    lines.append("")
    lines.append("weight % = share of R\u00b2 (sums to 100); mean on the items' scale (- where a stage's items "
                 "differ in scale or direction); score = mean on 0-100 (100 = best end); top-2 = share on the "
                 "two best points; (uncertain) = the weight's interval straddles the importance cut line.")
    return "\n".join(lines)


def _quadrant(row: dict) -> str:
    text = row["quadrant"].replace("_", " ")
    return text + (" (uncertain)" if row.get("quadrant_certain") is False else "")


def _stage_mean(stage: dict) -> str:
    if stage.get("mean") is None or not stage.get("scale"):
        return "-"
    lo, hi = stage["scale"]
    return f"{stage['mean']:.2f} ({lo:g}-{hi:g})"
