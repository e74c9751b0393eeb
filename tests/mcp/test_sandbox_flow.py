"""`--sandbox`: whole call flows through the MCP client against the embedded sandbox.

The sandbox delivers signed webhooks to the server's receiver in-process; the tests record every
delivery on its way in and verify each signature with the sandbox's public key themselves.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import mcp_types as types
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from telnyx_voice.webhooks import UnknownEvent, parse_event, verify
from telnyx_voice_mcp.call_event_log import EventLog
from telnyx_voice_mcp.call_event_tools import CallEvents
from telnyx_voice_mcp.demo import run_demo
from telnyx_voice_mcp.server import build_server
from telnyx_voice_mcp.settings import Settings
from telnyx_voice_sandbox import Sandbox

COMMAND = str(Path(sys.executable).with_name("telnyx-voice-mcp"))
SEED = bytes(range(7, 39))
DIAL = {"connection_id": "mcp-test", "from": "+15550001111", "to": "+15550002222"}
WAIT = 10

Scope = MutableMapping[str, Any]
ASGI = Callable[..., Awaitable[None]]


def text(result: types.CallToolResult) -> str:
    block = result.content[0]
    assert isinstance(block, types.TextContent)
    return block.text


def ok(result: types.CallToolResult) -> dict[str, Any]:
    assert not result.is_error, text(result)
    assert result.structured_content is not None
    return result.structured_content


class Recording:
    """An ASGI wrapper keeping each delivery's raw body, headers and answer before the real receiver."""

    def __init__(self, app: ASGI, deliveries: list[tuple[bytes, dict[str, str], int]]) -> None:
        self.app = app
        self.deliveries = deliveries

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def keep_status(message: Any) -> None:
            if message["type"] == "http.response.start":
                self.deliveries.append((body, headers, message["status"]))
            await send(message)

        await self.app(scope, replay, keep_status)


class RecordingEvents(CallEvents):
    """CallEvents whose receiver records every delivery the sandbox makes to it."""

    def __init__(self, settings: Settings, log: EventLog | None = None) -> None:
        self.deliveries: list[tuple[bytes, dict[str, str], int]] = []
        self._recording: Recording | None = None
        super().__init__(settings, log, sandbox_seed=SEED)

    def receiver(self) -> Any:
        if self._recording is None:
            self._recording = Recording(super().receiver(), self.deliveries)
        return self._recording


@asynccontextmanager
async def sandbox_server(**settings: Any) -> AsyncIterator[tuple[RecordingEvents, Client]]:
    config = Settings(sandbox=True, **settings)
    events = RecordingEvents(config, EventLog(hangup_grace=0.1))
    async with Client(build_server(config, events=events)) as client:
        yield events, client


async def test_a_whole_call_through_the_mcp_client_with_every_event_verified() -> None:
    async with sandbox_server() as (events, client):
        call_control_id = ok(await client.call_tool("calls_dial", DIAL))["data"]["call_control_id"]

        async def wait(event_type: str) -> dict[str, Any]:
            arguments = {"call_control_id": call_control_id, "event_type": event_type, "timeout": WAIT}
            event: dict[str, Any] = ok(await client.call_tool("wait_for_event", arguments))["event"]
            return event

        await wait("call.answered")
        ok(await client.call_tool("call_speak", {"call_control_id": call_control_id, "payload": "Hi", "voice": "male"}))
        await wait("call.speak.ended")
        scripted = await client.call_tool(
            "sandbox_script_digits", {"call_control_id": call_control_id, "digits": "1234#"}
        )
        assert "receives '1234#'" in text(scripted)
        ok(
            await client.call_tool(
                "call_gather_using_speak",
                {
                    "call_control_id": call_control_id,
                    "payload": "Your PIN?",
                    "voice": "female",
                    "maximum_digits": 4,
                    "terminating_digit": "#",
                },
            )
        )
        gathered = await wait("call.gather.*")
        ok(await client.call_tool("call_hangup", {"call_control_id": call_control_id}))
        hangup = await wait("call.hangup")
        listed = ok(await client.call_tool("list_call_events", {"call_control_id": call_control_id}))
        status = ok(await client.call_tool("calls_retrieve_status", {"call_control_id": call_control_id}))
        assert events.sandbox is not None
        sandbox = events.sandbox.sandbox
        assert await sandbox.drain()
        emitted = [
            e["data"]["id"] for e in sandbox.events if e["data"]["payload"]["call_control_id"] == call_control_id
        ]

    assert gathered["event_type"] == "call.gather.ended"
    assert gathered["payload"]["digits"] == "1234" and gathered["payload"]["status"] == "valid"
    assert hangup["payload"]["hangup_cause"] == "normal_clearing"
    assert status["data"]["is_alive"] is False
    types_seen = [e["event_type"] for e in listed["events"]]
    assert types_seen[:4] == ["call.initiated", "call.answered", "call.speak.started", "call.speak.ended"]
    assert types_seen[-2:] == ["call.gather.ended", "call.hangup"]
    assert types_seen.count("call.dtmf.received") == 4
    # every event listed came as a signed delivery that verifies with the sandbox key, and parses
    assert [e["id"] for e in listed["events"]] == emitted
    assert len(events.deliveries) == len(emitted)
    for body, headers, status_code in events.deliveries:
        verify(body, headers, sandbox.public_key)
        assert status_code == 200
        assert not isinstance(parse_event(body), UnknownEvent)
    assert all(attempt.ok and attempt.attempt == 1 for attempt in sandbox.deliveries)


async def test_events_signed_with_another_key_are_rejected_and_not_listed() -> None:
    async with sandbox_server() as (events, client):
        # another sandbox (its own key) delivering to this server's receiver: a forger
        forger = Sandbox(
            webhook_url="http://telnyx-voice-mcp.invalid/webhooks",
            webhook_transport=httpx.ASGITransport(app=events.receiver()),
            answer_delay=0.01,
            delivery_attempts=1,
        )
        assert forger.public_key != events.public_key
        api = httpx.AsyncClient(transport=httpx.ASGITransport(app=forger.app))
        dialed = await api.post("http://forger.invalid/v2/calls", json=DIAL, headers={"Authorization": "Bearer x"})
        forged_id = dialed.json()["data"]["call_control_id"]
        await forger.wait_for_event("call.answered", call_control_id=forged_id)
        assert await forger.drain()
        waited = await client.call_tool("wait_for_event", {"call_control_id": forged_id, "timeout": 0.2})
        listed = ok(await client.call_tool("list_call_events", {}))
        await api.aclose()
        await forger.aclose()
    assert [a.status_code for a in forger.deliveries] == [400, 400]
    assert [status for _, _, status in events.deliveries] == [400, 400]
    assert events.log.rejected == 2
    assert waited.is_error and listed["events"] == []


async def test_a_call_rung_in_by_the_inbound_tool_is_answered_and_another_rejected() -> None:
    caller = {"from": "+15550007777", "to": "+15550002222"}
    async with sandbox_server() as (_, client):
        ringing = await client.call_tool("sandbox_inbound_call", {**caller, "client_state": "aW4="})
        rung = ok(ringing)
        answered_id = rung["call_control_id"]

        async def wait(call_control_id: str, event_type: str) -> dict[str, Any]:
            arguments = {"call_control_id": call_control_id, "event_type": event_type, "timeout": WAIT}
            event: dict[str, Any] = ok(await client.call_tool("wait_for_event", arguments))["event"]
            return event

        initiated = await wait(answered_id, "call.initiated")
        ok(await client.call_tool("call_answer", {"call_control_id": answered_id}))
        answered = await wait(answered_id, "call.answered")

        rejected_id = ok(await client.call_tool("sandbox_inbound_call", caller))["call_control_id"]
        ok(await client.call_tool("call_reject", {"call_control_id": rejected_id, "cause": "USER_BUSY"}))
        rejected = await wait(rejected_id, "call.hangup")
        again = await client.call_tool("call_answer", {"call_control_id": rejected_id})
        bad_number = await client.call_tool("sandbox_inbound_call", {**caller, "from": "5550007777"})
        status = ok(await client.call_tool("calls_retrieve_status", {"call_control_id": answered_id}))
    assert (rung["direction"], rung["state"], rung["connection_id"]) == ("incoming", "parked", "sandbox")
    assert (rung["from"], rung["to"]) == (caller["from"], caller["to"])
    assert f"answer it with call_answer or refuse it with call_reject, call_control_id {answered_id}" in text(ringing)
    payload = initiated["payload"]
    assert (payload["direction"], payload["state"], payload["from"], payload["to"]) == (
        "incoming",
        "parked",
        caller["from"],
        caller["to"],
    )
    assert payload["client_state"] == "aW4="
    assert answered["payload"]["state"] == "answered"
    assert (rejected["payload"]["hangup_cause"], rejected["payload"]["hangup_source"]) == ("user_busy", "callee")
    assert again.is_error and "HTTP 422" in text(again)  # the rejected call has ended
    assert bad_number.is_error and "`from`" in text(bad_number)
    assert status["data"]["is_alive"] is True


async def test_digits_scripted_with_the_dial_custom_header() -> None:
    async with sandbox_server() as (_, client):
        dial = {**DIAL, "custom_headers": [{"name": "X-Sandbox-Digits", "value": "7#"}]}
        call_control_id = ok(await client.call_tool("calls_dial", dial))["data"]["call_control_id"]
        ok(
            await client.call_tool(
                "wait_for_event", {"call_control_id": call_control_id, "event_type": "call.answered"}
            )
        )
        ok(await client.call_tool("call_gather", {"call_control_id": call_control_id, "terminating_digit": "#"}))
        gathered = ok(
            await client.call_tool(
                "wait_for_event", {"call_control_id": call_control_id, "event_type": "call.gather.ended"}
            )
        )
    assert gathered["event"]["payload"]["digits"] == "7"


async def test_a_busy_call_ends_the_wait_for_answered_early() -> None:
    async with sandbox_server() as (_, client):
        dial = {**DIAL, "custom_headers": [{"name": "X-Sandbox-Behavior", "value": "busy"}]}
        call_control_id = ok(await client.call_tool("calls_dial", dial))["data"]["call_control_id"]
        started = time.monotonic()
        result = await client.call_tool(
            "wait_for_event", {"call_control_id": call_control_id, "event_type": "call.answered", "timeout": 60}
        )
    assert time.monotonic() - started < 10
    assert result.is_error and result.structured_content is not None
    assert result.structured_content["error"]["kind"] == "call_ended"
    assert "user_busy" in text(result)


async def test_sandbox_mode_needs_no_key_and_explains_unknown_calls() -> None:
    async with sandbox_server() as (_, client):
        names = [tool.name for tool in (await client.list_tools()).tools]
        unknown = await client.call_tool("sandbox_script_digits", {"call_control_id": "v3:nope", "digits": "1"})
        bad_digits = await client.call_tool("sandbox_script_digits", {"digits": "12x"})
        ended = await client.call_tool("call_hangup", {"call_control_id": "v3:nope"})
    assert names[-4:] == ["wait_for_event", "list_call_events", "sandbox_script_digits", "sandbox_inbound_call"]
    assert unknown.is_error and "no call v3:nope in the sandbox" in text(unknown)
    assert bad_digits.is_error and "`digits`" in text(bad_digits)
    assert ended.is_error and "HTTP 422" in text(ended)  # the sandbox's own API error, not a missing key
    async with sandbox_server(read_only=True) as (_, client):
        read_only = [tool.name for tool in (await client.list_tools()).tools]
    assert "sandbox_script_digits" not in read_only and "wait_for_event" in read_only
    assert "sandbox_inbound_call" not in read_only


def test_sandbox_start_up_loads_neither_the_client_nor_the_sandbox() -> None:
    script = (
        "import sys\n"
        "from telnyx_voice_mcp.server import build_server\n"
        "from telnyx_voice_mcp.settings import Settings\n"
        "build_server(Settings(sandbox=True))\n"
        "print(sorted(m for m in ('httpx', 'telnyx_voice', 'telnyx_voice_sandbox') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


async def test_the_sandbox_cli_over_stdio_with_the_real_client() -> None:
    params = StdioServerParameters(command=COMMAND, args=["--sandbox"])
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errlog:
        async with Client(stdio_client(params, errlog=errlog)) as client:
            call_control_id = ok(await client.call_tool("calls_dial", DIAL))["data"]["call_control_id"]
            answered = ok(
                await client.call_tool(
                    "wait_for_event",
                    {"call_control_id": call_control_id, "event_type": "call.answered", "timeout": WAIT},
                )
            )
            ok(await client.call_tool("sandbox_script_digits", {"call_control_id": call_control_id, "digits": "9#"}))
            ok(await client.call_tool("call_gather", {"call_control_id": call_control_id, "terminating_digit": "#"}))
            gathered = ok(
                await client.call_tool(
                    "wait_for_event",
                    {"call_control_id": call_control_id, "event_type": "call.gather.ended", "timeout": WAIT},
                )
            )
        errlog.seek(0)
        logged = errlog.read()
    assert answered["event"]["payload"]["state"] == "answered"
    assert gathered["event"]["payload"]["digits"] == "9"
    assert "sandbox mode" in logged and "public key" in logged


def test_cli_refuses_options_that_contradict_the_sandbox() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([COMMAND, *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)

    dry = run("--sandbox", "--dry-run")
    port = run("--webhook-port", "0")
    listed = run("--sandbox", "--list-tools")
    assert dry.returncode == 2 and "exclude each other" in dry.stderr and dry.stdout == ""
    assert port.returncode == 2 and "needs $TELNYX_PUBLIC_KEY" in port.stderr
    assert listed.returncode == 0 and listed.stdout.splitlines()[-1].startswith("sandbox_inbound_call ")


async def test_the_demo_drives_the_flow_through_the_mcp_server() -> None:
    lines: list[str] = []
    timeline = await run_demo(out=lines.append)
    output = "\n".join(lines)
    names = [line.name for line in timeline]
    first, second = names[: names.index("sandbox_inbound_call")], names[names.index("sandbox_inbound_call") :]
    assert first[0] == "calls_dial"
    assert first.index("call.answered") < first.index("call_speak") < first.index("call_gather_using_speak")
    assert first.index("call_gather_using_speak") < first.index("call.gather.ended") < first.index("call_hangup")
    assert first[-1] == "call.hangup"
    assert "public key" in output and "Gathered digits: '42' (status 'valid')" in output
    # the second scenario: a customer rings in, is answered, queued, and taken into a conference with an agent
    steps = ["sandbox_inbound_call", "call.initiated", "call_answer", "call.answered", "call_enqueue", "call.enqueued"]
    steps += ["calls_dial", "conferences_create", "conference.created", "conference_join", "call.dequeued"]
    steps += ["conference_end_conference", "call.hangup", "conference.ended"]
    assert [second.index(step) for step in steps] == sorted(second.index(step) for step in steps)
    assert second.count("conference.participant.joined") == 2 and second.count("call.hangup") == 2
    dequeued = next(line for line in timeline if line.name == "call.dequeued")
    assert "customer" in dequeued.detail and "reason='bridged'" in dequeued.detail
    assert "Queue 'support': the customer waited at position 1 and left it for conference 'support-room'" in output


async def test_the_sandbox_listing_fits_the_budget_too() -> None:
    async with sandbox_server() as (_, client):
        listed = await client.list_tools()
    wire = json.dumps(listed.model_dump(by_alias=True, mode="json", exclude_none=True), separators=(",", ":"))
    assert len(wire.encode()) <= 120 * 1024


def test_the_demo_fails_loudly(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from telnyx_voice_mcp import demo

    monkeypatch.setattr(
        demo, "server_command", lambda: (sys.executable, ["-m", "telnyx_voice_mcp", "--sandbox", "--dry-run"])
    )
    assert demo.main() == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("demo failed: ") and "--sandbox and --dry-run exclude each other" in err
    )  # the server's stderr
