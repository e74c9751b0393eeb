"""`Sandbox`: the call-control sandbox's Python API."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Iterator, Mapping
from functools import cached_property
from typing import Any

import httpx
from starlette.applications import Starlette

from . import _errors as errors
from . import _lifecycle as lifecycle
from ._addresses import HostPolicy, WebhookTargets, check_default_webhook_url
from ._app import create_app
from ._backend import EventPage
from ._delivery import (
    IN_PROCESS,
    Deliverer,
    DeliveryAttempt,
    Envelope,
    EventHub,
    Listener,
    Signer,
    Subscription,
)
from ._engine import Engine
from ._model import Call, SandboxConfig, iso, new_uuid, now
from ._responses import Reply, call_json
from ._server import RunningServer, ThreadLoop, serve
from ._validation import Endpoint


class Sandbox:
    """An in-memory Telnyx call-control API with a real call state machine and signed webhooks.

    One Sandbox belongs to one event loop: the loop of its first request (or of `start`).

        async with Sandbox.running(webhook_url="http://127.0.0.1:8000/webhooks") as sb:
            client = AsyncTelnyx(api_key="any", base_url=sb.base_url)
            call = await client.calls.dial(connection_id="app", from_="+15550001111", to="+15550002222")
            await sb.wait_for_event("call.answered", call_control_id=call.data.call_control_id)

    Args:
        webhook_url: the default webhook URL (see `SandboxConfig.webhook_url`); settable later. Not an
            absolute http(s) URL: ValueError.
        no_answer: numbers that never answer (a dial or transfer to them ends with hangup_cause timeout).
        answer_delay, media_duration, dtmf_interval: simulated durations, in seconds.
        delivery_attempts, retry_backoff, delivery_timeout: webhook retry policy (see `SandboxConfig`).
        signing_seed: 32 bytes to derive the Ed25519 signing key from; default: a fresh random key.
        api_key: the only bearer token accepted; default None accepts any non-empty one.
        webhook_transport: an httpx transport that carries webhook POSTs instead of the network, e.g.
            `httpx.ASGITransport(app=receiver)` to deliver signed webhooks to an in-process ASGI receiver.
        allowed_hosts: Host names requests may carry besides loopback ones, `localhost` and `*.invalid`
            (others are answered 421, DNS rebinding protection); `"*"` allows any.
        allow_webhook_hosts: hosts webhooks may be POSTed to over the network besides loopback ones
            (never link-local addresses: ValueError).
        max_ended_calls, max_events: how many ended calls and events are kept (see `SandboxConfig`).
    """

    def __init__(
        self,
        *,
        webhook_url: str | None = None,
        no_answer: Iterable[str] = (),
        answer_delay: float = 0.1,
        media_duration: float = 0.1,
        dtmf_interval: float = 0.02,
        delivery_attempts: int = 3,
        retry_backoff: float = 0.5,
        delivery_timeout: float = 5.0,
        signing_seed: bytes | None = None,
        api_key: str | None = None,
        webhook_transport: httpx.AsyncBaseTransport | None = None,
        allowed_hosts: Iterable[str] = (),
        allow_webhook_hosts: Iterable[str] = (),
        max_ended_calls: int = 1_000,
        max_events: int = 10_000,
    ) -> None:
        check_default_webhook_url(webhook_url)
        self.config = SandboxConfig(
            webhook_url=webhook_url,
            no_answer=set(no_answer),
            answer_delay=answer_delay,
            media_duration=media_duration,
            dtmf_interval=dtmf_interval,
            delivery_attempts=delivery_attempts,
            retry_backoff=retry_backoff,
            delivery_timeout=delivery_timeout,
            max_ended_calls=max_ended_calls,
            max_events=max_events,
        )
        self.api_key = api_key
        self.host_policy = HostPolicy.of(allowed_hosts)
        self._signer = Signer(signing_seed)
        self._hub = EventHub()
        self._engine = Engine(self.config, self._emit)
        if delivery_attempts < 1:
            raise ValueError(f"delivery_attempts must be >= 1, got {delivery_attempts}")
        targets = WebhookTargets(allow_webhook_hosts)
        self._deliverer = Deliverer(self._signer, self.config, self._on_attempt, webhook_transport, targets)
        self._history: deque[Envelope] = deque()
        self._dropped_events = 0
        self.deliveries: deque[DeliveryAttempt] = deque(maxlen=max(1, max_events))
        """The latest webhook attempts (at most max_events), in order."""
        self.base_url: str | None = None
        """The API root (`http://127.0.0.1:<port>/v2`) while served by `serving`/`running`, else None."""
        self.server: RunningServer | None = None
        """The uvicorn server while served by `serving`/`running`."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread_loop: ThreadLoop | None = None
        self._closed = False

    @property
    def public_key(self) -> str:
        """Base64 of the Ed25519 public key webhooks are signed with (what `TELNYX_PUBLIC_KEY` should be)."""
        return self._signer.public_key

    @property
    def webhook_url(self) -> str | None:
        """The default webhook URL: for calls whose dial/answer/transfer and application name none."""
        return self.config.webhook_url

    @webhook_url.setter
    def webhook_url(self, url: str | None) -> None:
        check_default_webhook_url(url)
        self.config.webhook_url = url

    @property
    def no_answer_numbers(self) -> set[str]:
        """Numbers that never answer; add to or remove from it at any time."""
        return self.config.no_answer

    @cached_property
    def app(self) -> Starlette:
        """The ASGI app: the 96 operations at their paths (with or without `/v2`), plus `/sandbox/...`."""
        return create_app(self)

    async def start(self) -> None:
        """Bind the sandbox to the running event loop (done by the first request; idempotent)."""
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise RuntimeError("this Sandbox already runs on another event loop; create one Sandbox per loop")
        if self._closed:
            raise RuntimeError("this Sandbox is closed")

    async def aclose(self) -> None:
        """Stop timers, subscriptions and deliveries still pending. Idempotent."""
        if self._closed:
            return
        self._closed = True
        await self._engine.close()
        await self._hub.aclose()
        await self._deliverer.aclose()

    async def drain(self, timeout: float | None = 5.0) -> bool:
        """Wait until every webhook emitted so far is delivered or given up; False on timeout."""
        return await self._deliverer.drain(timeout)

    @contextlib.asynccontextmanager
    async def serving(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[Sandbox]:
        """Serve this sandbox with uvicorn in the current loop (port 0: a free port); closes it on exit."""
        await self.start()
        try:
            async with serve(self.app, host, port) as server:
                self.base_url = server.url + "/v2"
                self._engine.public_url = server.url
                self.server = server
                yield self
        finally:
            self.base_url = None
            self.server = None
            await self.aclose()

    @classmethod
    @contextlib.asynccontextmanager
    async def running(cls, host: str = "127.0.0.1", port: int = 0, **options: Any) -> AsyncIterator[Sandbox]:
        """A new Sandbox(**options) served on host:port in the current loop: `async with Sandbox.running() as sb`."""
        async with cls(**options).serving(host, port) as sandbox:
            yield sandbox

    @classmethod
    @contextlib.contextmanager
    def running_in_thread(cls, host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[Sandbox]:
        """A new Sandbox(**options) served from a background thread, for synchronous callers.

        Call its coroutine methods with `sandbox.run_threadsafe(sandbox.inbound_call(...))`.
        """
        sandbox = cls(**options)
        thread_loop = ThreadLoop("telnyx-voice-sandbox")
        sandbox._thread_loop = thread_loop
        context = sandbox.serving(host, port)
        try:
            thread_loop.run(context.__aenter__(), 20)
            try:
                yield sandbox
            finally:
                thread_loop.run(context.__aexit__(None, None, None), 20)
        finally:
            thread_loop.close()

    def run_threadsafe(self, coroutine: Coroutine[Any, Any, Any], timeout: float | None = 10.0) -> Any:
        """Run one of this sandbox's coroutines from another thread (with `running_in_thread`)."""
        if self._loop is None:
            coroutine.close()
            raise RuntimeError("the sandbox is not running on an event loop yet")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def script_digits(self, digits: str | Iterable[str], *, call_control_id: str | None = None) -> None:
        """Queue what callers will key in: each entry (`"1234#"`) answers one gather, in order.

        Args:
            digits: one entry, or several; an empty entry makes that gather time out.
            call_control_id: the call whose gathers take them; None: any call's gather that has no
                entries of its own.
        """
        entries = [digits] if isinstance(digits, str) else list(digits)
        if call_control_id is None:
            self._engine.global_digits.extend(entries)
            return
        call = self._engine.calls.get(call_control_id)
        if call is None:
            raise KeyError(f"no call {call_control_id!r} in this sandbox")
        call.digits.extend(entries)

    async def inbound_call(
        self,
        *,
        from_: str,
        to: str,
        connection_id: str = "sandbox",
        webhook_url: str | None = None,
        client_state: str | None = None,
    ) -> str:
        """Simulate a call arriving from outside: `call.initiated` (incoming, parked); returns its id."""
        await self.start()
        call = lifecycle.inbound(
            self._engine,
            from_=from_,
            to=to,
            connection_id=connection_id,
            webhook_url=webhook_url,
            client_state=client_state,
        )
        return call.call_control_id

    async def remote_hangup(self, call_control_id: str, cause: str = "normal_clearing") -> None:
        """Simulate the far end hanging up a live call (`call.hangup`, hangup_source callee)."""
        await self.start()
        call = self._engine.calls.get(call_control_id)
        if call is None:
            raise errors.invalid_call_control_id()
        if not call.alive:
            raise errors.call_ended()
        lifecycle.end(self._engine, call, cause, "callee")

    def call_status(self, call_control_id: str) -> dict[str, Any]:
        """The call as `GET /calls/{call_control_id}` shows it (`data`)."""
        call = self._engine.calls.get(call_control_id)
        if call is None:
            raise KeyError(f"no call {call_control_id!r} in this sandbox")
        return call_json(call)

    def recording_audio(self, file_name: str) -> tuple[bytes, str] | None:
        """The bytes and content type of a saved recording's download (`<id>.<format>`), or None."""
        return self._engine.recordings.audio(file_name)

    def has_call(self, call_control_id: str) -> bool:
        """Whether the sandbox knows the call (live, or ended and still kept)."""
        return call_control_id in self._engine.calls

    def handle(
        self, endpoint: Endpoint, path: Mapping[str, str], query: Mapping[str, Any], body: dict[str, Any]
    ) -> Reply:
        """Run one validated API request (what the HTTP layer calls); raises `APIError` for Telnyx errors."""
        return self._engine.handle(endpoint, path, query, body)

    @property
    def events(self) -> list[Envelope]:
        """The events kept (the latest `max_events`; a copy), oldest first."""
        return list(self._history)

    @property
    def event_count(self) -> int:
        """How many events were emitted so far (dropped ones included): a `since` mark for `wait_for_event`."""
        return self._dropped_events + len(self._history)

    def _events_since(self, since: int) -> Iterator[tuple[int, Envelope]]:
        """(position, event) of the kept events at or after position since."""
        start = max(since, self._dropped_events)
        return enumerate(itertools.islice(self._history, start - self._dropped_events, None), start)

    def events_page(self, since: int, size: int, call_control_id: str | None = None) -> EventPage:
        """At most size events (of that call) from position since on, with where to go on from."""
        found: list[Envelope] = []
        next_since = self.event_count
        for position, envelope in self._events_since(since):
            if call_control_id not in (None, envelope["data"]["payload"].get("call_control_id")):
                continue
            if len(found) == size:
                next_since = position
                break
            found.append(envelope)
        return EventPage(found, next_since, self._dropped_events, next_since < self.event_count)

    def subscribe(self, event_type: str | None = None, *, call_control_id: str | None = None) -> Subscription:
        """Events emitted from now on, as an async iterator (`async with sb.subscribe() as events:`).

        Envelopes are `{"data": {...}, "meta": {"attempt": 1, "delivered_to": "in-process"}}`.
        """
        return self._hub.subscribe(_matcher(event_type, call_control_id))

    def add_listener(self, callback: Listener) -> Callable[[], None]:
        """Call callback(envelope) for every event from now on, in order; returns a function removing it.

        Plain and coroutine functions both work; they run on the sandbox's loop, one event at a time,
        without holding up the API. An exception is logged and the next event still comes.
        """
        return self._hub.add_listener(callback)

    async def wait_for_event(
        self,
        event_type: str | None = None,
        *,
        call_control_id: str | None = None,
        since: int = 0,
        timeout: float = 5.0,
    ) -> Envelope:
        """The first event of that type (and call) emitted at or after position since, waiting for it.

        Raises:
            TimeoutError: none came within timeout seconds.
        """
        match = _matcher(event_type, call_control_id)
        subscription = self._hub.subscribe(match)
        try:
            for _, envelope in self._events_since(since):
                if match(envelope):
                    return copy.deepcopy(envelope)
            try:
                return await subscription.get(timeout)
            except TimeoutError:
                seen = [e["data"]["event_type"] for _, e in self._events_since(since)][-10:]
                raise TimeoutError(
                    f"no {event_type or 'event'} for {call_control_id or 'any call'} within {timeout} s; "
                    f"latest events: {seen}"
                ) from None
        finally:
            subscription.close()

    def _emit(self, call: Call, event_type: str, payload: dict[str, Any]) -> None:
        data: dict[str, Any] = {
            "record_type": "event",
            "event_type": event_type,
            "id": new_uuid(),
            "occurred_at": iso(now()),
            "payload": payload,
        }
        envelope: Envelope = {"data": data, "meta": {"attempt": 1, "delivered_to": IN_PROCESS}}
        self._history.append(envelope)
        while len(self._history) > max(1, self.config.max_events):
            self._history.popleft()
            self._dropped_events += 1
        self._engine.record_webhook(call, event_type, data["id"], payload)
        self._hub.publish(copy.deepcopy(envelope))
        if not self._closed:
            self._deliverer.enqueue(call.call_control_id, copy.deepcopy(data), self._webhook_urls(call))

    def _webhook_urls(self, call: Call) -> tuple[str, ...]:
        app = self._engine.applications.get(call.connection_id) or {}
        primary = call.webhook_url or app.get("webhook_event_url") or self.config.webhook_url
        failover = app.get("webhook_event_failover_url")
        return tuple(url for url in (primary, failover) if isinstance(url, str) and url)

    def _on_attempt(self, attempt: DeliveryAttempt) -> None:
        self.deliveries.append(attempt)
        if attempt.final and not attempt.ok:
            self._engine.mark_delivery_failed(attempt.event_id)


def _matcher(event_type: str | None, call_control_id: str | None) -> Callable[[Envelope], bool]:
    def match(envelope: Envelope) -> bool:
        data = envelope["data"]
        if event_type is not None and data["event_type"] != event_type:
            return False
        return call_control_id is None or data["payload"].get("call_control_id") == call_control_id

    return match
