"""save -> open gives back an equal project (every kind, every field, table and list order)."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.core import model
from journeymap.storage import read, write

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import jmap_builders  # noqa: E402
from jmap_strategies import entity, projects  # noqa: E402

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _round_trip(project, folder: Path, name: str = "p.jmap"):
    path = folder / name
    write.save(project, path)
    return read.open_project(path)


@SETTINGS
@given(projects())
def test_any_project_round_trips_equal(project):
    with tempfile.TemporaryDirectory() as folder:
        back = _round_trip(project, Path(folder))
    assert back == project
    assert back.dirty == set()


@SETTINGS
@given(st.sampled_from(list(model.ENTITY_TYPES)), st.data())
def test_every_kind_round_trips_with_its_parents(kind, data):
    # A project holding every kind, plus many drawn entities of one kind.
    project = jmap_builders.rich_project()
    ids = {k: list(t) for k, t in project.tables.items()}
    for i in range(data.draw(st.integers(1, 6))):
        made = entity(data.draw, kind, f"drawn-{i}", ids)
        if made is not None and (kind != "journeys" or project.journey_by_name(made.name) is None):
            project.add(made)
    with tempfile.TemporaryDirectory() as folder:
        assert _round_trip(project, Path(folder)) == project


@SETTINGS
@given(projects(), projects())
def test_in_place_save_of_another_state_round_trips(first, second):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.jmap"
        write.save(first, path)
        second.path = str(path)  # every kind is dirty: all of them are rewritten in place
        write.save(second, path)
        assert read.open_project(path) == second


def test_unicode_path_and_title(tmp_path):
    project = jmap_builders.rich_project()
    project.set_info(title="客户旅程 2026 — ünïcødé")
    back = _round_trip(project, tmp_path, "旅程 map #1?.jmap")
    assert back == project and back.info.title == "客户旅程 2026 — ünïcødé"
