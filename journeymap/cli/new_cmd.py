"""``journeymap new PATH [--template blank|insurance|retail] [--title TEXT]``."""
from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliError

HELP = "create a project from a template"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the .jmap file to create")
    parser.add_argument("--template", default="blank", choices=["blank", "insurance", "retail"])
    parser.add_argument("--title", help="the project's title")
    parser.add_argument("--force", action="store_true", help="replace an existing file")


def run(args: argparse.Namespace) -> int:
    from journeymap.samples import templates
    from journeymap.storage.write import save

    path = Path(args.path)
    if path.is_dir():
        raise CliError(f"{path} is a folder. Give the path of the .jmap file to create.")
    if path.exists() and not args.force:
        raise CliError(f"{path} exists already. Choose another name, or add --force to replace it.")
    if not path.parent.exists():
        raise CliError(f"{path.parent} does not exist. Create the folder first.")
    project = templates.build(args.template, title=args.title)
    save(project, path)
    print(f"created {path} from the {args.template} template")
    return 0
