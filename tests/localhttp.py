"""A tiny HTTP server on 127.0.0.1 (port 0) serving canned routes, for
fetch and crawl tests.  Never binds or contacts any other address.

A route is a ``Route`` (status, headers, body, optional delay) or a list
of them, served in turn (the last one repeats): ``[Route(500), Route(200,
...)]`` is a server error that succeeds on retry.  Like a real portal, a
200 route that sends an ETag or Last-Modified answers 304 Not Modified to
a request whose If-None-Match / If-Modified-Since names the same value;
``requests`` keeps each request's path and headers.  A route with ``drip``
sends one byte every ``drip`` seconds: a server that never times out a
read yet never finishes, bounded by the length of what it sends.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0       #: seconds to wait before answering
    send_length: bool = True  #: False: no Content-Length, the body ends at close
    drip: float = 0.0        #: > 0: send the answer one byte at a time, this many seconds apart
    drip_head: bool = False  #: drip the status line and headers too (else only the body)


class LocalServer:
    """Routes by path (query included); counts the requests each path got."""

    def __init__(self) -> None:
        self.routes: dict[str, Route | list[Route]] = {}
        self.hits: dict[str, int] = {}
        self.user_agents: list[str] = []
        self.requests: list[tuple[str, dict[str, str]]] = []   #: (path, headers) of each request
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def _next(self, path: str) -> Route | None:
        n = self.hits.get(path, 0)
        self.hits[path] = n + 1
        route = self.routes.get(path)
        if isinstance(route, list):
            return route[min(n, len(route) - 1)]
        return route

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                server.user_agents.append(self.headers.get("User-Agent", ""))
                server.requests.append((self.path, dict(self.headers.items())))
                route = server._next(self.path) or Route(404, b"not found")
                if route.status == 200 and _not_modified(route.headers, self.headers):
                    route = Route(304, b"", {k: v for k, v in route.headers.items()
                                             if k in ("ETag", "Last-Modified")}, send_length=False)
                if route.delay:
                    time.sleep(route.delay)
                try:
                    if route.drip_head:
                        self.wfile = _Dripping(self.wfile, route.drip)
                    self.send_response(route.status)
                    for k, v in route.headers.items():
                        self.send_header(k, v)
                    if route.send_length and "Content-Length" not in route.headers:
                        self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    if route.drip and not route.drip_head:
                        self.wfile = _Dripping(self.wfile, route.drip)
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, size cap, deadline): expected

            def log_message(self, *args):  # keep test output quiet
                pass

        return Handler

    def start(self) -> "LocalServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _not_modified(sent: dict[str, str], asked) -> bool:
    """Whether a conditional request names the route's current ETag or Last-Modified."""
    etag, since = asked.get("If-None-Match"), asked.get("If-Modified-Since")
    if etag is not None:   # If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
        return etag == sent.get("ETag")
    return since is not None and since == sent.get("Last-Modified")


class _Dripping:
    """A writer that sends one byte at a time, ``pause`` seconds apart."""

    def __init__(self, wfile, pause: float) -> None:
        self.wfile, self.pause = wfile, pause

    def write(self, data: bytes) -> None:
        for i in range(len(data)):
            self.wfile.write(data[i:i + 1])
            self.wfile.flush()
            time.sleep(self.pause)

    def __getattr__(self, name):   # flush, closed, ...: the real writer's
        return getattr(self.wfile, name)


@pytest.fixture
def http_server():
    """A fresh local server per test."""
    server = LocalServer().start()
    yield server
    server.stop()
