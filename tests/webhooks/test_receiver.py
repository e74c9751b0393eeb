"""`WebhookReceiver` as an ASGI app: in process through httpx.ASGITransport, and once over real HTTP."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from generator.runtime.webhook_receiver import WebhookReceiver

Envelope = Callable[..., dict[str, Any]]


def post(receiver: WebhookReceiver, body: bytes, headers: dict[str, str], method: str = "POST") -> httpx.Response:
    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=receiver)
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
            return await client.request(method, "/", content=body, headers=headers)

    return asyncio.run(send())


@pytest.fixture
def receiver(signer: Any, registry: dict[str, type[Any]]) -> WebhookReceiver:
    return WebhookReceiver(signer.public_key)


def test_a_delivery_reaches_its_async_handler(
    receiver: WebhookReceiver, signer: Any, registry: dict[str, type[Any]], envelope: Envelope
) -> None:
    received: list[Any] = []

    @receiver.on("call.answered")
    async def on_answered(event: Any) -> None:
        received.append(event)

    response = post(receiver, *signer.delivery(envelope("call.answered", call_control_id="v3:1")))
    assert (response.status_code, response.json()) == (200, {"status": "ok"})
    assert response.headers["content-type"] == "application/json"
    assert received == [registry["call.answered"](call_control_id="v3:1")]


def test_a_sync_handler_runs_off_the_event_loop(receiver: WebhookReceiver, signer: Any, envelope: Envelope) -> None:
    threads: list[threading.Thread] = []

    @receiver.on("call.answered")
    def on_answered(event: Any) -> None:
        threads.append(threading.current_thread())

    assert post(receiver, *signer.delivery(envelope("call.answered"))).status_code == 200
    assert len(threads) == 1
    assert threads[0] is not threading.current_thread()


def test_a_callable_object_with_an_async_call(receiver: WebhookReceiver, signer: Any, envelope: Envelope) -> None:
    class Recorder:
        def __init__(self) -> None:
            self.events: list[Any] = []

        async def __call__(self, event: Any) -> None:
            self.events.append(event)

    recorder = receiver.on("call.answered")(Recorder())
    assert post(receiver, *signer.delivery(envelope("call.answered"))).status_code == 200
    assert len(recorder.events) == 1


def test_handlers_run_in_order_and_only_for_their_type(
    receiver: WebhookReceiver, signer: Any, envelope: Envelope
) -> None:
    calls: list[str] = []

    @receiver.on_any()
    def everything(event: Any) -> None:
        calls.append(f"any {type(event).__name__}")

    @receiver.on("call.answered")
    async def first(event: Any) -> None:
        calls.append("first")

    @receiver.on("call.answered")
    def second(event: Any) -> None:
        calls.append("second")

    @receiver.on("call.hangup")
    def hangup(event: Any) -> None:
        calls.append("hangup")

    post(receiver, *signer.delivery(envelope("call.answered", event_id="first")))
    post(receiver, *signer.delivery(envelope("call.teleported", event_id="second")))
    assert calls == ["first", "second", "any CallAnswered", "any UnknownEvent"]


def test_an_event_without_handlers_is_acknowledged(receiver: WebhookReceiver, signer: Any, envelope: Envelope) -> None:
    assert post(receiver, *signer.delivery(envelope("call.teleported"))).json() == {"status": "ok"}


def test_a_bad_signature_is_400_with_the_reason(receiver: WebhookReceiver, signer: Any, envelope: Envelope) -> None:
    called: list[Any] = []
    receiver.on_any()(called.append)
    body, headers = signer.delivery(envelope("call.answered"))
    response = post(receiver, body.replace(b"v3:abc", b"v3:abd"), headers)
    assert response.status_code == 400
    assert response.json()["error"].startswith(
        "InvalidSignatureError: telnyx-signature-ed25519 does not match the body and timestamp"
    )
    assert called == []


def test_a_stale_delivery_is_400(receiver: WebhookReceiver, signer: Any, envelope: Envelope) -> None:
    response = post(receiver, *signer.delivery(envelope(), timestamp=int(time.time()) - 3600))
    assert response.status_code == 400
    assert response.json()["error"].startswith("TimestampOutsideToleranceError: telnyx-timestamp")


def test_missing_headers_are_400(receiver: WebhookReceiver) -> None:
    response = post(receiver, b"{}", {})
    assert response.json() == {"error": "MissingHeaderError: the telnyx-signature-ed25519 header is missing"}
    assert response.status_code == 400


def test_a_signed_body_that_is_no_event_is_400(receiver: WebhookReceiver, signer: Any) -> None:
    response = post(receiver, *signer.delivery({"data": {"record_type": "event", "id": "1"}}))
    assert (response.status_code, response.json()) == (400, {"error": "InvalidEventError: data.event_type is missing"})


def test_no_public_key_is_a_server_error(
    monkeypatch: pytest.MonkeyPatch, signer: Any, envelope: Envelope, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("TELNYX_PUBLIC_KEY", raising=False)
    response = post(WebhookReceiver(), *signer.delivery(envelope()))
    assert (response.status_code, response.json()) == (500, {"error": "webhook receiver misconfigured"})
    assert "MissingPublicKeyError" in caplog.text


def test_a_malformed_public_key_is_a_server_error(signer: Any, envelope: Envelope) -> None:
    response = post(WebhookReceiver("not a key"), *signer.delivery(envelope()))
    assert (response.status_code, response.json()) == (500, {"error": "webhook receiver misconfigured"})


def test_the_public_key_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, signer: Any, registry: dict[str, type[Any]], envelope: Envelope
) -> None:
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", signer.public_key)
    assert post(WebhookReceiver(), *signer.delivery(envelope())).status_code == 200


def test_a_body_above_the_limit_is_413(signer: Any, registry: dict[str, type[Any]], envelope: Envelope) -> None:
    receiver = WebhookReceiver(signer.public_key, max_body_size=1000)
    called: list[Any] = []
    receiver.on_any()(called.append)
    response = post(receiver, *signer.delivery(envelope(padding="x" * 1000)))
    assert (response.status_code, response.json()) == (413, {"error": "body larger than 1000 bytes"})
    assert called == []
    body, headers = signer.delivery(envelope())
    assert len(body) <= 1000
    assert post(receiver, body, headers).status_code == 200


def test_a_handler_failure_is_500_and_logged_not_sent(
    receiver: WebhookReceiver, signer: Any, envelope: Envelope, caplog: pytest.LogCaptureFixture
) -> None:
    @receiver.on("call.answered")
    def explode(event: Any) -> None:
        raise RuntimeError("database password is hunter2")

    with caplog.at_level(logging.ERROR, logger="telnyx_voice.webhooks"):
        response = post(receiver, *signer.delivery(envelope("call.answered")))
    assert (response.status_code, response.content) == (500, b'{"error": "handler failed"}')
    assert "hunter2" in caplog.text
    assert "explode" in caplog.text


def test_a_failed_handler_stops_the_others(receiver: WebhookReceiver, signer: Any, envelope: Envelope) -> None:
    calls: list[str] = []

    @receiver.on("call.answered")
    async def explode(event: Any) -> None:
        raise ValueError("no")

    receiver.on_any()(lambda event: calls.append("any"))
    assert post(receiver, *signer.delivery(envelope("call.answered"))).status_code == 500
    assert calls == []


@pytest.mark.parametrize("method", ["GET", "PUT", "HEAD"])
def test_only_post_is_allowed(receiver: WebhookReceiver, method: str) -> None:
    response = post(receiver, b"", {}, method=method)
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    if method != "HEAD":
        assert response.json() == {"error": f"{method} is not allowed; use POST"}


# Raw ASGI: what httpx.ASGITransport cannot send


def call_asgi(app: WebhookReceiver, scope: dict[str, Any], incoming: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []
    pending = list(incoming)

    async def receive() -> dict[str, Any]:
        return pending.pop(0)

    async def send(message: Any) -> None:
        sent.append(dict(message))

    asyncio.run(app(scope, receive, send))
    return sent


def http_scope(headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {"type": "http", "method": "POST", "path": "/", "headers": headers}


def test_a_content_length_above_the_limit_is_413_unread() -> None:
    sent = call_asgi(WebhookReceiver("unused", max_body_size=10), http_scope([(b"content-length", b"11")]), [])
    assert sent[0]["status"] == 413


def test_a_chunked_body_above_the_limit_is_413() -> None:
    chunks = [{"type": "http.request", "body": b"x" * 6, "more_body": True}] * 2
    sent = call_asgi(WebhookReceiver("unused", max_body_size=10), http_scope([]), chunks)
    assert sent[0]["status"] == 413


def test_a_client_that_disconnects_mid_body_gets_no_answer(receiver: WebhookReceiver) -> None:
    incoming: list[dict[str, Any]] = [
        {"type": "http.request", "body": b"{", "more_body": True},
        {"type": "http.disconnect"},
    ]
    assert call_asgi(receiver, http_scope([]), incoming) == []


def test_lifespan_is_acknowledged(receiver: WebhookReceiver) -> None:
    sent = call_asgi(receiver, {"type": "lifespan"}, [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    assert [message["type"] for message in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_websockets_are_refused(receiver: WebhookReceiver) -> None:
    sent = call_asgi(receiver, {"type": "websocket", "path": "/", "headers": []}, [{"type": "websocket.connect"}])
    assert [message["type"] for message in sent] == ["websocket.close"]


# Over real HTTP


@pytest.fixture
def served(receiver: WebhookReceiver, serve: Callable[[WebhookReceiver], str]) -> str:
    return serve(receiver)


def test_over_http_with_uvicorn(served: str, receiver: WebhookReceiver, signer: Any, envelope: Envelope) -> None:
    received: list[Any] = []
    receiver.on("call.answered")(received.append)
    body, headers = signer.delivery(envelope("call.answered", call_control_id="v3:http"))
    with httpx.Client(base_url=served) as client:
        delivered = client.post("/", content=body, headers=headers)
        forged = client.post("/", content=body, headers={**headers, "telnyx-timestamp": str(int(time.time()) + 1)})
        fetched = client.get("/")
    assert (delivered.status_code, delivered.json()) == (200, {"status": "ok"})
    assert [event.call_control_id for event in received] == ["v3:http"]
    assert (forged.status_code, forged.json()["error"].split(":")[0]) == (400, "InvalidSignatureError")
    assert fetched.status_code == 405


def test_acknowledge_first_answers_before_the_handlers_run(
    signer: Any, registry: dict[str, type[Any]], envelope: Envelope, caplog: pytest.LogCaptureFixture
) -> None:
    receiver = WebhookReceiver(signer.public_key, acknowledge_first=True)
    timeline: list[str] = []

    @receiver.on("call.answered")
    async def slow(event: Any) -> None:
        timeline.append("handler")
        raise RuntimeError("secret detail")

    body, headers = signer.delivery(envelope("call.answered"))
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
    }
    messages = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            timeline.append(f"status {message['status']}")

    with caplog.at_level(logging.ERROR, logger="telnyx_voice.webhooks"):
        asyncio.run(receiver(scope, receive, send))
    assert timeline == ["status 200", "handler"]
    assert "secret detail" in caplog.text  # a failure after the answer is logged, not answered
