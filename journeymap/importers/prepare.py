"""One call from a file and a mapping to checked, typed data: what ``journeymap import`` and the
import wizard run before anything is written. Nothing here touches the project file."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from .feedback import FeedbackResult, validate_feedback
from .mapping import AnyMapping, FeedbackMapping, OperationsMapping, SurveyMapping, load_mapping
from .operations import OperationsResult, validate_operations
from .readers import RawTable, read_table
from .report import ValidationReport
from .validate import SurveyResult, validate_survey


@dataclass
class PreparedImport:
    mapping: AnyMapping                  # after --name / --encoding / --sheet overrides
    raw: RawTable
    result: SurveyResult | FeedbackResult | OperationsResult
    file_name: str
    sha256: str

    @property
    def report(self) -> ValidationReport:
        return self.result.report

    @property
    def frame(self) -> pd.DataFrame:
        return self.result.frame

    @property
    def encoding(self) -> str:
        """The encoding used ('' for XLSX), for Dataset.encoding."""
        return self.raw.encoding.encoding if self.raw.encoding else ""

    @property
    def rows(self) -> int:
        """Rows stored from the file, for Dataset.rows and "imported N rows": what the raw table
        receives, after --skip-invalid drops and after blank comments are left out (those were
        counted as kept before, so "imported 4 rows" stored 2)."""
        if isinstance(self.result, OperationsResult):   # the mapping's kind made it
            return len(self.result.rows)
        return len(self.result.frame)


def prepare_import(path: str | Path, mapping: AnyMapping | Mapping | str | Path, *,
                   name: str | None = None, encoding: str | None = None, sheet: str | None = None,
                   skip_invalid: bool = False, rules: Sequence | None = None) -> PreparedImport:
    """Read, check and type ``path`` by ``mapping``. Raises ImportProblem for a file that cannot be
    read as mapped; a file with bad values returns a report that is not ``ok`` (the caller stops,
    or ``report.raise_if_invalid()``), unless ``skip_invalid`` dropped those rows."""
    m = mapping if isinstance(mapping, (SurveyMapping, FeedbackMapping, OperationsMapping)) \
        else load_mapping(mapping)
    m = m.with_overrides(name=name, encoding=encoding, sheet=sheet)
    raw = read_table(path, columns=m.columns(), encoding=m.encoding, sheet=m.sheet)
    result: SurveyResult | FeedbackResult | OperationsResult
    if isinstance(m, SurveyMapping):
        result = validate_survey(raw, m, skip_invalid=skip_invalid)
    elif isinstance(m, FeedbackMapping):
        result = validate_feedback(raw, m, skip_invalid=skip_invalid, rules=rules)
    else:
        result = validate_operations(raw, m, skip_invalid=skip_invalid)
    return PreparedImport(m, raw, result, Path(path).name, file_sha256(path))


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()
