"""Helpers for import tests: real files written in the encoding and shape under test."""
import pytest


@pytest.fixture
def write(tmp_path):
    """write(name, text, encoding="utf-8", newline="\\n") -> path of a real file."""
    def _write(name: str, text: str, encoding: str = "utf-8", newline: str = "\n"):
        path = tmp_path / name
        path.write_bytes(text.replace("\n", newline).encode(encoding))
        return path
    return _write
