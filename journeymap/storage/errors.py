"""Errors a person can act on when a project file cannot be used."""
from __future__ import annotations


class ProjectFileError(Exception):
    """The file is missing, not a project, damaged, or from a newer JourneyMap.

    ``str(error)`` is a complete sentence naming the file and what to do.
    """

    def __init__(self, path, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")


class ReadOnlyError(ProjectFileError):
    """A write to a file the user may only read."""
