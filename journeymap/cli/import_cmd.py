"""``journeymap import PATH FILE --mapping MAP [--name NAME] [--encoding ENC] [--sheet SHEET]
[--dry-run] [--replace] [--skip-invalid]``: a CSV or XLSX file into the project as a dataset.

Prints what the import does and the validation report. Bad input (a missing column, values off
their scale without --skip-invalid, an unknown journey or stage, a duplicate name without
--replace, a read-only project) exits 2 and leaves the project file's bytes as they were.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journeymap import i18n

from .common import EXIT_BAD_INPUT, CliError, _

HELP = "import a CSV or XLSX file as a dataset (survey, operations or feedback)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("file", help="the CSV or XLSX file to import")
    parser.add_argument("--mapping", required=True, metavar="MAP",
                        help="a mapping file (JSON), or the name of a mapping saved in the project")
    parser.add_argument("--name", help="the dataset's name (instead of the mapping's)")
    parser.add_argument("--encoding", help="the file's encoding (instead of detecting it)")
    parser.add_argument("--sheet", help="the XLSX sheet to read")
    parser.add_argument("--dry-run", action="store_true", help="report what it would do; change nothing")
    parser.add_argument("--replace", action="store_true", help="replace a dataset of the same name")
    parser.add_argument("--skip-invalid", action="store_true", help="import the good rows, leave out the rest")


def run(args: argparse.Namespace) -> int:
    from journeymap.importers.errors import ImportProblem
    from journeymap.importers.project_import import commit_import, plan_import
    from journeymap.storage.files import writable
    from journeymap.storage.read import check_header

    path = Path(args.path)
    check_header(path)
    try:
        plan = plan_import(path, args.file, args.mapping, name=args.name, encoding=args.encoding,
                           sheet=args.sheet, skip_invalid=args.skip_invalid, replace=args.replace)
    except ImportProblem as exc:
        raise CliError(f"{exc}\nNothing was imported; the project is unchanged.") from None
    print(plan.summary())
    report = plan.report
    if not report.ok and not args.skip_invalid:
        raise CliError(f"{report.summary()}\nFix these rows, or import with --skip-invalid to leave them "
                       "out. Nothing was imported; the project is unchanged.", EXIT_BAD_INPUT)
    if not report.ok or report.notes:
        print(report.summary())
    if not writable(path):
        raise CliError(f"{path} cannot be written (it is read-only, or its folder is); nothing was "
                       "imported. Make it writable, or import into a copy.")
    if args.dry_run:
        left = [_("{n} rows with problems").format(n=report.rows_dropped)] if report.rows_dropped else []
        left += [_("{n} rows with nothing to import").format(n=report.rows_left_out)] if report.rows_left_out else []
        would = _("dry run: would import {rows} rows").format(rows=plan.prepared.rows)
        if left:
            would += _(" ({what} left out)").format(what=_(" and ").join(left))
        print(i18n.sentence(i18n.clauses([would, _("nothing was changed")])))
        return 0
    try:
        outcome = commit_import(path, plan, progress=_progress if sys.stderr.isatty() else None)
    except ImportProblem as exc:
        raise CliError(f"{exc}\nNothing was imported; the project is unchanged.") from None
    # in --lang's words and punctuation (the dataset's and stages' names are the user's)
    done = [_("imported {rows} rows as dataset {name!r}").format(rows=outcome.rows, name=outcome.dataset_name)]
    if report.rows_dropped:
        done.append(_("{n} rows with problems were skipped").format(n=report.rows_dropped))
    if outcome.created_stages:
        done.append(i18n.labelled(_("created stages"), i18n.listing(outcome.created_stages)))
    if outcome.replaced:
        done.append(_("replaced the earlier {name!r}").format(name=outcome.replaced))
    print(i18n.clauses(done))
    return 0


def _progress(done: int, total: int) -> None:
    end = "\n" if done >= total else ""
    print(f"\rwriting rows: {done}/{total}", end=end, file=sys.stderr, flush=True)
