"""A minimap of the whole journey with the view's visible area; click or drag to go there."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from . import export


class MiniMap(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self._pixmap: QPixmap | None = None
        self._source = QRectF()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.setMinimumSize(160, 90)
        self.setToolTip(self.tr("Overview of the map: click or drag to move the view"))
        view.scene().changed.connect(lambda *_: self._timer.start())
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(240, 135)

    def refresh(self) -> None:
        scene = self.view.scene()
        if self.width() < 4 or self.height() < 4:
            return
        image = export.render_image(scene, self.width(), self.height())
        self._source = self._fitted(scene.map_rect().adjusted(-export.MARGIN, -export.MARGIN,
                                                              export.MARGIN, export.MARGIN))
        self._pixmap = QPixmap.fromImage(image)
        self.update()

    def _fitted(self, source: QRectF) -> QRectF:
        """The scene rect that fills the widget when ``source`` is drawn aspect-kept and centred."""
        sx, sy = source.width() / self.width(), source.height() / self.height()
        s = max(sx, sy)
        w, h = self.width() * s, self.height() * s
        return QRectF(source.center().x() - w / 2, source.center().y() - h / 2, w, h)

    def _to_widget(self, p: QPointF) -> QPointF:
        s = self._source
        return QPointF((p.x() - s.left()) / s.width() * self.width(), (p.y() - s.top()) / s.height() * self.height())

    def _to_scene(self, p: QPointF) -> QPointF:
        s = self._source
        return QPointF(s.left() + p.x() / self.width() * s.width(), s.top() + p.y() / self.height() * s.height())

    def visible_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def resizeEvent(self, event) -> None:
        self._timer.start()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._pixmap is not None:
            painter.drawPixmap(0, 0, self._pixmap)
        if self._source.isValid():
            visible = self.visible_rect()
            rect = QRectF(self._to_widget(visible.topLeft()), self._to_widget(visible.bottomRight()))
            painter.setPen(QPen(self.view.scene().theme.selection, 2))
            painter.setBrush(QColor(0, 114, 178, 40))
            painter.drawRect(rect.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def mousePressEvent(self, event) -> None:
        self.view.centerOn(self._to_scene(event.position()))
        self.update()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)
