"""Who may talk to the HTTP transport: the Host/Origin check against DNS rebinding, and the bearer token.

A page on a rebinding domain (`evil.example` resolving to 127.0.0.1) reaches a loopback server from
the user's browser; its requests carry `Host: evil.example` and `Origin: https://evil.example`. The
MCP specification requires servers to validate Origin; the `mcp` library does so by itself only when
bound to exactly `127.0.0.1`, `localhost` or `::1`, so this module does it for every bind address.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send
from telnyx_voice._net import is_loopback

MISDIRECTED = 421
FORBIDDEN = 403
UNAUTHORIZED = 401


class OriginPolicyError(ValueError):
    """`--allowed-hosts` / `--allowed-origins` missing or malformed for the bind address."""


def _split_host(host: str) -> tuple[str, str | None]:
    """`Example.COM:8000` -> (`example.com`, `8000`); `[::1]:80` -> (`[::1]`, `80`); no port -> None."""
    host = host.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        name, rest = host[: end + 1], host[end + 1 :]
        return name, rest[1:] if rest.startswith(":") else None
    name, colon, port = host.rpartition(":")
    return (name, port) if colon and port.isdigit() else (host, None)


def _origin_parts(origin: str) -> tuple[str, str, str | None] | None:
    """`https://Example.com:8443` -> (`https`, `example.com`, `8443`), or None when it is not an origin."""
    try:
        parts = urlsplit(origin.strip().lower())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
        return None
    name = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return parts.scheme, name, None if port is None else str(port)


def _port_matches(wanted: str | None, given: str | None) -> bool:
    return wanted in (None, "*") or wanted == given


@dataclass(frozen=True)
class OriginPolicy:
    """The Host and Origin values a request may carry.

    A loopback name (`localhost`, any of 127.0.0.0/8, `[::1]`) is always accepted in Host and in an
    `http(s)` Origin: a rebinding page cannot make a browser send one. `allowed_hosts` adds
    `name` (any port) or `name:port`; `allowed_origins` adds `scheme://name[:port|:*]`. A request
    without Origin (not from a browser) passes the Origin check.
    """

    allowed_hosts: tuple[str, ...] = ()
    allowed_origins: tuple[str, ...] = ()

    @classmethod
    def for_bind(cls, bind: str, hosts: Sequence[str], origins: Sequence[str]) -> OriginPolicy:
        """The policy of a server bound to `bind`.

        Raises:
            OriginPolicyError: bound off loopback without `--allowed-hosts`, or an origin that is not
                `scheme://host[:port]`.
        """
        for origin in origins:
            if _origin_parts(origin.replace(":*", "")) is None:
                raise OriginPolicyError(f"--allowed-origins: {origin!r} is not an origin like https://host[:port]")
        if not is_loopback(bind) and not hosts:
            raise OriginPolicyError(
                f"bound to {bind}, which is not a loopback address: --allowed-hosts must name the host names "
                "clients use to reach this server (e.g. mcp.example.com), so a DNS-rebinding page cannot"
            )
        return cls(tuple(h.strip().lower() for h in hosts), tuple(o.strip().lower() for o in origins))

    def host_allowed(self, host: str | None) -> bool:
        if not host:
            return False
        name, port = _split_host(host)
        if is_loopback(name):
            return True
        return any(
            allowed_name == name and _port_matches(allowed_port, port)
            for allowed_name, allowed_port in map(_split_host, self.allowed_hosts)
        )

    def origin_allowed(self, origin: str | None) -> bool:
        if origin is None:
            return True
        parts = _origin_parts(origin)
        if parts is None:
            return False
        scheme, name, port = parts
        if is_loopback(name):
            return True
        for allowed in self.allowed_origins:
            wildcard = allowed.endswith(":*")
            wanted = _origin_parts(allowed.removesuffix(":*") if wildcard else allowed)
            if wanted and wanted[:2] == (scheme, name) and (wildcard or wanted[2] == port):
                return True
        return False


async def _refuse(send: Send, status: int, error: str, message: str, *extra: tuple[bytes, bytes]) -> None:
    body = json.dumps({"error": error, "message": message}).encode()
    headers = [(b"content-type", b"application/json"), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class OriginGuard:
    """Answers 421 to a request whose Host is not allowed and 403 to one whose Origin is not."""

    def __init__(self, app: ASGIApp, policy: OriginPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = Headers(scope=scope)
            if not self.policy.host_allowed(headers.get("host")):
                await _refuse(send, MISDIRECTED, "misdirected_request", "this server does not answer for that Host")
                return
            if not self.policy.origin_allowed(headers.get("origin")):
                await _refuse(send, FORBIDDEN, "forbidden_origin", "requests from that Origin are not allowed")
                return
        await self.app(scope, receive, send)


def bearer_token(authorization: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` value; the scheme is case-insensitive (RFC 9110)."""
    scheme, _, token = authorization.strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class BearerAuth:
    """Rejects every HTTP request that does not carry `Authorization: Bearer <token>`."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.expected = token.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            given = bearer_token(Headers(scope=scope).get("authorization", "")) or ""
            # Constant-time, so response timing does not reveal how much of a guess was right.
            if not hmac.compare_digest(given.encode(), self.expected):
                challenge = (b"www-authenticate", b'Bearer realm="telnyx-voice-mcp"')
                await _refuse(send, UNAUTHORIZED, "unauthorized", "missing or wrong bearer token", challenge)
                return
        await self.app(scope, receive, send)
