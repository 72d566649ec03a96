"""JourneyMap: a desktop workbench for customer-experience journey mapping."""
from __future__ import annotations

import sys
from pathlib import Path

__version__ = "0.1.0"


def resources_dir() -> Path:
    """resources/: in the bundle when frozen, inside the package when installed from a wheel
    (setup.py copies it there), beside the package in a checkout."""
    if hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    return installed if installed.is_dir() else here.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file under resources/, wherever the app runs from."""
    return resources_dir().joinpath(*parts)
