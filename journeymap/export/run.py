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


# The one place files are named: the writer below and ``file_names`` (asked before an export, to
# say which files in the folder it would replace) both use these, so the two cannot drift.
def _document_name(name: str, fmt: str) -> str:
    return f"{name}.{fmt}"


def _image_name(name: str, number: int, chart: str, fmt: str) -> str:
    return f"{name}-{number:02d}-{chart}.{fmt}"


def _named_like_an_export(name: str) -> re.Pattern[str]:
    """Any file an export of this stem could have written (any formats, any charts)."""
    documents = "|".join(f for f in FORMATS if f not in STATIC)
    return re.compile(rf"{re.escape(name)}(\.({documents})|-\d{{2}}-\w+\.({'|'.join(STATIC)}))", re.UNICODE)


def file_names(bundle: dict, request: Request, *, images: bool | None = None) -> list[str]:
    """The names of the files ``export`` will write into ``request.out``, in the order it writes them.
    ``images``: whether chart pictures will be drawn (default: whether a Chrome/Chromium is found;
    without one the static formats are left out and the export says so)."""
    name = stem(bundle)
    charts, _ = catalogue.available(bundle, request.charts)
    static = [f for f in request.formats if f in STATIC]
    if images is None:
        images = browser() is not None
    out = []
    if static and images:
        out += [_image_name(name, k, c.name, fmt) for k, c in enumerate(charts, start=1) for fmt in static]
    out += [_document_name(name, f) for f in request.formats if f not in STATIC]
    return out


def existing_files(bundle: dict, request: Request, *, images: bool | None = None) -> list[Path]:
    """The files already in the folder that this export would replace."""
    return [request.out / n for n in file_names(bundle, request, images=images) if (request.out / n).exists()]


def earlier_files(bundle: dict, request: Request, *, images: bool | None = None) -> list[Path]:
    """Files in the folder named as an export of this journey names its files (an earlier export, or
    another project's journey of the same name) that this export will NOT rewrite: left as they are,
    they would look like part of it, so the dialog and the command line name them."""
    ours = set(file_names(bundle, request, images=images))
    pattern = _named_like_an_export(stem(bundle))
    try:
        return sorted(p for p in request.out.iterdir()
                      if p.name not in ours and pattern.fullmatch(p.name) and not p.is_dir())
    except OSError:      # no folder yet, or one we cannot list: the export itself says what is wrong
        return []


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
        write_pptx(ctx, work / _document_name(name, "pptx"), template=request.template)
    if "xlsx" in request.formats:
        from .xlsx_export import write_xlsx
        tick("xlsx")
        write_xlsx(bundle, work / _document_name(name, "xlsx"), lang=lang)
    if "html" in request.formats:
        from .html_export import write_html
        tick("html")
        write_html(bundle, figures, work / _document_name(name, "html"), lang=lang)


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
            (work / _image_name(name, k, chart, fmt)).write_bytes(image_bytes(fig, fmt))
