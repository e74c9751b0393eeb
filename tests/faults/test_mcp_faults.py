"""The same faults through an MCP tool: always a tool result (`is_error` when the call failed), never a crash.

The tool server is called in-process through the mcp client. Its API client is made by the injected
factory from the server's settings (base URL: the fault server), with the client's default retries
and a recorded sleep; one test uses the server's own default client, unmodified.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import mcp_types as types
import pytest
from mcp import Client
from telnyx_voice import AsyncTelnyx
from telnyx_voice._http import DEFAULT_MAX_RETRIES
from telnyx_voice_mcp.server import build_server
from telnyx_voice_mcp.settings import Settings

from tests.support.fault_server import Fault, FaultServer, fault_server, reset, respond, stall, truncate

API_KEY = "KEY-fault-test-0123456789"
CALL_ID = "v3:fault-injection_1"
TOOL = "call_hangup"
OK = {"data": {"result": "ok"}}
ERROR = {"errors": [{"code": "10007", "title": "Internal server error", "detail": "try again"}]}
HTML = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
READ_TIMEOUT = 0.25
ATTEMPTS = DEFAULT_MAX_RETRIES + 1


@asynccontextmanager
async def tool_server(*script: Fault, **settings: Any) -> AsyncIterator[tuple[Client, FaultServer, list[float]]]:
    """An MCP client of a tool server whose API is a fault server playing script; the sleeps it asked for."""
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    def client_factory(config: Settings) -> AsyncTelnyx:
        client = AsyncTelnyx(api_key=config.api_key, base_url=config.base_url, timeout=READ_TIMEOUT)
        client._sleep = sleep
        return client

    with fault_server(*script) as server:
        config = Settings(api_key=API_KEY, base_url=server.url, **settings)
        async with Client(build_server(config, client_factory)) as client:
            yield client, server, sleeps


def error_of(result: types.CallToolResult) -> dict[str, Any]:
    assert result.is_error
    assert isinstance(result.structured_content, dict)
    error: dict[str, Any] = result.structured_content["error"]
    block = result.content[0]
    assert isinstance(block, types.TextContent) and block.text  # a message the model can read
    assert API_KEY not in json.dumps(result.model_dump(mode="json"))
    return error


FAULTS = [
    pytest.param([respond(500, ERROR)], {"kind": "api", "status": 500}, ATTEMPTS, id="500"),
    pytest.param(
        [respond(502, HTML, [("Content-Type", "text/html")])], {"kind": "api", "status": 502}, ATTEMPTS, id="502-html"
    ),
    pytest.param([respond(429, ERROR, [("Retry-After", "1")])], {"kind": "api", "status": 429}, ATTEMPTS, id="429"),
    pytest.param([respond(422, ERROR)], {"kind": "api", "status": 422}, 1, id="422"),
    pytest.param([respond(200, b"")], {"kind": "invalid_response", "status": 200}, 1, id="empty-body"),
    pytest.param(
        [respond(200, b'{"data": ', [("Content-Type", "application/json")])],
        {"kind": "invalid_response", "status": 200},
        1,
        id="invalid-json",
    ),
    pytest.param([truncate(b'{"data": {"res', declared_length=400)], {"kind": "connection"}, ATTEMPTS, id="truncated"),
    pytest.param([reset()], {"kind": "connection"}, ATTEMPTS, id="connection-reset"),
    pytest.param([stall(10.0)], {"kind": "timeout"}, ATTEMPTS, id="read-timeout"),
]


@pytest.mark.parametrize(("script", "expected", "attempts"), FAULTS)
async def test_fault_is_an_error_result(script: list[Fault], expected: dict[str, Any], attempts: int) -> None:
    async with tool_server(*script) as (client, server, sleeps):
        result = await client.call_tool(TOOL, {"call_control_id": CALL_ID})  # a JSON-RPC error would raise

    error = error_of(result)
    assert {key: error.get(key) for key in expected} == expected
    assert server.attempts == attempts
    assert len(sleeps) == attempts - 1
    assert len({request.json()["command_id"] for request in server.received}) == 1
    if expected.get("status") == 502:  # no Telnyx details: the page itself is shown
        assert error["errors"] == [] and "502 Bad Gateway" in result.content[0].text  # type: ignore[union-attr]
    if expected.get("status") in (500, 429, 422):
        assert [e["code"] for e in error["errors"]] == ["10007"]


async def test_503_then_success_is_a_normal_result() -> None:
    async with tool_server(respond(503, ERROR), respond(200, OK)) as (client, server, sleeps):
        result = await client.call_tool(TOOL, {"call_control_id": CALL_ID})
    assert not result.is_error
    assert result.structured_content == OK
    assert server.attempts == 2 and len(sleeps) == 1


async def test_the_servers_own_client_retries_and_reports_too() -> None:
    """No injected factory: the server's default client, on the fault server's base URL, real sleeps.

    `retry-after-ms: 0` keeps the real waits at zero.
    """
    with fault_server(respond(500, ERROR, [("retry-after-ms", "0")])) as server:
        async with Client(build_server(Settings(api_key=API_KEY, base_url=server.url))) as client:
            result = await client.call_tool(TOOL, {"call_control_id": CALL_ID})
    error = error_of(result)
    assert error["kind"] == "api" and error["status"] == 500
    assert server.attempts == ATTEMPTS
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in server.received)


async def test_faults_do_not_break_the_session() -> None:
    """After a run of failures the same session lists tools and succeeds again."""
    script = [reset(), reset(), reset(), respond(500, ERROR), respond(500, ERROR), respond(500, ERROR)]
    async with tool_server(*script, respond(200, OK)) as (client, server, _):
        first = await client.call_tool(TOOL, {"call_control_id": CALL_ID})
        second = await client.call_tool(TOOL, {"call_control_id": CALL_ID})
        listed = await client.list_tools()
        third = await client.call_tool(TOOL, {"call_control_id": CALL_ID})
    assert error_of(first)["kind"] == "connection"
    assert error_of(second)["kind"] == "api"
    assert TOOL in {tool.name for tool in listed.tools}
    assert not third.is_error
    assert server.attempts == 7
