"""An export, start to finish: the chosen formats and charts into a folder, all or nothing.

Everything is written into a hidden temporary folder beside the destination first; only when
every file is complete are they moved into place (a rename on the same disk). A cancelled or
failed export removes the temporary folder and leaves the destination as it was.
Headless: the map picture comes in as PNG bytes (drawn by the caller, who may use Qt).
"""
from __future__ import annotations

import os
import re
import shutil
import threading
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from journeymap.charts import catalogue
from journeymap.charts.labels import say

from .images import STATIC, NoBrowser, browser, image_bytes, image_server

FORMATS = ("pptx", "xlsx", "html", "png", "svg", "pdf")


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class Request:
    out: Path
    formats: tuple[str, ...] = FORMATS
    charts: list[str] | None = None          # None: every chart the data allows
    template: Path | None = None
    lang: str = "en"


@dataclass
class Result:
    files: list[Path] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)   # chart -> why it is not there
    messages: list[str] = field(default_factory=list)


def stem(bundle: dict) -> str:
    """A file name from the journey's name (letters of any script kept), with the period."""
    base = re.sub(r"[^\w\-]+", "-", bundle["journey"], flags=re.UNICODE).strip("-").lower() or "journey"
    return f"{base}-{bundle['period']}" if bundle.get("period") else base


def steps(bundle: dict, request: Request) -> list[str]:
    """What the export will do, in order (for a progress bar's length)."""
    charts, _ = catalogue.available(bundle, request.charts)
    out = ["figures"]
    static = [f for f in request.formats if f in STATIC]
    if static:
        out += [f"image:{c.name}" for c in charts]
    out += [f for f in request.formats if f not in STATIC]
    return out


def export(bundle: dict, request: Request, *, map_png: bytes | None = None,
           progress: Callable[[int, int, str], None] = lambda done, total, what: None,
           cancelled: Callable[[], bool] = lambda: False) -> Result:
    result = Result()
    plan = steps(bundle, request)
    done = 0

    def tick(what: str) -> None:
        nonlocal done
        if cancelled():
            raise Cancelled()
        progress(done, len(plan), what)
        done += 1

    request.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".journeymap-export-", dir=request.out))
    try:
        _run(bundle, request, work, map_png, tick, result)
        if cancelled():
            raise Cancelled()
        for path in sorted(work.iterdir()):
            target = request.out / path.name
            os.replace(path, target)
            result.files.append(target)
        progress(len(plan), len(plan), "done")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result


def _run(bundle, request: Request, work: Path, map_png, tick, result: Result) -> None:
    lang, name = request.lang, stem(bundle)
    charts, result.skipped = catalogue.available(bundle, request.charts)
    static = [f for f in request.formats if f in STATIC]
    pictures = {"map": map_png} if map_png is not None else {}
    need_images = bool(static)     # the deck draws everything itself (its Sankey as shapes)
    with ExitStack() as stack:
        warming = _start_browser(stack) if need_images else None
        tick("figures")
        figures = {c.name: c.draw(bundle, lang) for c in charts}   # while the browser starts
        if need_images:
            if warming is not None:
                warming.join()
            _images(figures, static, work, name, tick, result, lang, ready=warming is not None)
    if "pptx" in request.formats:
        from .pptx_export import write_pptx
        from .slides import Context
        tick("pptx")
        ctx = Context(bundle, lang, figures, pictures, list(figures))
        write_pptx(ctx, work / f"{name}.pptx", template=request.template)
    if "xlsx" in request.formats:
        from .xlsx_export import write_xlsx
        tick("xlsx")
        write_xlsx(bundle, work / f"{name}.xlsx", lang=lang)
    if "html" in request.formats:
        from .html_export import write_html
        tick("html")
        write_html(bundle, figures, work / f"{name}.html", lang=lang)


def _start_browser(stack: ExitStack) -> "_WarmUp | None":
    """Open the batch's one kaleido browser now and have it start (its first picture launches
    Chromium, 1-2 s) on a thread while the figures are drawn; None when there is no browser."""
    if browser() is None:
        return None
    try:
        stack.enter_context(image_server())
    except NoBrowser:
        return None
    warm = _WarmUp()
    warm.start()
    stack.callback(warm.join)      # on any exit the thread ends before the browser is stopped
    return warm


class _WarmUp(threading.Thread):
    """Draws an empty figure, which launches the browser; an error is kept for the caller's ``join``."""

    def __init__(self):
        super().__init__(name="kaleido-warm-up", daemon=True)
        self.error: BaseException | None = None

    def run(self) -> None:
        import plotly.graph_objects as go
        try:
            image_bytes(go.Figure(), "svg")
        except BaseException as exc:   # handed to the export's thread by join(), not printed here
            self.error = exc

    def join(self, timeout=None) -> None:
        super().join(timeout)
        if self.error is not None:
            error, self.error = self.error, None
            raise error


def _images(figures: dict, static: list[str], work: Path, name: str, tick, result: Result, lang: str, *,
            ready: bool) -> None:
    """Each chart in each static format, in the browser that ``_start_browser`` opened (``ready``);
    without one, the message that says how to get images."""
    if not ready:
        result.messages.append(say("no_static", lang))
        for chart in figures:
            tick(f"image:{chart}")
        return
    for k, (chart, fig) in enumerate(figures.items(), start=1):
        tick(f"image:{chart}")
        for fmt in static:
            (work / f"{name}-{k:02d}-{chart}.{fmt}").write_bytes(image_bytes(fig, fmt))
