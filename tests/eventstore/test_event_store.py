"""The `EventStore` interface: one suite, run against the in-memory store and against a real Redis."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telnyx_voice.event_store import (
    EventStore,
    EventStoreUnavailableError,
    InMemoryEventStore,
    StoredEvent,
    UnknownEventStoreError,
    open_event_store,
)

from tests.eventstore.conftest import StoreFactory
from tests.support.redis_server import free_port

CALL = "v3:call-one"
OTHER = "v3:call-two"
_ids = iter(range(1, 1_000_000))


def envelope(event_type: str, call_control_id: str | None = CALL, event_id: str | None = None, **payload: Any) -> Any:
    if call_control_id is not None:
        payload["call_control_id"] = call_control_id
    return {
        "data": {
            "record_type": "event",
            "id": event_id or f"event-{next(_ids)}",
            "event_type": event_type,
            "occurred_at": "2026-11-30T01:00:00.000000Z",
            "payload": payload,
        }
    }


def any_event(event: StoredEvent) -> bool:
    return True


async def test_an_event_is_appended_once_by_its_id(store: EventStore) -> None:
    first = envelope("call.initiated", event_id="same")
    appended = await store.append(first)
    assert appended is not None
    assert (appended.seq, appended.id, appended.event_type, appended.call_control_id) == (
        1,
        "same",
        "call.initiated",
        CALL,
    )
    assert await store.append(first) is None  # Telnyx retried a delivery it thought failed
    assert [event.id for event in await store.read(CALL)] == ["same"]
    assert await store.last_seq() == 1


async def test_events_are_read_per_call_in_order_after_a_position(store: EventStore) -> None:
    for event_type, call in [("call.initiated", CALL), ("call.initiated", OTHER), ("call.answered", CALL)]:
        await store.append(envelope(event_type, call, digit="1"))
    await store.append(envelope("call.cost", None))
    mine = await store.read(CALL)
    assert [(event.seq, event.event_type) for event in mine] == [(1, "call.initiated"), (3, "call.answered")]
    assert mine[0].payload == {"call_control_id": CALL, "digit": "1"}
    assert [event.seq for event in await store.read(CALL, after=1)] == [3]
    assert [event.seq for event in await store.read()] == [1, 2, 3, 4]
    assert [event.seq for event in await store.read(None, after=2)] == [3, 4]
    assert await store.read("v3:unknown") == []
    assert (await store.read())[3].to_json() == {
        "seq": 4,
        "event_type": "call.cost",
        "id": (await store.read())[3].id,
        "occurred_at": "2026-11-30T01:00:00.000000Z",
        "call_control_id": None,
        "payload": {},
    }


async def test_a_wait_returns_an_event_already_there_at_once(store: EventStore) -> None:
    await store.append(envelope("call.initiated"))
    found = await store.wait(CALL, any_event, timeout=0)
    assert found is not None and found.event_type == "call.initiated"
    assert await store.wait(CALL, any_event, after=1, timeout=0) is None


async def test_a_wait_wakes_up_on_the_matching_event_and_skips_others(store: EventStore) -> None:
    await store.append(envelope("call.initiated"))

    async def deliver() -> None:
        await asyncio.sleep(0.05)
        await store.append(envelope("call.answered", OTHER))  # another call
        await store.append(envelope("call.bridged"))  # not matching
        await store.append(envelope("call.answered"))

    delivery = asyncio.create_task(deliver())
    found = await store.wait(CALL, lambda event: event.event_type == "call.answered", after=1, timeout=30)
    await delivery
    assert found is not None and (found.seq, found.call_control_id) == (4, CALL)


async def test_a_wait_across_calls_sees_any_call(store: EventStore) -> None:
    waiting = asyncio.create_task(store.wait(None, any_event, timeout=30))
    await asyncio.sleep(0.05)
    await store.append(envelope("call.initiated", OTHER))
    found = await waiting
    assert found is not None and found.call_control_id == OTHER


async def test_a_wait_without_a_match_ends_at_its_deadline(store: EventStore) -> None:
    await store.append(envelope("call.initiated"))
    assert await store.wait(CALL, lambda event: event.event_type == "call.answered", timeout=0.2) is None


async def test_the_log_is_bounded_per_call_and_in_calls(make_store: StoreFactory) -> None:
    store = make_store(max_calls=2, max_events_per_call=3)
    for n in range(5):
        await store.append(envelope(f"call.e{n}", CALL))
    assert [event.event_type for event in await store.read(CALL)] == ["call.e2", "call.e3", "call.e4"]
    await store.append(envelope("call.initiated", OTHER))
    await store.append(envelope("call.initiated", "v3:call-three"))
    assert await store.read(CALL) == []  # the call with the oldest last event was forgotten
    assert [event.call_control_id for event in await store.read()] == [OTHER, "v3:call-three"]
    assert await store.last_seq() == 7
    assert await store.recent_calls() == ["v3:call-three", OTHER]


async def test_recent_calls_are_latest_first(store: EventStore) -> None:
    for call in [CALL, OTHER, CALL, "v3:call-three"]:
        await store.append(envelope("call.initiated", call))
    assert await store.recent_calls() == ["v3:call-three", CALL, OTHER]
    assert await store.recent_calls(limit=1) == ["v3:call-three"]


async def test_calls_older_than_the_retention_expire(make_store: StoreFactory) -> None:
    # A retention long enough that OTHER's events outlive the checks below even on a stalled machine.
    store = make_store(retention=2.0)
    await store.append(envelope("call.initiated", CALL))
    await asyncio.sleep(2.5)  # past CALL's retention: only "after" is asserted, never how long
    await store.append(envelope("call.initiated", OTHER))
    assert await store.expire() == 1
    assert await store.read(CALL) == []
    assert await store.recent_calls() == [OTHER]
    assert [event.call_control_id for event in await store.read()] == [OTHER]


async def test_claimed_event_ids_are_refused_until_released(store: EventStore) -> None:
    assert await store.claim("event-a")
    assert not await store.claim("event-a")
    assert await store.claim("event-b")
    await store.release("event-a")
    assert await store.claim("event-a")


async def test_claims_and_appends_are_separate(store: EventStore) -> None:
    """A receiver's claim does not stop the log from taking the event, nor the other way round."""
    assert await store.claim("event-c")
    assert await store.append(envelope("call.initiated", event_id="event-c")) is not None
    assert await store.append(envelope("call.initiated", event_id="event-d")) is not None
    assert await store.claim("event-d")


async def test_an_unreachable_redis_is_a_retryable_error() -> None:
    store = open_event_store(f"redis://127.0.0.1:{free_port()}/0", timeout=0.5)
    try:
        for attempt in (
            store.append(envelope("call.initiated")),
            store.read(CALL),
            store.wait(CALL, any_event, timeout=1),
            store.claim("event-e"),
            store.last_seq(),
        ):
            with pytest.raises(EventStoreUnavailableError, match="the Redis event store is unreachable"):
                await attempt
    finally:
        await store.aclose()


def test_the_store_is_chosen_by_url() -> None:
    assert isinstance(open_event_store(None), InMemoryEventStore)
    assert isinstance(open_event_store("memory://"), InMemoryEventStore)
    assert type(open_event_store("redis://127.0.0.1:1/0")).__name__ == "RedisEventStore"
    with pytest.raises(UnknownEventStoreError, match="unknown event store 'postgres://db'"):
        open_event_store("postgres://db")
