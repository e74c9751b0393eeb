"""Serving the MCP server over streamable HTTP (uvicorn): Host/Origin checked, behind a bearer token when one is set."""

from __future__ import annotations

import socket
import sys
from typing import TYPE_CHECKING, Any

import uvicorn
from mcp.server.lowlevel import Server
from mcp.server.transport_security import TransportSecuritySettings
from starlette.types import ASGIApp

from .http_security import BearerAuth, OriginGuard, OriginPolicy
from .settings import Settings

if TYPE_CHECKING:
    from .call_event_tools import CallEvents

MCP_PATH = "/mcp"


def receives_webhooks(settings: Settings, events: CallEvents | None) -> bool:
    """Whether the HTTP app has a webhook route: a public key to verify with, and no sandbox."""
    return events is not None and events.sandbox is None and bool(settings.public_key)


def http_app(server: Server[Any], settings: Settings, events: CallEvents | None = None) -> ASGIApp:
    """The ASGI app: the MCP endpoint at /mcp behind the Host/Origin check, then bearer auth when
    settings has a token.

    With a public key (and not in sandbox mode), Telnyx webhooks are received at
    `settings.webhook_path`, outside both: Telnyx cannot send the token nor a Host known in advance,
    and the receiver verifies each delivery's signature instead, which a rebinding page cannot forge.

    Raises:
        OriginPolicyError: bound off loopback without `allowed_hosts`, or a malformed allowed origin.
    """
    policy = OriginPolicy.for_bind(settings.host, settings.allowed_hosts, settings.allowed_origins)
    # The library's own check (on for a few exact bind addresses only) gives way to OriginGuard, on for all.
    unchecked = TransportSecuritySettings(enable_dns_rebinding_protection=False)
    app: ASGIApp = server.streamable_http_app(streamable_http_path=MCP_PATH, transport_security=unchecked)
    if settings.auth_token:
        app = BearerAuth(app, settings.auth_token)
    app = OriginGuard(app, policy)
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
