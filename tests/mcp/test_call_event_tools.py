"""The event tools: the bounded log, wait_for_event / list_call_events, and the webhook receiver.

Events reach the log only through the receiver, which verifies each delivery's Ed25519 signature;
here deliveries are signed with a test key, POSTed in-process and on 127.0.0.1 (own port, and beside
/mcp with the HTTP transport).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import httpx2
import mcp_types as types
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from nacl.signing import SigningKey
from telnyx_voice_mcp.call_event_log import EventLog
from telnyx_voice_mcp.call_event_tools import CallEvents
from telnyx_voice_mcp.catalog import SERVER_TOOL_META_KEY
from telnyx_voice_mcp.server import build_server
from telnyx_voice_mcp.settings import Settings
from telnyx_voice_mcp.webhook_server import serve_webhooks

from tests.support.processes import stop

KEY = SigningKey(bytes(range(32)))
PUBLIC_KEY = base64.b64encode(bytes(KEY.verify_key)).decode()
OTHER_KEY = SigningKey(bytes(range(1, 33)))
CID = "v3:call-one"
OTHER_CID = "v3:call-two"
COMMAND = str(Path(sys.executable).with_name("telnyx-voice-mcp"))
TOKEN = "events-test-token"


def envelope(event_type: str, call_control_id: str = CID, **payload: Any) -> dict[str, Any]:
    return {
        "data": {
            "record_type": "event",
            "event_type": event_type,
            "id": str(uuid.uuid4()),
            "occurred_at": "2026-11-01T12:00:00.000000Z",
            "payload": {
                "call_control_id": call_control_id,
                "call_leg_id": "leg",
                "call_session_id": "session",
                "connection_id": "conn",
                "from": "+15550001111",
                "to": "+15550002222",
                **payload,
            },
        },
        "meta": {"attempt": 1, "delivered_to": "test"},
    }


def signed(body: dict[str, Any], key: SigningKey = KEY, timestamp: int | None = None) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body).encode()
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = base64.b64encode(key.sign(stamp.encode() + b"|" + raw).signature).decode()
    headers = {"content-type": "application/json", "telnyx-signature-ed25519": signature, "telnyx-timestamp": stamp}
    return raw, headers


def text(result: types.CallToolResult) -> str:
    block = result.content[0]
    assert isinstance(block, types.TextContent)
    return block.text


class Webhooks:
    """An in-process MCP server receiving webhooks verified with PUBLIC_KEY, and a way to POST them."""

    def __init__(self) -> None:
        self.events = CallEvents(Settings(public_key=PUBLIC_KEY), EventLog(hangup_grace=0.2))
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.events.receiver()))

    async def post(self, body: dict[str, Any], key: SigningKey = KEY, **kwargs: Any) -> httpx.Response:
        raw, headers = signed(body, key, **kwargs)
        return await self.http.post("http://receiver/webhooks", content=raw, headers=headers)


@asynccontextmanager
async def receiving() -> AsyncIterator[tuple[Webhooks, Client]]:
    """A Webhooks and an in-process client of its server (a context manager: the mcp client must be
    entered and left in one task, which an async fixture does not guarantee)."""
    webhooks = Webhooks()
    try:
        async with Client(build_server(Settings(public_key=PUBLIC_KEY), events=webhooks.events)) as client:
            yield webhooks, client
    finally:
        await webhooks.http.aclose()


# -- the log --------------------------------------------------------------------------------------------


async def test_the_log_is_bounded_per_call_and_in_calls() -> None:
    log = EventLog(max_calls=2, max_events_per_call=3)
    for n in range(5):
        await log.add(envelope(f"call.e{n}", CID))
    assert [e.event_type for e in await log.events(CID)] == ["call.e2", "call.e3", "call.e4"]
    await log.add(envelope("call.initiated", OTHER_CID))
    await log.add(envelope("call.initiated", "v3:call-three"))
    assert await log.events(CID) == []  # the call with the oldest last event was forgotten
    assert [e.call_control_id for e in await log.events()] == [OTHER_CID, "v3:call-three"]
    assert await log.last_seq() == 7


async def test_the_log_stores_a_redelivered_event_once_and_filters_by_glob() -> None:
    log = EventLog()
    first = envelope("call.gather.ended", digits="1")
    assert await log.add(first) is not None
    assert await log.add(first) is None  # Telnyx retried a delivery it thought failed
    await log.add(envelope("call.dtmf.received", digit="1"))
    await log.add(envelope("call.hangup", OTHER_CID))
    assert [e.event_type for e in await log.events(None, "call.gather.*")] == ["call.gather.ended"]
    assert [e.event_type for e in await log.events(None, "call.*", after=1)] == ["call.dtmf.received", "call.hangup"]
    assert [e.seq for e in await log.events(CID)] == [1, 2]


async def test_wait_returns_history_then_live_events_and_none_on_timeout() -> None:
    log = EventLog()
    await log.add(envelope("call.initiated"))
    assert (await log.wait(CID, "call.initiated", timeout=0)) is not None

    async def later() -> None:
        await asyncio.sleep(0.05)
        await log.add(envelope("call.answered"))

    task = asyncio.create_task(later())
    answered = await log.wait(CID, "call.answered", timeout=5)
    await task
    assert answered is not None and answered.seq == 2
    started = time.monotonic()
    assert await log.wait(CID, "call.answered", after=2, timeout=0.1) is None
    assert time.monotonic() - started < 2


async def test_wait_ends_soon_after_the_call_hung_up() -> None:
    log = EventLog(hangup_grace=0.05)
    await log.add(envelope("call.hangup", hangup_cause="user_busy"))
    started = time.monotonic()
    assert await log.wait(CID, "call.answered", timeout=30) is None
    assert time.monotonic() - started < 5


# -- the tools ------------------------------------------------------------------------------------------


async def test_event_tools_are_listed_as_server_tools() -> None:
    async with receiving() as (_, client):
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        for name in ("wait_for_event", "list_call_events"):
            tool = tools[name]
            assert tool.annotations is not None and tool.annotations.read_only_hint is True
            assert tool.meta is not None and tool.meta[SERVER_TOOL_META_KEY]["kind"] == "call_events"
            assert tool.title and tool.description and len(name) <= 40
        assert "sandbox_script_digits" not in tools  # sandbox mode only
        described = await client.call_tool("describe_tool", {"name": "wait_for_event"})
        assert not described.is_error
        assert described.structured_content is not None
        assert described.structured_content["inputSchema"]["properties"]["timeout"]["maximum"] == 120


async def test_verified_events_are_listed_with_filters() -> None:
    async with receiving() as (webhooks, client):
        for body in (
            envelope("call.initiated", state="bridging"),
            envelope("call.answered", state="answered"),
            envelope("call.initiated", OTHER_CID),
            envelope("call.gather.ended", digits="42", status="valid"),
            envelope("call.hangup", hangup_cause="normal_clearing"),
        ):
            assert (await webhooks.post(body)).status_code == 200

        everything = await client.call_tool("list_call_events", {"call_control_id": CID})
        assert not everything.is_error and everything.structured_content is not None
        events = everything.structured_content["events"]
        assert [e["event_type"] for e in events] == [
            "call.initiated",
            "call.answered",
            "call.gather.ended",
            "call.hangup",
        ]
        assert set(events[0]) == {"seq", "event_type", "id", "occurred_at", "call_control_id", "payload"}
        assert json.loads(text(everything)) == everything.structured_content

        async def listed(**arguments: Any) -> list[str]:
            result = await client.call_tool("list_call_events", arguments)
            assert not result.is_error and result.structured_content is not None
            return [e["event_type"] for e in result.structured_content["events"]]

        assert await listed(call_control_id=CID, event_type="call.gather.*") == ["call.gather.ended"]
        assert await listed(event_type="call.initiated") == ["call.initiated", "call.initiated"]
        assert await listed(call_control_id=CID, after=2) == ["call.gather.ended", "call.hangup"]
        limited = await client.call_tool("list_call_events", {"limit": 2})
        assert limited.structured_content is not None
        assert limited.structured_content["count"] == 2 and limited.structured_content["more"] is True
        assert await listed(call_control_id="v3:nobody") == []


async def test_wait_for_event_finds_earlier_events_and_pages_with_after() -> None:
    async with receiving() as (webhooks, client):
        await webhooks.post(envelope("call.gather.ended", digits="1"))
        first = await client.call_tool("wait_for_event", {"call_control_id": CID, "event_type": "call.gather.*"})
        assert not first.is_error and first.structured_content is not None
        seq = first.structured_content["event"]["seq"]

        async def second_gather() -> None:
            await asyncio.sleep(0.1)
            await webhooks.post(envelope("call.gather.ended", digits="2"))

        task = asyncio.create_task(second_gather())
        second = await client.call_tool(
            "wait_for_event", {"call_control_id": CID, "event_type": "call.gather.ended", "after": seq, "timeout": 5}
        )
        await task
        assert not second.is_error and second.structured_content is not None
        assert second.structured_content["event"]["payload"]["digits"] == "2"


async def test_a_wait_that_times_out_is_an_error_result() -> None:
    async with receiving() as (webhooks, client):
        await webhooks.post(envelope("call.initiated"))
        result = await client.call_tool(
            "wait_for_event", {"call_control_id": CID, "event_type": "call.answered", "timeout": 0.2}
        )
        assert result.is_error and result.structured_content is not None
        assert result.structured_content["error"]["kind"] == "timeout"
        assert text(result) == (
            f"No call.answered for call {CID} within 0.2 s. Events received: call.initiated (seq 1)."
        )
        await webhooks.post(envelope("call.hangup", hangup_cause="user_busy"))
        ended = await client.call_tool("wait_for_event", {"call_control_id": CID, "event_type": "call.answered"})
        assert ended.is_error and ended.structured_content is not None
        assert ended.structured_content["error"]["kind"] == "call_ended"
        assert "hangup_cause user_busy" in text(ended)


async def test_event_tool_arguments_are_checked() -> None:
    async with receiving() as (_, client):
        too_long = await client.call_tool("wait_for_event", {"timeout": 500})
        typo = await client.call_tool("list_call_events", {"call_id": CID})
        assert too_long.is_error and "`timeout`: 500 is greater than the maximum of 120" in text(too_long)
        assert typo.is_error and "`call_id`: unknown argument" in text(typo)


async def test_a_bad_signature_is_rejected_and_never_listed() -> None:
    async with receiving() as (webhooks, client):
        forged = await webhooks.post(envelope("call.answered"), key=OTHER_KEY)
        stale = await webhooks.post(envelope("call.answered"), timestamp=int(time.time()) - 3600)
        raw, headers = signed(envelope("call.answered"))
        tampered = await webhooks.http.post(
            "http://receiver/webhooks", content=raw.replace(b"answered", b"hangup"), headers=headers
        )
        unsigned = await webhooks.http.post("http://receiver/webhooks", json=envelope("call.answered"))
        assert [r.status_code for r in (forged, stale, tampered, unsigned)] == [400, 400, 400, 400]
        assert webhooks.events.log.rejected == 4
        listed = await client.call_tool("list_call_events", {})
        assert listed.structured_content is not None and listed.structured_content["events"] == []
        waited = await client.call_tool("wait_for_event", {"call_control_id": CID, "timeout": 0.1})
        assert waited.is_error


async def test_without_a_source_the_event_tools_say_how_to_get_one() -> None:
    async with Client(build_server(Settings())) as client:
        result = await client.call_tool("wait_for_event", {"call_control_id": CID, "timeout": 1})
    assert result.is_error and result.structured_content is not None
    assert result.structured_content["error"]["kind"] == "no_event_source"
    assert "--sandbox" in text(result) and "TELNYX_PUBLIC_KEY" in text(result)


async def test_filters_apply_to_the_event_tools() -> None:
    async with Client(build_server(Settings(tools=("call_hangup", "wait_*")))) as client:
        names = [tool.name for tool in (await client.list_tools()).tools]
    assert names == ["call_hangup", "describe_tool", "wait_for_event"]


# -- the receiver on 127.0.0.1 --------------------------------------------------------------------------


async def test_the_receiver_on_its_own_port_takes_real_signed_posts() -> None:
    events = CallEvents(Settings(public_key=PUBLIC_KEY))
    async with (
        serve_webhooks(events.receiver(), "127.0.0.1", 0, "/hooks/telnyx") as url,
        Client(build_server(Settings(public_key=PUBLIC_KEY), events=events)) as client,
        httpx.AsyncClient(trust_env=False) as http,
    ):
        assert url.startswith("http://127.0.0.1:") and url.endswith("/hooks/telnyx")
        waiting = asyncio.create_task(
            client.call_tool("wait_for_event", {"call_control_id": CID, "event_type": "call.answered", "timeout": 10})
        )
        raw, headers = signed(envelope("call.answered", state="answered"))
        accepted = await http.post(url, content=raw, headers=headers)
        forged_raw, forged_headers = signed(envelope("call.hangup"), OTHER_KEY)
        forged = await http.post(url, content=forged_raw, headers=forged_headers)
        elsewhere = await http.post(url.rsplit("/", 1)[0] + "/other", content=raw, headers=headers)
        result = await waiting
        listed = await client.call_tool("list_call_events", {"call_control_id": CID})
    assert (accepted.status_code, forged.status_code, elsewhere.status_code) == (200, 400, 404)
    assert not result.is_error and result.structured_content is not None
    assert result.structured_content["event"]["payload"]["state"] == "answered"
    assert listed.structured_content is not None
    assert [e["event_type"] for e in listed.structured_content["events"]] == ["call.answered"]


@pytest.fixture
def http_server_with_webhooks() -> Iterator[str]:
    """`--transport http` with TELNYX_PUBLIC_KEY: yields the base URL (webhooks at /webhooks, MCP at /mcp)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELNYX_", "MCP_"))}
    process = subprocess.Popen(
        [COMMAND, "--transport", "http", "--port", "0"],
        env={**env, "TELNYX_PUBLIC_KEY": PUBLIC_KEY, "TELNYX_MCP_AUTH_TOKEN": TOKEN},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        deadline = time.monotonic() + 20
        lines: list[str] = []
        while not (lines and "listening on" in lines[-1]) and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line and process.poll() is not None:
                break
            lines.append(line)
        assert lines and "listening on" in lines[-1], f"server did not start: {lines!r}"
        assert any("receiving webhooks on" in line and line.rstrip().endswith("/webhooks") for line in lines)
        yield lines[-1].rsplit(" ", 1)[-1].strip().removesuffix("/mcp")
    finally:
        stop(process)


async def test_the_http_transport_receives_webhooks_beside_mcp(http_server_with_webhooks: str) -> None:
    base = http_server_with_webhooks
    raw, headers = signed(envelope("call.initiated", state="bridging"))
    async with httpx.AsyncClient(trust_env=False) as http:
        accepted = await http.post(base + "/webhooks", content=raw, headers=headers)  # no bearer token needed
        forged_raw, forged_headers = signed(envelope("call.initiated"), OTHER_KEY)
        forged = await http.post(base + "/webhooks", content=forged_raw, headers=forged_headers)
        mcp_without_token = await http.post(base + "/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
    statuses = (accepted.status_code, forged.status_code, mcp_without_token.status_code)
    assert statuses == (200, 400, 401), (accepted.text, forged.text, mcp_without_token.text)
    async with (
        httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30) as authed,
        Client(streamable_http_client(base + "/mcp", http_client=authed)) as client,
    ):
        result = await client.call_tool("wait_for_event", {"call_control_id": CID, "timeout": 5})
    assert not result.is_error, text(result)
    assert result.structured_content is not None
    assert result.structured_content["event"]["event_type"] == "call.initiated"


async def test_stdio_with_a_webhook_port_receives_real_signed_posts() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELNYX_", "MCP_"))}
    params = StdioServerParameters(
        command=COMMAND, args=["--webhook-port", "0"], env={**env, "TELNYX_PUBLIC_KEY": PUBLIC_KEY}
    )
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errlog:
        async with Client(stdio_client(params, errlog=errlog)) as client, httpx.AsyncClient(trust_env=False) as http:
            # the receiver is up before the MCP session starts, and its URL is on stderr
            errlog.seek(0)
            logged = errlog.read()
            url = logged.split("receiving webhooks on ", 1)[1].split()[0]
            assert url.startswith("http://127.0.0.1:") and url.endswith("/webhooks")
            raw, headers = signed(envelope("call.answered", state="answered"))
            accepted = await http.post(url, content=raw, headers=headers)
            forged_raw, forged_headers = signed(envelope("call.hangup"), OTHER_KEY)
            forged = await http.post(url, content=forged_raw, headers=forged_headers)
            result = await client.call_tool("wait_for_event", {"call_control_id": CID, "timeout": 5})
            listed = await client.call_tool("list_call_events", {})
    assert (accepted.status_code, forged.status_code) == (200, 400)
    assert not result.is_error, text(result)
    assert result.structured_content is not None
    assert result.structured_content["event"]["event_type"] == "call.answered"
    assert listed.structured_content is not None
    assert [e["event_type"] for e in listed.structured_content["events"]] == ["call.answered"]
