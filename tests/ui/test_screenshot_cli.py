"""``journeymap screenshot`` in a subprocess: a PNG of the requested size; bad input exits 2."""
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from journeymap.samples.templates import build
from journeymap.storage.write import save


def run(*args, tmp_path):
    env = dict(os.environ, QTWEBENGINE_DISABLE_SANDBOX="1", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the command switches to offscreen itself
    return subprocess.run([sys.executable, "-m", "journeymap", "screenshot", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "insurance.jmap"
    save(build("insurance"), path)
    return path


def test_writes_a_png_of_the_requested_size(tmp_path, project):
    out = tmp_path / "map.png"
    result = run(str(project), "--out", str(out), "--size", "1280x800", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
    assert len(colours) > 5   # something was drawn


def test_other_view_and_language(tmp_path, project):
    out = tmp_path / "roadmap.png"
    result = run(str(project), "--out", str(out), "--view", "roadmap", "--lang", "zh_CN",
                 "--size", "1000x700", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size().toTuple() == (1000, 700)


@pytest.mark.parametrize("args, words", [
    (["missing.jmap"], "missing.jmap"),
    (["{project}", "--size", "big"], "--size"),
    (["{project}", "--journey", "Nope"], "Nope"),
    (["{project}", "--out", "{tmp}/no/such/dir/x.png"], "does not exist"),
])
def test_bad_input_exits_2_with_a_message(tmp_path, project, args, words):
    args = [a.format(project=project, tmp=tmp_path) for a in args]
    if "--out" not in args:
        args += ["--out", str(tmp_path / "x.png")]
    result = run(*args, tmp_path=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_drivers_view_is_grabbed_after_its_chart_has_drawn(tmp_path):
    """The drivers view runs its analysis on a thread and draws its chart in a web view: the grab
    waits for both (it used to take a fixed 2.5 s and, on a busy machine, caught the progress bar)."""
    from journeymap.samples import write_sample
    sample = tmp_path / "sample.jmap"
    write_sample(sample)
    out = tmp_path / "drivers.png"
    result = run(str(sample), "--out", str(out), "--view", "drivers", "--size", "1600x1000", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    # the IPA chart's "concentrate" points are Okabe-Ito vermilion (#D55E00); an undrawn view has none
    # (in the chart's area: above the table, whose quadrant swatches share the colour)
    vermilion = sum(1 for x in range(200, 1350, 2) for y in range(150, 640, 2)
                    if image.pixel(x, y) & 0xFFFFFF == 0xD55E00)
    assert vermilion > 50
