"""Getting events out: signed webhook deliveries with retries, and in-process subscribers.

Webhooks are signed as Telnyx signs them: `telnyx-signature-ed25519` is the base64 Ed25519 signature
of `f"{telnyx-timestamp}|{raw body}"`, made with the sandbox's own key. Deliveries are ordered per
call: a call's next event is not sent before the previous one was delivered or given up on; calls do
not wait for each other.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import inspect
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx
from nacl.signing import SigningKey

from ._addresses import WebhookTargets
from ._model import SandboxConfig

logger = logging.getLogger("telnyx_voice_sandbox")

Envelope = dict[str, Any]
"""A webhook body: `{"data": {"record_type": "event", "event_type", "id", "occurred_at", "payload"}, "meta": {...}}`."""

Listener = Callable[[Envelope], Awaitable[object] | object]
"""An in-process event callback: a plain or coroutine function taking the envelope."""

IN_PROCESS = "in-process"
USER_AGENT = "telnyx-voice-sandbox"


class Signer:
    """Signs webhook bodies with an Ed25519 key, generated unless given (32 raw seed bytes)."""

    def __init__(self, seed: bytes | None = None) -> None:
        self._key = SigningKey(seed) if seed is not None else SigningKey.generate()
        self.public_key = base64.b64encode(bytes(self._key.verify_key)).decode()
        """Base64 of the 32-byte public key: what a receiver verifies with ($TELNYX_PUBLIC_KEY)."""

    def headers(self, body: bytes, timestamp: int | None = None) -> dict[str, str]:
        """The signature headers of body, signed now (or at timestamp)."""
        signed_at = str(int(time.time()) if timestamp is None else timestamp)
        signature = self._key.sign(signed_at.encode() + b"|" + body).signature
        return {"telnyx-signature-ed25519": base64.b64encode(signature).decode(), "telnyx-timestamp": signed_at}


@dataclass(frozen=True)
class DeliveryAttempt:
    """One webhook POST: what was sent where, and how it went.

    Attributes:
        event_id, event_type, call_control_id: the event.
        url: where it was POSTed; attempt: 1 for the first try.
        status_code: the receiver's HTTP status, None when there was no response.
        error: why there was no response, or None.
        ok: a 2xx answer.
        final: no further attempt follows (delivered, or the last attempt failed).
    """

    event_id: str
    event_type: str
    call_control_id: str | None
    url: str
    attempt: int
    status_code: int | None
    error: str | None
    ok: bool
    final: bool


@dataclass(frozen=True)
class _Job:
    data: dict[str, Any]
    urls: tuple[str, ...]


class Deliverer:
    """POSTs events to webhook URLs, in order per key (the call), retrying failures with backoff.

    Attempt n goes to `urls[(n - 1) % len(urls)]` (the primary URL, then the failover one when there
    is one), after waiting `retry_backoff * 2 ** (n - 2)` seconds; at most `delivery_attempts` attempts,
    each with `delivery_timeout` seconds to answer (read from the config at each attempt).
    `transport`, when given, carries the POSTs instead of the network (e.g. `httpx.ASGITransport` of
    an in-process receiver): the requests are the same signed requests. Over the network, a URL that
    `targets` refuses is not contacted: that attempt fails with the reason as its error.
    """

    def __init__(
        self,
        signer: Signer,
        config: SandboxConfig,
        on_attempt: Callable[[DeliveryAttempt], None],
        transport: httpx.AsyncBaseTransport | None = None,
        targets: WebhookTargets | None = None,
    ) -> None:
        self._signer = signer
        self._transport = transport
        self._targets = WebhookTargets() if targets is None else targets
        self._config = config
        self._on_attempt = on_attempt
        self._queues: dict[str, asyncio.Queue[_Job]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._pending = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._client: httpx.AsyncClient | None = None

    def enqueue(self, key: str, data: dict[str, Any], urls: tuple[str, ...]) -> None:
        """Queue one event for delivery after the ones already queued under key."""
        if not urls:
            return
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = asyncio.Queue()
        queue.put_nowait(_Job(data, urls))
        self._pending += 1
        self._idle.clear()
        worker = self._workers.get(key)
        if worker is None or worker.done():
            self._workers[key] = asyncio.get_running_loop().create_task(self._work(key, queue))

    @property
    def pending(self) -> int:
        """Events queued or being delivered."""
        return self._pending

    @property
    def queued_calls(self) -> int:
        """Calls with events queued or being delivered (a call whose events are all out leaves nothing)."""
        return len(self._queues)

    async def drain(self, timeout: float | None = None) -> bool:
        """Wait until nothing is queued or in flight; False when timeout ran out first."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def aclose(self) -> None:
        """Stop delivering: pending events are dropped."""
        workers = list(self._workers.values())
        for worker in workers:
            worker.cancel()
        for worker in workers:
            with contextlib.suppress(asyncio.CancelledError):
                await worker
        self._workers.clear()
        self._queues.clear()
        self._pending = 0
        self._idle.set()
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def _work(self, key: str, queue: asyncio.Queue[_Job]) -> None:
        while not queue.empty():
            job = queue.get_nowait()
            try:
                await self._deliver(job)
            except Exception:  # a bug here must not stop the call's later deliveries
                logger.exception("delivering %s failed", job.data.get("event_type"))
            finally:
                self._pending -= 1
                if self._pending == 0:
                    self._idle.set()
        # Nothing is queued for this call now: forget it, so ended calls leave nothing behind.
        if self._queues.get(key) is queue:
            del self._queues[key]
            self._workers.pop(key, None)

    async def _post(self, url: str, body: bytes) -> tuple[int | None, str | None]:
        """(status, None) when url answered, (None, why not) otherwise."""
        if self._transport is None:
            refusal = await self._targets.refusal(url)
            if refusal is not None:
                return None, f"refused: the webhook URL's host is {refusal}"
        headers = {"content-type": "application/json", "user-agent": USER_AGENT, **self._signer.headers(body)}
        try:
            response = await self._http().post(
                url, content=body, headers=headers, timeout=self._config.delivery_timeout
            )
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}"
        return response.status_code, None

    async def _deliver(self, job: _Job) -> None:
        data = job.data
        payload = data.get("payload", {})
        call_control_id = payload.get("call_control_id") if isinstance(payload, Mapping) else None
        attempts = max(1, self._config.delivery_attempts)
        for attempt in range(1, attempts + 1):
            if attempt > 1:
                await asyncio.sleep(self._config.retry_backoff * 2 ** (attempt - 2))
            url = job.urls[(attempt - 1) % len(job.urls)]
            body = json.dumps({"data": data, "meta": {"attempt": attempt, "delivered_to": url}}).encode()
            status, error = await self._post(url, body)
            ok = status is not None and 200 <= status < 300
            final = ok or attempt == attempts
            self._on_attempt(
                DeliveryAttempt(
                    event_id=str(data.get("id")),
                    event_type=str(data.get("event_type")),
                    call_control_id=call_control_id,
                    url=url,
                    attempt=attempt,
                    status_code=status,
                    error=error,
                    ok=ok,
                    final=final,
                )
            )
            if ok:
                return
            logger.info(
                "webhook %s to %s failed (attempt %d): %s", data.get("event_type"), url, attempt, error or status
            )

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            # trust_env=False: a proxy from the environment must not intercept deliveries to 127.0.0.1
            self._client = httpx.AsyncClient(trust_env=False, transport=self._transport)
        return self._client


class Subscription:
    """Events emitted after it was opened, as an async iterator; `async with` closes it.

    Each subscription has its own unbounded queue, so a slow reader never blocks the sandbox.
    """

    def __init__(self, hub: EventHub, accept: Callable[[Envelope], bool] | None) -> None:
        self._hub = hub
        self._accept = accept
        self._queue: asyncio.Queue[Envelope | None] = asyncio.Queue()
        self.closed = False

    def _offer(self, envelope: Envelope) -> None:
        if not self.closed and (self._accept is None or self._accept(envelope)):
            self._queue.put_nowait(envelope)

    async def get(self, timeout: float | None = None) -> Envelope:
        """The next event; raises TimeoutError after timeout seconds, StopAsyncIteration once closed."""
        if self.closed and self._queue.empty():
            raise StopAsyncIteration
        item = await asyncio.wait_for(self._queue.get(), timeout)
        if item is None:
            raise StopAsyncIteration
        return item

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._hub._subscriptions.discard(self)
            self._queue.put_nowait(None)

    def __aiter__(self) -> AsyncIterator[Envelope]:
        return self

    async def __anext__(self) -> Envelope:
        return await self.get()

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _ListenerWorker:
    """Runs one callback over the events in order, on the event loop, away from the emitting code."""

    def __init__(self, callback: Listener) -> None:
        self.callback = callback
        self.queue: asyncio.Queue[Envelope] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None

    def offer(self, envelope: Envelope) -> None:
        self.queue.put_nowait(envelope)
        if self.task is None or self.task.done():
            self.task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while not self.queue.empty():
            envelope = self.queue.get_nowait()
            try:
                result = self.callback(envelope)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                logger.exception("sandbox event listener %r failed on %s", self.callback, envelope["data"]["id"])


class EventHub:
    """Fans emitted events out to subscriptions and listeners, in emission order."""

    def __init__(self) -> None:
        self._subscriptions: set[Subscription] = set()
        self._listeners: list[_ListenerWorker] = []

    def publish(self, envelope: Envelope) -> None:
        for subscription in list(self._subscriptions):
            subscription._offer(envelope)
        for listener in list(self._listeners):
            listener.offer(envelope)

    def subscribe(self, accept: Callable[[Envelope], bool] | None = None) -> Subscription:
        subscription = Subscription(self, accept)
        self._subscriptions.add(subscription)
        return subscription

    def add_listener(self, callback: Listener) -> Callable[[], None]:
        worker = _ListenerWorker(callback)
        self._listeners.append(worker)

        def remove() -> None:
            if worker in self._listeners:
                self._listeners.remove(worker)

        return remove

    async def aclose(self) -> None:
        for subscription in list(self._subscriptions):
            subscription.close()
        tasks = [w.task for w in self._listeners if w.task is not None and not w.task.done()]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
