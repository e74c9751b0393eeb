"""The sandbox's HTTP face: a Starlette app routed from the generated operation table.

Every operation in `telnyx_voice._operations.OPERATIONS` is served at its path template, with and
without the `/v2` prefix the real API has. A few routes under `/sandbox/` drive what the API cannot
(an incoming call, the far end hanging up, the digits a caller will press).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import _errors as errors
from ._validation import OperationSpec, operation_specs, parse_query

if TYPE_CHECKING:
    from ._sandbox import Sandbox

API_PREFIXES = ("", "/v2")
Endpoint = Callable[[Request], Awaitable[Response]]


def create_app(sandbox: Sandbox) -> Starlette:
    """The ASGI app of sandbox: the 49 operations, then the `/sandbox/` control routes."""
    routes: list[BaseRoute] = []
    for spec in operation_specs().values():
        endpoint = _operation_endpoint(sandbox, spec)
        for prefix in API_PREFIXES:
            routes.append(
                Route(prefix + spec.operation.path, endpoint, methods=[spec.operation.method], name=spec.operation_id)
            )
    routes += [
        Route("/sandbox", _guard(sandbox, _info), methods=["GET"]),
        Route("/sandbox/events", _guard(sandbox, _events), methods=["GET"]),
        Route("/sandbox/digits", _guard(sandbox, _digits), methods=["POST"]),
        Route("/sandbox/inbound_calls", _guard(sandbox, _inbound), methods=["POST"]),
        Route("/sandbox/calls/{call_control_id}/remote_hangup", _guard(sandbox, _remote_hangup), methods=["POST"]),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await sandbox.start()
        try:
            yield
        finally:
            await sandbox.aclose()

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        error = (
            errors.method_not_allowed(request.method, request.url.path)
            if status == 405
            else errors.not_found(f"No route for {request.method} {request.url.path}.")
        )
        return _error_response(error)

    return Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: http_error})


def _error_response(error: errors.APIError) -> JSONResponse:
    return JSONResponse(error.body, status_code=error.status)


def _authenticate(sandbox: Sandbox, request: Request) -> None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise errors.unauthorized()
    if sandbox.api_key is not None and token != sandbox.api_key:
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


def _operation_endpoint(sandbox: Sandbox, spec: OperationSpec) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        try:
            _authenticate(sandbox, request)
            await sandbox.start()
            body = await _json_body(request) if spec.has_body else {}
            query = spec.typed_query(parse_query(request.query_params.multi_items()))
            path = {name: str(value) for name, value in request.path_params.items()}
            problems = spec.validate(path, query, body)
            if problems:
                raise errors.APIError(422, problems)
            status, payload = sandbox._engine.handle(spec, path, query, body)
        except errors.APIError as exc:
            return _error_response(exc)
        return JSONResponse(payload, status_code=status)

    endpoint.__name__ = spec.operation_id
    return endpoint


def _guard(sandbox: Sandbox, handler: Callable[[Sandbox, Request], Awaitable[Response]]) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        try:
            _authenticate(sandbox, request)
            await sandbox.start()
            return await handler(sandbox, request)
        except errors.APIError as exc:
            return _error_response(exc)

    return endpoint


def _invalid(field: str, detail: str) -> errors.APIError:
    return errors.unprocessable("10015", "Invalid value", detail, pointer=f"/{field}")


async def _info(sandbox: Sandbox, request: Request) -> Response:
    return JSONResponse(
        {
            "data": {
                "public_key": sandbox.public_key,
                "webhook_url": sandbox.webhook_url,
                "no_answer": sorted(sandbox.no_answer_numbers),
                "events": sandbox.event_count,
            }
        }
    )


async def _events(sandbox: Sandbox, request: Request) -> Response:
    since = request.query_params.get("since", "0")
    start = int(since) if since.isdigit() else 0
    call_control_id = request.query_params.get("call_control_id")
    events = [
        e for e in sandbox.events[start:] if call_control_id in (None, e["data"]["payload"].get("call_control_id"))
    ]
    return JSONResponse({"data": events, "meta": {"next_since": sandbox.event_count}})


async def _digits(sandbox: Sandbox, request: Request) -> Response:
    body = await _json_body(request)
    digits = body.get("digits")
    if not isinstance(digits, str):
        raise _invalid("digits", "The 'digits' parameter must be a string of DTMF digits, such as '1234#'.")
    call_control_id = body.get("call_control_id")
    if call_control_id is not None and call_control_id not in sandbox._engine.calls:
        raise errors.invalid_call_control_id()
    sandbox.script_digits(digits, call_control_id=call_control_id)
    return JSONResponse({"data": {"result": "ok"}})


async def _inbound(sandbox: Sandbox, request: Request) -> Response:
    body = await _json_body(request)
    for field in ("from", "to"):
        if not isinstance(body.get(field), str) or not body[field]:
            raise _invalid(field, f"The '{field}' parameter is required.")
    call_control_id = await sandbox.inbound_call(
        from_=body["from"],
        to=body["to"],
        connection_id=str(body.get("connection_id") or "sandbox"),
        webhook_url=body.get("webhook_url"),
        client_state=body.get("client_state"),
    )
    return JSONResponse({"data": sandbox.call_status(call_control_id)}, status_code=201)


async def _remote_hangup(sandbox: Sandbox, request: Request) -> Response:
    body = await _json_body(request)
    call_control_id = request.path_params["call_control_id"]
    await sandbox.remote_hangup(call_control_id, str(body.get("hangup_cause") or "normal_clearing"))
    return JSONResponse({"data": {"result": "ok"}})
