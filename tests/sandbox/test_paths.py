"""A path parameter never changes which endpoint serves a request: dot segments and encoded `/` are refused."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote

import pytest
from telnyx_voice_sandbox._app import create_app
from telnyx_voice_sandbox._validation import endpoints

from tests.support.sandbox import RecordingBackend

# As they arrive on the wire: a client that does not encode dots sends `.`/`..` as they are.
HOSTILE = [".", "..", "%2e", "%2e%2e", "%2E%2E", "a%2F..%2Fb", "..%2Fx", "a/../b", "../x", "a%2Factions%2Fhangup"]
WITH_PATH_PARAMETERS = sorted(op for op, endpoint in endpoints().items() if endpoint.arguments.path_args)


async def raw_request(app: Any, method: str, raw_path: str) -> tuple[int, dict[str, Any]]:
    """Send one request to app with exactly this raw path, as uvicorn would hand it over."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": unquote(raw_path),
        "raw_path": raw_path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8090"), (b"authorization", b"Bearer k")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8090),
    }
    sent: list[dict[str, Any]] = []
    body = b"{}" if method != "GET" else b""

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    content = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, json.loads(content)


@pytest.mark.parametrize("operation_id", WITH_PATH_PARAMETERS)
async def test_hostile_path_parameters_reach_no_handler(operation_id: str) -> None:
    backend = RecordingBackend()
    app = create_app(backend)
    endpoint = endpoints()[operation_id]
    for name in endpoint.arguments.path_args:
        for value in HOSTILE:
            template = endpoint.operation.path
            others = {other: "ok" for other in endpoint.arguments.path_args if other != name}
            raw_path = "/v2" + template.format(**{name: value, **others})
            status, answer = await raw_request(app, endpoint.operation.method, raw_path)
            assert status == 404, (raw_path, status, answer)
            assert answer["errors"][0]["code"] == "10005", raw_path
            assert backend.handled == [], f"{raw_path} reached {backend.handled}"


async def test_an_ordinary_path_parameter_still_reaches_its_endpoint() -> None:
    backend = RecordingBackend()
    app = create_app(backend)
    status, _ = await raw_request(app, "POST", "/v2/calls/v3:a.b..c/actions/hangup")
    assert status == 200
    assert backend.handled == [("HangupCall", {"call_control_id": "v3:a.b..c"})]
