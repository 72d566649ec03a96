"""The core's one error type, in a module of its own so core/reads.py and core/project.py share it."""
from __future__ import annotations


class ProjectError(ValueError):
    """An edit that would break the project (unknown id, duplicate name ...)."""
