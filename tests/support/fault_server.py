"""A small HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, one scripted fault per request.

It speaks raw sockets so it can do what a well-behaved server library would not: declare more body than
it sends, reset the connection, or never answer. Each request is recorded (method, path, headers, body,
arrival time) and answered by the next `Fault` of its script; the last one answers every request after.

Everything is bounded: sockets time out, a stalled answer waits on an event that `stop()` sets, and the
threads are daemons joined with a timeout.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

SOCKET_TIMEOUT = 5.0
MAX_HEADER_BYTES = 64 * 1024
REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass(frozen=True)
class Fault:
    """How to answer one request.

    kind:
        "respond"  - status, headers and body, then keep the connection open;
        "truncate" - status and headers declaring `declared_length` bytes, send `body` (fewer), close;
        "reset"    - close the connection with a TCP reset, without a byte of response;
        "stall"    - send nothing for `stall_seconds` (or until the server stops), then close.
    """

    kind: str = "respond"
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    declared_length: int = 0
    stall_seconds: float = 0.0


def respond(status: int, body: bytes | Any = b"", headers: Sequence[tuple[str, str]] = ()) -> Fault:
    """An answer; a body that is not bytes is sent as JSON."""
    if not isinstance(body, bytes):
        body = json.dumps(body).encode()
        headers = (("Content-Type", "application/json"), *headers)
    return Fault("respond", status, body, tuple(headers))


def truncate(body: bytes, declared_length: int, status: int = 200) -> Fault:
    return Fault("truncate", status, body, (("Content-Type", "application/json"),), declared_length)


def reset() -> Fault:
    return Fault("reset")


def stall(seconds: float) -> Fault:
    return Fault("stall", stall_seconds=seconds)


@dataclass(frozen=True)
class Received:
    """One request the server read."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() when it was read

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FaultServer:
    """The server: `url`, the `received` requests, and the `script` of faults they get."""

    script: list[Fault]
    received: list[Received] = field(default_factory=list)
    url: str = ""
    _listener: socket.socket | None = None
    _stopping: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _connections: list[socket.socket] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        listener = socket.create_server(("127.0.0.1", 0))
        listener.settimeout(0.1)
        self._listener = listener
        self.url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        self._spawn(self._accept_loop)

    def stop(self) -> None:
        self._stopping.set()
        if self._listener is not None:
            with suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept() at once on Linux
            self._listener.close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:  # wakes a thread waiting in recv() on an idle keep-alive connection
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(SOCKET_TIMEOUT)

    @property
    def attempts(self) -> int:
        return len(self.received)

    def _spawn(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # closed by stop()
            with self._lock:
                self._connections.append(conn)
            self._spawn(self._serve, conn)

    def _next_fault(self, request: Received) -> Fault:
        with self._lock:
            self.received.append(request)
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(SOCKET_TIMEOUT)
        buffer = b""
        try:
            while not self._stopping.is_set():
                request, buffer = _read_request(conn, buffer)
                if request is None:
                    return
                fault = self._next_fault(request)
                if not self._answer(conn, fault):
                    return
        except OSError:
            return
        finally:
            with suppress(OSError):
                conn.close()

    def _answer(self, conn: socket.socket, fault: Fault) -> bool:
        """Play fault on conn; whether the connection stays usable."""
        if fault.kind == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if fault.kind == "stall":
            self._stopping.wait(fault.stall_seconds)
            return False
        length = fault.declared_length if fault.kind == "truncate" else len(fault.body)
        head = [f"HTTP/1.1 {fault.status} {REASONS.get(fault.status, 'Status')}", f"Content-Length: {length}"]
        head += [f"{name}: {value}" for name, value in fault.headers]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + fault.body)
        if fault.kind == "truncate":
            conn.shutdown(socket.SHUT_WR)
            return False
        return True


def _read_request(conn: socket.socket, buffer: bytes) -> tuple[Received | None, bytes]:
    """The next request on conn (None when the client closed it), and the bytes read past it."""
    while b"\r\n\r\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
        if len(buffer) > MAX_HEADER_BYTES:
            raise OSError("request head too large")
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None, b""
        rest += chunk
    return Received(method, path, headers, rest[:length], time.monotonic()), rest[length:]


@contextmanager
def fault_server(*script: Fault) -> Iterator[FaultServer]:
    """A started FaultServer playing script; stopped on exit."""
    server = FaultServer(list(script) or [respond(200, {"data": {"result": "ok"}})])
    server.start()
    try:
        yield server
    finally:
        server.stop()
