"""`WebhookReceiver` when its event store is unreachable: 503, so Telnyx retries, and nothing is kept.

Runs the receiver from generator/runtime directly, as test_receiver_limits does; the same answers with a
real Redis are in tests/eventstore.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from generator.runtime.event_store import EventStoreUnavailableError, InMemoryEventStore
from generator.runtime.webhook_receiver import WebhookReceiver
from tests.webhooks.test_receiver_limits import deliver


class FlakyStore(InMemoryEventStore):
    """An in-memory store that is unreachable while `down` is set."""

    down = False

    async def claim(self, event_id: str) -> bool:
        if self.down:
            raise EventStoreUnavailableError("the store is down")
        return await super().claim(event_id)

    async def release(self, event_id: str) -> None:
        if self.down:
            raise EventStoreUnavailableError("the store is down")
        await super().release(event_id)


def test_an_unreachable_event_id_store_is_503_and_the_retry_is_handled(
    signer: Any, registry: dict[str, type[Any]], envelope: Callable[..., dict[str, Any]]
) -> None:
    store = FlakyStore()
    receiver = WebhookReceiver(signer.public_key, event_ids=store)
    handled: list[Any] = []
    receiver.on("call.answered")(handled.append)
    body, headers = signer.delivery(envelope("call.answered", event_id="event-1"))

    async def scenario() -> list[tuple[int, bytes, dict[bytes, bytes]]]:
        store.down = True
        refused = await deliver(receiver, body, headers)
        store.down = False
        return [refused, await deliver(receiver, body, headers), await deliver(receiver, body, headers)]

    (status, content, answer_headers), *retries = asyncio.run(scenario())
    assert (status, content) == (503, b'{"error": "event store unavailable"}')
    assert answer_headers[b"retry-after"] == b"5"
    assert [answer[:2] for answer in retries] == [(200, b'{"status": "ok"}'), (200, b'{"status": "duplicate"}')]
    assert len(handled) == 1


def test_a_handler_that_cannot_reach_its_store_is_503_and_runs_again_on_the_retry(
    signer: Any, registry: dict[str, type[Any]], envelope: Callable[..., dict[str, Any]]
) -> None:
    log = FlakyStore()
    receiver = WebhookReceiver(signer.public_key)
    attempts: list[str] = []

    @receiver.on("call.answered")
    async def keep(event: Any) -> None:
        attempts.append(type(event).__name__)
        if log.down:
            raise EventStoreUnavailableError("the store is down")

    body, headers = signer.delivery(envelope("call.answered", event_id="event-2"))

    async def scenario() -> list[int]:
        log.down = True
        first = (await deliver(receiver, body, headers))[0]
        log.down = False
        return [first, (await deliver(receiver, body, headers))[0]]

    assert asyncio.run(scenario()) == [503, 200]
    assert attempts == ["CallAnswered", "CallAnswered"]


def test_a_release_the_store_refuses_is_logged_and_still_answers_503(
    signer: Any, registry: dict[str, type[Any]], envelope: Callable[..., dict[str, Any]], caplog: Any
) -> None:
    store = FlakyStore()
    receiver = WebhookReceiver(signer.public_key, event_ids=store)

    @receiver.on("call.answered")
    async def store_goes_down(event: Any) -> None:
        store.down = True
        raise EventStoreUnavailableError("the store is down")

    body, headers = signer.delivery(envelope("call.answered", event_id="event-3"))
    assert asyncio.run(deliver(receiver, body, headers))[0] == 503
    assert "cannot release call.answered event event-3" in caplog.text
