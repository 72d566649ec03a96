"""Asking which encoding a short file is in, when two read it cleanly as different text.

The command line refuses such a file without --encoding (importers.encoding); the import wizard
shows the user each reading and lets them pick the one whose text is right.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from journeymap.importers.errors import AmbiguousEncoding


def ask_encoding(parent, problem: AmbiguousEncoding) -> str | None:
    """The encoding the user picks among ``problem.candidates`` (None: cancelled)."""
    labels = [f"{enc}: {sample}" for enc, sample in zip(problem.candidates, problem.samples)]
    label, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("ImportWizard", "Which encoding?"),
        QCoreApplication.translate("ImportWizard", "The file is too short to tell its encoding. Pick the "
                                   "reading whose text is right:"), labels, 0, False)
    if not ok or label not in labels:
        return None
    return problem.candidates[labels.index(label)]
