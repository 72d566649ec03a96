"""Errors a person can act on when a project file cannot be used."""
from __future__ import annotations


class ProjectFileError(Exception):
    """The file is missing, not a project, damaged, or from a newer JourneyMap.

    ``str(error)`` is a sentence naming the file, what is wrong and what to do:
    ``message`` continues it after the path ("is a folder ...").
    """

    def __init__(self, path, message: str):
        self.path = str(path)
        self.message = message
        super().__init__(f"{path} {message}")


class ReadOnlyError(ProjectFileError):
    """A write to a file the user may only read."""
