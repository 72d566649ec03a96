"""Projects the export tests read back: the bundled sample, and the sample with hostile text.

Imported by tests/export/conftest.py and tests/charts/conftest.py (they put this folder on sys.path).
"""
from __future__ import annotations

from pathlib import Path

SCRIPT = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://x","y")'


def write_sample(path: Path) -> Path:
    from journeymap.samples import write_sample as write
    write(path)
    return path


def write_hostile(path: Path) -> Path:
    """The sample with a stage named SCRIPT and its top pain point titled FORMULA."""
    from journeymap.storage.read import open_project
    from journeymap.storage.write import save

    write_sample(path)
    project = open_project(path)
    journey = project.default_journey()
    pain = sorted(project.where("pain_points", journey=journey.id), key=lambda p: -(p.severity or 0))[0]
    project.update("stages", pain.stage, name=SCRIPT)
    project.update("pain_points", pain.id, title=FORMULA)
    save(project, path)
    return path


def bundle_of(path: Path, **filters) -> dict:
    from journeymap.export.bundle import gather
    from journeymap.storage.read import open_project

    project = open_project(path)
    return gather(path, project, journey_id=project.default_journey().id, **filters)
