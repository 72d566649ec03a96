"""XLSX sheets as rows of strings, with the sheet's own row numbers (what Excel shows)."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from .errors import ImportProblem


def is_xlsx(path: Path, data: bytes) -> bool:
    """By the content (a zip holding a workbook), whatever the name says; or by the name."""
    if data[:4] == b"PK\x03\x04" and zipfile.is_zipfile(path):
        return True
    return path.suffix.lower() in (".xlsx", ".xlsm")


def _damaged(path: Path, err: BaseException) -> ImportProblem:
    return ImportProblem(f"{path}: cannot be read as an Excel workbook ({type(err).__name__}: {err}); "
                         "save it again as .xlsx or export a CSV", path=str(path))


class _Workbook:
    """openpyxl's read-only workbook over an open file: openpyxl refuses names not ending in
    .xlsx, and the content, not the name, says what the file is."""

    def __init__(self, path: Path):
        import openpyxl   # imported late: CSV imports do not need it
        self.file = open(path, "rb")
        try:
            self.wb = openpyxl.load_workbook(self.file, read_only=True, data_only=True)
        except Exception as err:   # openpyxl raises many types for a damaged file
            self.file.close()
            raise _damaged(path, err) from None

    def close(self) -> None:
        self.wb.close()
        self.file.close()


def _open(path: Path) -> _Workbook:
    try:
        return _Workbook(path)
    except OSError as err:
        raise ImportProblem(f"{path}: cannot read the file ({err.strerror or err})", path=str(path)) from None


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook, in order."""
    book = _open(Path(path))
    try:
        return list(book.wb.sheetnames)
    finally:
        book.close()


def read_sheet_rows(path: Path, *, sheet: str | None, nrows: int | None = None
                    ) -> tuple[str, list[tuple[int, list[str]]]]:
    """(sheet name, [(row number, cells)]) of the non-empty rows; the first is the header."""
    book = _open(path)
    wb = book.wb
    try:
        if not wb.worksheets:
            raise ImportProblem(f"{path}: the workbook has no worksheets; save it again with the data "
                                "on a sheet, or export a CSV", path=str(path))
        if sheet is not None and sheet not in wb.sheetnames:
            raise ImportProblem(f"{path}: no sheet {sheet!r}; the workbook has "
                                f"{', '.join(repr(s) for s in wb.sheetnames)}", path=str(path))
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        try:
            return ws.title, _rows(ws, nrows)
        except ImportProblem:
            raise
        except Exception as err:   # malformed sheet XML, a refused entity, a bad zip member
            raise _damaged(path, err) from None
    finally:
        book.close()


def _rows(ws: Any, nrows: int | None) -> list[tuple[int, list[str]]]:   # an openpyxl worksheet
    rows = []
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = [cell_text(v) for v in values]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            rows.append((number, cells))
            if nrows is not None and len(rows) > nrows:
                break
    return rows


def cell_text(value: object) -> str:
    """A cell as the text a CSV export would hold: 5 not 5.0, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)
