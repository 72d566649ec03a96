"""A plotly figure in the window, through QtWebEngine.

setHtml() cannot carry plotly.js (4.8 MB, over its 2 MB limit), so the page goes to a file
beside one shared copy of plotly.min.js and is loaded by URL. The page sets its title to
"drawn" once plotly has drawn, and ``chart_drawn`` fires then: grab after it, not before.

A desktop chart, not a web page: plotly's mode bar is hidden (its camera button reported
"Image download succeeded" and wrote nothing inside the app), the browser's right-click menu
(Back, Reload, View page source) is replaced by Save image…, Copy image and, when the host view
gives a ``copy_table`` callable, Copy table; the page's own text selection (Ctrl+A) is off.
"""
from __future__ import annotations

import atexit
import json
import os
import tempfile
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

_DIR: Path | None = None
_LIVE: "weakref.WeakSet[ChartView]" = weakref.WeakSet()
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>loading</title>
<script src="plotly.min.js"></script>
<style>html,body{{margin:0;height:100%;background:{bg};user-select:none;-webkit-user-select:none}}
#chart{{width:100%;height:100%}}</style></head>
<body><div id="chart"></div><script>
var fig = {fig};
fig.layout.width = undefined; fig.layout.height = undefined; fig.layout.autosize = true;
document.addEventListener('keydown', function (e) {{
  if ((e.ctrlKey || e.metaKey) && e.key === 'a') {{ e.preventDefault(); }} }});
Plotly.newPlot('chart', fig.data, fig.layout, {{responsive: true, displayModeBar: false}})
  .then(function () {{ document.title = 'drawn'; }});
</script></body></html>"""


def _page_dir() -> Path:
    """One folder per process holding plotly.min.js once."""
    global _DIR
    if _DIR is None:
        import shutil
        from plotly.offline import get_plotlyjs
        from journeymap.storage.files import sweep_dead_folders
        sweep_dead_folders(Path(tempfile.gettempdir()), "journeymap-charts-")   # of crashed processes
        _DIR = Path(tempfile.mkdtemp(prefix=f"journeymap-charts-{os.getpid()}-"))
        atexit.register(shutil.rmtree, _DIR, True)   # 4.8 MB each: not one left per run
        (_DIR / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
    return _DIR


class _KeepActive(QObject):
    """Re-activates a window once its native window has been recreated (WinIdChange). The first web
    view in a window makes Qt recreate it; under X without a window manager keyboard focus then falls
    to the screen's root and every shortcut goes dead until a click."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.WinIdChange:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched.activateWindow)
            self.deleteLater()
        return False


class ChartView(QWebEngineView):
    chart_drawn = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._count = 0
        self.copy_table = None        # the host view's "copy the table" (a callable), if it has one
        self.save_folder = lambda: ""  # where Save image… starts (the host's project folder)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.titleChanged.connect(self._on_title)
        _LIVE.add(self)

    def showEvent(self, event) -> None:
        window = self.window()
        if window.isActiveWindow() and not window.property("jm_chart_shown"):
            window.setProperty("jm_chart_shown", True)        # once per window: the first chart in it
            window.installEventFilter(_KeepActive(window))
        super().showEvent(event)

    # -- what a desktop user expects of a chart ---------------------------------------------
    def _show_menu(self, pos) -> None:
        # The page asks for its menu after the renderer saw the right click (asynchronously); with
        # a custom policy the view only signals, and this menu replaces the browser's.
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)    # one menu per right click, then gone
        menu.exec(self.mapToGlobal(pos))

    def menu(self) -> QMenu:
        """Save image…, Copy image and (when the host gives one) Copy table; nothing of the browser's."""
        menu = QMenu(self)
        menu.addAction(self.tr("Save image…"), self.save_image)
        menu.addAction(self.tr("Copy image"), self.copy_image)
        if self.copy_table is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Copy table"), self.copy_table)
        return menu

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.grab().toImage())

    def save_image(self, path: str | None = None) -> bool:
        """The chart as shown, to a PNG (or JPEG) file the user names."""
        if not path:
            start = str(Path(self.save_folder() or Path.home()) / "chart.png")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save image"), start,
                                                  self.tr("PNG image (*.png);;JPEG image (*.jpg)"))
        if not path:
            return False
        if not path.lower().endswith((".png", ".jpg", ".jpeg")):
            path += ".png"
        if not self.grab().save(path):
            QMessageBox.warning(self, self.tr("Save image"),
                                self.tr("Could not write %1: check the folder exists and can be written.")
                                .replace("%1", path))
            return False
        return True

    def show_figure(self, fig, *, dark: bool = False) -> None:
        self._count += 1
        page = _page_dir() / f"chart-{id(self)}-{self._count}.html"
        # json.dumps of the figure dict: user text stays data inside a JS literal ("</" escaped).
        payload = json.dumps(fig.to_plotly_json(), default=_plain).replace("</", "<\\/")
        page.write_text(PAGE.format(fig=payload, bg="#202124" if dark else "#FFFFFF"), encoding="utf-8")
        self.load(QUrl.fromLocalFile(str(page)))

    def _on_title(self, title: str) -> None:
        if title == "drawn":
            self.chart_drawn.emit()


def _plain(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(type(value).__name__)


@atexit.register
def _release_views() -> None:
    """Delete web views while Python and the QApplication still live: a page outliving its
    profile ("Release of profile requested but WebEnginePage still not deleted") crashes
    the process on its way out."""
    import shiboken6
    for view in list(_LIVE):
        if shiboken6.isValid(view):
            shiboken6.delete(view)
