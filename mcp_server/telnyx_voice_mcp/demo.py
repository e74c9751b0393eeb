"""A scripted call driven through the MCP server: `python -m telnyx_voice_mcp.demo` (or `make demo`).

Starts `telnyx-voice-mcp --sandbox` as a subprocess and talks to it over stdio with the `mcp` client,
as an assistant would: calls_dial, wait_for_event call.answered, call_speak, sandbox_script_digits,
call_gather_using_speak, wait_for_event call.gather.ended, call_hangup, list_call_events. Then it
prints the timeline: each command sent (→) and each webhook event the server received and verified
(←). No account, no key, no port. Any step that fails stops the demo with exit status 1.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

CALLER = "+15550001111"
CALLEE = "+15550002222"
DIGITS = "42#"
WAIT = 10
"""Seconds each wait_for_event may take (the sandbox answers in about 0.1 s)."""
READ_TIMEOUT = 30.0
DEMO_TIMEOUT = 60.0
DETAIL_KEYS = ("state", "direction", "digit", "digits", "status", "hangup_cause", "hangup_source")


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
    """How the demo starts the server: this interpreter, `-m telnyx_voice_mcp --sandbox`."""
    return sys.executable, ["-m", "telnyx_voice_mcp", "--sandbox"]


def _text(result: Any) -> str:
    return " ".join(getattr(block, "text", "") for block in result.content).strip()


def _detail(payload: dict[str, Any]) -> str:
    parts = [f"{key}={payload[key]!r}" for key in DETAIL_KEYS if payload.get(key) not in (None, "")]
    return "  ".join(parts)


def _wall(occurred_at: str | None) -> float:
    if not occurred_at:
        return time.time()
    return datetime.fromisoformat(occurred_at.replace("Z", "+00:00")).timestamp()


async def run_demo(out: Callable[[str], object] = print) -> list[Line]:
    """Run the flow through a `--sandbox` server subprocess, print the timeline, and return it.

    Raises:
        DemoError: a tool answered with an error, or the events are not what the flow should produce.
    """
    from mcp import Client, StdioServerParameters
    from mcp.client.stdio import stdio_client

    command, args = server_command()
    params = StdioServerParameters(command=command, args=args)
    commands: list[Line] = []
    # The server's stderr (its sandbox public key, or why it failed) is kept to show with the timeline.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        started = time.monotonic()
        try:
            async with Client(stdio_client(params, errlog=log), read_timeout_seconds=READ_TIMEOUT) as client:
                tools = (await client.list_tools()).tools
                ready = time.monotonic() - started

                async def call(name: str, arguments: dict[str, Any], shown: str | None = None) -> dict[str, Any]:
                    if shown is not None:
                        commands.append(Line(time.time(), "→", name, shown))
                    result = await client.call_tool(name, arguments)
                    if result.is_error:
                        raise DemoError(f"{name} failed: {_text(result)}")
                    structured: dict[str, Any] = result.structured_content or {}
                    return structured

                async def wait_for_event(event_type: str, call_control_id: str) -> dict[str, Any]:
                    """The server's `wait_for_event` tool: the demo waits on nothing of its own."""
                    arguments = {"call_control_id": call_control_id, "event_type": event_type, "timeout": WAIT}
                    event: dict[str, Any] = (await call("wait_for_event", arguments))["event"]
                    return event

                dialed = await call(
                    "calls_dial",
                    {"connection_id": "mcp-demo", "from": CALLER, "to": CALLEE},
                    f"from={CALLER} to={CALLEE}",
                )
                call_control_id = str(dialed["data"]["call_control_id"])
                await wait_for_event("call.answered", call_control_id)
                await call(
                    "call_speak",
                    {"call_control_id": call_control_id, "payload": "Welcome to the sandbox.", "voice": "female"},
                    "'Welcome to the sandbox.'",
                )
                await wait_for_event("call.speak.ended", call_control_id)
                await call(
                    "sandbox_script_digits",
                    {"call_control_id": call_control_id, "digits": DIGITS},
                    f"the caller will key {DIGITS!r}",
                )
                await call(
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
                gathered = await wait_for_event("call.gather.ended", call_control_id)
                await call("call_hangup", {"call_control_id": call_control_id}, "")
                await wait_for_event("call.hangup", call_control_id)
                listed = await call("list_call_events", {"call_control_id": call_control_id, "limit": 200})
        except Exception as exc:
            log.seek(0)
            stderr = log.read().strip() or "(nothing)"
            message = str(exc) if isinstance(exc, DemoError) else f"{type(exc).__name__}: {exc}"
            raise DemoError(f"{message}\nserver stderr:\n{stderr}") from exc
        log.seek(0)
        server_lines = [logged.strip() for logged in log.read().splitlines() if logged.strip()]

    events: list[dict[str, Any]] = listed["events"]
    expected = ["call.initiated", "call.answered", "call.speak.started", "call.speak.ended", "call.gather.ended"]
    types = [event["event_type"] for event in events]
    missing = [name for name in [*expected, "call.hangup"] if name not in types]
    if missing:
        raise DemoError(f"list_call_events lacks {missing}; it has {types}")
    if gathered["payload"].get("digits") != DIGITS.rstrip("#"):
        raise DemoError(f"gathered {gathered['payload'].get('digits')!r}, expected {DIGITS.rstrip('#')!r}")

    timeline = sorted(
        [*commands, *(Line(_wall(e["occurred_at"]), "←", e["event_type"], _detail(e["payload"])) for e in events)],
        key=lambda line: line.at,
    )
    origin = commands[0].at
    width = max(len(line.name) for line in timeline)
    out(f"MCP server  python {' '.join(args)}  (stdio; {len(tools)} tools, listed after {ready:.2f} s)")
    for logged in server_lines:
        out(f"            {logged}")
    out("")
    out("Event timeline (→ tool call through the MCP client, ← webhook event the server verified and logged):")
    for line in timeline:
        out(f"  +{line.at - origin:6.3f}s  {line.direction}  {line.name:<{width}}  {line.detail}".rstrip())
    out("")
    payload = gathered["payload"]
    out(f"Gathered digits: {payload.get('digits')!r} (status {payload.get('status')!r})")
    out(f"{len(events)} events for call {call_control_id}, each signature-verified before it was logged")
    return timeline


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
