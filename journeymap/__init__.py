"""JourneyMap: a desktop workbench for customer-experience journey mapping."""
from __future__ import annotations

import sys
from pathlib import Path

__version__ = "0.1.0"


def resource_path(*parts: str) -> Path:
    """A file under resources/: beside the package in a checkout, in the bundle when frozen."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)
