import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from projects import bundle_of, write_hostile, write_sample  # noqa: E402


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory):
    return write_sample(tmp_path_factory.mktemp("export-sample") / "sample.jmap")


@pytest.fixture(scope="session")
def hostile_path(tmp_path_factory):
    return write_hostile(tmp_path_factory.mktemp("export-hostile") / "hostile.jmap")


@pytest.fixture(scope="session")
def sample_bundle(sample_path):
    return bundle_of(sample_path)


@pytest.fixture(scope="session")
def hostile_bundle(hostile_path):
    return bundle_of(hostile_path)
