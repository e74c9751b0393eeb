"""An ASGI app that receives Telnyx webhooks: verifies each delivery, parses it, and calls your handlers.

    from telnyx_voice.webhook_receiver import WebhookReceiver

    receiver = WebhookReceiver()  # public key from $TELNYX_PUBLIC_KEY

    @receiver.on("call.initiated")
    async def answer(event):
        await client.calls.actions.answer(event.data.payload.call_control_id)

    app.mount("/webhooks", receiver)  # FastAPI or Starlette; or run it alone: uvicorn module:receiver

Pure ASGI, no framework needed. Every POST gets a JSON answer:

    200 {"status": "ok"}            verified, parsed, and every matching handler returned
    400 {"error": "<Error>: <why>"} not signed by Telnyx, too old, or not an event envelope
    405, 413                        not a POST, or a body above max_body_size
    500 {"error": "handler failed"} a handler raised; the exception is logged, never sent
    500 {"error": "webhook receiver misconfigured"}  no usable public key, or PyNaCl missing

A non-2xx answer tells Telnyx the delivery failed, and it may deliver the event again: make handlers
idempotent (`data.id` identifies the event).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, TypeVar

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


class WebhookReceiver:
    """An ASGI app answering Telnyx webhook POSTs; register handlers with `on` and `on_any`.

    Handlers for a delivery run one after another, in registration order: those registered for its
    event type, then the catch-all ones. Coroutine functions are awaited on the event loop; plain
    functions run in a worker thread (`asyncio.to_thread`), so a blocking handler does not stall
    other deliveries. A delivery no handler matches is still answered 200: it was received.

    Args:
        public_key: base64 of the Ed25519 public key from the Telnyx portal; None reads
            $TELNYX_PUBLIC_KEY on each delivery.
        tolerance: how many seconds a delivery's timestamp may differ from now.
        max_body_size: the largest body accepted, in bytes; larger ones are answered 413 unread.
        acknowledge_first: answer 200 as soon as the delivery is verified and parsed, then run the
            handlers (their failures are only logged). By default the answer waits for the handlers,
            and a failing one answers 500 so that Telnyx delivers the event again.
    """

    def __init__(
        self,
        public_key: str | bytes | None = None,
        *,
        tolerance: int = DEFAULT_TOLERANCE,
        max_body_size: int = 1_000_000,
        acknowledge_first: bool = False,
    ) -> None:
        self.public_key = public_key
        self.acknowledge_first = acknowledge_first
        self.tolerance = tolerance
        self.max_body_size = max_body_size
        self._handlers: dict[str, list[Handler]] = {}
        self._catch_all: list[Handler] = []

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

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _run_lifespan(receive, send)
        elif scope["type"] == "websocket":
            # Closing before accepting makes the server refuse the handshake (403).
            await send({"type": "websocket.close", "code": 1008})
        elif scope["method"] != "POST":
            await _respond(send, 405, {"error": f"{scope['method']} is not allowed; use POST"}, allow=True)
        else:
            await self._handle_post(scope, receive, send)

    async def _handle_post(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            body = await self._read_body(scope, receive)
        except _ClientDisconnected:
            return  # nobody to answer, and handing a half-sent body to handlers would do harm
        if body is None:
            await _respond(send, 413, {"error": f"body larger than {self.max_body_size} bytes"})
            return
        try:
            verify(body, scope["headers"], self.public_key, tolerance=self.tolerance)
            envelope = _load_envelope(body)
            event = _event_from_envelope(envelope)
        except (MissingPublicKeyError, MalformedPublicKeyError, WebhookDependencyError):
            logger.exception("cannot verify Telnyx webhooks")
            await _respond(send, 500, {"error": "webhook receiver misconfigured"})
            return
        except (WebhookVerificationError, InvalidEventError) as exc:
            logger.warning("rejected a webhook delivery: %s: %s", type(exc).__name__, exc)
            await _respond(send, 400, {"error": f"{type(exc).__name__}: {exc}"})
            return
        if self.acknowledge_first:
            await _respond(send, 200, {"status": "ok"})
            await self._run_handlers(envelope["data"], event)
        elif await self._run_handlers(envelope["data"], event):
            await _respond(send, 200, {"status": "ok"})
        else:
            await _respond(send, 500, {"error": "handler failed"})

    async def _run_handlers(self, data: Mapping[str, Any], event: Any) -> bool:
        """Run the handlers of a delivery in order; False (logged) when one raised, which stops the rest."""
        for handler in (*self._handlers.get(data["event_type"], ()), *self._catch_all):
            try:
                await _call(handler, event)
            except Exception:
                logger.exception(
                    "webhook handler %s failed on %s event %s", _name(handler), data["event_type"], data["id"]
                )
                return False
        return True

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


async def _call(handler: Handler, event: Any) -> None:
    if inspect.iscoroutinefunction(handler):
        await handler(event)
        return
    result = await asyncio.to_thread(handler, event)
    # A callable object with an async __call__ is not a coroutine function but returns an awaitable.
    if inspect.isawaitable(result):
        await result


def _name(handler: Handler) -> str:
    return getattr(handler, "__qualname__", None) or repr(handler)


async def _respond(send: Send, status: int, content: dict[str, str], *, allow: bool = False) -> None:
    body = json.dumps(content).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if allow:
        headers.append((b"allow", b"POST"))
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
