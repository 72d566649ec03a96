"""What is damaged in a project file, and where: the table, the row, the column.

A file edited by another tool, or damaged on disk, can hold text that is not JSON in a JSON
column, a word in a number column, bytes that are not UTF-8, a row without an id, a column
dropped or renamed, a link row whose owner is gone. Reading it must not end in a traceback: each
is a ProjectFileError naming the place, so the user can repair it (or open what can be read).
"""
from __future__ import annotations

import json
import sqlite3

from .errors import ProjectFileError

ADVICE = "Restore it from a backup or the autosave copy, or repair that row with an SQLite tool."


class BadText(sqlite3.DatabaseError):
    """A text cell whose bytes are not UTF-8 (raised by ``text_factory`` while a row is fetched)."""

    def __init__(self, data: bytes):
        super().__init__("not UTF-8")
        self.data = data


def text_factory(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadText(data) from None


def lenient_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def where(kind: str, index: int, ident=None, column: str | None = None) -> str:
    place = f"table {kind!r}, row {index + 1}"
    if ident is not None:
        place += f" (id {ident!r})"
    if column:
        place += f", column {column!r}"
    return place


def damaged_at(path, place: str, what: str) -> ProjectFileError:
    return ProjectFileError(path, f"is damaged: {place} {what}. {ADVICE}")


# -- value types by the dataclass annotation ---------------------------------------------------

_TYPES = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool, int), "None": (type(None),),
          "dict": (dict,), "list": (list,), "tuple": (list, tuple)}


def allowed(annotation: str) -> tuple | None:
    """The Python types a field's stored value may have (None: anything goes)."""
    out: tuple = (type(None),)   # a NULL cell reads as the field's default elsewhere: tolerated
    for part in str(annotation).replace(" ", "").split("|"):
        base = part.split("[", 1)[0]
        if base not in _TYPES:
            return None
        out += _TYPES[base]
    return out


def type_name(value) -> str:
    return {dict: "an object", list: "a list", str: "a text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)


def expected_name(annotation: str) -> str:
    a = str(annotation).replace(" ", "").replace("|None", "").split("[", 1)[0]
    return {"str": "a text", "int": "a whole number", "float": "a number", "dict": "an object",
            "list": "a list", "bool": "true or false"}.get(a, a)


def decode_json(value, path, place: str):
    """A JSON cell's value (bare numbers come back as numbers: the column has NUMERIC affinity)."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise damaged_at(path, place, f"holds {shown!r}, which is not JSON") from None
