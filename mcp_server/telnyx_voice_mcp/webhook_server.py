"""Serving the webhook receiver: on its own port (stdio), or beside /mcp (HTTP transport).

The receiver answers POSTs at one path; Telnyx signs every delivery, so the path needs no bearer
token (an unsigned or wrongly signed POST gets 400 and is not stored). Run a tunnel (ngrok,
cloudflared) to it and set the tunnel URL plus the path as the call control application's webhook URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

STARTUP_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 5.0


class WebhookRoute:
    """Sends HTTP requests for `path` to the receiver, everything else (lifespan included) to app.

    With app None, other paths get 404 (the receiver served alone).
    """

    def __init__(self, receiver: ASGIApp, path: str, app: ASGIApp | None = None) -> None:
        self.receiver = receiver
        self.path = "/" + path.strip("/")
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].rstrip("/") == self.path.rstrip("/"):
            await self.receiver(scope, receive, send)
        elif self.app is not None:
            await self.app(scope, receive, send)
        elif scope["type"] in ("lifespan", "websocket"):
            await self.receiver(scope, receive, send)  # it acknowledges lifespan, refuses websockets
        elif scope["type"] == "http":
            body = json.dumps({"error": f"not found; webhooks are received at {self.path}"}).encode()
            await send(
                {"type": "http.response.start", "status": 404, "headers": [(b"content-type", b"application/json")]}
            )
            await send({"type": "http.response.body", "body": body})


@contextlib.asynccontextmanager
async def serve_webhooks(app: ASGIApp, host: str, port: int, path: str) -> AsyncIterator[str]:
    """Serve the receiver at host:port (0: a free port) in this event loop; yields its webhook URL.

    The URL is also printed to stderr (stdout is the MCP protocol on stdio).
    """
    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(128)
        shown_host = f"[{host.strip('[]')}]" if family == socket.AF_INET6 else host
        url = f"http://{shown_host}:{sock.getsockname()[1]}/{path.strip('/')}"
        config = uvicorn.Config(
            WebhookRoute(app, path),
            lifespan="on",
            log_level="warning",
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        task = asyncio.get_running_loop().create_task(server.serve(sockets=[sock]))
        deadline = asyncio.get_running_loop().time() + STARTUP_TIMEOUT
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError(f"the webhook receiver on {host}:{port} stopped while starting")
            if asyncio.get_running_loop().time() > deadline:
                server.should_exit = True
                raise RuntimeError(f"the webhook receiver on {host}:{port} did not start in {STARTUP_TIMEOUT} s")
            await asyncio.sleep(0.005)
        print(f"telnyx-voice-mcp: receiving webhooks on {url}", file=sys.stderr, flush=True)
        try:
            yield url
        finally:
            server.should_exit = True
            try:
                await asyncio.wait_for(asyncio.shield(task), SHUTDOWN_TIMEOUT)
            except TimeoutError:
                server.force_exit = True
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
    finally:
        sock.close()
