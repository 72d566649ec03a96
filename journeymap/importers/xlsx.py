"""XLSX sheets as rows of strings, with the sheet's own row numbers (what Excel shows)."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from .errors import ImportProblem


def is_xlsx(path: Path, data: bytes) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm") or (data[:4] == b"PK\x03\x04" and
                                                         zipfile.is_zipfile(path))


def _open(path: Path):
    import openpyxl   # imported late: CSV imports do not need it
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:   # openpyxl raises many types for a damaged file
        raise ImportProblem(f"{path}: cannot open as an Excel workbook ({err}); save it again as "
                            ".xlsx or export a CSV", path=str(path)) from None


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a workbook, in order."""
    wb = _open(Path(path))
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def read_sheet_rows(path: Path, *, sheet: str | None, nrows: int | None = None
                    ) -> tuple[str, list[tuple[int, list[str]]]]:
    """(sheet name, [(row number, cells)]) of the non-empty rows; the first is the header."""
    wb = _open(path)
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise ImportProblem(f"{path}: no sheet {sheet!r}; the workbook has "
                                f"{', '.join(repr(s) for s in wb.sheetnames)}", path=str(path))
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        rows = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                rows.append((number, cells))
                if nrows is not None and len(rows) > nrows:
                    break
        return ws.title, rows
    finally:
        wb.close()


def cell_text(value) -> str:
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
