"""Recently opened project files, newest first, kept in the settings."""
from __future__ import annotations

import os

from journeymap.ui import settings


def files() -> list[str]:
    """The recent files that still exist."""
    return [p for p in settings.get("files/recent") if os.path.isfile(p)]


def add(path: str) -> list[str]:
    path = os.path.abspath(path)
    entries = [path] + [p for p in settings.get("files/recent") if p != path]
    entries = entries[:max(settings.get("files/recent_max"), 1)]
    settings.set("files/recent", entries)
    return entries


def clear() -> None:
    settings.set("files/recent", [])
