"""The phone-voting server: waitress (a well-kept pure-Python WSGI server) on a thread of its own.

``VotingServer(box).start()`` returns at once; requests are parsed by waitress and answered by
VotingApp on waitress's worker threads, so the caller's thread (the UI's) never waits on a phone.
Opt-in: nothing listens until a facilitator starts it, and ``stop()`` closes the socket. No Qt.
"""
from __future__ import annotations

import io
import logging
import socket
import threading

import segno
from waitress.server import create_server

from .app import MAX_BODY, VotingApp
from .box import BallotBox
from .limits import RateLimiter

WORKERS = 4
# waitress warns on stderr whenever requests wait for a worker ("Task queue depth is 7"): a room of
# phones tapping together does that by design, and each waits a few milliseconds.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)
LOOP_TIMEOUT = 0.1   # seconds an idle loop waits before checking whether to stop


class VotingServer:
    def __init__(self, box: BallotBox, *, host: str = "0.0.0.0", port: int = 0,
                 limiter: RateLimiter | None = None):
        self.box = box
        self.app = VotingApp(box, limiter=limiter)
        self._server = create_server(
            self.app, host=host, port=port, threads=WORKERS, ident="journeymap",
            max_request_body_size=MAX_BODY, max_request_header_size=8192, connection_limit=200,
            channel_timeout=20, expose_tracebacks=False, clear_untrusted_proxy_headers=True)
        self.host = host
        self.port = int(self._server.effective_port)
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    def start(self) -> "VotingServer":
        self._thread = threading.Thread(target=self._run, name="voting-server", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        # waitress's own run() loops until its sockets are closed, and closing them from another
        # thread races its select(); so loop here and close them on this thread when told to stop.
        server = self._server
        try:
            while not self._stopping.is_set():
                server.asyncore.loop(timeout=LOOP_TIMEOUT, map=server._map, count=1)
        finally:
            server.task_dispatcher.shutdown()
            server.asyncore.close_all(server._map)

    def stop(self) -> None:
        """Close the round's page and the socket; waits for the server thread to end."""
        self.box.close()
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        else:
            self._server.close()

    @property
    def url(self) -> str:
        """The address phones open: this machine's LAN address when listening on all of them."""
        host = lan_address() if self.host in ("0.0.0.0", "") else self.host
        return f"http://{host}:{self.port}/v/{self.box.token}"

    def qr_svg(self) -> str:
        return qr_svg(self.url)


def lan_address() -> str:
    """This machine's address on the local network (no packet is sent), else loopback."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def qr_svg(text: str, *, scale: int = 8) -> str:
    """A QR code of ``text`` as SVG (vector: sharp on a projector at any size)."""
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=scale, border=2, xmldecl=False,
                                     svgclass=None, lineclass=None)
    return out.getvalue().decode("utf-8")
