"""``journeymap search PATH TEXT [--journey J] [--dataset D] [--source customer|employee|all] [--json]``:
the comments of a journey (or of one imported dataset) that contain TEXT (Chinese included: FTS5
trigram, storage/search.py). Read-only: the index is built in memory, the file is not written."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .common import CliError, _, cut, open_project, pick_journey, print_json

if TYPE_CHECKING:
    from journeymap.core.model import Dataset
    from journeymap.core.project import Project

HELP = "full-text search over comments (Chinese included)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("text", help="what to look for (any language; 3+ characters use the index)")
    parser.add_argument("--journey", help="the journey (default: the project's default)")
    parser.add_argument("--dataset", help="one imported dataset's name or id (default: every comment of the "
                                          "journey, typed ones included)")
    parser.add_argument("--source", choices=("customer", "employee", "all"), default="all",
                        help="whose comments: customers', employees' or all")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    from journeymap.storage.search import project_index
    if not args.text.strip():
        raise CliError(_("give some text to look for."))
    project = open_project(Path(args.path))
    dataset = _dataset(project, args.dataset) if args.dataset else None
    home = project.find("journeys", dataset.journey) if dataset and not args.journey else None
    journey = pick_journey(project, args.journey or (home.name if home else None), quiet=args.json)
    hits = project_index(project).find(args.text, journey=journey.id, source=args.source,
                                       dataset=dataset.id if dataset else None)
    names = {s.id: s.name for s in project.stages_of(journey.id)}
    rows = [{"id": h.id, "stage": names.get(h.stage or ""), "source": h.source, "text": h.text} for h in hits]
    if args.json:
        print_json({"journey": journey.name, "dataset": dataset.name if dataset else None, "text": args.text,
                    "source": args.source, "count": len(rows), "comments": rows})
        return 0
    if dataset is not None:
        print(_("{n} comments of dataset {dataset!r} in {journey!r} contain {text!r}").format(
            n=len(rows), dataset=dataset.name, journey=journey.name, text=args.text))
    else:
        print(_("{n} comments in {journey!r} contain {text!r}").format(n=len(rows), journey=journey.name,
                                                                         text=args.text))
    for row in rows:
        print(f"  {cut(str(row['stage'] or '-'), 24):<24} {row['source']:<9} {cut(str(row['text']), 100)}")
    return 0


def _dataset(project: Project, name: str) -> Dataset:
    """The dataset called ``name`` (or with that id); else exit 2 naming the datasets there are."""
    for d in project.all("datasets"):
        if name in (d.name, d.id):
            return d
    names = ", ".join(repr(d.name) for d in project.all("datasets")) or _("none")
    raise CliError(_("no dataset named {name!r} in this project (datasets: {names}).").format(name=name, names=names))
