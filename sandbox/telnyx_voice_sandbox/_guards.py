"""Checks every request passes before routing: its Host and Origin, and path segments that could re-route it.

A path parameter must never change which endpoint serves a request. The router matches the decoded
path, so a parameter holding `/` (sent as `%2F`) would split into more segments, and a `.` or `..`
segment (sent as is or as `%2e%2e`) names no resource: both are answered 404 before routing.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from . import _errors as errors
from ._addresses import HostPolicy

_DOT_SEGMENTS = (".", "..")


class RequestGuard:
    """ASGI middleware: 421 for a Host the policy does not allow, 403 for such an Origin, 404 for a
    path with a dot segment or an encoded `/`."""

    def __init__(self, app: ASGIApp, policy: Callable[[], HostPolicy]) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            error = self._refusal(scope)
            if error is not None:
                await JSONResponse(error.body, status_code=error.status)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope) -> errors.APIError | None:
        headers = Headers(scope=scope)
        policy = self.policy()
        host = headers.get("host")
        if not policy.allows_host(host):
            return errors.misdirected(host)
        origin = headers.get("origin")
        if not policy.allows_origin(origin):
            return errors.forbidden_origin(origin or "")
        segment = rerouting_segment(scope)
        if segment is not None:
            return errors.not_found(
                f"The path segment {segment!r} is not allowed: a path parameter may not be '.' or '..' or contain '/'."
            )
        return None


def rerouting_segment(scope: Scope) -> str | None:
    """The first segment of the request path (decoded) that is `.`, `..` or holds an encoded `/`, or None."""
    raw = scope.get("raw_path")
    if isinstance(raw, bytes):  # httpx's ASGI transport puts the query in raw_path too
        segments = [unquote(part) for part in raw.split(b"?", 1)[0].decode("latin-1").split("/")]
    else:
        segments = str(scope.get("path", "")).split("/")
    for segment in segments:
        if segment in _DOT_SEGMENTS or "/" in segment:
            return segment
    return None
