"""`WebhookReceiver` under abuse: slow bodies, hung handlers, floods of rejections, replayed deliveries.

Deadlines are short (0.2 s) so the tests are quick; they assert what is answered, never how fast.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from generator.runtime.webhook_dedup import InMemoryEventIdStore
from generator.runtime.webhook_receiver import WebhookReceiver, _RateLimitedWarning

Envelope = Callable[..., dict[str, Any]]
SHORT = 0.2


def scope_for(headers: dict[str, str]) -> dict[str, Any]:
    return {
        "type": "http",
        "method": "POST",
        "path": "/",
        "headers": [(name.encode(), value.encode()) for name, value in headers.items()],
    }


async def deliver(receiver: WebhookReceiver, body: bytes, headers: dict[str, str], *, stall: bool = False) -> Any:
    """POST body straight through ASGI; stall sends the first byte and then nothing. Returns (status, body, headers)."""
    incoming = [{"type": "http.request", "body": body[:1] if stall else body, "more_body": stall}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if incoming:
            return incoming.pop(0)
        await asyncio.Event().wait()  # a client that never sends the rest
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await receiver(scope_for(headers), receive, send)
    return sent[0]["status"], sent[1]["body"], dict(sent[0]["headers"])


@pytest.fixture
def delivery(signer: Any, envelope: Envelope) -> Callable[..., tuple[bytes, dict[str, str]]]:
    """A signed delivery of `envelope(event_type, event_id=..., ...)`."""

    def make(event_type: str = "call.answered", event_id: str = "event-1") -> tuple[bytes, dict[str, str]]:
        body, headers = signer.delivery(envelope(event_type, event_id=event_id))
        return body, headers

    return make


def receiver_for(signer: Any, **options: Any) -> WebhookReceiver:
    options.setdefault("body_timeout", SHORT)
    options.setdefault("handler_timeout", SHORT)
    return WebhookReceiver(signer.public_key, **options)


# Slow bodies


def test_a_body_slower_than_the_deadline_is_408_and_others_are_answered_meanwhile(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any]
) -> None:
    receiver = receiver_for(signer)
    handled: list[Any] = []
    receiver.on("call.answered")(handled.append)

    async def scenario() -> tuple[list[Any], list[Any]]:
        slow = [asyncio.create_task(deliver(receiver, *delivery(event_id=f"slow-{n}"), stall=True)) for n in range(20)]
        valid = [await deliver(receiver, *delivery(event_id=f"valid-{n}")) for n in range(5)]
        return valid, await asyncio.gather(*slow)

    valid, slow = asyncio.run(scenario())
    assert [status for status, _, _ in valid] == [200] * 5
    assert {(status, body, headers[b"connection"]) for status, body, headers in slow} == {
        (408, b'{"error": "body not received within 0.2 s"}', b"close")
    }
    assert len(handled) == 5


# Hung handlers


def test_a_hung_async_handler_is_cancelled_and_answered_500(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    receiver = receiver_for(signer)
    outcomes: list[str] = []

    @receiver.on("call.answered")
    async def hang(event: Any) -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            outcomes.append("cancelled")
            raise

    @receiver.on("call.hangup")
    async def quick(event: Any) -> None:
        outcomes.append("quick")

    async def scenario() -> list[Any]:
        hung = [asyncio.create_task(deliver(receiver, *delivery(event_id=f"hung-{n}"))) for n in range(3)]
        answered = await deliver(receiver, *delivery("call.hangup", event_id="quick"))
        return [answered, *await asyncio.gather(*hung)]

    with caplog.at_level(logging.WARNING, logger="telnyx_voice.webhooks"):
        results = asyncio.run(scenario())
    assert [(status, body) for status, body, _ in results] == [
        (200, b'{"status": "ok"}'),
        *[(500, b'{"error": "handler failed"}')] * 3,
    ]
    assert sorted(outcomes) == ["cancelled"] * 3 + ["quick"]
    assert "did not finish within 0.2 s on call.answered event hung-0; cancelled it" in caplog.text


def test_hung_sync_handlers_are_abandoned_and_cannot_take_every_thread(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    receiver = receiver_for(signer, sync_handler_threads=2)
    release = threading.Event()
    threads: set[str] = set()

    @receiver.on("call.answered")
    def block(event: Any) -> None:
        threads.add(threading.current_thread().name)
        release.wait(30)

    @receiver.on("call.hangup")
    async def quick(event: Any) -> None:
        pass

    async def scenario() -> list[Any]:
        blocked = [asyncio.create_task(deliver(receiver, *delivery(event_id=f"blocked-{n}"))) for n in range(6)]
        answered = await deliver(receiver, *delivery("call.hangup", event_id="quick"))
        return [answered, *await asyncio.gather(*blocked)]

    try:
        with caplog.at_level(logging.WARNING, logger="telnyx_voice.webhooks"):
            results = asyncio.run(scenario())
    finally:
        release.set()
        receiver.close()
    assert [status for status, _, _ in results] == [200] + [500] * 6
    assert len(threads) == 2 and all(name.startswith("telnyx-webhook-handler") for name in threads)
    assert "abandoned it, its thread stays busy until it returns" in caplog.text


def test_without_a_handler_deadline_a_slow_handler_is_awaited(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any]
) -> None:
    receiver = receiver_for(signer, handler_timeout=None)

    @receiver.on("call.answered")
    async def slow(event: Any) -> None:
        await asyncio.sleep(SHORT * 2)

    assert asyncio.run(deliver(receiver, *delivery()))[0] == 200


# Over real HTTP: slow-body connections do not block valid deliveries


def test_slow_bodies_over_http_are_408_while_valid_deliveries_are_200(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any], serve: Callable[[Any], str]
) -> None:
    receiver = receiver_for(signer)
    handled: list[Any] = []
    receiver.on("call.answered")(handled.append)
    address = serve(receiver).removeprefix("http://")
    host, port = address.split(":")
    slow = [socket.create_connection((host, int(port)), timeout=10) for _ in range(20)]
    for connection in slow:
        connection.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
    with httpx.Client(base_url=f"http://{address}") as client:
        statuses = [
            client.post("/", content=body, headers=headers).status_code
            for body, headers in (delivery(event_id=f"valid-{n}") for n in range(5))
        ]
    answers = []
    for connection in slow:
        with connection:
            answers.append(connection.recv(4096).split(b"\r\n", 1)[0])
    assert statuses == [200] * 5 and len(handled) == 5
    assert set(answers) == {b"HTTP/1.1 408 Request Timeout"}


# Rejections are logged at most once per interval


def test_a_flood_of_rejections_logs_one_line(
    signer: Any, delivery: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    receiver = receiver_for(signer, rejection_log_interval=3600)
    body, headers = delivery()

    async def flood() -> list[Any]:
        return [await deliver(receiver, body + b" ", headers) for _ in range(50)]

    with caplog.at_level(logging.WARNING, logger="telnyx_voice.webhooks"):
        results = asyncio.run(flood())
    assert {status for status, _, _ in results} == {400}
    assert [record.getMessage().split(" does not")[0] for record in caplog.records] == [
        "rejected a webhook delivery: InvalidSignatureError: telnyx-signature-ed25519"
    ]


def test_the_next_rejection_warning_counts_those_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    warn = _RateLimitedWarning(10.0, clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="telnyx_voice.webhooks"):
        for second in range(25):
            now[0] = float(second)
            warn("rejected %s", second)
    assert [record.getMessage() for record in caplog.records] == [
        "rejected 0",
        "rejected 10 (and 9 more since the last such warning, not logged)",
        "rejected 20 (and 9 more since the last such warning, not logged)",
    ]


def test_a_timestamp_of_400_digits_is_400_not_500(signer: Any, delivery: Callable[..., Any]) -> None:
    body, headers = delivery()
    status, answer, _ = asyncio.run(deliver(receiver_for(signer), body, {**headers, "telnyx-timestamp": "9" * 400}))
    assert (status, answer[:35]) == (400, b'{"error": "MalformedTimestampError:')


# Replays: an event id is handled once


def test_a_thousand_copies_of_one_delivery_run_the_handlers_once(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any]
) -> None:
    receiver = WebhookReceiver(signer.public_key)  # the default deadlines: 1,000 verifications take a while
    handled: list[Any] = []
    receiver.on("call.answered")(handled.append)
    body, headers = delivery()

    async def replay() -> list[Any]:
        return await asyncio.gather(*(deliver(receiver, body, headers) for _ in range(1000)))

    answers = [(status, answer) for status, answer, _ in asyncio.run(replay())]
    assert answers.count((200, b'{"status": "ok"}')) == 1
    assert answers.count((200, b'{"status": "duplicate"}')) == 999
    assert len(handled) == 1


def test_a_delivery_whose_handlers_failed_is_handled_again(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any]
) -> None:
    receiver = receiver_for(signer)
    attempts: list[int] = []

    @receiver.on("call.answered")
    async def fail_once(event: Any) -> None:
        attempts.append(len(attempts))
        if len(attempts) == 1:
            raise RuntimeError("database down")

    body, headers = delivery()
    statuses = [asyncio.run(deliver(receiver, body, headers))[0] for _ in range(3)]
    assert statuses == [500, 200, 200]
    assert attempts == [0, 1]


def test_deduplication_can_be_turned_off(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any]
) -> None:
    receiver = receiver_for(signer, deduplicate=False)
    handled: list[Any] = []
    receiver.on("call.answered")(handled.append)
    body, headers = delivery()
    assert [asyncio.run(deliver(receiver, body, headers))[0] for _ in range(3)] == [200] * 3
    assert len(handled) == 3


def test_another_event_id_store_plugs_in(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any]
) -> None:
    class SharedStore:
        def __init__(self) -> None:
            self.calls: list[tuple[str, str]] = []
            self.claimed: set[str] = {"claimed-elsewhere"}

        async def claim(self, event_id: str) -> bool:
            self.calls.append(("claim", event_id))
            if event_id in self.claimed:
                return False
            self.claimed.add(event_id)
            return True

        async def release(self, event_id: str) -> None:
            self.calls.append(("release", event_id))
            self.claimed.discard(event_id)

    store = SharedStore()
    receiver = receiver_for(signer, event_ids=store)
    receiver.on("call.hangup")(lambda event: 1 / 0)
    answers = [
        asyncio.run(deliver(receiver, *delivery(event_id=event_id, event_type=event_type)))[:2]
        for event_id, event_type in (
            ("claimed-elsewhere", "call.answered"),
            ("new", "call.answered"),
            ("bad", "call.hangup"),
        )
    ]
    assert answers == [
        (200, b'{"status": "duplicate"}'),
        (200, b'{"status": "ok"}'),
        (500, b'{"error": "handler failed"}'),
    ]
    assert store.calls == [("claim", "claimed-elsewhere"), ("claim", "new"), ("claim", "bad"), ("release", "bad")]


def test_the_in_memory_store_is_bounded_in_size_and_time() -> None:
    now = [0.0]
    store = InMemoryEventIdStore(max_events=3, ttl=60, clock=lambda: now[0])

    async def claims(*event_ids: str) -> list[bool]:
        return [await store.claim(event_id) for event_id in event_ids]

    assert asyncio.run(claims("a", "b", "c", "a")) == [True, True, True, False]
    assert asyncio.run(claims("d", "a")) == [True, True]  # "a", the oldest, was forgotten to make room for "d"
    assert len(store) == 3
    now[0] = 61.0
    assert asyncio.run(claims("c")) == [True]  # expired
    assert len(store) == 1


@pytest.mark.parametrize(("max_events", "ttl"), [(0, 60), (10, 0)])
def test_the_in_memory_store_needs_room_and_time(max_events: int, ttl: float) -> None:
    with pytest.raises(ValueError, match="max_events must be at least 1 and ttl positive"):
        InMemoryEventIdStore(max_events, ttl)


def test_a_given_in_memory_store_is_the_one_used(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any]
) -> None:
    store = InMemoryEventIdStore(max_events=5)
    receiver = receiver_for(signer, event_ids=store)
    assert receiver.event_ids is store
    asyncio.run(deliver(receiver, *delivery()))
    assert len(store) == 1


def test_lifespan_shutdown_stops_the_handler_threads(
    signer: Any, registry: dict[str, type[Any]], delivery: Callable[..., Any]
) -> None:
    receiver = receiver_for(signer)
    threads: list[threading.Thread] = []
    receiver.on("call.answered")(lambda event: threads.append(threading.current_thread()))
    lifespan = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]

    async def serve_once() -> None:
        assert (await deliver(receiver, *delivery()))[0] == 200

        async def receive() -> dict[str, Any]:
            return lifespan.pop(0)

        async def send(message: dict[str, Any]) -> None:
            pass

        await receiver({"type": "lifespan"}, receive, send)

    asyncio.run(serve_once())
    threads[0].join(10)
    assert not threads[0].is_alive()
