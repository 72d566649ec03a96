"""The session fixtures the chart and export tests share (their conftest.py files import them)."""
import pytest
from projects import bundle_of, write_hostile, write_sample


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
