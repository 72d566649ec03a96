"""Reading CSV and XLSX files into string columns, with each record's line in the file.

Everything is read as text (``dtype=str``) so that validation can name a non-number by its line.
CSV: decoded in Python (encoding.py), delimiter sniffed on the decoded text, parsed by pyarrow's
multithreaded reader (pandas' C engine for ragged rows and previews). Line numbers: linemap.py.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

from .encoding import EncodingGuess, decode_bytes
from .errors import ImportProblem
from .linemap import record_lines
from .xlsx import is_xlsx, list_sheets, read_sheet_rows

__all__ = ["RawTable", "read_table", "list_sheets", "read_headers", "ImportProblem"]

DELIMITERS = (",", ";", "\t", "|")
FIELD_LIMIT = 1 << 26   # csv's default (128 KiB) refused long headers and comments; 64 MiB is text still
csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))


@dataclass
class RawTable:
    """A file's records as strings: ``frame`` has the requested columns, named by their header."""
    frame: pd.DataFrame
    lines: np.ndarray            # int64, the file line (header = 1) where each record starts
    headers: list[str]           # every header of the file, in order, as written
    path: str
    encoding: EncodingGuess | None = None   # None for XLSX
    delimiter: str | None = None
    sheet: str | None = None
    fields: np.ndarray | None = None         # fields per record, when some record is shorter than the header

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def width(self) -> int:
        """Fields in the header: what every record should have."""
        return len(self.headers)


def read_table(path: str | Path, *, columns: Sequence[str] | None = None, encoding: str | None = None,
               sheet: str | None = None, nrows: int | None = None) -> RawTable:
    """Read ``columns`` (all when None) of a CSV or XLSX file as strings.

    Raises ImportProblem for an unreadable or empty file, a file with no data rows, and a mapped
    column that is missing or whose header occurs twice. Unmapped columns may be anything.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ImportProblem(f"{path}: cannot read the file ({err.strerror}); check the path",
                            path=str(path)) from None
    if not data[:1 << 16].strip(b"\x00\r\n\t \xef\xbb\xbf\xff\xfe") and not data[1 << 16:].strip():
        raise ImportProblem(f"{path}: the file is empty; export it again with a header row and data",
                            path=str(path))
    if is_xlsx(path, data):
        return _read_xlsx(path, columns=columns, sheet=sheet, nrows=nrows)
    text, guess = decode_bytes(data, expected_headers=columns or (), explicit=encoding, path=str(path))
    del data
    try:
        return _read_csv_text(text, path=str(path), columns=columns, guess=guess, nrows=nrows)
    except (csv.Error, pa.ArrowInvalid) as err:
        raise ImportProblem(f"{path}: cannot be read as a table ({err}); check the delimiter and the "
                            "quotes, or export the file again", path=str(path)) from None


def read_headers(path: str | Path, *, encoding: str | None = None, sheet: str | None = None) -> list[str]:
    """The header row only (for the mapping wizard)."""
    return read_table(path, encoding=encoding, sheet=sheet, nrows=1).headers


# -- CSV ---------------------------------------------------------------------------------------

def _read_csv_text(text: str, *, path: str, columns: Sequence[str] | None, guess: EncodingGuess,
                   nrows: int | None) -> RawTable:
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        text = text.replace("\r\n", "\n").replace("\r", "\n")   # old Mac line ends
    delim = sniff_delimiter(text, expected=columns or ())
    headers = _header_row(text, delim, path)
    try:
        positions = _positions(headers, columns, path)
    except ImportProblem as err:
        raise _with_encoding_hint(err, guess, columns or ()) from None
    frame, fields = _parse(text, delim, positions, nrows, path)
    frame.columns = [headers[i].strip() for i in positions]
    if columns is not None:
        frame = frame[list(dict.fromkeys(columns))]
    _require_rows(frame, path)
    lines = record_lines(text, delimiter=delim, n_records=len(frame))
    return RawTable(frame, lines, headers, path, guess, delim, fields=fields)


def _with_encoding_hint(err: ImportProblem, guess: EncodingGuess, columns: Sequence[str]) -> ImportProblem:
    """A non-ASCII header not found may be a wrong encoding rather than a wrong mapping."""
    if guess.method in ("utf-8", "bom", "headers") or all(c.isascii() for c in columns):
        return err
    return ImportProblem(f"{err} The file was read as {guess.encoding} ({guess.detail}); if its "
                         "headers look garbled, give the right encoding with --encoding.",
                         path=err.path, column=err.column)


def sniff_delimiter(text: str, *, expected: Sequence[str] = ()) -> str:
    """The delimiter among , ; TAB | that splits the header into the expected columns and keeps
    the field count steady over the first lines (csv.Sniffer guesses letters on short files)."""
    sample = text[:1 << 16]
    if "\n" in sample[:-1] and len(text) > len(sample):
        sample = sample[:sample.rindex("\n")]
    best, best_score = ",", None
    for delim in DELIMITERS:
        rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delim) if r][:50]
        if not rows:
            continue
        header = {h.strip() for h in rows[0]}
        found = sum(1 for c in expected if c in header)
        steady = sum(1 for r in rows if len(r) == len(rows[0]))
        score = (found, len(rows[0]) > 1, steady, len(rows[0]))
        if best_score is None or score > best_score:
            best, best_score = delim, score
    return best


def _header_row(text: str, delim: str, path: str) -> list[str]:
    for row in csv.reader(io.StringIO(text[:1 << 20]), delimiter=delim):
        if row:
            return row
    raise ImportProblem(f"{path}: the file has no header row; add one naming the columns", path=path)


def _positions(headers: list[str], columns: Sequence[str] | None, path: str) -> list[int]:
    names = [h.strip() for h in headers]
    if columns is None:
        return list(range(len(headers)))
    for col in columns:
        hits = [i for i, h in enumerate(names) if h == col]
        if len(hits) > 1:
            raise ImportProblem(
                f"{path}: column {col!r} appears {len(hits)} times in the header (columns "
                f"{', '.join(str(i + 1) for i in hits)}); rename all but one in the file so the "
                "mapping names exactly one", path=path, column=col)
        if not hits:
            raise ImportProblem(_missing_message(path, col, names), path=path, column=col)
    return sorted({names.index(c) for c in columns})


def _missing_message(path: str, col: str, names: list[str]) -> str:
    from rapidfuzz import process
    close = [m[0] for m in process.extract(col, [n for n in names if n], limit=3, score_cutoff=60)]
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return (f"{path}: the mapping names column {col!r}, which the file lacks.{hint} Fix the column "
            f"name in the mapping or the file's header (it has {len(names)} columns: "
            f"{', '.join(repr(n) for n in names[:12])}{' ...' if len(names) > 12 else ''}).")


def _parse(text: str, delim: str, positions: list[int], nrows: int | None,
           path: str) -> tuple[pd.DataFrame, np.ndarray | None]:
    """The records' mapped columns, and each record's field count when some record is short
    (padded with blanks here; the checks name it, since its blanks are not answers)."""
    if nrows is None:
        try:
            return _parse_arrow(text, delim, positions), None   # arrow takes only rows of equal width
        except pa.ArrowInvalid:   # ragged rows: a long one is an error, short ones are padded
            pass
    widths = _row_widths(text, delim, path, nrows=nrows)
    frame = _parse_pandas(text, delim, positions, nrows, path)
    short = len(widths) == len(frame) and bool((widths < _field_count(text, delim)).any())
    return frame, widths if short else None   # counts that do not line up with the records name nothing


def _parse_pandas(text: str, delim: str, positions: list[int], nrows: int | None, path: str) -> pd.DataFrame:
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delim, header=0, usecols=positions, dtype=str,
                            na_filter=False, keep_default_na=False, engine="c", nrows=nrows)
    except pd.errors.ParserError as err:
        raise _not_a_table(err, text, delim, path) from None
    except pd.errors.EmptyDataError:
        raise ImportProblem(f"{path}: the file is empty; export it again with a header row and data",
                            path=path) from None
    return frame.fillna("")   # short rows leave NaN even with na_filter off


def _not_a_table(err: Exception, text: str, delim: str, path: str) -> ImportProblem:
    """pandas names records ("EOF inside string starting at row 2", the header being row 0); the
    user's editor shows lines, and a quoted newline earlier makes them differ: name the line."""
    import re
    found = re.search(r"starting at row (\d+)", str(err))
    if found is None:
        return ImportProblem(f"{path}: the file is not a regular table ({err}); check the delimiter "
                             "and quotes around values that contain it", path=path)
    line = _record_line(text, delim, int(found.group(1)))
    return ImportProblem(f"{path}: line {line} opens a quote (\") that is never closed, so the rest of the "
                         "file would be one value. Close or remove that quote, or export the file again",
                         path=path, line=line)


def _record_line(text: str, delim: str, record: int) -> int:
    """The file line on which record ``record`` (0 = the header) starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    start = 1
    for index, _row in enumerate(reader):
        if index == record:
            return start
        start = reader.line_num + 1
    return start


def _row_widths(text: str, delim: str, path: str, *, nrows: int | None) -> np.ndarray:
    """Fields per record (blank lines skipped, as the parsers skip them). A record with more fields
    than the header usually holds an unquoted delimiter: its values would land in the wrong columns,
    so the full read names its line rather than guess (a preview leaves that to pandas' error)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    width, prev, widths = None, 0, []
    for row in reader:
        if row and width is None:
            width = len(row)
        elif row and width is not None:
            if len(row) > width and nrows is None:
                raise ImportProblem(
                    f"{path}: line {prev + 1} has {len(row)} fields but the header has {width}; a value "
                    f"probably contains the delimiter {delim!r} without quotes. Quote that value or "
                    "export the file again", path=path, line=prev + 1)
            widths.append(len(row))
            if nrows is not None and len(widths) >= nrows:
                break
        prev = reader.line_num
    return np.asarray(widths, dtype=np.int64)


def _parse_arrow(text: str, delim: str, positions: list[int]) -> pd.DataFrame:
    """pyarrow's multithreaded reader: 1M x 19 in ~0.2 s against ~1.5 s for pandas with dtype=str.
    Columns get generated names (real headers may be empty or repeated) and large_string type,
    which to_pandas() turns into pandas' str dtype without a copy."""
    import pyarrow.csv as pacsv
    width = max(positions) + 1
    names = [f"c{i}" for i in range(_field_count(text, delim))]
    if len(names) < width:
        raise pa.ArrowInvalid("header narrower than the columns asked for")
    keep = [names[i] for i in positions]
    table = pacsv.read_csv(
        io.BytesIO(text.encode("utf-8")),
        read_options=pacsv.ReadOptions(column_names=names, block_size=1 << 24),
        parse_options=pacsv.ParseOptions(delimiter=delim, newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(
            column_types={n: pa.large_string() for n in keep}, include_columns=keep,
            strings_can_be_null=False, quoted_strings_can_be_null=False))
    return table.slice(1).to_pandas()   # row 0 is the header


def _field_count(text: str, delim: str) -> int:
    return len(_header_row(text, delim, ""))


def _require_rows(frame: pd.DataFrame, path: str) -> None:
    if len(frame) == 0:
        raise ImportProblem(f"{path}: the file has a header but no data rows; export it again with "
                            "the data", path=path)


# -- XLSX --------------------------------------------------------------------------------------

def _read_xlsx(path: Path, *, columns: Sequence[str] | None, sheet: str | None,
               nrows: int | None) -> RawTable:
    name, rows = read_sheet_rows(path, sheet=sheet, nrows=nrows)
    if not rows:
        raise ImportProblem(f"{path}: sheet {name!r} is empty; choose the sheet with the data "
                            f"(sheets: {', '.join(list_sheets(path))})", path=str(path))
    (_, headers), body = rows[0], rows[1:]
    positions = _positions(headers, columns, str(path))
    width = max([len(headers)] + [len(r) for _, r in body])
    cells = [r + [""] * (width - len(r)) for _, r in body]
    frame = pd.DataFrame([[c[i] for i in positions] for c in cells],
                         columns=[headers[i].strip() for i in positions], dtype="str")
    if columns is not None:
        frame = frame[list(dict.fromkeys(columns))]
    _require_rows(frame, str(path))
    lines = np.asarray([ln for ln, _ in body], dtype=np.int64)
    return RawTable(frame, lines, headers, str(path), None, None, name)
