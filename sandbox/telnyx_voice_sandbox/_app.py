"""The sandbox's HTTP face: a Starlette app routed from the generated operation table.

Every operation in `telnyx_voice._operations.OPERATIONS` is served at its path template, with and
without the `/v2` prefix the real API has. A few routes under `/sandbox/` drive what the API cannot
(an incoming call, the far end hanging up, the digits a caller will press). The app talks to the
sandbox only through `SandboxBackend`.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import _errors as errors
from ._addresses import check_webhook_url
from ._backend import SandboxBackend
from ._guards import RequestGuard
from ._recordings import DOWNLOAD_PATH
from ._responses import Binary, Reply
from ._uploads import form_body, is_multipart
from ._validation import Endpoint, endpoints, parse_query

API_PREFIXES = ("", "/v2")
EVENTS_PAGE_SIZE = 100
MAX_EVENTS_PAGE_SIZE = 1000
RequestHandler = Callable[[Request], Awaitable[Response]]
ControlHandler = Callable[[SandboxBackend, Request], Awaitable[Response]]


def create_app(backend: SandboxBackend, served: Mapping[str, Endpoint] | None = None) -> Starlette:
    """The ASGI app of backend: the operations (served, default: all 49), then the `/sandbox/` control routes."""
    routes: list[BaseRoute] = []
    for endpoint in (endpoints() if served is None else served).values():
        handler = _operation_handler(backend, endpoint)
        for prefix in API_PREFIXES:
            routes.append(
                Route(
                    prefix + endpoint.operation.path,
                    handler,
                    methods=[endpoint.operation.method],
                    name=endpoint.operation_id,
                )
            )
    routes += [
        Route("/sandbox", _guard(backend, _info), methods=["GET"]),
        Route("/sandbox/events", _guard(backend, _events), methods=["GET"]),
        Route("/sandbox/digits", _guard(backend, _digits), methods=["POST"]),
        Route("/sandbox/inbound_calls", _guard(backend, _inbound), methods=["POST"]),
        Route("/sandbox/calls/{call_control_id}/remote_hangup", _guard(backend, _remote_hangup), methods=["POST"]),
        Route(DOWNLOAD_PATH, _recording_download(backend), methods=["GET"]),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await backend.start()
        try:
            yield
        finally:
            await backend.aclose()

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        error = (
            errors.method_not_allowed(request.method, request.url.path)
            if status == 405
            else errors.not_found(f"No route for {request.method} {request.url.path}.")
        )
        return _error_response(error)

    return Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error},
        middleware=[Middleware(RequestGuard, policy=lambda: backend.host_policy)],
    )


def _error_response(error: errors.APIError) -> JSONResponse:
    return JSONResponse(error.body, status_code=error.status)


def _authenticate(backend: SandboxBackend, request: Request) -> None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise errors.unauthorized()
    if backend.api_key is not None and token != backend.api_key:
        raise errors.unauthorized()


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise errors.malformed_body(f"Error decoding request body: {exc}") from None
    if not isinstance(body, dict):
        raise errors.unprocessable("10026", "Invalid parameter type", "The request body must be a JSON object.")
    return body


def _operation_handler(backend: SandboxBackend, endpoint: Endpoint) -> RequestHandler:
    async def handle(request: Request) -> Response:
        try:
            _authenticate(backend, request)
            await backend.start()
            body = await _request_body(request, endpoint)
            query = endpoint.typed_query(parse_query(request.query_params.multi_items()))
            path = {name: str(value) for name, value in request.path_params.items()}
            problems = endpoint.validate(path, query, body)
            if problems:
                raise errors.APIError(422, problems)
            reply = backend.handle(endpoint, path, query, body)
        except errors.APIError as exc:
            return _error_response(exc)
        return _response(reply)

    handle.__name__ = endpoint.operation_id
    return handle


async def _request_body(request: Request, endpoint: Endpoint) -> dict[str, Any]:
    """The body as JSON fields: parsed, or built from a multipart upload (`_uploads`)."""
    if not endpoint.has_body:
        return {}
    if is_multipart(request):
        return await form_body(request, endpoint)
    return await _json_body(request)


def _response(reply: Reply) -> Response:
    status, payload = reply
    if isinstance(payload, Binary):
        return Response(payload.content, status_code=status, media_type=payload.content_type)
    if payload is None:
        return Response(status_code=status)
    return JSONResponse(payload, status_code=status)


def _guard(backend: SandboxBackend, handler: ControlHandler) -> RequestHandler:
    async def handle(request: Request) -> Response:
        try:
            _authenticate(backend, request)
            await backend.start()
            return await handler(backend, request)
        except errors.APIError as exc:
            return _error_response(exc)

    return handle


def _invalid(field: str, detail: str) -> errors.APIError:
    return errors.unprocessable("10015", "Invalid value", detail, pointer=f"/{field}")


async def _info(backend: SandboxBackend, request: Request) -> Response:
    return JSONResponse(
        {
            "data": {
                "public_key": backend.public_key,
                "webhook_url": backend.webhook_url,
                "no_answer": sorted(backend.no_answer_numbers),
                "events": backend.event_count,
            }
        }
    )


def _count(request: Request, name: str, default: int) -> int:
    text = request.query_params.get(name, "")
    return int(text) if text.isdigit() else default


async def _events(backend: SandboxBackend, request: Request) -> Response:
    """Events from position `since` on, `page[size]` at a time (default 100, at most 1000)."""
    since = _count(request, "since", 0)
    size = min(max(1, _count(request, "page[size]", EVENTS_PAGE_SIZE)), MAX_EVENTS_PAGE_SIZE)
    page = backend.events_page(since, size, request.query_params.get("call_control_id"))
    meta = {"next_since": page.next_since, "oldest_since": page.oldest, "page_size": size, "has_more": page.has_more}
    return JSONResponse({"data": page.events, "meta": meta})


async def _digits(backend: SandboxBackend, request: Request) -> Response:
    body = await _json_body(request)
    digits = body.get("digits")
    if not isinstance(digits, str):
        raise _invalid("digits", "The 'digits' parameter must be a string of DTMF digits, such as '1234#'.")
    call_control_id = body.get("call_control_id")
    if call_control_id is not None and not backend.has_call(call_control_id):
        raise errors.invalid_call_control_id()
    backend.script_digits(digits, call_control_id=call_control_id)
    return JSONResponse({"data": {"result": "ok"}})


async def _inbound(backend: SandboxBackend, request: Request) -> Response:
    body = await _json_body(request)
    for field in ("from", "to"):
        if not isinstance(body.get(field), str) or not body[field]:
            raise _invalid(field, f"The '{field}' parameter is required.")
    check_webhook_url(body.get("webhook_url"), "webhook_url")
    call_control_id = await backend.inbound_call(
        from_=body["from"],
        to=body["to"],
        connection_id=str(body.get("connection_id") or "sandbox"),
        webhook_url=body.get("webhook_url"),
        client_state=body.get("client_state"),
    )
    return JSONResponse({"data": backend.call_status(call_control_id)}, status_code=201)


async def _remote_hangup(backend: SandboxBackend, request: Request) -> Response:
    body = await _json_body(request)
    call_control_id = request.path_params["call_control_id"]
    await backend.remote_hangup(call_control_id, str(body.get("hangup_cause") or "normal_clearing"))
    return JSONResponse({"data": {"result": "ok"}})


def _recording_download(backend: SandboxBackend) -> RequestHandler:
    """A recording's audio, without a bearer token: its URL is the capability, as Telnyx's pre-signed ones are."""

    async def download(request: Request) -> Response:
        found = backend.recording_audio(request.path_params["file_name"])
        if found is None:
            return _error_response(errors.not_found("No such recording file (it was deleted, or never saved)."))
        content, media_type = found
        return Response(content, media_type=media_type)

    return download
