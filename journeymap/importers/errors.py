"""The one error type of the import layer: bad input a person can fix."""
from __future__ import annotations

from typing import Iterable


class ImportProblem(ValueError):
    """A file or mapping that cannot be imported.

    ``str(problem)`` is a complete message: what is wrong, where (the file, the line with the
    header as line 1, the column by its header) and what to do. The command line prints it and
    exits 2; no traceback is shown for it.
    """

    def __init__(self, message: str, *, path: str | None = None, column: str | None = None,
                 line: int | None = None):
        self.path = path
        self.column = column
        self.line = line
        super().__init__(message)


class AmbiguousEncoding(ImportProblem):
    """A short file that two encodings read, with different text: ask rather than guess.

    ``candidates`` are the codec names, most likely first; ``samples`` the text each gives.
    """

    def __init__(self, message: str, *, path: str | None = None, candidates: Iterable[str] = (),
                 samples: Iterable[str] = ()) -> None:
        super().__init__(message, path=path)
        self.candidates = list(candidates)
        self.samples = list(samples)


class Undecodable(ImportProblem):
    """Bytes the given encoding cannot decode: ``encoding`` (a codec name), ``line`` (None when the
    codec gives no position) and ``bad`` (the first bytes that fail, as hex). The command line says
    to give another with --encoding; the import wizard says to choose another on its page."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 encoding: str = "", bad: str = "") -> None:
        super().__init__(message, path=path, line=line)
        self.encoding = encoding
        self.bad = bad
