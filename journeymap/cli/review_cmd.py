"""``journeymap review PATH [--journey J] [--period P] [--as-of DATE] [--json]``: the monthly review, what
moved since the previous period (read-only; no Qt)."""
from __future__ import annotations

import argparse

from journeymap import i18n
from journeymap.i18n import N_

from .common import CliError, _, cut, open_project, pick_journey, print_json
from .roadmap_cmd import as_of_date

HELP = "the monthly review: what moved since the previous period"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="the journey's name (default: the project's default journey)")
    parser.add_argument("--period", help="the period to review, e.g. 2026-12 (default: the newest with data)")
    parser.add_argument("--as-of", dest="as_of", help="the day overdue is judged on (default: today, or the period's last day once the period is over)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from journeymap.analysis.review import ReviewError, review

    as_of = as_of_date(args.as_of)
    project = open_project(args.path)
    journey = pick_journey(project, args.journey, quiet=args.json)
    try:
        data = review(args.path, project, journey_id=journey.id, period=args.period, as_of=as_of)
    except ReviewError as exc:
        raise CliError(f"journey {journey.name!r}: {exc}") from None
    if args.json:
        print_json(data)
    else:
        print(format_text(data))
    return 0


def _n(m: dict) -> str:
    if m["test"] == "vs period-to-period variation":      # an operating metric: n counts earlier changes
        return _("against {n} earlier changes").format(n=m["n_before"])
    return f"n {m['n_before']:,} {_arrow()} {m['n_after']:,}"


def _arrow() -> str:
    """``->`` in English (as before), the arrow a Chinese text uses otherwise."""
    return "->" if i18n.language() == "en" else "\u2192"


# The analysis's codes (JSON values, English by contract) in the text's words.
CODES = (N_("improved"), N_("worsened"), N_("no change"), N_("mean"), N_("top-2-box"), N_("NPS"),
         N_("no initiative"), N_("no owner"), N_("no deadline"))


def _code(value: str) -> str:
    return _(value) if value in CODES else value


def _p(p: float) -> str:
    """A p-value as a reader should take it: never 0 (a test says 'below 1 in 10,000', not 'impossible')."""
    return "< 0.0001" if p < 0.0001 else f"{p:.4f}"


def _signed(v: float | None) -> str:
    """An NPS; '-' for a side with no answers (None)."""
    return "-" if v is None else f"{v:+.1f}"


def _fmt_p(p: float | None) -> str:
    return "-" if p is None else f"{p:.3f}"


def _value(m: dict, v: float | None) -> str:
    """A top-2-box is a share: written as a percentage (22.1%), as the app and the deck write it."""
    return "-" if v is None else f"{v:.1%}" if m.get("metric") == "top-2-box" else _fmt(v)


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:,.3g}" if abs(v) < 10 else f"{v:,.1f}"


def format_text(d: dict) -> str:
    """The review as text, in --lang's words and punctuation (JSON keys and values stay English)."""
    none, arrow = "  " + _("none"), _arrow()
    head = i18n.labelled(d["journey"], _("review of {period} against {previous} (overdue as of {as_of})").format(
        period=d["period"], previous=d["previous_period"] or _("none"), as_of=d["as_of"]))
    lines = [head] + [i18n.labelled(_("note"), n) for n in d.get("notes", [])] + [""]
    lines.append(_("new pain points ({n}):").format(n=len(d["new_pain_points"])))
    lines += [f"  {cut(p['title'], 60)}  [{p['stage'] or '-'}]" for p in d["new_pain_points"]] or [none]
    lines.append(_("rank changes:"))
    new = _("new")
    lines += [f"  {r['from'] or new:>3} {arrow} {r['to']:<3} {cut(r['title'], 60)}" for r in d["rank_changes"]] \
        or [none]
    lines.append(_("metrics that moved beyond noise (false discovery rate 5%):"))
    overall = _("overall")
    wide = max((len(_code(m["metric"])) for m in d["moved_metrics"]), default=0)   # an operating metric's name is long
    lines += [f"  {_code(m['verdict']):<9} {cut(m['stage'] or overall, 26):<26} {cut(m['item'], 30):<30} "
              f"{_code(m['metric']):<{wide}} {_value(m, m['before']):>8} {arrow} {_value(m, m['after']):<8} {_n(m)}  "
              f"p {_p(m['p_value'])}" for m in d["moved_metrics"]] or [none]
    for r in d["nps"]:
        lines.append(i18n.labelled(f"NPS {cut(r['item'], 40)}", _(
            "{before} -> {after} (n {n_before:,} -> {n_after:,}, Wald p {p})").format(
            before=_signed(r["before"]), after=_signed(r["after"]), n_before=r["n_before"], n_after=r["n_after"],
            p=_fmt_p(r["p_value"]))))
    lines.append(_("overdue:"))
    lines += ["  " + (_("{title}  {owner}, due {due} ({days} days)") if i["days_overdue"] != 1 else
                      _("{title}  {owner}, due {due} ({days} day)")).format(
        title=cut(i["title"], 56), owner=i["owner"] or _("no owner"), due=i["due"], days=i["days_overdue"])
        for i in d["overdue"]] or [none]
    lines.append(_("due in {period}:").format(period=d["period"]))
    lines += ["  " + _("{title}  {owner}, due {due}").format(title=cut(i["title"], 56), owner=i["owner"] or _("no owner"),
                                                             due=i["due"]) for i in d["due"]] or [none]
    lines.append(_("recurring, unowned (top of the ranking in consecutive periods):"))
    lines += [f"  #{r['rank']} " + i18n.labelled(cut(r["title"], 60), _code(r["why"]))
              for r in d["recurring_unowned"]] or [none]
    return "\n".join(lines)
