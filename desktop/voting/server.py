"""The small web server phones vote through, on the local network only, while voting is on.

Python's own `http.server` (ThreadingHTTPServer), run on a background thread. We chose it over
Qt's QHttpServer, which ships with PySide6, because PySide6 6.12's Python route handlers can
only answer with a text/plain string: a QHttpServerResponse or a responder handler does not
convert, so the phone page could not be served as HTML nor a refusal given its status code.
http.server is maintained with CPython, needs no new dependency, and lets every request be
checked before its body is read. Keep-alive is off so one idle phone never holds a thread.

Every request is checked in this order: the caller's address is on this machine or a private
network; the rate limit per address; the body size (from Content-Length, before reading); the
session PIN; then the phone's token. Nothing personal is served: chips carry a label and a role.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from desktop.voting.ballot import PhoneVoting, RateLimiter, VotingRefused

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 2048
MAX_CONCURRENT_REQUESTS = 32
SOCKET_TIMEOUT_SECONDS = 5.0


def is_local_network(address: str) -> bool:
    """Loopback, private (RFC 1918, ULA) or link-local: never a public internet address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local


def local_addresses() -> list[str]:
    """This machine's IPv4 addresses on a local network, best first (for the QR code)."""
    found: list[str] = []
    # The address a packet to a private range would leave from: no packet is sent (UDP connect).
    for probe in ("192.168.0.1", "10.0.0.1", "172.16.0.1"):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            try:
                udp.connect((probe, 9))
                address = udp.getsockname()[0]
            except OSError:
                continue
        if address not in found and is_local_network(address) and address != "127.0.0.1":
            found.append(address)
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if (
                address not in found
                and is_local_network(address)
                and not address.startswith("127.")
            ):
                found.append(address)
    except OSError:
        pass
    return found


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], voting: PhoneVoting, page: bytes) -> None:
        super().__init__(address, _Handler)
        self.voting = voting
        self.page = page
        self.limiter = RateLimiter()
        self.slots = threading.BoundedSemaphore(MAX_CONCURRENT_REQUESTS)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"
    timeout = SOCKET_TIMEOUT_SECONDS
    server_version = "GapFieldKitVoting"
    sys_version = ""

    # -- plumbing --------------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        log.debug("phone voting: " + format, *args)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'",
        )
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, payload: Any) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json; charset=utf-8")

    def _refuse(self, status: int, message: str) -> None:
        self._json(status, {"error": message})

    def _guarded(self, handle: Any) -> None:
        address = self.client_address[0]
        if not is_local_network(address):
            self._refuse(HTTPStatus.FORBIDDEN, "Phone voting answers the local network only.")
            return
        if not self.server.limiter.allow(address):
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "Too many requests. Slow down a little.")
            return
        if not self.server.slots.acquire(blocking=False):
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, "Busy. Try again in a moment.")
            return
        try:
            handle()
        except VotingRefused as refused:
            self._refuse(refused.status, refused.message)
        except Exception:  # a fault here must never reach the phone as a traceback
            log.exception("phone voting: request failed")
            self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, "Something went wrong. Try again.")
        finally:
            self.server.slots.release()

    def _query(self) -> dict[str, str]:
        parts = urlsplit(self.path)
        return {key: values[0] for key, values in parse_qs(parts.query).items() if values}

    def _body(self) -> dict[str, Any]:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise VotingRefused(HTTPStatus.LENGTH_REQUIRED, "Send a Content-Length.") from None
        if length < 0 or length > MAX_BODY_BYTES:
            raise VotingRefused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "That request is too big.")
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise VotingRefused(HTTPStatus.BAD_REQUEST, "That request is not JSON.") from None
        if not isinstance(body, dict):
            raise VotingRefused(HTTPStatus.BAD_REQUEST, "That request is not a JSON object.")
        return body

    # -- routes ---------------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self._guarded(self._get)

    def do_HEAD(self) -> None:  # noqa: N802
        self._guarded(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._guarded(self._post)

    def _get(self) -> None:
        path = urlsplit(self.path).path
        voting = self.server.voting
        if path in ("/", "/index.html"):
            page = page_in_language(self.server.page, voting.page_language())
            self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
            return
        query = self._query()
        if path == "/api/chips":
            voting.check_pin(query.get("pin"), self.client_address[0])
            self._json(HTTPStatus.OK, {"chips": voting.chips()})
            return
        if path == "/api/state":
            voting.check_pin(query.get("pin"), self.client_address[0])
            self._json(HTTPStatus.OK, voting.phone_state(query.get("token")))
            return
        self._refuse(HTTPStatus.NOT_FOUND, "Nothing here.")

    def _post(self) -> None:
        path = urlsplit(self.path).path
        if path not in ("/api/join", "/api/vote"):
            self._refuse(HTTPStatus.NOT_FOUND, "Nothing here.")
            return
        body = self._body()
        voting = self.server.voting
        voting.check_pin(body.get("pin"), self.client_address[0])
        if path == "/api/join":
            token = voting.claim(body.get("chip"))
            self._json(HTTPStatus.OK, {"token": token})
            return
        voting.vote(body.get("token"), body.get("question"), body.get("value"))
        self._json(HTTPStatus.OK, {"ok": True})


# Where the page takes its words: `var PAGE = {...};` in its script, and `<html lang dir>`.
PAGE_WORDS_MARK = b"var PAGE = {};"


def page_in_language(page: bytes, language: dict[str, Any]) -> bytes:
    """The phone page with the session's language built in, so even the PIN screen (shown
    before any API call) is in it. The JSON is made safe inside <script>: with every "<"
    escaped and no raw line separators, no text can end the script or the string."""
    data = json.dumps(language, ensure_ascii=True).replace("<", "\\u003c").encode()
    page = page.replace(PAGE_WORDS_MARK, b"var PAGE = " + data + b";", 1)
    lang = str(language.get("lang", "en"))
    direction = "rtl" if language.get("dir") == "rtl" else "ltr"
    if lang.replace("-", "").isalnum():
        page = page.replace(
            b'<html lang="en">', f'<html lang="{lang}" dir="{direction}">'.encode(), 1
        )
    return page


def phone_page() -> bytes:
    from desktop.paths import resources_dir

    return (resources_dir() / "phone" / "vote.html").read_bytes()


class VotingServer:
    """Serves one session's phone page and API on a background thread until `stop()`."""

    def __init__(
        self, voting: PhoneVoting, host: str = "0.0.0.0", port: int = 0, page: bytes | None = None
    ) -> None:
        self.voting = voting
        self._httpd = _Server((host, port), voting, page if page is not None else phone_page())
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="phone-voting", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def start(self) -> VotingServer:
        self._thread.start()
        log.info("phone voting started on port %d", self.port)
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()
        log.info("phone voting stopped")

    def urls(self) -> list[str]:
        """The addresses phones can open, with the PIN so the QR code logs them straight in."""
        return [
            f"http://{address}:{self.port}/?pin={self.voting.pin}" for address in local_addresses()
        ]
