"""Votes from a CSV or form export (a remote session): columns ``participant,pain_point,dots``.

``pain_point`` is a pain point's id or its exact title (in the journey). Every row is checked against
the round's rules as if cast at the screen; bad rows are named by their line (the header is line 1),
and with any bad row nothing is added. No Qt.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from journeymap.core import voting
from journeymap.core.commands import Command
from journeymap.core.project import Project

COLUMNS = ("participant", "pain_point", "dots")
MAX_BYTES = 20_000_000


class VotesFileError(ValueError):
    """The file cannot be read as votes at all (missing, wrong columns, not text)."""


@dataclass
class VoteRow:
    line: int
    participant: str
    pain_point: str          # the id, resolved from a title where needed
    dots: int


def read_rows(path: str | Path, project: Project, journey_id: str) -> tuple[list[VoteRow], list[str]]:
    """The rows of the file, resolved to pain point ids, and a problem per bad row ("line 4: ...")."""
    text = _text(Path(path))
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        raise VotesFileError(f"{path} is empty: it needs the header participant,pain_point,dots")
    # a form export says "Pain point" or "pain-point"; extra columns (a timestamp) are left alone
    names = [h.strip().casefold().replace(" ", "_").replace("-", "_") for h in header]
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        raise VotesFileError(f"{path}: line 1 lacks the column(s) {', '.join(missing)} (the header must "
                             "name participant, pain_point and dots)")
    at = {c: names.index(c) for c in COLUMNS}
    by_id = {p.id: p for p in project.where("pain_points", journey=journey_id)}
    by_title: dict[str, list] = {}
    for p in by_id.values():
        by_title.setdefault(p.title, []).append(p)
    rows, problems = [], []
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        cell = {c: (cells[i].strip() if i < len(cells) else "") for c, i in at.items()}
        row, problem = _row(line, cell, by_id, by_title)
        if row is None:   # _row gives a row or a problem
            problems.append(problem)
        else:
            rows.append(row)
    return rows, problems


def _text(path: Path) -> str:
    if not path.is_file():
        raise VotesFileError(f"{path} does not exist (or is not a file)")
    if path.stat().st_size > MAX_BYTES:
        raise VotesFileError(f"{path} is larger than {MAX_BYTES // 1_000_000} MB: not a votes export")
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VotesFileError(f"{path} is not UTF-8 text (byte {exc.start}); save it as CSV UTF-8") from None


def _row(line: int, cell: dict, by_id: dict, by_title: dict) -> tuple[VoteRow | None, str]:
    if not cell["participant"]:
        return None, f"line {line}: the participant is empty"
    ref = cell["pain_point"]
    if ref in by_id:
        pid = ref
    elif len(by_title.get(ref, ())) == 1:
        pid = by_title[ref][0].id
    elif ref in by_title:
        return None, f"line {line}: {ref!r} is the title of {len(by_title[ref])} pain points: use the id"
    else:
        return None, f"line {line}: no pain point with the id or title {ref!r} in this journey"
    try:
        dots = int(cell["dots"])
    except ValueError:
        return None, f"line {line}: dots {cell['dots']!r} is not a whole number"
    if dots < 1:
        return None, f"line {line}: dots must be at least 1, not {dots}"
    return VoteRow(line, cell["participant"], pid, dots), ""


def plan_import(project: Project, journey_id: str, rows: list[VoteRow], *, round_name: str,
                dots: int | None = None) -> tuple[list[Command], list[str]]:
    """The commands that add ``rows`` to round ``round_name`` (made, and closed after, if it does not
    exist; an open round keeps its rules and stays open), and a problem per row the round refuses.

    The commands are applied to ``project`` while checking (each row is checked against the rows
    before it) and undone again before returning: the caller applies them for real.
    """
    rnd = voting.round_by_name(project, journey_id, round_name)
    done: list[Command] = []
    problems: list[str] = []
    if rnd is not None and rnd.status != "open":
        return [], [f"round {round_name!r} is closed; import into a new round (--round NEW_NAME)"]
    try:
        if rnd is None:
            totals: dict[str, int] = {}
            for r in rows:
                totals[r.participant] = totals.get(r.participant, 0) + r.dots
            n = dots or max(totals.values(), default=1)
            _apply(project, done, voting.open_round(project, journey_id=journey_id, name=round_name,
                                                     dots=min(n, voting.MAX_DOTS)))
            rnd = voting.round_named(project, journey_id, round_name)
            created = True
        else:
            created = False
        for r in rows:
            try:
                _apply(project, done, voting.cast_vote(project, round_id=rnd.id, participant=r.participant,
                                                       pain_point=r.pain_point, dots=r.dots))
            except voting.VotingError as exc:
                problems.append(f"line {r.line}: {exc}")
        if created:
            _apply(project, done, voting.close_round(project, round_id=rnd.id))
    except voting.VotingError as exc:
        problems.append(str(exc))
    finally:
        for command in reversed(done):
            command.undo(project)
    return done, problems


def _apply(project: Project, done: list, command: Command) -> None:
    command.do(project)
    done.append(command)
