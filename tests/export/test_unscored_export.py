"""A workshop's first minutes: pain points typed as stickies, nothing measured yet. The export still works
and shows them as not scored (QA 4: "TypeError: unsupported format string passed to NoneType.__format__",
nothing written, once the ranking left data-less pain points unscored)."""
from __future__ import annotations

from openpyxl import load_workbook
from pptx import Presentation

from journeymap.cli import main
from journeymap.core.model import Journey, PainPoint, Phase, Stage
from journeymap.core.project import Project
from journeymap.storage.write import save


def _fresh_workshop(path):
    project = Project()
    project.add(Journey("jn", "Customer journey"))
    project.add(Phase("ph", "jn", "Phase 1", order=0))
    for i, name in enumerate(("First", "Second", "Third")):
        project.add(Stage(f"st-{i}", "jn", "ph", name, x=i * 260.0))
    project.add(PainPoint("pp-1", "jn", "st-0", "Nobody calls back"))
    project.add(PainPoint("pp-2", "jn", "st-1", "Form asks twice", severity=4))
    project.add(PainPoint("pp-3", "jn", "st-2", "Letter unclear"))
    save(project, path)
    return path


def test_pain_points_without_data_export_as_not_scored(tmp_path, capsys):
    path = _fresh_workshop(tmp_path / "blank.jmap")
    out = tmp_path / "out"
    assert main(["export", str(path), "--out", str(out), "--formats", "pptx,xlsx,html", "--no-map"]) == 0, \
        capsys.readouterr().err
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "Nobody calls back" in html and "Letter unclear" in html
    deck = Presentation(str(next(out.glob("*.pptx"))))
    text = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    assert "Form asks twice" in text
    book = load_workbook(next(out.glob("*.xlsx")))
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert "Nobody calls back" in cells
