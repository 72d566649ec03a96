"""Where each CSV record starts, as a file line (the header is line 1).

Three ways, cheapest first: (1) every physical line is one record (the usual file); (2) a quote
parity scan in numpy: a newline ends a record when an even number of quote characters precede it,
and empty records (blank lines) are skipped, as the parsers skip them; (3) the csv module, for
whatever (2) cannot explain (a stray quote inside a field, lines of spaces). Each is checked against
the parser's record count, so a wrong map is never returned silently.
"""
from __future__ import annotations

import csv
import io

import numpy as np


def record_lines(text: str, *, delimiter: str, n_records: int) -> np.ndarray:
    for way in (_one_per_line, _quote_parity):
        lines = way(text, n_records)
        if lines is not None:
            return lines
    return _csv_module(text, delimiter, n_records)


def _one_per_line(text: str, n_records: int) -> np.ndarray | None:
    tail = text[-4096:]
    trailing = tail[len(tail.rstrip("\r\n")):].count("\n")   # blank lines at the end are no records
    physical = text.count("\n") - trailing + 1
    if physical - 1 != n_records:   # blank lines and quoted newlines can only lower the count
        return None
    return np.arange(2, n_records + 2, dtype=np.int64)


def _quote_parity(text: str, n_records: int) -> np.ndarray | None:
    buf = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    if not len(buf):
        return None
    newlines = np.flatnonzero(buf == 10)
    quotes = np.flatnonzero(buf == 34)
    ends = newlines[np.searchsorted(quotes, newlines) % 2 == 0] if len(quotes) else newlines
    starts = np.concatenate([[0], ends + 1])
    starts = starts[starts < len(buf)]
    first = buf[starts]
    after = buf[np.minimum(starts + 1, len(buf) - 1)]
    blank = (first == 10) | ((first == 13) & (after == 10))
    lines = np.searchsorted(newlines, starts[~blank]) + 1   # newlines before the start, plus one
    if len(lines) - 1 != n_records:
        return None
    return lines[1:].astype(np.int64)


def _csv_module(text: str, delimiter: str, n_records: int) -> np.ndarray:
    starts, prev = [], 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for row in reader:
        if row:
            starts.append(prev + 1)
            if len(starts) > n_records:
                break
        prev = reader.line_num
    lines = np.asarray(starts[1:n_records + 1], dtype=np.int64)
    if len(lines) != n_records:   # csv and the parser disagree on some odd quoting: stay usable
        lines = np.arange(2, n_records + 2, dtype=np.int64)
    return lines
