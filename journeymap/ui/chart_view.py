"""A plotly figure in the window, through QtWebEngine.

setHtml() cannot carry plotly.js (4.8 MB, over its 2 MB limit), so the page goes to a file
beside one shared copy of plotly.min.js and is loaded by URL. The page sets its title to
"drawn" once plotly has drawn, and ``chart_drawn`` fires then: grab after it, not before.
"""
from __future__ import annotations

import atexit
import json
import tempfile
import weakref
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineWidgets import QWebEngineView

_DIR: Path | None = None
_LIVE: "weakref.WeakSet[ChartView]" = weakref.WeakSet()
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>loading</title>
<script src="plotly.min.js"></script>
<style>html,body{{margin:0;height:100%;background:{bg}}}#chart{{width:100%;height:100%}}</style></head>
<body><div id="chart"></div><script>
var fig = {fig};
fig.layout.width = undefined; fig.layout.height = undefined; fig.layout.autosize = true;
Plotly.newPlot('chart', fig.data, fig.layout, {{responsive: true, displaylogo: false}})
  .then(function () {{ document.title = 'drawn'; }});
</script></body></html>"""


def _page_dir() -> Path:
    """One folder per process holding plotly.min.js once."""
    global _DIR
    if _DIR is None:
        from plotly.offline import get_plotlyjs
        _DIR = Path(tempfile.mkdtemp(prefix="journeymap-charts-"))
        (_DIR / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
    return _DIR


class ChartView(QWebEngineView):
    chart_drawn = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._count = 0
        self.titleChanged.connect(self._on_title)
        _LIVE.add(self)

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
