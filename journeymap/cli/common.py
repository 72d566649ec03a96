"""What every command shares: errors with exit codes, picking the journey, printing."""
from __future__ import annotations

import contextlib
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator, TextIO

from journeymap.core.model import Journey
from journeymap.core.project import Project

EXIT_OK, EXIT_PROBLEM, EXIT_BAD_INPUT = 0, 1, 2


def _(text: str) -> str:
    """``text`` in the language of ``--lang`` (journeymap.i18n; English without it)."""
    from journeymap import i18n
    return i18n.gettext(text)


class CliError(Exception):
    """Bad input: printed on stderr without a traceback; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.code = code


def open_project(path: str | Path) -> Project:
    """The project at ``path``, read-only (the file's bytes stay as they are)."""
    from journeymap.storage.read import open_project as _open
    return _open(Path(path))


def pick_journey(project: Project, name: str | None, *, quiet: bool = False) -> Journey:
    """The journey called ``name``; without a name, the default, named on stderr."""
    if name:
        journey = project.journey_by_name(name)
        if journey is None:
            names = ", ".join(repr(j.name) for j in project.all("journeys")) or _("none")
            raise CliError(_("no journey named {name!r} in this project (journeys: {names}).").format(
                name=name, names=names))
        return journey
    journey = project.default_journey()
    if journey is None:
        raise CliError(_("the project has no journey yet. Add one in the app, or import data "
                         "with a mapping that has create_stages."))
    if not quiet:
        print("journeymap: " + _("using journey {name!r} (the project's default)").format(name=journey.name),
              file=sys.stderr)
    return journey


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False, default=_plain)
    sys.stdout.write("\n")


def _plain(value: Any) -> Any:
    # numpy scalars and the like
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def inert(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def print_csv(rows: list[dict], columns: list[str]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([inert(row.get(c, "")) for c in columns])


def cut(text: str, width: int) -> str:
    """A table cell no wider than ``width``, with an ellipsis where it was cut."""
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def num(value: float | None, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)


# -- terminal safety ---------------------------------------------------------------------------
# Names and comments come from files: an ANSI or OSC escape sequence in a journey or reason name
# would recolour, retitle or clear the user's terminal when printed. Everything a command prints
# as text goes through PlainStream (JSON needs nothing: json.dumps escapes control characters).
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]"          # CSI: colours, cursor moves, clear screen
                      r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window title, hyperlinks
                      r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"     # DCS, PM, APC, SOS strings
                      r"|\x1b.?"                              # any other escape
                      r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")  # other controls (C0 but tab/newline/CR, C1)


def plain(text: str) -> str:
    """``text`` without terminal escape sequences and control characters."""
    return _ESCAPES.sub("", text)


class PlainStream:
    """A text stream that strips escape sequences from what is written through it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(plain(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def plain_output() -> Iterator[None]:
    """While a command runs, stdout and stderr carry no escape sequences from file content."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PlainStream(out), PlainStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
