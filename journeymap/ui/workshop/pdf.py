"""The workshop's take-aways as vector PDFs: a handout (the map, the ranked list, the votes) on A4
landscape pages, and an A0 poster of the map. The map is the scene drawn into the PDF (paths and
text, not a screenshot), through the canvas's own export painting."""
from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from journeymap.ui.canvas import export as canvas_export

POINTS = 72                     # one device unit = one point
MARGIN = 36.0
ROW = 20.0
PRINT_SCALE = 0.5               # a handout's map no smaller than this: 13.5 pt names print at ~7 pt
OVERLAP = 60.0                  # scene units a map tile repeats of the one before


def _writer(path: str, size: QPageSize.PageSizeId, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(POINTS)
    writer.setTitle(title)
    writer.setCreator("JourneyMap")
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    return writer


def _font(points: float, *, bold: bool = False) -> QFont:
    from journeymap.ui.canvas.theme import families
    font = QFont("DejaVu Sans")
    font.setFamilies(families())     # Chinese handouts and posters: the CJK face named
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _page_rect(writer: QPdfWriter) -> QRectF:
    return QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))


def _map(scene, painter: QPainter, target: QRectF) -> None:
    canvas_export._paint(scene, painter, target, canvas_export._source(scene))


def _heading(painter: QPainter, page: QRectF, title: str, subtitle: str, size: float) -> float:
    """Title and subtitle at the top of ``page``; returns the y below them."""
    painter.setPen(QColor("#1B1F24"))
    painter.setFont(_font(size, bold=True))
    painter.drawText(QRectF(page.left() + MARGIN, page.top() + MARGIN, page.width() - 2 * MARGIN, size * 1.6),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.setFont(_font(size * 0.5))
    painter.setPen(QColor("#59626D"))
    y = page.top() + MARGIN + size * 1.7
    painter.drawText(QRectF(page.left() + MARGIN, y, page.width() - 2 * MARGIN, size), 
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), subtitle)
    return _heading_height(page, size)


def _heading_height(page: QRectF, size: float) -> float:
    """The y below a heading of ``size`` (what _heading returns, known before drawing it)."""
    return page.top() + MARGIN + size * 1.7 + size * 1.2


def write_poster(scene, path: str, *, title: str) -> None:
    """The map on one A0 landscape page, with its title."""
    writer = _writer(path, QPageSize.PageSizeId.A0, title)
    painter = QPainter(writer)
    try:
        page = _page_rect(writer)
        top = _heading(painter, page, title, f"JourneyMap \u00b7 {date.today().isoformat()}", 64)
        _map(scene, painter, QRectF(page.left() + MARGIN, top, page.width() - 2 * MARGIN,
                                    page.bottom() - top - MARGIN))
    finally:
        painter.end()


def write_handout(scene, path: str, *, title: str, subtitle: str, ranked: list, rounds: list) -> None:
    """A4 landscape: the map; the ranked list (rank, title, stage, score, dots); each round's votes.

    ``ranked``: [(rank, title, score, dots)]; ``rounds``: [(name, question, [(title, dots)])].
    """
    writer = _writer(path, QPageSize.PageSizeId.A4, title)
    painter = QPainter(writer)
    try:
        page = _page_rect(writer)
        _map_tiles(writer, painter, scene, page, title, subtitle)
        rows = [(str(r), t, "-" if s is None else f"{s:.2f}", str(d)) for r, t, s, d in ranked]
        _table(writer, painter, page, "Ranked pain points", ("#", "Pain point", "Score", "Dots"), rows)
        for name, question, votes in rounds:
            _table(writer, painter, page, f"Votes: {name}" + (f" \u2013 {question}" if question else ""),
                   ("Dots", "Pain point"), [(str(d), t) for t, d in votes])
    finally:
        painter.end()


def _map_tiles(writer, painter: QPainter, scene, page: QRectF, title: str, subtitle: str) -> None:
    """The map on as many pages as it needs to print readable (left to right, a little overlap):
    a long journey shrunk onto one A4 page would print its text as grey bars."""
    source = canvas_export._source(scene)
    top = _heading_height(page, 24)        # the tiles are counted before the first heading names them
    room = QRectF(page.left() + MARGIN, top, page.width() - 2 * MARGIN, page.bottom() - top - MARGIN)
    fit = min(room.width() / source.width(), room.height() / source.height())
    scale = fit if fit >= PRINT_SCALE else min(PRINT_SCALE, room.height() / source.height())
    step = room.width() / scale - OVERLAP
    tiles = 1 if fit >= PRINT_SCALE else max(1, math.ceil((source.width() - OVERLAP) / step))
    for i in range(tiles):
        if i:
            writer.newPage()
        _heading(painter, page, title, f"{subtitle}  ·  map {i + 1} of {tiles}" if tiles > 1 else subtitle, 24)
        left = source.left() + i * step
        part = QRectF(left, source.top(), min(room.width() / scale, source.right() - left), source.height())
        target = QRectF(room.left(), room.top(), part.width() * scale, part.height() * scale)
        canvas_export._paint(scene, painter, target, part)


def _table(writer, painter: QPainter, page: QRectF, heading: str, header: tuple, rows: list) -> None:
    """A new page (or more) with ``heading`` and the rows under a bold header."""
    widths = {4: (0.06, 0.70, 0.12, 0.12), 2: (0.1, 0.9)}[len(header)]
    width = page.width() - 2 * MARGIN
    lines = [header] + rows
    while lines:
        writer.newPage()
        y = _heading(painter, page, heading, "", 18)
        first = True
        while lines and y + ROW < page.bottom() - MARGIN:
            cells = lines.pop(0)
            painter.setFont(_font(10.5, bold=first and cells is header))
            painter.setPen(QColor("#1B1F24"))
            x = page.left() + MARGIN
            for cell, share in zip(cells, widths):
                align = Qt.AlignmentFlag.AlignLeft if share > 0.2 else Qt.AlignmentFlag.AlignRight
                painter.drawText(QRectF(x, y, width * share - 8, ROW), int(align | Qt.AlignmentFlag.AlignVCenter),
                                 painter.fontMetrics().elidedText(cell, Qt.TextElideMode.ElideRight,
                                                                  int(width * share - 8)))
                x += width * share
            painter.setPen(QPen(QColor("#DDE3EA"), 0.5))
            painter.drawLine(int(page.left() + MARGIN), int(y + ROW), int(page.right() - MARGIN), int(y + ROW))
            y += ROW
            first = False
