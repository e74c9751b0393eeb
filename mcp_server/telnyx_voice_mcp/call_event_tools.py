"""The call-event tools (`wait_for_event`, `list_call_events`, and with `--sandbox` the tools playing the
far end: `sandbox_script_digits`, `sandbox_inbound_call`) and where their events come from.

The server learns what happens on a call only from webhooks. Every event in the log came through a
`telnyx_voice.webhook_receiver.WebhookReceiver`, which checks the delivery's Ed25519 signature (with
$TELNYX_PUBLIC_KEY, or the embedded sandbox's key) before parsing it into its generated event class.
A delivery that fails either check is answered 400 and never stored.

Where deliveries come from:
- `--sandbox`: the embedded sandbox POSTs its signed webhooks to the receiver in-process;
- `--webhook-port` (stdio): the receiver is served on 127.0.0.1 (see `webhook_server`);
- `--transport http`: the receiver answers at `--webhook-path` beside `/mcp`.

Only the standard library loads at start-up; the receiver (and `telnyx_voice` with it) loads when
it is first needed.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .call_event_log import EventLog
from .catalog import SERVER_TOOL_META_KEY
from .settings import PUBLIC_KEY_ENV, Settings

if TYPE_CHECKING:
    from telnyx_voice.event_store import StoredEvent

    from .sandbox_mode import EmbeddedSandbox

ASGIApp = Callable[..., Any]

WAIT_FOR_EVENT = "wait_for_event"
LIST_CALL_EVENTS = "list_call_events"
SANDBOX_SCRIPT_DIGITS = "sandbox_script_digits"
SANDBOX_INBOUND_CALL = "sandbox_inbound_call"

DEFAULT_WAIT = 30
"""Below the 60 s default request timeout of the TypeScript SDK, whatever the client does with progress."""
MAX_WAIT = 120
PROGRESS_INTERVAL = 5.0
"""Seconds between progress notifications while waiting: clients that reset their timeout on progress
(at least every 10 s is what the longest waits need) keep waiting up to MAX_WAIT."""

Progress = Callable[[float, float, str], Awaitable[None]]
"""Reports (seconds waited, seconds at most, message) to the client; a no-op without a progressToken."""
DEFAULT_LIMIT = 50
MAX_LIMIT = 200

_READ_ONLY = {"readOnlyHint": True, "destructiveHint": False, "idempotentHint": True, "openWorldHint": False}
_SIMULATES = {"readOnlyHint": False, "destructiveHint": False, "idempotentHint": False, "openWorldHint": False}
_NOT_AN_OPERATION = "Runs in this MCP server, not a Telnyx API operation."
_SANDBOX_META = {SERVER_TOOL_META_KEY: {"kind": "sandbox", "note": _NOT_AN_OPERATION}}
_PARTY = "^(\\+[1-9][0-9]{1,14}|sip:.+)$"

_CALL_CONTROL_ID = {
    "type": "string",
    "minLength": 1,
    "description": "The call's call_control_id (from calls_dial or an event); omit for every call.",
}
_EVENT_TYPE = {
    "type": "string",
    "minLength": 1,
    "description": "Event type, exact (call.answered) or a glob (call.gather.*, call.*); omit for any.",
}
_AFTER = {
    "type": "integer",
    "minimum": 0,
    "description": "Only events with a larger seq: the seq of the last event you have seen.",
}
_TIMEOUT = {
    "type": "number",
    "minimum": 0,
    "maximum": MAX_WAIT,
    "default": DEFAULT_WAIT,
    "description": "Seconds to wait at most.",
}
_LIMIT = {
    "type": "integer",
    "minimum": 1,
    "maximum": MAX_LIMIT,
    "default": DEFAULT_LIMIT,
    "description": "Most events to return.",
}


def _read_only_tool(name: str, title: str, description: str, properties: dict[str, Any]) -> dict[str, Any]:
    meta = {SERVER_TOOL_META_KEY: {"kind": "call_events", "note": _NOT_AN_OPERATION}}
    return {
        "name": name,
        "title": title,
        "description": description,
        "inputSchema": {"type": "object", "properties": properties, "additionalProperties": False},
        "annotations": _READ_ONLY,
        "_meta": meta,
    }


def event_tool_definitions() -> list[dict[str, Any]]:
    """The definitions of wait_for_event and list_call_events, as tools/list shows them."""
    wait_for_event = _read_only_tool(
        WAIT_FOR_EVENT,
        "Wait for a call event",
        "Wait for a webhook event of a call (verified by this server) and return it: event_type, id, seq, "
        "occurred_at, payload. Returns at once if one already arrived; pass its seq as `after` to wait for "
        "a later one. A timeout is an error result listing the call's events so far.",
        {"call_control_id": _CALL_CONTROL_ID, "event_type": _EVENT_TYPE, "timeout": _TIMEOUT, "after": _AFTER},
    )
    list_call_events = _read_only_tool(
        LIST_CALL_EVENTS,
        "List call events",
        "List the webhook events this server received and verified, oldest first, for one call or all "
        "calls, optionally only one event type (exact or glob). Page with `after`.",
        {"call_control_id": _CALL_CONTROL_ID, "event_type": _EVENT_TYPE, "after": _AFTER, "limit": _LIMIT},
    )
    return [wait_for_event, list_call_events]


def _inbound_call_definition() -> dict[str, Any]:
    party = {"type": "string", "pattern": _PARTY}
    return {
        "name": SANDBOX_INBOUND_CALL,
        "title": "Make a call ring in (sandbox)",
        "description": (
            "Sandbox only: a call arrives from outside, as when someone dials your number. Its call.initiated "
            "event (direction incoming, state parked) comes at once; the call waits until you answer it "
            "(call_answer: call.answered), refuse it (call_reject: call.hangup with hangup_cause call_rejected, "
            "or user_busy with cause USER_BUSY), or transfer it. Returns its call_control_id."
        ),
        "inputSchema": {
            "type": "object",
            "properties": {
                "from": {**party, "description": "Who calls: an E.164 number (+15550001111) or a sip: URI."},
                "to": {**party, "description": "The number called (your number), E.164 or a sip: URI."},
                "connection_id": {
                    "type": "string",
                    "minLength": 1,
                    "default": "sandbox",
                    "description": "The connection (call control application id) the call arrives on.",
                },
                "client_state": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9+/]*={0,2}$",
                    "description": "Base64 state every event of the call carries until a command sets another.",
                },
            },
            "required": ["from", "to"],
            "additionalProperties": False,
        },
        "annotations": _SIMULATES,
        "_meta": _SANDBOX_META,
    }


def sandbox_tool_definitions() -> list[dict[str, Any]]:
    """The tools only `--sandbox` offers: playing the simulated far end (its digits, a call ringing in)."""
    return [
        {
            "name": SANDBOX_SCRIPT_DIGITS,
            "title": "Script the caller's digits (sandbox)",
            "description": (
                "Sandbox only: queue the DTMF digits the simulated caller keys in at the next gather "
                "(call_gather, call_gather_using_speak, call_gather_using_audio) of a call, or of any call when "
                "call_control_id is omitted. An empty string makes that gather time out."
            ),
            "inputSchema": {
                "type": "object",
                "properties": {
                    "digits": {
                        "type": "string",
                        "pattern": "^[0-9A-D*#]*$",
                        "maxLength": 128,
                        "description": "What the caller keys in, e.g. 1234#.",
                    },
                    "call_control_id": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The call whose next gather takes the digits; omit for any call's.",
                    },
                },
                "required": ["digits"],
                "additionalProperties": False,
            },
            "annotations": _SIMULATES,
            "_meta": _SANDBOX_META,
        },
        _inbound_call_definition(),
    ]


@dataclass(frozen=True)
class Outcome:
    """What a server tool returns: structured content, its text, and whether it is an error."""

    structured: dict[str, Any]
    text: str
    error: bool = False


def _error(kind: str, message: str, **details: Any) -> Outcome:
    return Outcome({"error": {"kind": kind, "message": message, **details}}, message, error=True)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


NO_SOURCE = (
    "This server receives no call events. Start it with --sandbox (the embedded sandbox), or set "
    f"${PUBLIC_KEY_ENV} (the account's webhook public key) and serve the receiver: --webhook-port PORT "
    "on stdio, or --transport http (the receiver is then at the --webhook-path beside /mcp); point the "
    "call control application's webhook URL at it."
)


class CallEvents:
    """Where the server's call events come from (the receiver, the sandbox) and the tools reading them.

    Args:
        settings: `sandbox` embeds a sandbox; `public_key` verifies real Telnyx webhooks.
        log: the event log (by default one on the store `settings.event_store` names, made on first use;
            the CLI makes it up front, so that a wrong URL stops it at start-up).
        sandbox_seed: with `settings.sandbox`, the 32-byte seed of the sandbox's signing key
            (random by default).
    """

    def __init__(self, settings: Settings, log: EventLog | None = None, *, sandbox_seed: bytes | None = None) -> None:
        self.settings = settings
        self._log = log
        self.sandbox: EmbeddedSandbox | None = None
        self.public_key = settings.public_key
        self._receiver: ASGIApp | None = None
        if settings.sandbox:
            from .sandbox_mode import EmbeddedSandbox

            self.sandbox = EmbeddedSandbox(self.receiver, settings.webhook_path, seed=sandbox_seed)
            self.public_key = self.sandbox.public_key

    @property
    def log(self) -> EventLog:
        """The event log, made on first use on the store `settings.event_store` names."""
        if self._log is None:
            from telnyx_voice.event_store import open_event_store

            self._log = EventLog(open_event_store(self.settings.event_store))
        return self._log

    @property
    def receiving(self) -> bool:
        """Whether events can arrive: a sandbox, or a receiver handed out to be served."""
        return self.sandbox is not None or self._receiver is not None

    def definitions(self) -> list[dict[str, Any]]:
        """The server tools for this configuration."""
        tools = event_tool_definitions()
        if self.sandbox is not None:
            tools += sandbox_tool_definitions()
        return tools

    def receiver(self) -> ASGIApp:
        """The ASGI webhook receiver storing what it verifies in the log (made on first use).

        Raises:
            ValueError: there is no public key to verify deliveries with.
        """
        if self._receiver is None:
            if not self.public_key:
                raise ValueError(f"receiving webhooks needs their public key: set ${PUBLIC_KEY_ENV}")
            from telnyx_voice.webhook_receiver import WebhookReceiver

            # Its de-duplication stays in this process: the log's append is idempotent by event id in
            # every store (atomic in Redis), so a delivery that reaches two replicas is logged once, and a
            # claim that could outlive a failed append in an outage would turn Telnyx's retry away.
            receiver = WebhookReceiver(public_key=self.public_key)
            receiver.on_any()(self._store)
            self._receiver = _CountRejections(receiver, self.log)
        return self._receiver

    async def _store(self, event: Any) -> None:
        raw = getattr(event, "raw", None)  # an UnknownEvent keeps the envelope as received
        envelope: Mapping[str, Any] = raw if isinstance(raw, Mapping) else event.to_dict()
        await self.log.add(envelope)

    async def aclose(self) -> None:
        if self.sandbox is not None:
            await self.sandbox.aclose()
        if self._log is not None:
            await self._log.store.aclose()

    async def call(self, name: str, arguments: Mapping[str, Any], progress: Progress | None = None) -> Outcome:
        """Run one of `definitions()` (arguments already checked against its schema).

        A wait reports progress every PROGRESS_INTERVAL seconds; cancelling the call ends it at once.
        """
        if name == SANDBOX_SCRIPT_DIGITS:
            return self._script_digits(arguments)
        if name == SANDBOX_INBOUND_CALL:
            return await self._inbound_call(arguments)
        if not self.receiving:
            return _error("no_event_source", NO_SOURCE)
        from telnyx_voice.event_store import EventStoreUnavailableError

        try:
            return await self._read(name, arguments, progress)
        except EventStoreUnavailableError as exc:
            return _error(
                "event_store_unavailable",
                f"The event store cannot be reached ({exc}); no event is lost, retry in a few seconds.",
                retryable=True,
            )

    async def _read(self, name: str, arguments: Mapping[str, Any], progress: Progress | None) -> Outcome:
        call_control_id = arguments.get("call_control_id")
        event_type = arguments.get("event_type")
        after = int(arguments.get("after", 0))
        if name == WAIT_FOR_EVENT:
            timeout = float(arguments.get("timeout", DEFAULT_WAIT))
            return await self._wait(call_control_id, event_type, after, timeout, progress)
        limit = int(arguments.get("limit", DEFAULT_LIMIT))
        matching = await self.log.events(call_control_id, event_type, after)
        shown = matching[:limit]
        result = {
            "events": [event.to_json() for event in shown],
            "count": len(shown),
            "more": len(matching) > limit,
            "last_seq": await self.log.last_seq(),
        }
        return Outcome(result, _json(result))

    async def _wait_reporting(
        self, call_control_id: str | None, event_type: str | None, after: int, timeout: float, progress: Progress
    ) -> StoredEvent | None:
        """log.wait, with a progress report each PROGRESS_INTERVAL seconds it goes on."""
        waiting = asyncio.ensure_future(self.log.wait(call_control_id, event_type, after=after, timeout=timeout))
        started = time.monotonic()
        try:
            while True:
                done, _ = await asyncio.wait({waiting}, timeout=PROGRESS_INTERVAL)
                if done:
                    return waiting.result()
                waited = time.monotonic() - started
                await progress(min(waited, timeout), timeout, f"waiting for {event_type or 'an event'}")
        finally:
            # Cancelled (the client gave up) or done: the wait must not outlive the call.
            waiting.cancel()

    async def _wait(
        self,
        call_control_id: str | None,
        event_type: str | None,
        after: int,
        timeout: float,
        progress: Progress | None = None,
    ) -> Outcome:
        timeout = min(timeout, MAX_WAIT)
        if progress is None:
            event = await self.log.wait(call_control_id, event_type, after=after, timeout=timeout)
        else:
            event = await self._wait_reporting(call_control_id, event_type, after, timeout, progress)
        if event is not None:
            result = {"event": event.to_json()}
            return Outcome(result, _json(result))
        seen = await self.log.events(call_control_id, None, after)
        wanted = event_type or "event"
        whose = f"call {call_control_id}" if call_control_id else "any call"
        since = f" after seq {after}" if after else ""
        hangup = next((e for e in seen if e.event_type == "call.hangup"), None) if call_control_id else None
        if hangup is not None:
            cause = hangup.payload.get("hangup_cause")
            message = f"The call ended (call.hangup, hangup_cause {cause}) without a {wanted} event{since}."
            kind = "call_ended"
        else:
            message = f"No {wanted} for {whose}{since} within {timeout:g} s."
            kind = "timeout"
        recent = [f"{e.event_type} (seq {e.seq})" for e in seen[-10:]]
        message += f" Events received{since}: {', '.join(recent)}." if recent else " No events were received."
        return _error(kind, message, events=[{"seq": e.seq, "event_type": e.event_type} for e in seen[-10:]])

    def _script_digits(self, arguments: Mapping[str, Any]) -> Outcome:
        if self.sandbox is None:  # pragma: no cover - only listed in sandbox mode
            return _error("not_sandbox", "sandbox_script_digits only works with --sandbox.")
        digits = str(arguments["digits"])
        call_control_id = arguments.get("call_control_id")
        try:
            self.sandbox.script_digits(digits, call_control_id)
        except KeyError:
            return _error("unknown_call", f"There is no call {call_control_id} in the sandbox.")
        whose = f"call {call_control_id}" if call_control_id else "any call without digits of its own"
        result = {"scripted": digits, "call_control_id": call_control_id}
        return Outcome(result, f"The next gather of {whose} receives {digits!r}.")

    async def _inbound_call(self, arguments: Mapping[str, Any]) -> Outcome:
        if self.sandbox is None:  # pragma: no cover - only listed in sandbox mode
            return _error("not_sandbox", "sandbox_inbound_call only works with --sandbox.")
        call = await self.sandbox.inbound_call(
            from_=str(arguments["from"]),
            to=str(arguments["to"]),
            connection_id=str(arguments.get("connection_id") or "sandbox"),
            client_state=arguments.get("client_state"),
        )
        text = (
            f"A call from {arguments['from']} to {arguments['to']} is ringing in (call.initiated, parked): "
            f"answer it with call_answer or refuse it with call_reject, call_control_id {call['call_control_id']}."
        )
        return Outcome(call, text)


class _CountRejections:
    """The receiver, counting the deliveries it refuses (any 4xx) in the log."""

    def __init__(self, app: ASGIApp, log: EventLog) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def counting_send(message: Any) -> None:
            if message.get("type") == "http.response.start" and 400 <= message.get("status", 200) < 500:
                self.log.rejected += 1
            await send(message)

        await self.app(scope, receive, counting_send)
