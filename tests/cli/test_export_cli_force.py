"""`journeymap export` into a folder that already holds files of the same names (another project whose
journey has the same name, or last month's run): exit 2 naming them, nothing changed, unless --force;
files of an earlier export that this one does not rewrite are named on stderr and left alone."""
import sys
from pathlib import Path

import pytest

from journeymap.cli import main

sys.path.insert(0, str(Path(__file__).parents[1] / "export"))
from projects import write_sample  # noqa: E402


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return write_sample(tmp_path_factory.mktemp("cli-replace") / "sample.jmap")


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_existing_files_are_not_replaced_without_force(sample, tmp_path, capsys):
    out = tmp_path / "deck"
    assert main(["export", str(sample), "--out", str(out), "--formats", "xlsx,html", "--no-map"]) == 0
    workbook = next(out.glob("*.xlsx"))
    workbook.write_bytes(b"project A's workbook")                 # another project's file of that name
    stale = out / workbook.name.replace(".xlsx", "-03-ipa.png")   # a picture of an earlier export
    stale.write_bytes(b"project A's picture")
    before = _snapshot(out)
    capsys.readouterr()

    assert main(["export", str(sample), "--out", str(out), "--formats", "xlsx,html", "--no-map"]) == 2
    err = capsys.readouterr().err
    assert f"2 files already in {out} would be replaced" in err
    assert workbook.name in err and workbook.name.replace(".xlsx", ".html") in err and "--force" in err
    assert "Traceback" not in err
    assert _snapshot(out) == before                               # byte for byte, nothing added

    assert main(["export", str(sample), "--out", str(out), "--formats", "xlsx,html", "--no-map", "--force"]) == 0
    err = capsys.readouterr().err
    assert workbook.read_bytes().startswith(b"PK")                # a real workbook again
    assert stale.read_bytes() == b"project A's picture"           # left, and named
    assert f"left as they were, not part of this export: {stale.name}" in err


def test_a_new_name_in_a_used_folder_needs_no_force(sample, tmp_path, capsys):
    out = tmp_path / "deck"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert main(["export", str(sample), "--out", str(out), "--formats", "html", "--no-map"]) == 0
    assert (out / "keep.txt").read_text() == "mine" and len(list(out.glob("*.html"))) == 1
    assert "not part of this export" not in capsys.readouterr().err
