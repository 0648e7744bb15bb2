"""An overall deadline for one download.

The read timeout bounds each wait for bytes, not the download: a server that
sends one byte every few seconds never trips it and can hold ``fetch`` or
``crawl`` for as long as it likes (issue 12, D7).  Inside ``with
Deadline(seconds)``, every socket the session's connections read from
registers with the deadline (``WatchedAdapter``); when the time is up a timer
thread shuts those sockets down, which ends a blocked read at once, and
``passed`` tells the caller why its read failed (or why a body that "ended"
is cut short).
"""
from __future__ import annotations

import socket
import threading

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_active = threading.local()


class Deadline:
    """A context manager: the sockets read while it is active are shut down
    ``seconds`` after it starts (no deadline for ``None`` or 0)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.passed = False   #: True once the time was up
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._outer: Deadline | None = None

    def __enter__(self) -> "Deadline":
        self._outer = getattr(_active, "deadline", None)
        _active.deadline = self
        if self.seconds:
            self._timer = threading.Timer(self.seconds, self._expire)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._timer is not None:
            self._timer.cancel()
        _active.deadline = self._outer
        with self._lock:
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock`` down when the time is up (at once if it is)."""
        with self._lock:
            if not self.passed:
                self._sockets.append(sock)
                return
        _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.passed = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass   # already closed


def _watch(sock: socket.socket | None) -> None:
    deadline = getattr(_active, "deadline", None)
    if deadline is not None and sock is not None:
        deadline.watch(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _watch(self.sock)

    def getresponse(self, *args, **kwargs):
        _watch(self.sock)   # a kept-alive connection, connected under an earlier deadline
        return super().getresponse(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _watch(self.sock)

    def getresponse(self, *args, **kwargs):
        _watch(self.sock)
        return super().getresponse(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class WatchedAdapter(HTTPAdapter):
    """requests' adapter whose connections register their sockets with the active ``Deadline``."""

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}
