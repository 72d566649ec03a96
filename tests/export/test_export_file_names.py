"""export.run.file_names says, before an export, exactly the files it will write (the dialog and the
command line ask before replacing them); earlier_files names the files of an earlier export of the
same journey name that it will not rewrite."""
import pytest

from journeymap.export.images import browser
from journeymap.export.run import Request, earlier_files, existing_files, export, file_names, stem


@pytest.mark.skipif(browser() is None, reason="static images need a Chrome/Chromium")
def test_the_names_listed_are_the_files_written(sample_bundle, tmp_path):
    request = Request(tmp_path / "out", formats=("svg", "xlsx", "html"), charts=["pareto", "ranked"])
    planned = file_names(sample_bundle, request)
    result = export(sample_bundle, request)
    assert sorted(planned) == sorted(p.name for p in result.files)
    assert len(planned) == 4 and any(n.endswith("-ranked.svg") for n in planned)
    assert existing_files(sample_bundle, request) == [request.out / n for n in planned]


def test_without_a_browser_no_image_is_listed(sample_bundle, tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    request = Request(tmp_path / "out", formats=("xlsx", "png"), charts=["pareto"])
    assert existing_files(sample_bundle, request) == []          # the folder is not there yet
    result = export(sample_bundle, request)
    assert file_names(sample_bundle, request) == [p.name for p in result.files] == [f"{stem(sample_bundle)}.xlsx"]


def test_earlier_files_are_the_same_journeys_files_not_rewritten(sample_bundle, tmp_path):
    name = stem(sample_bundle)
    out = tmp_path / "out"
    out.mkdir()
    kept = [f"{name}-03-ipa.png", f"{name}.html", f"{name}-01-ranked.pdf"]
    others = ["keep.txt", f"{name}-2026-10.pptx", "other-journey-01-ranked.png", f"{name}.pptx"]
    for n in kept + others:
        (out / n).write_text("earlier")
    request = Request(out, formats=("pptx", "png"), charts=["ranked"])
    assert sorted(p.name for p in earlier_files(sample_bundle, request, images=True)) == sorted(kept)
    assert [p.name for p in existing_files(sample_bundle, request, images=True)] == [f"{name}.pptx"]
    # without pictures this time, the earlier ranked picture is not rewritten either
    assert f"{name}-01-ranked.png" not in file_names(sample_bundle, request, images=False)
