"""Serving the MCP server over streamable HTTP (uvicorn), behind a bearer token when one is set."""

from __future__ import annotations

import hmac
import json
import socket
import sys
from typing import TYPE_CHECKING, Any

import uvicorn
from mcp.server.lowlevel import Server
from starlette.types import ASGIApp, Receive, Scope, Send

from .settings import Settings

if TYPE_CHECKING:
    from .call_event_tools import CallEvents

MCP_PATH = "/mcp"


class BearerAuth:
    """Rejects every HTTP request that does not carry `Authorization: Bearer <token>`."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            given = dict(scope["headers"]).get(b"authorization", b"")
            # Constant-time, so response timing does not reveal how much of a guess was right.
            if not hmac.compare_digest(given, self.expected):
                body = json.dumps({"error": "unauthorized", "message": "missing or wrong bearer token"}).encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 401,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"www-authenticate", b'Bearer realm="telnyx-voice-mcp"'),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def receives_webhooks(settings: Settings, events: CallEvents | None) -> bool:
    """Whether the HTTP app has a webhook route: a public key to verify with, and no sandbox."""
    return events is not None and events.sandbox is None and bool(settings.public_key)


def http_app(server: Server[Any], settings: Settings, events: CallEvents | None = None) -> ASGIApp:
    """The ASGI app: the MCP endpoint at /mcp, wrapped in bearer auth when settings has a token.

    With a public key (and not in sandbox mode), Telnyx webhooks are received at
    `settings.webhook_path`, outside the bearer auth: Telnyx cannot send the token, and the receiver
    verifies each delivery's signature instead.
    """
    app: ASGIApp = server.streamable_http_app(streamable_http_path=MCP_PATH, host=settings.host)
    if settings.auth_token:
        app = BearerAuth(app, settings.auth_token)
    if events is not None and receives_webhooks(settings, events):
        from .webhook_server import WebhookRoute

        app = WebhookRoute(events.receiver(), settings.webhook_path, app)
    return app


def serve_http(server: Server[Any], settings: Settings, log_level: str, events: CallEvents | None = None) -> None:
    """Serve until interrupted. The socket is bound here so `--port 0` can report the port it got."""
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((settings.host.strip("[]"), settings.port))
    # Listening now, not when uvicorn gets to it: a client that read the URL below may connect at once.
    sock.listen(128)
    port = sock.getsockname()[1]
    host = f"[{settings.host.strip('[]')}]" if family == socket.AF_INET6 else settings.host
    app = http_app(server, settings, events)
    if receives_webhooks(settings, events):
        print(f"telnyx-voice-mcp: receiving webhooks on http://{host}:{port}{settings.webhook_path}", file=sys.stderr)
    print(f"telnyx-voice-mcp: listening on http://{host}:{port}{MCP_PATH}", file=sys.stderr, flush=True)
    # log_config=None: uvicorn's records go through the root handler and its secret-redacting filter.
    config = uvicorn.Config(app, log_level=log_level.lower(), lifespan="on", log_config=None)
    uvicorn.Server(config).run(sockets=[sock])
