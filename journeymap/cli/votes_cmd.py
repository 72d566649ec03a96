"""``journeymap votes PATH [--journey J] [--json]``: voting rounds, participants and tallies;
``--import FILE.csv [--round NAME]``: a round's votes from a CSV or form export;
``--serve --round NAME [--dots N] [--host H] [--port P]``: phone voting without the app.

No Qt. Reads leave the file alone; an import or a served round is saved as one change, and bad input
(a bad row, a closed round, a read-only file) exits 2 with the project unchanged.
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .common import CliError, cut, open_project, pick_journey, print_json
from journeymap.core.commands import Command
from journeymap.core.project import Project

if TYPE_CHECKING:
    from journeymap.voting.bridge import HeadlessRound
    from journeymap.voting.server import VotingServer

HELP = "voting rounds and tallies; import votes from CSV; serve phone voting for a round"
DEFAULT_PORT = 8765


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .jmap project file")
    parser.add_argument("--journey", help="the journey's name (default: the project's default journey)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--import", dest="import_file", metavar="FILE.csv",
                      help="add votes from a CSV with the columns participant,pain_point,dots")
    what.add_argument("--serve", action="store_true", help="serve the phone voting page for --round")
    parser.add_argument("--round", help="the round's name (made if new; --serve needs it)")
    parser.add_argument("--dots", type=int, help="dots per participant of a new round (default 5; an import: "
                                                 "the most any participant gave)")
    parser.add_argument("--max-per-item", type=int, help="at most this many dots on one pain point (new round)")
    parser.add_argument("--question", default="", help="the round's question (new round)")
    parser.add_argument("--timer", type=int, metavar="SECONDS", help="end a new served round after this long")
    parser.add_argument("--host", default="0.0.0.0", help="address to listen on (default: all; phones on the "
                                                          "same network reach it)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: any)")


def run(args: argparse.Namespace) -> int:
    if args.import_file:
        return _import(args)
    if args.serve:
        return _serve(args)
    project = open_project(args.path)
    journey = pick_journey(project, args.journey, quiet=args.json)
    rounds = _rounds_json(project, journey.id)
    if args.json:
        print_json({"journey": journey.name, "rounds": rounds})
    else:
        _print_table(journey.name, rounds)
    return 0


def _rounds_json(project: Project, journey_id: str) -> list[dict]:
    from journeymap.analysis.votes import journey_rounds

    titles = {p.id: p.title for p in project.all("pain_points")}
    return [{"name": r.name, "number": r.number, "question": r.question, "status": r.status,
             "dots_per_participant": r.dots_per_participant, "participants": r.participants,
             "tally": [{"pain_point": pid, "title": titles.get(pid, ""), "dots": n} for pid, n in r.tally]}
            for r in journey_rounds(project, journey_id)]


def _print_table(journey: str, rounds: list[dict]) -> None:
    if not rounds:
        print(f"No voting rounds in {journey!r} yet.")
        return
    for r in rounds:
        dots = r["dots_per_participant"]
        print(f"Round {r['number']}: {r['name']} ({r['status']}; {len(r['participants'])} participants"
              + (f", {dots} dots each" if dots else "") + ")")
        if r["question"]:
            print(f"  {r['question']}")
        for row in r["tally"]:
            print(f"  {row['dots']:>4}  {cut(row['title'], 70)}")


def _writable_project(path: str) -> Project:
    from journeymap.storage.files import writable
    from journeymap.storage.read import check_header

    check_header(Path(path))
    project = open_project(path)
    if not writable(Path(path)):
        raise CliError(f"{path} cannot be written (it is read-only, or its folder is); nothing was "
                       "changed. Make it writable, or work on a copy.")
    return project


def _import(args: argparse.Namespace) -> int:
    from journeymap.core.voting import whole_round
    from journeymap.importers.votes_csv import VotesFileError, plan_import, read_rows
    from journeymap.storage.write import save

    project = _writable_project(args.path)
    journey = pick_journey(project, args.journey)
    name = args.round or f"Imported {Path(args.import_file).stem}"
    try:
        rows, problems = read_rows(args.import_file, project, journey.id)
    except VotesFileError as exc:
        raise CliError(f"{exc}. Nothing was imported; the project is unchanged.") from None
    if not problems:
        commands, problems = plan_import(project, journey.id, rows, round_name=name, dots=args.dots)
    if problems:
        raise CliError(f"{args.import_file}: {len(problems)} bad row(s):\n  " + "\n  ".join(problems)
                       + "\nNothing was imported; the project is unchanged.")
    whole_round(commands, name=name).do(project)
    save(project, args.path)
    people = len({r.participant for r in rows})
    print(f"imported {sum(r.dots for r in rows)} dots from {people} participants into round {name!r}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from journeymap.core import voting
    from journeymap.storage.write import save
    from journeymap.voting.bridge import HeadlessRound
    from journeymap.voting.server import VotingServer

    if not args.round:
        raise CliError("--serve needs --round NAME (a new round's name, or an open round to go on with).")
    project = _writable_project(args.path)
    journey = pick_journey(project, args.journey)
    opening = _opening(project, journey.id, args)
    run = HeadlessRound(project, opening, args.round, journey.id)
    try:
        server = VotingServer(run.box, host=args.host, port=args.port).start()
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc}); try another "
                       "--port.") from None
    print(server.url, flush=True)
    _explain(server, run, args)
    try:
        _wait(run.round.timer_s if opening is not None else None)
    finally:
        server.stop()
        command = run.finish()
        command.do(project)
        save(project, args.path)
    rnd = project.get("voting_rounds", run.round.id)
    dots = sum(v.dots for v in voting.votes_of(project, rnd))
    people = len(rnd.participants)
    print(f"round {rnd.name!r} closed: {dots} dot{'s' * (dots != 1)} from {people} "
          f"participant{'s' * (people != 1)}; saved.", flush=True)
    return 0


def _opening(project: Project, journey_id: str, args: argparse.Namespace) -> Command | None:
    """The command that opens the round, or None to go on with an open round of that name."""
    from journeymap.core import voting

    rnd = voting.round_by_name(project, journey_id, args.round)
    if rnd is not None:
        if rnd.status != "open":
            raise CliError(f"round {args.round!r} is closed; serve a new round (another --round name).")
        return None
    try:
        return voting.open_round(project, journey_id=journey_id, name=args.round, question=args.question,
                                 dots=5 if args.dots is None else args.dots, max_per_item=args.max_per_item,
                                 timer_s=args.timer)
    except voting.VotingError as exc:
        raise CliError(f"{exc}. Nothing was changed.") from None


def _explain(server: VotingServer, run: HeadlessRound, args: argparse.Namespace) -> None:
    import segno

    drawn = sys.stderr.isatty()      # the QR code is drawn on a terminal only: promise it only there
    print(f"journeymap: serving round {args.round!r} ({len(run.box.candidates)} choices, {run.box.dots} dots "
          f"each). Phones open the address above{' or scan:' if drawn else '.'}", file=sys.stderr)
    if drawn:
        segno.make(server.url, error="m").terminal(out=sys.stderr, compact=True)
    print("journeymap: Ctrl+C ends the round and saves it.", file=sys.stderr, flush=True)


def _wait(timer_s: int | None) -> None:
    """Until Ctrl+C, a TERM signal, or the round's timer."""
    done = threading.Event()
    stop = [signal.SIGINT, signal.SIGTERM]
    previous = {sig: signal.signal(sig, lambda *_: done.set()) for sig in stop}
    try:
        done.wait(timer_s)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
