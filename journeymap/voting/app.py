"""The WSGI app of the phone page. Only two addresses exist, both under the round's token:

- ``GET /v/<token>[?p=NAME]``: the ballot for participant NAME (a random guest name without one);
- ``POST /v/<token>/vote`` with ``p``, ``pp`` (a candidate's id) and ``op`` (add | remove): one dot
  more or less; answered with a redirect to the ballot, or JSON when the client asks for it.

Anything else is 404 and says nothing about the project; a closed round is 410. Every request is
rate-limited per address before anything else, and a body over ``MAX_BODY`` bytes is refused unread
(the server refuses it too). No Qt.
"""
from __future__ import annotations

import json
import secrets
from typing import Any, Callable
from urllib.parse import parse_qs

from .box import BallotBox, Tap
from .limits import RateLimiter
from .page import ballot_page, closed_page, page_url

Response = tuple[int, list[tuple[str, str]], bytes]   # status, headers, body

MAX_BODY = 2048
REASONS = {200: "OK", 303: "See Other", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
           409: "Conflict", 410: "Gone", 413: "Payload Too Large", 429: "Too Many Requests"}


class VotingApp:
    def __init__(self, box: BallotBox, *, limiter: RateLimiter | None = None):
        self.box = box
        self.limiter = limiter or RateLimiter()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., object]) -> list[bytes]:
        status, headers, body = self.handle(environ)
        headers = headers + _SECURITY + [("Content-Length", str(len(body)))]
        start_response(f"{status} {REASONS[status]}", headers)
        return [body]

    def handle(self, environ: dict[str, Any]) -> Response:
        if not self.limiter.allow(environ.get("REMOTE_ADDR", "")):
            return _text(429, "Too many requests; wait a moment.",
                         [("Retry-After", str(self.limiter.retry_after()))])
        parts = environ.get("PATH_INFO", "").strip("/").split("/")
        if len(parts) not in (2, 3) or parts[0] != "v" or not self.box.token_ok(parts[1]):
            return _text(404, "Not found.")
        method = environ.get("REQUEST_METHOD", "GET")
        nonce = secrets.token_urlsafe(12)
        if not self.box.is_open:
            return _html(410, closed_page(nonce), nonce)
        if len(parts) == 2 and method in ("GET", "HEAD"):
            return self._ballot(environ, nonce)
        if len(parts) == 3 and parts[2] == "vote" and method == "POST":
            return self._vote(environ, nonce)
        if len(parts) == 3 and parts[2] != "vote":
            return _text(404, "Not found.")
        return _text(405, "Method not allowed.", [("Allow", "GET" if len(parts) == 2 else "POST")])

    def _ballot(self, environ: dict[str, Any], nonce: str) -> Response:
        query = parse_qs(environ.get("QUERY_STRING", ""), max_num_fields=4)
        who = (query.get("p") or [""])[0] or f"guest-{secrets.token_hex(2)}"
        return _html(200, ballot_page(self.box, who, self.box.mine(who), nonce=nonce), nonce)

    def _vote(self, environ: dict[str, Any], nonce: str) -> Response:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _text(400, "Bad request.")
        if length > MAX_BODY:
            return _text(413, "Request too large.")
        raw = environ["wsgi.input"].read(length) if length > 0 else b""
        try:
            form = parse_qs(raw.decode("utf-8"), max_num_fields=8, strict_parsing=False)
        except (UnicodeDecodeError, ValueError):
            return _text(400, "Bad request.")
        who, pp, op = ((form.get(k) or [""])[0] for k in ("p", "pp", "op"))
        if op not in ("add", "remove"):
            return _text(400, "Say add or remove.")
        tap = self.box.tap(who, pp, 1 if op == "add" else -1)
        if "application/json" in environ.get("HTTP_ACCEPT", ""):
            return _json(200 if tap.ok else 409, tap)
        if tap.ok:
            return 303, [("Location", page_url(self.box, who)), ("Content-Type", "text/plain")], b""
        page = ballot_page(self.box, who or "guest", tap, nonce=nonce, message=tap.message)
        return _html(409, page, nonce)


_SECURITY = [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
             ("Cache-Control", "no-store"), ("X-Frame-Options", "DENY")]


def _text(status: int, text: str, extra: list[tuple[str, str]] | None = None) -> Response:
    return status, [("Content-Type", "text/plain; charset=utf-8")] + (extra or []), text.encode()


def _html(status: int, page: str, nonce: str) -> Response:
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; "
           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
    return status, [("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", csp)], \
        page.encode("utf-8")


def _json(status: int, tap: Tap) -> Response:
    body = json.dumps({"ok": tap.ok, "message": tap.message, "mine": tap.mine, "left": tap.left})
    return status, [("Content-Type", "application/json")], body.encode()
