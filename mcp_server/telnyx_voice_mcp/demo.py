"""Scripted calls driven through the MCP server: `python -m telnyx_voice_mcp.demo` (or `make demo`).

Starts `telnyx-voice-mcp --sandbox` as a subprocess and talks to it over stdio with the `mcp` client,
as an assistant would, in two scenarios:
1. calls_dial, wait_for_event call.answered, call_speak, sandbox_script_digits, call_gather_using_speak,
   wait_for_event call.gather.ended, call_hangup, list_call_events;
2. sandbox_inbound_call (a customer rings in), call_answer, call_enqueue, calls_dial (an agent),
   call_bridge (the customer leaves the queue, bridged), call_hangup, list_call_events.
Then it prints each timeline: each command sent (→) and each webhook event the server received and
verified (←). No account, no key, no port. Any step that fails stops the demo with exit status 1.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

CALLER = "+15550001111"
CALLEE = "+15550002222"
DIGITS = "42#"
CUSTOMER = "+15550007777"
SUPPORT_LINE = "+15550008000"
AGENT = "+15550008001"
QUEUE = "support"
ROOM = "support-room"
DEMO_TOOLS = "call_*,calls_*,conference*,*_event*,sandbox_*"
WAIT = 10
"""Seconds each wait_for_event may take (the sandbox answers in about 0.1 s)."""
READ_TIMEOUT = 30.0
DEMO_TIMEOUT = 60.0
DETAIL_KEYS = (
    "state",
    "direction",
    "digit",
    "digits",
    "status",
    "queue",
    "current_position",
    "reason",
    "hangup_cause",
    "hangup_source",
)


class DemoError(RuntimeError):
    """A step of the demo failed; the message says which and why."""


@dataclass
class Line:
    """One line of the timeline: a command sent (→) or an event received (←), at a wall-clock time."""

    at: float
    direction: str
    name: str
    detail: str = ""


def server_command() -> tuple[str, list[str]]:
    """How the demo starts the server: this interpreter, `-m telnyx_voice_mcp --sandbox` with the call and
    conference tools and the server's own (event and sandbox) tools."""
    return sys.executable, ["-m", "telnyx_voice_mcp", "--sandbox", "--tools", DEMO_TOOLS]


def _text(result: Any) -> str:
    return " ".join(getattr(block, "text", "") for block in result.content).strip()


def _detail(payload: dict[str, Any]) -> str:
    parts = [f"{key}={payload[key]!r}" for key in DETAIL_KEYS if payload.get(key) not in (None, "")]
    return "  ".join(parts)


def _wall(occurred_at: str | None) -> float:
    if not occurred_at:
        return time.time()
    return datetime.fromisoformat(occurred_at.replace("Z", "+00:00")).timestamp()


@dataclass
class _Session:
    """The demo's MCP client session: tool calls that stop the demo on an error result, and the commands sent."""

    client: Any
    commands: list[Line] = field(default_factory=list)

    async def call(self, name: str, arguments: dict[str, Any], shown: str | None = None) -> dict[str, Any]:
        """Call a tool; shown (when given) is the command's line in the timeline."""
        if shown is not None:
            self.commands.append(Line(time.time(), "→", name, shown))
        result = await self.client.call_tool(name, arguments)
        if result.is_error:
            raise DemoError(f"{name} failed: {_text(result)}")
        structured: dict[str, Any] = result.structured_content or {}
        return structured

    async def wait_for_event(self, event_type: str, call_control_id: str) -> dict[str, Any]:
        """The server's `wait_for_event` tool: the demo waits on nothing of its own."""
        arguments = {"call_control_id": call_control_id, "event_type": event_type, "timeout": WAIT}
        event: dict[str, Any] = (await self.call("wait_for_event", arguments))["event"]
        return event


@dataclass(frozen=True)
class _Flow:
    """What a scenario produced: its calls (by call_control_id, with their role), their events, its commands."""

    title: str
    legs: dict[str, str]
    events: list[dict[str, Any]]
    commands: list[Line]
    summary: list[str]


async def _events_of(session: _Session, legs: dict[str, str]) -> list[dict[str, Any]]:
    """The events the server logged for the calls, in the order it received them."""
    events: list[dict[str, Any]] = []
    for call_control_id in legs:
        arguments = {"call_control_id": call_control_id, "limit": 200}
        events += (await session.call("list_call_events", arguments))["events"]
    return sorted(events, key=lambda event: int(event["seq"]))


def _require(events: list[dict[str, Any]], expected: list[str]) -> None:
    """Raises DemoError: events lack one of the expected types."""
    types = [event["event_type"] for event in events]
    missing = [name for name in expected if name not in types]
    if missing:
        raise DemoError(f"list_call_events lacks {missing}; it has {types}")


async def _scripted_call(session: _Session) -> _Flow:
    """Dial, speak, script and gather digits, hang up; then list the call's events."""
    dialed = await session.call(
        "calls_dial", {"connection_id": "mcp-demo", "from": CALLER, "to": CALLEE}, f"from={CALLER} to={CALLEE}"
    )
    call_control_id = str(dialed["data"]["call_control_id"])
    await session.wait_for_event("call.answered", call_control_id)
    await session.call(
        "call_speak",
        {"call_control_id": call_control_id, "payload": "Welcome to the sandbox.", "voice": "female"},
        "'Welcome to the sandbox.'",
    )
    await session.wait_for_event("call.speak.ended", call_control_id)
    await session.call(
        "sandbox_script_digits",
        {"call_control_id": call_control_id, "digits": DIGITS},
        f"the caller will key {DIGITS!r}",
    )
    await session.call(
        "call_gather_using_speak",
        {
            "call_control_id": call_control_id,
            "payload": "Please enter your two digit code, then press pound.",
            "voice": "female",
            "maximum_digits": 2,
            "terminating_digit": "#",
        },
        "'Please enter your two digit code, then press pound.'",
    )
    gathered = (await session.wait_for_event("call.gather.ended", call_control_id))["payload"]
    await session.call("call_hangup", {"call_control_id": call_control_id}, "")
    await session.wait_for_event("call.hangup", call_control_id)
    legs = {call_control_id: ""}
    events = await _events_of(session, legs)
    _require(events, ["call.initiated", "call.answered", "call.speak.started", "call.speak.ended", "call.gather.ended"])
    _require(events, ["call.hangup"])
    if gathered.get("digits") != DIGITS.rstrip("#"):
        raise DemoError(f"gathered {gathered.get('digits')!r}, expected {DIGITS.rstrip('#')!r}")
    summary = [
        f"Gathered digits: {gathered.get('digits')!r} (status {gathered.get('status')!r})",
        f"{len(events)} events for call {call_control_id}, each signature-verified before it was logged",
    ]
    return _Flow("Scenario 1: an outbound call that gathers digits", legs, events, session.commands, summary)


async def _queued_inbound_call(session: _Session) -> _Flow:
    """A customer's call rings in and is answered, waits in a queue, and is taken out of it into a conference
    with an agent dialled for it; the conference is then ended, which hangs up both."""
    rung = await session.call(
        "sandbox_inbound_call", {"from": CUSTOMER, "to": SUPPORT_LINE}, f"from={CUSTOMER} to={SUPPORT_LINE}"
    )
    customer = str(rung["call_control_id"])
    await session.wait_for_event("call.initiated", customer)
    await session.call("call_answer", {"call_control_id": customer}, "customer")
    await session.wait_for_event("call.answered", customer)
    await session.call("call_enqueue", {"call_control_id": customer, "queue_name": QUEUE}, f"customer → {QUEUE!r}")
    enqueued = (await session.wait_for_event("call.enqueued", customer))["payload"]
    dialed = await session.call(
        "calls_dial", {"connection_id": "mcp-demo", "from": SUPPORT_LINE, "to": AGENT}, f"agent {AGENT}"
    )
    agent = str(dialed["data"]["call_control_id"])
    await session.wait_for_event("call.answered", agent)
    created = await session.call(
        "conferences_create", {"call_control_id": agent, "name": ROOM}, f"{ROOM!r} with the agent"
    )
    conference_id = str(created["data"]["id"])
    await session.wait_for_event("conference.participant.joined", agent)
    await session.call("conference_join", {"id": conference_id, "call_control_id": customer}, "customer")
    dequeued = (await session.wait_for_event("call.dequeued", customer))["payload"]
    await session.wait_for_event("conference.participant.joined", customer)
    await session.call("conference_end_conference", {"id": conference_id}, ROOM)
    await session.wait_for_event("call.hangup", customer)
    await session.wait_for_event("call.hangup", agent)
    legs = {customer: "customer", agent: "agent"}
    events = await _events_of(session, legs)
    _require(
        events,
        [
            "call.initiated",
            "call.answered",
            "call.enqueued",
            "conference.created",
            "conference.participant.joined",
            "call.dequeued",
            "conference.ended",
            "call.hangup",
        ],
    )
    if dequeued.get("reason") != "bridged":
        raise DemoError(f"the customer left the queue with reason {dequeued.get('reason')!r}, expected 'bridged'")
    summary = [
        f"Queue {QUEUE!r}: the customer waited at position {enqueued.get('current_position')} and left it "
        f"for conference {ROOM!r} after {dequeued.get('wait_time_secs')} s",
        f"{len(events)} events for the customer's call and the agent's, each signature-verified before it was logged",
    ]
    title = "Scenario 2: an inbound call answered, queued, and taken into a conference with an agent dialled out"
    return _Flow(title, legs, events, session.commands, summary)


def _timeline(flow: _Flow) -> list[Line]:
    def detail(event: dict[str, Any]) -> str:
        leg = flow.legs.get(str(event["payload"].get("call_control_id")), "")
        return f"{leg:<8}  {_detail(event['payload'])}" if leg else _detail(event["payload"])

    received = (Line(_wall(e["occurred_at"]), "←", e["event_type"], detail(e)) for e in flow.events)
    return sorted([*flow.commands, *received], key=lambda line: line.at)


def _print(out: Callable[[str], object], flow: _Flow, timeline: list[Line]) -> None:
    origin = flow.commands[0].at
    width = max(len(line.name) for line in timeline)
    out(f"{flow.title}.")
    out("Event timeline (→ tool call through the MCP client, ← webhook event the server verified and logged):")
    for line in timeline:
        out(f"  +{line.at - origin:6.3f}s  {line.direction}  {line.name:<{width}}  {line.detail}".rstrip())
    out("")
    for summary in flow.summary:
        out(summary)
    out("")


async def run_demo(out: Callable[[str], object] = print) -> list[Line]:
    """Run the scenarios through a `--sandbox` server subprocess, print their timelines, and return them, one after the other.

    Raises:
        DemoError: a tool answered with an error, or the events are not what the flow should produce.
    """
    from mcp import Client, StdioServerParameters
    from mcp.client.stdio import stdio_client

    command, args = server_command()
    params = StdioServerParameters(command=command, args=args)
    # The server's stderr (its sandbox public key, or why it failed) is kept to show with the timeline.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        started = time.monotonic()
        try:
            async with Client(stdio_client(params, errlog=log), read_timeout_seconds=READ_TIMEOUT) as client:
                tools = (await client.list_tools()).tools
                ready = time.monotonic() - started
                flows = [await scenario(_Session(client)) for scenario in SCENARIOS]
        except Exception as exc:
            log.seek(0)
            stderr = log.read().strip() or "(nothing)"
            message = str(exc) if isinstance(exc, DemoError) else f"{type(exc).__name__}: {exc}"
            raise DemoError(f"{message}\nserver stderr:\n{stderr}") from exc
        log.seek(0)
        server_lines = [logged.strip() for logged in log.read().splitlines() if logged.strip()]
    out(f"MCP server  python {' '.join(args)}  (stdio; {len(tools)} tools, listed after {ready:.2f} s)")
    for logged in server_lines:
        out(f"            {logged}")
    out("")
    timelines = [_timeline(flow) for flow in flows]
    for flow, timeline in zip(flows, timelines, strict=True):
        _print(out, flow, timeline)
    return [line for timeline in timelines for line in timeline]


SCENARIOS = (_scripted_call, _queued_inbound_call)


def main() -> int:
    try:
        asyncio.run(asyncio.wait_for(run_demo(), DEMO_TIMEOUT))
    except DemoError as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1
    except TimeoutError:
        print(f"demo failed: the flow did not finish within {DEMO_TIMEOUT:g} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
