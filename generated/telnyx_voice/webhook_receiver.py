"""An ASGI app that receives Telnyx webhooks: verifies each delivery, parses it, and calls your handlers.

    from telnyx_voice.webhook_receiver import WebhookReceiver

    receiver = WebhookReceiver()  # public key from $TELNYX_PUBLIC_KEY

    @receiver.on("call.initiated")
    async def answer(event):
        await client.calls.actions.answer(event.data.payload.call_control_id)

    app.mount("/webhooks", receiver)  # FastAPI or Starlette; or run it alone: uvicorn module:receiver

Pure ASGI, no framework needed. Every POST gets a JSON answer:

    200 {"status": "ok"}            verified, parsed, and every matching handler returned
    200 {"status": "duplicate"}     an event (`data.id`) already handled recently; handlers not called again
    400 {"error": "<Error>: <why>"} not signed by Telnyx, too old, or not an event envelope
    405, 413                        not a POST, or a body above max_body_size
    408                             the body did not arrive within body_timeout seconds
    500 {"error": "handler failed"} a handler raised, or the handlers took longer than handler_timeout;
                                    the exception is logged, never sent
    500 {"error": "webhook receiver misconfigured"}  no usable public key, or PyNaCl missing
    503 {"error": "event store unavailable"}  the event-id store (`event_ids`), or the event store a
                                    handler appends to, raised `EventStoreUnavailableError` (Redis is
                                    down): nothing was kept, and Telnyx's retry is handled in full

A non-2xx answer tells Telnyx the delivery failed, and it may deliver the event again. Handled event
ids are remembered (see `webhook_dedup`), so a redelivery or a replay of a handled event is answered
200 without running the handlers again; an event whose handlers failed is forgotten, so its retry runs them.

Limits, all keyword arguments of `WebhookReceiver`: body_timeout (5 s), handler_timeout (10 s for all
handlers of a delivery), sync_handler_threads (8 threads for plain-function handlers), dedup window
(10,000 event ids for 600 s), and at most one warning per rejection_log_interval (10 s) about rejected
deliveries, with a count of those not logged.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import inspect
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from .event_store import EventStoreUnavailableError
from .webhook_dedup import EventIdStore, InMemoryEventIdStore
from .webhooks import (
    DEFAULT_TOLERANCE,
    InvalidEventError,
    MalformedPublicKeyError,
    MissingPublicKeyError,
    WebhookDependencyError,
    WebhookVerificationError,
    _event_from_envelope,
    _load_envelope,
    verify,
)

__all__ = ["Handler", "WebhookReceiver"]

DEFAULT_BODY_TIMEOUT = 5.0
DEFAULT_HANDLER_TIMEOUT = 10.0
DEFAULT_SYNC_HANDLER_THREADS = 8
DEFAULT_REJECTION_LOG_INTERVAL = 10.0
RETRY_AFTER_SECONDS = "5"
_STORE_DOWN = "event store unavailable"

# The ASGI types, spelled as Starlette spells them so `app.mount(path, receiver)` type-checks.
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

Handler = Callable[[Any], Awaitable[object] | object]
"""Takes the parsed event; may be a plain function or a coroutine function. Its return value is ignored."""
HandlerT = TypeVar("HandlerT", bound=Handler)

logger = logging.getLogger("telnyx_voice.webhooks")


class _ClientDisconnected(Exception):
    """The client went away before sending the whole body."""


class _RateLimitedWarning:
    """Logs at most one warning per interval; the next one says how many were not logged in between.

    Rejected deliveries are cheap to send in bulk, and one log line each would let a sender fill the disk.
    """

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._next_at = float("-inf")
        self._suppressed = 0

    def __call__(self, message: str, *args: object) -> None:
        now = self._clock()
        if now < self._next_at:
            self._suppressed += 1
            return
        if self._suppressed:
            message += " (and %d more since the last such warning, not logged)"
            args = (*args, self._suppressed)
        logger.warning(message, *args)
        self._next_at = now + self.interval
        self._suppressed = 0


class WebhookReceiver:
    """An ASGI app answering Telnyx webhook POSTs; register handlers with `on` and `on_any`.

    Handlers for a delivery run one after another, in registration order: those registered for its
    event type, then the catch-all ones. Coroutine functions are awaited on the event loop; plain
    functions run in the receiver's own pool of sync_handler_threads threads, so a blocking handler
    does not stall other deliveries. A delivery no handler matches is still answered 200: it was received.

    When a delivery's handlers take longer than handler_timeout, it is answered 500: a coroutine
    handler is cancelled, a plain function cannot be and is abandoned (logged), its thread staying busy
    until it returns. An event id whose handlers succeeded is not handled again within the dedup window.

    Args:
        public_key: base64 of the Ed25519 public key from the Telnyx portal; None reads
            $TELNYX_PUBLIC_KEY on each delivery.
        tolerance: how many seconds a delivery's timestamp may differ from now.
        max_body_size: the largest body accepted, in bytes; larger ones are answered 413 unread.
        acknowledge_first: answer 200 as soon as the delivery is verified and parsed, then run the
            handlers (their failures are only logged). By default the answer waits for the handlers,
            and a failing one answers 500 so that Telnyx delivers the event again.
        body_timeout: seconds allowed to receive the whole body; a slower one is answered 408.
        handler_timeout: seconds allowed for all handlers of one delivery; None waits for ever.
        sync_handler_threads: how many plain-function handlers run at once; more wait for a thread.
        deduplicate: remember handled event ids and answer their redeliveries without the handlers.
        event_ids: where handled event ids are remembered; None is an `InMemoryEventIdStore` (10,000
            ids for 600 s). Every `telnyx_voice.event_store.EventStore` is one: a Redis store shares
            the window between every worker and replica. Ignored when deduplicate is False.
        rejection_log_interval: seconds between two warnings about rejected deliveries.
    """

    def __init__(
        self,
        public_key: str | bytes | None = None,
        *,
        tolerance: int = DEFAULT_TOLERANCE,
        max_body_size: int = 1_000_000,
        acknowledge_first: bool = False,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        handler_timeout: float | None = DEFAULT_HANDLER_TIMEOUT,
        sync_handler_threads: int = DEFAULT_SYNC_HANDLER_THREADS,
        deduplicate: bool = True,
        event_ids: EventIdStore | None = None,
        rejection_log_interval: float = DEFAULT_REJECTION_LOG_INTERVAL,
    ) -> None:
        self.public_key = public_key
        self.acknowledge_first = acknowledge_first
        self.tolerance = tolerance
        self.max_body_size = max_body_size
        self.body_timeout = body_timeout
        self.handler_timeout = handler_timeout
        self.sync_handler_threads = sync_handler_threads
        if deduplicate and event_ids is None:
            event_ids = InMemoryEventIdStore()
        self.event_ids: EventIdStore | None = event_ids if deduplicate else None
        self._handlers: dict[str, list[Handler]] = {}
        self._catch_all: list[Handler] = []
        self._executor: ThreadPoolExecutor | None = None
        self._warn_rejected = _RateLimitedWarning(rejection_log_interval)

    def on(self, event_type: str) -> Callable[[HandlerT], HandlerT]:
        """Register the decorated function for deliveries whose `data.event_type` is event_type.

        Args:
            event_type: the Telnyx event type, e.g. "call.answered".
        """

        def register(handler: HandlerT) -> HandlerT:
            self._handlers.setdefault(event_type, []).append(handler)
            return handler

        return register

    def on_any(self) -> Callable[[HandlerT], HandlerT]:
        """Register the decorated function for every delivery, known event types or not."""

        def register(handler: HandlerT) -> HandlerT:
            self._catch_all.append(handler)
            return handler

        return register

    def close(self) -> None:
        """Stop the threads of plain-function handlers once they return; done at ASGI lifespan shutdown.

        An abandoned handler still running keeps its thread, and the process, alive until it returns.
        """
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _run_lifespan(receive, send)
            self.close()
        elif scope["type"] == "websocket":
            # Closing before accepting makes the server refuse the handshake (403).
            await send({"type": "websocket.close", "code": 1008})
        elif scope["method"] != "POST":
            await _respond(send, 405, {"error": f"{scope['method']} is not allowed; use POST"}, allow=True)
        else:
            await self._handle_post(scope, receive, send)

    async def _handle_post(self, scope: Scope, receive: Receive, send: Send) -> None:
        accepted = await self._accept(scope, receive, send)
        if accepted is None:
            return
        data, event = accepted
        try:
            claimed = self.event_ids is None or await self.event_ids.claim(data["id"])
        except EventStoreUnavailableError:
            logger.warning("cannot claim %s event %s: %s", data["event_type"], data["id"], _STORE_DOWN, exc_info=True)
            await _respond(send, 503, {"error": _STORE_DOWN}, retry_after=True)
            return
        if not claimed:
            logger.info(
                "%s event %s was already handled; answering 200 without handlers", data["event_type"], data["id"]
            )
            await _respond(send, 200, {"status": "duplicate"})
        elif self.acknowledge_first:
            await _respond(send, 200, {"status": "ok"})
            await self._handle(data, event)
        else:
            failure = await self._handle(data, event)
            if failure is None:
                await _respond(send, 200, {"status": "ok"})
            elif isinstance(failure, EventStoreUnavailableError):
                await _respond(send, 503, {"error": _STORE_DOWN}, retry_after=True)
            else:
                await _respond(send, 500, {"error": "handler failed"})

    async def _accept(self, scope: Scope, receive: Receive, send: Send) -> tuple[Mapping[str, Any], Any] | None:
        """The verified delivery's `data` and its parsed event; None when it was rejected (and answered)."""
        try:
            async with asyncio.timeout(self.body_timeout):
                body = await self._read_body(scope, receive)
        except _ClientDisconnected:
            return None  # nobody to answer, and handing a half-sent body to handlers would do harm
        except TimeoutError:
            self._warn_rejected("rejected a webhook delivery: its body took longer than %g s", self.body_timeout)
            await _respond(send, 408, {"error": f"body not received within {self.body_timeout:g} s"}, close=True)
            return None
        if body is None:
            self._warn_rejected("rejected a webhook delivery: its body is larger than %d bytes", self.max_body_size)
            await _respond(send, 413, {"error": f"body larger than {self.max_body_size} bytes"}, close=True)
            return None
        try:
            verify(body, scope["headers"], self.public_key, tolerance=self.tolerance)
            envelope = _load_envelope(body)
            event = _event_from_envelope(envelope)
        except (MissingPublicKeyError, MalformedPublicKeyError, WebhookDependencyError):
            logger.exception("cannot verify Telnyx webhooks")
            await _respond(send, 500, {"error": "webhook receiver misconfigured"})
            return None
        except (WebhookVerificationError, InvalidEventError) as exc:
            self._warn_rejected("rejected a webhook delivery: %s: %s", type(exc).__name__, exc)
            await _respond(send, 400, {"error": f"{type(exc).__name__}: {exc}"})
            return None
        return envelope["data"], event

    async def _handle(self, data: Mapping[str, Any], event: Any) -> Exception | None:
        """Run the delivery's handlers; when they fail, forget its event id so that a redelivery runs them.

        Returns what made them fail, None when they succeeded."""
        failure = await self._run_handlers(data, event)
        if failure is not None and self.event_ids is not None:
            try:
                await self.event_ids.release(data["id"])
            except EventStoreUnavailableError:
                logger.error(
                    "cannot release %s event %s after its handlers failed (%s): its redeliveries are "
                    "answered as duplicates until the id expires",
                    *(data["event_type"], data["id"], _STORE_DOWN),
                )
        return failure

    async def _run_handlers(self, data: Mapping[str, Any], event: Any) -> Exception | None:
        """Run the handlers of a delivery in order within handler_timeout; the exception (logged) when one
        raised or time ran out, which stops the rest, else None."""
        deadline = asyncio.timeout(self.handler_timeout)
        handler: Handler | None = None
        try:
            async with deadline:
                for handler in (*self._handlers.get(data["event_type"], ()), *self._catch_all):
                    await self._call(handler, event)
        except Exception as exc:
            if isinstance(exc, EventStoreUnavailableError):
                logger.warning(
                    "webhook handler %s could not reach the event store on %s event %s: %s",
                    *(_name(handler), data["event_type"], data["id"], exc),
                )
            elif not deadline.expired():
                logger.exception(
                    "webhook handler %s failed on %s event %s", _name(handler), data["event_type"], data["id"]
                )
            elif inspect.iscoroutinefunction(handler):
                logger.warning(
                    "webhook handler %s did not finish within %g s on %s event %s; cancelled it",
                    *(_name(handler), self.handler_timeout, data["event_type"], data["id"]),
                )
            else:
                logger.warning(
                    "webhook handler %s did not finish within %g s on %s event %s; abandoned it, "
                    "its thread stays busy until it returns",
                    *(_name(handler), self.handler_timeout, data["event_type"], data["id"]),
                )
            return exc
        return None

    async def _call(self, handler: Handler, event: Any) -> None:
        if inspect.iscoroutinefunction(handler):
            await handler(event)
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.sync_handler_threads, thread_name_prefix="telnyx-webhook-handler")
        # As asyncio.to_thread does: the handler sees the context variables of the delivery.
        call = functools.partial(contextvars.copy_context().run, handler, event)
        result = await asyncio.get_running_loop().run_in_executor(self._executor, call)
        # A callable object with an async __call__ is not a coroutine function but returns an awaitable.
        if inspect.isawaitable(result):
            await result

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The request body, or None when it is larger than max_body_size."""
        for name, value in scope["headers"]:
            if name.lower() == b"content-length" and value.isdigit() and int(value) > self.max_body_size:
                return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _ClientDisconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_size:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _name(handler: Handler | None) -> str:
    return getattr(handler, "__qualname__", None) or repr(handler)


async def _respond(
    send: Send,
    status: int,
    content: dict[str, str],
    *,
    allow: bool = False,
    close: bool = False,
    retry_after: bool = False,
) -> None:
    """Send a JSON answer; close asks the server to drop the connection, whose body was not read to the end."""
    body = json.dumps(content).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if allow:
        headers.append((b"allow", b"POST"))
    if retry_after:
        headers.append((b"retry-after", RETRY_AFTER_SECONDS.encode()))
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _run_lifespan(receive: Receive, send: Send) -> None:
    """Acknowledge startup and shutdown: the receiver has nothing to open or close."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
