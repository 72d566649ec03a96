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


def survey_mapping(**changes) -> dict:
    m = {"kind": "survey", "name": "test", "journey": "Air travel", "id": "id",
         "outcome": {"column": "sat", "type": "binary", "positive": ["satisfied"]},
         "items": [{"column": "boarding", "stage": "Boarding", "scale": [1, 5], "missing": [0]},
                   {"column": "effort", "stage": "Claim", "scale": [1, 7], "better": "lower"}]}
    m.update(changes)
    return m
