"""Full-text search over comments (feedback), Chinese included.

An FTS5 index with the ``trigram`` tokenizer, made with sqlite-utils (``enable_fts``): trigrams
need no word boundaries, so "理赔慢" finds "理赔太慢了" as well as "slow" finds "too slow". The
index is built in memory from the comments (the project's, or the file's read read-only), so a
search never writes the project file and always sees unsaved edits. Queries of three characters
or more go through the index (MATCH, ranked by bm25); shorter ones ("理赔") are a LIKE over the
same table, which trigram tables also answer.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

SOURCES = ("customer", "employee", "all")
COLUMNS = ("id", "journey", "stage", "source", "text", "dataset")


@dataclass(frozen=True)
class Hit:
    id: str
    journey: str
    stage: str | None
    source: str
    text: str
    dataset: str | None = None      # the imported file the comment came from (None: typed in the app)


class CommentIndex:
    """The comments of a project, indexed once; ``find`` answers each query."""

    def __init__(self, rows: Iterable[tuple]):
        import sqlite_utils   # imports pandas: search pays for it, opening a file does not
        self.db = sqlite_utils.Database(memory=True)
        table = self.db.table("comments")
        table.insert_all((dict(zip(COLUMNS, row)) for row in rows), pk="id", batch_size=1000,
                         columns={c: str for c in COLUMNS})
        if not table.exists():
            table.create({c: str for c in COLUMNS}, pk="id")
        table.enable_fts(["text"], fts_version="FTS5", tokenize="trigram")
        self.count = table.count

    def find(self, text: str, *, journey: str | None = None, source: str = "all", dataset: str | None = None,
             limit: int | None = None) -> list[Hit]:
        """Comments containing ``text`` (case-insensitive for Latin letters), best matches first;
        of one journey, source and dataset (an imported file's id) when given."""
        text = (text or "").strip()
        if not text:
            return []
        where, params = _scope(journey, source, dataset)
        if len(text) >= 3:
            where.append("comments_fts MATCH ?")
            params.append('"' + text.replace('"', '""') + '"')   # one phrase, never FTS syntax
            order = "comments_fts.rank"
        else:
            where.append("comments_fts.text LIKE ? ESCAPE '\\'")
            params.append("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
            order = "c.rowid"
        sql = (f"SELECT {', '.join('c.' + c for c in COLUMNS)} FROM comments_fts "
               f"JOIN comments c ON c.rowid = comments_fts.rowid WHERE {' AND '.join(where)} ORDER BY {order}")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [Hit(*row) for row in self.db.execute(sql, params).fetchall()]


def _scope(journey: str | None, source: str, dataset: str | None) -> tuple[list[str], list[str]]:
    """The WHERE terms (and their parameters) of a journey, a source and a dataset."""
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}, not {source!r}")
    where, params = [], []
    for column, value in (("journey", journey), ("source", None if source == "all" else source),
                          ("dataset", dataset)):
        if value is not None:
            where.append(f"c.{column} = ?")
            params.append(value)
    return where, params


def project_index(project) -> CommentIndex:
    """The index of an open project's comments (unsaved edits included)."""
    return CommentIndex((f.id, f.journey, f.stage, f.source, f.text, f.dataset) for f in project.all("feedback"))


def file_index(path) -> CommentIndex:
    """The index of a project file's comments, read read-only (the file is not touched)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute('SELECT id, journey, stage, source, text, dataset FROM feedback ORDER BY _order').fetchall()
    finally:
        conn.close()
    return CommentIndex(rows)
