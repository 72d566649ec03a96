"""The bundled sample project and the templates."""
from __future__ import annotations

from pathlib import Path


def write_sample(path: str | Path) -> None:
    """Builds the insurer's sample project (deterministic, synthetic data) at ``path``."""
    from .insurance import build_sample
    build_sample(Path(path))
