"""Presentation mode phase by phase (with the presenter window), and the results screen with its
handout and A0 poster PDFs, written and read back (pages, size, text as text: vector)."""
from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import Qt

from journeymap.core.model import Phase
from journeymap.ui.session import Session
from journeymap.ui.workshop.view import WorkshopView

from test_workshop_voting import build_project, choose, click_sticky, open_round


@pytest.fixture
def view(qtbot):
    project = build_project()
    project.add(Phase("ph-2", "jn", "Payment", order=1))
    project.update("stages", "st-2", phase="ph-2")
    session = Session(project)
    widget = WorkshopView(session)
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.canvas.scene().flush()
    return widget


def test_presentation_steps_phase_by_phase_and_esc_returns(qtbot, view):
    window = view.present(presenter=True)
    qtbot.waitExposed(window)
    assert window.isFullScreen() and window.presenter.isVisible()
    assert window.phase.text() == "1 of 2: Claim"                 # the first phase, readable
    canvas = window.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert window.phase.text() == "Claims"                        # Home: the whole journey
    whole = canvas.zoom_level()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert window.phase.text() == "1 of 2: Claim"
    assert window.presenter.heading.text() == "Claim"
    assert "Report: On hold too long" in window.presenter.notes.text()
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    cards = canvas.scene().cards
    assert shown.contains(cards["st-0"].sceneBoundingRect()) and shown.contains(cards["st-1"].sceneBoundingRect())
    assert canvas.zoom_level() > 1.3 * whole                     # type scaled up for the room
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert window.phase.text() == "2 of 2: Payment"
    qtbot.keyClick(canvas, Qt.Key.Key_Right)                     # stays on the last phase
    assert window.phase.text() == "2 of 2: Payment"
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert window.phase.text() == "1 of 2: Claim"
    view.canvas.select("stages", "st-2")                        # the facilitator picks a stage: the room follows
    assert window.phase.text() == "2 of 2: Payment"
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.presentation is None)
    assert not window.presenter.isVisible()


def test_the_projector_gets_dark_on_light_even_in_dark_colours(qtbot, view, qapp):
    from PySide6.QtGui import QColor, QPalette

    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    qapp.setPalette(dark)
    try:
        view.canvas.scene().rebuild()
        window = view.present(presenter=False)
        qtbot.waitExposed(window)
        assert view.canvas.scene().theme.dark and not window.canvas.scene().theme.dark
        window.canvas.scene().rebuild()                              # a restyle keeps it light
        assert not window.canvas.scene().theme.dark
        window.close()
    finally:
        qapp.setPalette(before)
        view.canvas.scene().rebuild()


def test_presenting_opens_on_the_selected_stages_phase(qtbot, view):
    view.canvas.select("stages", "st-1")
    window = view.present(presenter=False)
    qtbot.waitExposed(window)
    assert window.phase.text() == "1 of 2: Claim"
    window.close()


def test_voting_on_the_projector_shows_on_both_maps(qtbot, view):
    open_round(qtbot, view, people="Ann", timer=60)
    window = view.present(presenter=False)
    qtbot.waitExposed(window)
    assert window.question.text() == "Which hurts most?"
    qtbot.waitUntil(lambda: re.fullmatch(r"[01]:[0-5]\d", window.clock.text()) is not None)
    click_sticky(qtbot, window, "pp-b")
    assert [(v.pain_point, v.dots) for v in view.session.project.all("votes")] == [("pp-b", 1)]
    for canvas in (window.canvas, view.canvas):
        badges = [c for c in canvas.scene().stickies["pp-b"].childItems() if type(c).__name__ == "RoundBadge"]
        assert [b.dots for b in badges] == [1]
    window.close()


def pdf_info(path) -> dict:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def test_results_show_what_the_room_changed_and_write_the_pdfs(qtbot, view, tmp_path):
    view.session.project.set_info(rank_weights={"votes": 3.0, "severity": 1.0})
    open_round(qtbot, view, people="Ann, Bo", dots=2)
    for who in ("Ann", "Bo"):
        choose(qtbot, view, who)
        click_sticky(qtbot, view, "pp-c")
        click_sticky(qtbot, view, "pp-c")
    qtbot.mouseClick(view.panel.close_button, Qt.MouseButton.LeftButton)
    dialog = view.show_results(drivers=None, modal=False)
    qtbot.addWidget(dialog)
    before = [dialog.before_list.item(i).text() for i in range(dialog.before_list.count())]
    after = [dialog.after_list.item(i).text() for i in range(dialog.after_list.count())]
    assert before == [" 1. On hold too long", " 2. Form asks twice", " 3. Payment late"]
    assert after == [" 1. Payment late   \u21912", " 2. On hold too long   \u21931", " 3. Form asks twice   \u21931"]
    view.session.save(str(tmp_path / "workshop.jmap"))            # the PDFs go beside the project
    qtbot.mouseClick(dialog.handout_button, Qt.MouseButton.LeftButton)   # one click each, no dialog
    qtbot.mouseClick(dialog.poster_button, Qt.MouseButton.LeftButton)
    handout = tmp_path / "Claims - Top pains - handout.pdf"
    poster = tmp_path / "Claims - Top pains - poster A0.pdf"
    assert dialog.saved.text() == f"Saved {poster}"
    qtbot.mouseClick(dialog.poster_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "Claims - Top pains - poster A0 (2).pdf").is_file()   # never over the last one
    info = pdf_info(handout)
    assert int(info["Pages"]) == 3                               # map, ranked list, the round's votes
    text = subprocess.run(["pdftotext", "-layout", str(handout), "-"], capture_output=True, text=True).stdout
    assert "Report" in text and "Payment late" in text and "Ranked pain points" in text
    assert re.search(r"4\s+Payment late", text)                  # the votes page
    info = pdf_info(poster)
    width, height = (float(x) for x in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (round(width), round(height)) == (3370, 2384)          # A0 landscape, in points
    poster_text = subprocess.run(["pdftotext", str(poster), "-"], capture_output=True, text=True).stdout
    assert "Assess" in poster_text and "On hold too long" in poster_text   # text, not a picture
    images = subprocess.run(["pdfimages", "-list", str(poster)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) <= 2                  # no raster image of the map


def test_a_handout_whose_map_spans_pages_numbers_every_map_page(qtbot, qapp, sample_path, tmp_path):
    """Found printing the sample's handout: pages 2 and 3 said 'map 2 of 3', 'map 3 of 3'; page 1 said nothing."""
    from journeymap.storage.read import open_project
    from journeymap.ui.workshop import pdf
    session = Session(open_project(sample_path))
    view = WorkshopView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.canvas.scene().flush()
    out = tmp_path / "handout.pdf"
    pdf.write_handout(view.canvas.scene(), str(out), title="Sample", subtitle="Round 1", ranked=[], rounds=[])
    pages = int(pdf_info(out)["Pages"]) - 1                      # the last page is the (empty) ranked list
    assert pages > 1
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(out), "-"],
                              capture_output=True, text=True).stdout
        assert f"map {page} of {pages}" in text, (page, text[:200])


def test_the_results_dialog_has_a_close_button(qtbot, view):
    """Found under Xvfb (no window manager, as on a kiosk projector): the results could only be left with Esc."""
    open_round(qtbot, view, people="Ann", dots=1)
    choose(qtbot, view, "Ann")
    click_sticky(qtbot, view, "pp-a")
    qtbot.mouseClick(view.panel.close_button, Qt.MouseButton.LeftButton)
    dialog = view.show_results(drivers=None, modal=False)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
