"""`journeymap export`: files written, the map slide drawn by the canvas, bad input exit 2 with nothing written."""
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pptx import Presentation

from journeymap.cli import main

sys.path.insert(0, str(Path(__file__).parents[1] / "export"))
from projects import write_sample  # noqa: E402


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return write_sample(tmp_path_factory.mktemp("cli-export") / "sample.jmap")


def test_export_writes_the_formats_asked_and_leaves_the_project_alone(sample, tmp_path, capsys):
    before = sample.read_bytes()
    out = tmp_path / "deck"
    assert main(["export", str(sample), "--out", str(out), "--formats", "xlsx,html", "--charts", "ranked,pareto"]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".html", ".xlsx"]
    assert "wrote 2 files" in capsys.readouterr().out
    assert sample.read_bytes() == before


def test_deck_has_the_map_drawn_offscreen(sample, tmp_path):
    # A subprocess: the command makes its own (offscreen) QApplication to draw the map.
    run = subprocess.run([sys.executable, "-m", "journeymap", "export", str(sample), "--out", str(tmp_path),
                          "--formats", "pptx", "--charts", "ranked"], capture_output=True, text=True, timeout=300,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    prs = Presentation(str(next(tmp_path.glob("*.pptx"))))
    map_slides = [s for s in list(prs.slides)[1:] if any(p.shape_type == 13 for p in s.shapes)]
    assert map_slides, "no map slide"
    for map_slide in map_slides:          # a wide map goes on one slide per piece (export/map_pieces.py)
        pictures = [s for s in map_slide.shapes if s.shape_type == 13]
        assert len(pictures) == 1 and pictures[0].width <= prs.slide_width
        # sharp when projected or printed: at least 200 pixels to the inch as placed on the slide
        px_w, px_h = pictures[0].image.size
        assert px_w / (pictures[0].width / 914400) >= 200 and px_h / (pictures[0].height / 914400) >= 200


@pytest.mark.parametrize("extra,words", [
    (["--formats", "pptx,doc"], "unknown 'doc'"),
    (["--charts", "ranked,pie"], "unknown 'pie'"),
    (["--journey", "Nope"], "no journey named 'Nope'"),
    (["--period", "1999-01"], "no period '1999-01'"),
    (["--segment", "Martians"], "no segment 'Martians'"),
    (["--template", "corporate.docx"], "must be a .pptx or .potx"),
    (["--template", "missing.pptx"], "does not exist"),
])
def test_bad_input_exit_2_and_nothing_written(sample, tmp_path, capsys, extra, words):
    out = tmp_path / "out"
    assert main(["export", str(sample), "--out", str(out), "--no-map"] + extra) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()


def test_out_is_a_file(sample, tmp_path, capsys):
    target = tmp_path / "file.txt"
    target.write_text("x")
    assert main(["export", str(sample), "--out", str(target)]) == 2
    assert "is a file" in capsys.readouterr().err


def test_not_a_project(tmp_path, capsys):
    bad = tmp_path / "bad.jmap"
    bad.write_text("hello")
    assert main(["export", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def _export_under_way(sample, out):
    """`journeymap export` started into ``out`` (which holds keep.txt), returned once its hidden work folder exists."""
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    proc = subprocess.Popen([sys.executable, "-m", "journeymap", "export", str(sample), "--out", str(out),
                             "--formats", "xlsx,html,svg", "--no-map"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(p.name.startswith(".journeymap-export-") for p in out.iterdir()):
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.05)      # polling a folder another process writes: no signal to wait on
    return proc, deadline


def test_interrupted_export_leaves_nothing(sample, tmp_path):
    """Ctrl+C while the images are drawn: exit 130, the output folder as it was (no half-written files)."""
    out = tmp_path / "out"
    proc, deadline = _export_under_way(sample, out)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "nothing was changed" in err and "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_ctrl_c_held_down_still_cleans_up_and_exits_130(sample, tmp_path):
    """A user who presses Ctrl+C again and again (or holds it): the first press stops the export, the
    later ones cannot cut its clean-up short or turn the exit into a death by signal (-2, a traceback)."""
    out = tmp_path / "out"
    proc, deadline = _export_under_way(sample, out)
    presses = 0
    while proc.poll() is None and time.monotonic() < deadline:
        proc.send_signal(signal.SIGINT)    # does nothing once the process has been reaped
        presses += 1
        time.sleep(0.005)
    _, err = proc.communicate(timeout=120)
    assert presses > 1
    assert proc.returncode == 130, err
    assert err.count("nothing was changed") == 1 and "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_a_project_without_data_exports_what_it_has_and_says_what_is_left_out(tmp_path, capsys):
    from journeymap.samples.templates import build
    from journeymap.storage.write import save
    path = tmp_path / "new.jmap"
    save(build("insurance"), path)
    out = tmp_path / "out"
    assert main(["export", str(path), "--out", str(out), "--formats", "pptx,xlsx,html", "--no-map"]) == 0
    err = capsys.readouterr().err
    assert "chart 'ranked' left out: no open or accepted pain points" in err
    assert "chart 'heatmap' left out: no stage has survey or operating data" in err
    assert "Traceback" not in err
    assert sorted(p.suffix for p in out.iterdir()) == [".html", ".pptx", ".xlsx"]
    prs = Presentation(str(next(out.glob("*.pptx"))))
    assert len(prs.slides) >= 2    # the title, and the curve/flow the map itself gives
