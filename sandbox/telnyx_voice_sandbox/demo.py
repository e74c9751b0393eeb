"""A scripted call flow against the sandbox: `python -m telnyx_voice_sandbox.demo` (or `make demo`).

Starts the sandbox and a `WebhookReceiver` on 127.0.0.1 (free ports), then drives one call through
the generated `AsyncTelnyx` client: dial, wait for `call.answered`, speak, gather_using_speak (the
caller's digits are scripted), wait for `call.gather.ended`, hang up. Every event arrives as a real
HTTP webhook that the receiver verifies with the sandbox's public key before parsing it into its
generated event class; the flow waits on those webhooks, not on the sandbox's internals.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telnyx_voice import AsyncTelnyx
from telnyx_voice.types import Unset
from telnyx_voice.webhook_receiver import WebhookReceiver
from telnyx_voice.webhooks import UnknownEvent

from ._sandbox import Sandbox
from ._server import serve

CALLER = "+15550001111"
CALLEE = "+15550002222"
DIGITS = "42#"


@dataclass
class TimelineEntry:
    """One line of the timeline: a command sent (→) or a verified webhook received (←)."""

    at: float
    direction: str
    name: str
    detail: str = ""


@dataclass
class Inbox:
    """Verified, parsed webhook events, and a way to wait for one."""

    started: float
    timeline: list[TimelineEntry]
    events: list[Any] = field(default_factory=list)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def receive(self, event: Any) -> None:
        if isinstance(event, UnknownEvent):
            raise RuntimeError(f"{event.event_type} did not parse into a generated event class")
        self.events.append(event)
        self.timeline.append(
            TimelineEntry(time.monotonic() - self.started, "←", event.data.event_type, _describe(event))
        )
        async with self.changed:
            self.changed.notify_all()

    async def wait_for(self, event_type: str, call_control_id: str, timeout: float = 10.0) -> Any:
        def found() -> Any:
            for event in self.events:
                if event.data.event_type == event_type and _payload(event).get("call_control_id") == call_control_id:
                    return event
            return None

        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(found), timeout)
        return found()


def _payload(event: Any) -> dict[str, Any]:
    payload: dict[str, Any] = event.data.payload.to_dict()
    return payload


def _describe(event: Any) -> str:
    payload = _payload(event)
    keys = ("state", "direction", "digit", "digits", "status", "hangup_cause", "hangup_source")
    parts = [f"{key}={payload[key]!r}" for key in keys if payload.get(key) not in (None, "")]
    meta = event.additional_properties.get("meta") or {}
    parts.append(f"[signature verified, attempt {meta.get('attempt', '?')}]")
    return "  ".join(parts)


async def run_demo(
    *,
    out: Callable[[str], object] = print,
    answer_delay: float = 0.3,
    media_duration: float = 0.5,
    dtmf_interval: float = 0.1,
) -> list[TimelineEntry]:
    """Run the flow, print as it goes, and return the timeline."""
    sandbox = Sandbox(answer_delay=answer_delay, media_duration=media_duration, dtmf_interval=dtmf_interval)
    receiver = WebhookReceiver(public_key=sandbox.public_key)
    timeline: list[TimelineEntry] = []
    started = time.monotonic()
    inbox = Inbox(started=started, timeline=timeline)
    receiver.on_any()(inbox.receive)

    def sent(name: str, detail: str = "") -> None:
        timeline.append(TimelineEntry(time.monotonic() - started, "→", name, detail))

    async with serve(receiver) as webhook_server, sandbox.serving() as sb:
        sb.webhook_url = webhook_server.url + "/webhooks"
        out(f"Sandbox   {sb.base_url}")
        out(f"          public key {sb.public_key}")
        out(f"Receiver  {sb.webhook_url}  (telnyx_voice.webhook_receiver, verifying with that key)")
        out("")
        async with AsyncTelnyx(api_key="sandbox", base_url=sb.base_url) as client:
            started = inbox.started = time.monotonic()
            sent("calls.dial", f"from={CALLER} to={CALLEE}")
            call = (await client.calls.dial(connection_id="sandbox-demo", from_=CALLER, to=CALLEE)).data
            if isinstance(call, Unset):
                raise RuntimeError("the dial response has no data")
            call_control_id = call.call_control_id
            await inbox.wait_for("call.answered", call_control_id)

            sent("calls.actions.speak", "'Welcome to the Telnyx call control sandbox.'")
            await client.calls.actions.speak(
                call_control_id, payload="Welcome to the Telnyx call control sandbox.", voice="female"
            )
            await inbox.wait_for("call.speak.ended", call_control_id)

            sb.script_digits(DIGITS, call_control_id=call_control_id)
            sent("calls.actions.gather_using_speak", f"(the caller will key {DIGITS!r})")
            await client.calls.actions.gather_using_speak(
                call_control_id,
                payload="Please enter your two digit code, then press pound.",
                voice="female",
                maximum_digits=2,
                terminating_digit="#",
                client_state="ZGVtbw==",
            )
            gathered = await inbox.wait_for("call.gather.ended", call_control_id)

            sent("calls.actions.hangup")
            await client.calls.actions.hangup(call_control_id)
            await inbox.wait_for("call.hangup", call_control_id)
            status = (await client.calls.retrieve_status(call_control_id)).data
        await sb.drain()
        delivered = sum(1 for attempt in sb.deliveries if attempt.ok)

    width = max(len(entry.name) for entry in timeline)
    out("Event timeline (→ command sent through AsyncTelnyx, ← webhook received and verified):")
    for entry in timeline:
        out(f"  +{entry.at:6.3f}s  {entry.direction}  {entry.name:<{width}}  {entry.detail}".rstrip())
    out("")
    out(f"Gathered digits: {_payload(gathered)['digits']!r} (status {_payload(gathered)['status']!r})")
    alive = None if isinstance(status, Unset) else status.is_alive
    out(f"Call is_alive={alive}, {len(sandbox.events)} events emitted, {delivered} webhooks delivered")
    if delivered != len(sandbox.events) or len(inbox.events) != len(sandbox.events):
        raise RuntimeError("not every event was delivered and verified")
    return timeline


def main() -> int:
    asyncio.run(run_demo())
    return 0


if __name__ == "__main__":
    sys.exit(main())
