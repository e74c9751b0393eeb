"""Helpers of the sandbox tests: a recording webhook receiver, spec schema validators, sample arguments."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, MutableMapping
from typing import Any

from jsonschema import Draft202012Validator
from telnyx_voice.events import EVENT_CLASSES
from telnyx_voice.webhook_receiver import WebhookReceiver
from telnyx_voice.webhooks import UnknownEvent, parse_event, verify
from telnyx_voice_sandbox import Sandbox, serve
from telnyx_voice_sandbox._addresses import HostPolicy
from telnyx_voice_sandbox._backend import SandboxBackend
from telnyx_voice_sandbox._responses import Reply
from telnyx_voice_sandbox._validation import Endpoint

from tests.support import samples

# Fast enough for tests, slow enough that events keep a realistic order.
FAST = {
    "answer_delay": 0.01,
    "media_duration": 0.02,
    "dtmf_interval": 0.0,
    "retry_backoff": 0.02,
    "delivery_timeout": 2.0,
}
CALLER = "+15550001111"
CALLEE = "+15550002222"
WAIT = 5.0

Scope = MutableMapping[str, Any]


class CapturingReceiver:
    """A `WebhookReceiver` that also keeps every raw delivery, and can fail the first ones with a 500.

    `events` holds the parsed events the receiver accepted (signature verified), in arrival order;
    `raw` holds (body, headers) of every POST, accepted or not.
    """

    def __init__(self, public_key: str, *, fail_first: int = 0) -> None:
        self.public_key = public_key
        self.inner = WebhookReceiver(public_key=public_key)
        self.inner.on_any()(self._accept)
        self.events: list[Any] = []
        self.raw: list[tuple[bytes, dict[str, str]]] = []
        self.fail_remaining = fail_first
        self._lock = threading.Lock()

    async def _accept(self, event: Any) -> None:
        with self._lock:
            self.events.append(event)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        with self._lock:
            self.raw.append((body, headers))
            fail = self.fail_remaining > 0
            if fail:
                self.fail_remaining -= 1
        if fail:
            await send({"type": "http.response.start", "status": 500, "headers": [(b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b"receiver down"})
            return
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                return {"type": "http.disconnect"}
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.inner(scope, replay, send)

    def types(self, call_control_id: str | None = None) -> list[str]:
        with self._lock:
            events = list(self.events)
        return [e.data.event_type for e in events if call_control_id in (None, payload_of(e).get("call_control_id"))]

    def find(self, event_type: str, call_control_id: str | None = None, *, other_than: str | None = None) -> Any:
        """The first event of event_type for call_control_id (any call if None), skipping the call other_than."""
        with self._lock:
            events = list(self.events)
        for event in events:
            leg = payload_of(event).get("call_control_id")
            if (
                event.data.event_type == event_type
                and call_control_id in (None, leg)
                and (other_than is None or leg != other_than)
            ):
                return event
        return None

    async def wait_for(
        self,
        event_type: str,
        call_control_id: str | None = None,
        timeout: float = WAIT,
        *,
        other_than: str | None = None,
    ) -> Any:
        deadline = time.monotonic() + timeout
        while (event := self.find(event_type, call_control_id, other_than=other_than)) is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {event_type} for {call_control_id}; got {self.types()}")
            await asyncio.sleep(0.005)
        return event

    def wait_for_sync(self, event_type: str, call_control_id: str | None = None, timeout: float = WAIT) -> Any:
        deadline = time.monotonic() + timeout
        while (event := self.find(event_type, call_control_id)) is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {event_type} for {call_control_id}; got {self.types()}")
            time.sleep(0.005)
        return event

    def verify_all(self) -> int:
        """Verify every raw delivery's signature with the public key; returns how many there were."""
        with self._lock:
            raw = list(self.raw)
        for body, headers in raw:
            verify(body, headers, self.public_key)
        return len(raw)


def payload_of(event: Any) -> dict[str, Any]:
    payload: dict[str, Any] = event.data.payload.to_dict()
    return payload


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        parts = node["$ref"].removeprefix("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def schema_validator(spec: Mapping[str, Any], schema: Any) -> Draft202012Validator:
    """A validator of schema whose `#/components/...` references resolve against the spec."""
    root = {key: value for key, value in spec.items() if key != "$ref"}
    root["$defs"] = {"target": schema}
    root["$ref"] = "#/$defs/target"
    return Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)


class SpecSchemas:
    """Validators of the normalized spec's response bodies and webhook bodies."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self._responses: dict[tuple[str, str, int], Draft202012Validator] = {}
        self.events: dict[str, Draft202012Validator] = {}
        for webhook in spec.get("webhooks", {}).values():
            schema = webhook["post"]["requestBody"]["content"]["application/json"]["schema"]
            event_type = self._event_type(schema)
            if event_type is not None:
                self.events[event_type] = schema_validator(spec, schema)

    def _event_type(self, schema: Any) -> str | None:
        node = _resolve(self.spec, schema)
        data = _resolve(self.spec, node.get("properties", {}).get("data", {}))
        for part in [data, *[_resolve(self.spec, s) for s in data.get("allOf", [])]]:
            enum = _resolve(self.spec, part.get("properties", {}).get("event_type", {})).get("enum")
            if enum:
                return str(enum[0])
        return None

    def response(self, method: str, path: str, status: int) -> Draft202012Validator:
        key = (method, path, status)
        if key not in self._responses:
            responses = self.spec["paths"][path][method.lower()]["responses"]
            response = _resolve(self.spec, responses.get(str(status)) or responses["default"])
            schema = response["content"]["application/json"]["schema"]
            self._responses[key] = schema_validator(self.spec, schema)
        return self._responses[key]

    def content_schemas(self, method: str, path: str, status: int) -> dict[str, Any]:
        """The schemas the spec documents for that answer, by content type (none: an answer without a body)."""
        responses = self.spec["paths"][path][method.lower()]["responses"]
        response = _resolve(self.spec, responses.get(str(status)) or responses["default"])
        return {
            kind: _resolve(self.spec, media.get("schema", {})) for kind, media in response.get("content", {}).items()
        }

    def check_response(self, method: str, path: str, status: int, body: Any) -> None:
        errors = sorted(self.response(method, path, status).iter_errors(body), key=lambda e: list(e.path))
        assert not errors, f"{method} {path} {status}: {[f'{list(e.path)}: {e.message}' for e in errors][:5]}"

    def check_event(self, envelope: Mapping[str, Any]) -> None:
        event_type = envelope["data"]["event_type"]
        assert event_type in self.events, f"the spec has no webhook schema for {event_type}"
        errors = list(self.events[event_type].iter_errors(envelope))
        assert not errors, f"{event_type}: {[f'{list(e.path)}: {e.message}' for e in errors][:5]}"


def check_events(envelopes: Iterable[Mapping[str, Any]], schemas: SpecSchemas) -> set[str]:
    """Check each event against its webhook schema and its generated class; returns the event types seen."""
    seen: set[str] = set()
    for envelope in envelopes:
        schemas.check_event(envelope)
        event = parse_event(envelope)
        event_type = envelope["data"]["event_type"]
        assert not isinstance(event, UnknownEvent), event_type
        assert type(event).__name__ == EVENT_CLASSES[event_type][1]
        seen.add(event_type)
    return seen


OVERRIDES: dict[str, Callable[[], Any]] = {
    "to": lambda: CALLEE,
    "from": lambda: CALLER,
    "client_state": lambda: "dG91cg==",
    "target_leg_client_state": lambda: "bGVnLWI=",
    "sip_address": lambda: "sip:agent@example.com",
    "digits": lambda: "1234",
    "webhook_event_url": lambda: "https://example.com/webhooks",
    "application_name": lambda: "sandbox-tour",
    "queue_name": lambda: "tour-queue",
    "conversation_id": lambda: str(uuid.uuid4()),
    "url": lambda: "wss://example.com/relay",
    "payload": lambda: "Hello from the sandbox tour",
    "voice": lambda: "female",
}


SAMPLE_STYLE = samples.minimal(OVERRIDES)


def sample(schema: Mapping[str, Any], name: str = "") -> Any:
    """A small value valid for schema: only required properties, the first enum value, OVERRIDES by name."""
    return samples.sample(schema, SAMPLE_STYLE, name=name)


@contextlib.asynccontextmanager
async def running_with_receiver(
    *, fail_first: int = 0, **options: Any
) -> AsyncIterator[tuple[Sandbox, CapturingReceiver]]:
    """A sandbox (fast timings) whose default webhook URL is a `CapturingReceiver` on a free port."""
    sandbox = Sandbox(**{**FAST, **options})
    receiver = CapturingReceiver(sandbox.public_key, fail_first=fail_first)
    async with serve(receiver) as server, sandbox.serving() as sb:
        sb.webhook_url = server.url + "/webhooks"
        try:
            yield sb, receiver
        finally:
            server.stop()  # both servers shut down at once: uvicorn takes 0.2 s or more each


class RecordingBackend(SandboxBackend):
    """A stand-in sandbox: answers every operation 200 and records which ones reached it.

    It declares itself a `SandboxBackend`; what the routes under test do not use keeps the protocol's
    empty bodies.
    """

    api_key: str | None = None
    host_policy = HostPolicy()

    def __init__(self) -> None:
        self.handled: list[tuple[str, dict[str, str]]] = []

    async def start(self) -> None:
        pass

    def handle(
        self, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
    ) -> Reply:
        self.handled.append((endpoint.operation_id, dict(path)))
        return 200, {"data": {"result": "ok"}}
