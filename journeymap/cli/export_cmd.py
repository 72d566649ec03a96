"""``journeymap export PATH --out DIR [--journey J] [--segment S] [--period P] [--formats ...]
[--charts ...] [--template FILE.pptx|.potx] [--lang en|zh_CN|zh_TW] [--force]``: the slide-ready outputs.

Reads the project (never writes it). The journey map for the deck is drawn by the canvas, offscreen
(Qt, switched to the offscreen platform without a display); everything else is headless. Files
appear in DIR only when all are complete (journeymap.export.run); files of the same names already
there are replaced only with --force.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .common import CliError, _, open_project, pick_journey

if TYPE_CHECKING:
    from journeymap.core.model import Journey
    from journeymap.core.project import Project
    from journeymap.export.run import Request

HELP = "slide-ready outputs: a deck with native charts, a workbook, an HTML report, chart images"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from journeymap.charts.catalogue import NAMES
    from journeymap.export.run import FORMATS
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--out", required=True, help="the folder to write into (made if missing)")
    parser.add_argument("--journey", help="the journey's name (default: the project's default journey)")
    parser.add_argument("--segment", help="only this segment's respondents and comments (default: all)")
    parser.add_argument("--period", help="only this period, e.g. 2026-10 (default: all periods)")
    parser.add_argument("--formats", default=",".join(FORMATS),
                        help=f"comma-separated, of {', '.join(FORMATS)} (default: all)")
    parser.add_argument("--charts", help=f"comma-separated, of {', '.join(NAMES)} (default: every chart the "
                                         "data allows)")
    parser.add_argument("--template", help="a PowerPoint template (.pptx or .potx) whose layouts, fonts and "
                                           "colours the deck uses")
    parser.add_argument("--lang", choices=("en", "zh_CN", "zh_TW"), default="en",
                        help="language of every label the export adds")
    parser.add_argument("--no-map", action="store_true", help="leave the journey map slide out (no Qt)")
    parser.add_argument("--force", action="store_true",
                        help="replace files of the same names already in the folder (without it: exit 2, "
                             "nothing written)")


def _choices(text: str | None, allowed: Sequence[str], what: str) -> list[str] | None:
    if text is None:
        return None
    chosen = [t.strip() for t in text.split(",") if t.strip()]
    unknown = [t for t in chosen if t not in allowed]
    if unknown or not chosen:
        raise CliError(_("--{what}: unknown {unknown}; choose from {allowed}.").format(
            what=what, unknown=", ".join(map(repr, unknown)) or _("empty list"), allowed=", ".join(allowed)))
    return chosen


def _check(args: argparse.Namespace, project: Project, journey: Journey) -> None:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(_("--out {out} is a file; give a folder.").format(out=out))
    if not out.exists() and not out.parent.is_dir():
        raise CliError(_("--out {out}: its parent folder {folder} does not exist.").format(out=out, folder=out.parent))
    if args.template:
        t = Path(args.template)
        if t.suffix.lower() not in (".pptx", ".potx"):
            raise CliError(_("--template {file} must be a .pptx or .potx file.").format(file=t))
        if not t.is_file():
            raise CliError(_("--template {file} does not exist.").format(file=t))
    if args.segment and args.segment not in _segments(args.path, project, journey):
        raise CliError(_("no segment {segment!r} in journey {journey!r} (segments: {names}).").format(
            segment=args.segment, journey=journey.name,
            names=", ".join(map(repr, _segments(args.path, project, journey))) or _("none")))
    if args.period:
        from .rank_cmd import known_periods
        periods = known_periods(args.path, project, journey.id)
        if args.period not in periods:
            raise CliError(_("no period {period!r} in journey {journey!r} (periods with data: {names}).").format(
                period=args.period, journey=journey.name, names=", ".join(map(repr, periods)) or _("none")))


def _segments(path: str, project: Project, journey: Journey) -> list[str]:
    from journeymap.analysis.survey_data import distinct_values, survey_datasets
    found = {s.name for s in project.all("segments")}
    for d in survey_datasets(project, journey.id):
        found.update(v for v in distinct_values(path, d.id, "segment") if v)
    found.update(f.segment for f in project.where("feedback", journey=journey.id) if f.segment)
    return sorted(found)


def run(args: argparse.Namespace) -> int:
    from journeymap.charts.catalogue import NAMES
    from journeymap.export.bundle import gather
    from journeymap.export.deck import TemplateError
    from journeymap.export.run import FORMATS, Request, earlier_files, export

    formats = _choices(args.formats, FORMATS, "formats") or list(FORMATS)   # --formats defaults to all
    charts = _choices(args.charts, NAMES, "charts")
    project = open_project(args.path)
    journey = pick_journey(project, args.journey)
    _check(args, project, journey)
    bundle = gather(args.path, project, journey_id=journey.id, segment=args.segment, period=args.period)
    request = Request(Path(args.out), tuple(formats), charts, Path(args.template) if args.template else None,
                      args.lang)
    if not args.force:
        _refuse_to_replace(bundle, request)
    earlier = earlier_files(bundle, request)
    map_png = None if args.no_map or "pptx" not in formats else render_map(project, args.path, journey.id, args.lang)
    try:
        result = export(bundle, request, map_png=map_png, progress=_progress)
    except TemplateError as exc:
        raise CliError(f"--template: {exc}") from None
    for name, why in result.skipped.items():
        print("journeymap: " + _("chart {name!r} left out: {why}").format(name=name, why=why), file=sys.stderr)
    for message in result.messages:
        print(f"journeymap: {message}", file=sys.stderr)
    if earlier:
        print("journeymap: " + _("left as they were, not part of this export: {names}").format(
            names=", ".join(p.name for p in earlier)), file=sys.stderr)
    print(_("wrote {n} files to {folder}").format(n=len(result.files), folder=request.out))
    for path in result.files:
        print(f"  {path.name}")
    return 0


def _refuse_to_replace(bundle: dict, request: Request) -> None:
    """Two projects whose journeys share a name write the same file names: an export never replaces a
    file silently (QA found one project's deck replaced by another's). Exit 2, nothing written."""
    from journeymap.export.run import existing_files
    existing = existing_files(bundle, request)
    if existing:
        raise CliError(_("{n} files already in {folder} would be replaced: {names}. Nothing was written; "
                         "give --force to replace them, or another --out.").format(
            n=len(existing), folder=request.out, names=", ".join(p.name for p in existing)))


def _progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r[{done}/{total}] {what:<24}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def render_map(project: Project, path: str, journey_id: str, lang: str) -> bytes:
    """The journey map drawn by the canvas, offscreen, as PNG bytes."""
    import tempfile

    from journeymap.app import create_app, use_offscreen_without_display
    from journeymap.ui import settings
    use_offscreen_without_display()
    with tempfile.TemporaryDirectory() as folder:
        settings.isolate(folder)      # the default theme: the same picture on every machine
        create_app(["journeymap"], lang=lang)
        from journeymap.ui.canvas.export import map_png
        from journeymap.ui.canvas.scene import JourneyScene
        from journeymap.ui.session import Session
        scene = JourneyScene(Session(project), journey_id)
        try:
            return map_png(scene)
        finally:
            scene.clear()
