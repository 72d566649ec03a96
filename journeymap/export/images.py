"""Static chart images (PNG, SVG, PDF) through kaleido, with ONE browser for the whole batch.

kaleido 1.x drives a Chrome/Chromium; each ``write_image`` without a server starts its own
(2.3 s a chart here), so a batch opens ``kaleido.start_sync_server`` once (0.2 s a chart after
the first) and stops it at the end, also on error or cancel.
"""
from __future__ import annotations

import os
import shutil
import warnings
from contextlib import contextmanager

from journeymap.charts.theme import HEIGHT, WIDTH

STATIC = ("png", "svg", "pdf")
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class NoBrowser(RuntimeError):
    """No Chrome/Chromium for kaleido: static images cannot be made (the other formats can)."""


def browser() -> str | None:
    """The Chrome/Chromium kaleido will use: BROWSER_PATH, else one on PATH; None if there is none."""
    env = os.environ.get("BROWSER_PATH")
    if env:
        return env if os.path.exists(env) else None
    return next((p for p in map(shutil.which, BROWSERS) if p), None)


@contextmanager
def image_server():
    """One kaleido browser for everything inside the block."""
    import kaleido

    path = browser()
    if path is None:
        raise NoBrowser("no Chrome/Chromium found")
    os.environ.setdefault("BROWSER_PATH", path)
    started = not kaleido._global_server.is_running()  # a caller's server is left running
    if started:
        kaleido.start_sync_server(silence_warnings=True)
    try:
        yield
    finally:
        if started:
            kaleido.stop_sync_server(silence_warnings=True)


def image_bytes(fig, fmt: str, *, scale: float = 1.0) -> bytes:
    """``fig`` drawn as ``fmt`` (png, svg, pdf) at slide size; call inside ``image_server``."""
    with warnings.catch_warnings():
        # plotly says its per-call kaleido options are ignored while a server runs: that is the point.
        warnings.filterwarnings("ignore", message=".*kopts.*")
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        return fig.to_image(format=fmt, width=WIDTH, height=HEIGHT, scale=scale)

