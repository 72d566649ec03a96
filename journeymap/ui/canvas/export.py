"""Map export from the scene itself: PNG (2x, the map's own shape, capped), SVG and PDF; and the
map as PNG bytes for a slide (``map_png``)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

MARGIN = 24.0
MAX_SIDE = 8000   # px: a PNG this wide is sharp on any projector and opens in any viewer


def _source(scene) -> QRectF:
    scene.flush()
    return scene.map_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


@contextmanager
def _unselected(scene):
    """Draw without selection highlights, then give the user their selection back unannounced
    (the minimap renders through here every time the scene changes)."""
    selected = scene.selectedItems()
    scene.blockSignals(True)
    try:
        for item in selected:
            item.setSelected(False)
        yield
    finally:
        for item in selected:
            item.setSelected(True)
        scene.blockSignals(False)


def fit_16_9(rect: QRectF) -> QRectF:
    """``rect`` grown (centred) to a 16:9 shape."""
    w, h = rect.width(), rect.height()
    if w / h > 16 / 9:
        h = w * 9 / 16
    else:
        w = h * 16 / 9
    return QRectF(rect.center().x() - w / 2, rect.center().y() - h / 2, w, h)


def _paint(scene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    # Safe only with None's refcount pinned (see canvas/__init__.py): scene.render calls
    # every item's paint() with widget=None.
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(target, scene.theme.background)
    with _unselected(scene):
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def render_image(scene, width: int, height: int) -> QImage:
    """The whole map drawn into a ``width`` x ``height`` image (aspect kept, centred)."""
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(scene.theme.background)
    painter = QPainter(image)
    _paint(scene, painter, QRectF(0, 0, width, height), _source(scene))
    painter.end()
    return image


def export_map(scene, path: str, *, scale: float = 2.0) -> None:
    """Write the map to ``path``; the format follows the suffix (.png, .svg, .pdf)."""
    suffix = Path(path).suffix.lower()
    source = _source(scene)
    if suffix == ".png":
        # The map's own shape (no 16:9 padding: a wide map was 60% white), at ``scale`` up to MAX_SIDE.
        scale = min(scale, MAX_SIDE / max(source.width(), source.height()))
        image = render_image(scene, int(source.width() * scale), int(source.height() * scale))
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stub says bytes; save() takes str
            raise OSError(f"could not write {path}")
    elif suffix == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(int(source.width()), int(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(scene.project.find("journeys", scene.journey_id).name if scene.journey_id else "")
        painter = QPainter(generator)
        _paint(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
    elif suffix == ".pdf":
        writer = QPdfWriter(str(path))
        writer.setResolution(96)
        size = QPageSize(QSizeF(source.width(), source.height()), QPageSize.Unit.Point, "map")
        writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter(writer)
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        _paint(scene, painter, QRectF(page), source)
        painter.end()
    else:
        raise ValueError(f"cannot export to {suffix or 'a file without suffix'}: use .png, .svg or .pdf")


def map_png(scene, *, width: int = 3200, min_height: int = 1600) -> bytes:
    """The whole map as PNG bytes, ``width`` px wide (its own aspect), wider when that leaves it under
    ``min_height`` px tall: the deck cuts a wide map into pieces that each fill the slide's height
    (export/map_pieces.py), so its sharpness is set by the height (1600 px: over 250 px to the inch)."""
    source = _source(scene)
    height = max(1, int(width * source.height() / source.width()))
    if height < min_height:
        width, height = int(width * min_height / height), min_height
    image = render_image(scene, width, height)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # as above
        raise OSError("could not encode the map as PNG")
    buffer.close()
    return bytes(data.data())
