"""Event-store numbers for `make bench`: the in-memory store and Redis on loopback, in one run.

    append      events appended per second (one after another, over 50 calls)
    read        events read per second (each call's whole log, read back)
    wake-up     `wait` wake-up latency: from just before an append to the return of a waiter blocked on
                that call (p50, p99); for Redis it includes the append's round trip and the XREAD answer
    PING        Redis only, the baseline: bare round trips per second through the same client

The redis-server is the project's (`make redis`), started on 127.0.0.1 at a free port for this section and
stopped at its end. One process, one event loop; medians and percentiles of one run, nothing asserted.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid

from telnyx_voice.event_store import EventStore, InMemoryEventStore, StoredEvent
from telnyx_voice.event_store_redis import RedisEventStore

from tests.support.redis_server import RedisServer

Row = tuple[str, str]
EVENTS = 5000
CALLS = 50
WAKE_UPS = 300


def _envelope(n: int, call: str) -> dict[str, object]:
    payload = {"call_control_id": call, "client_state": "aGk=", "from": "+15550001111", "to": "+15550002222"}
    return {"data": {"id": f"bench-{uuid.uuid4().hex}-{n}", "event_type": "call.answered", "payload": payload}}


async def _throughput(store: EventStore) -> tuple[float, float]:
    calls = [f"v3:bench-{n}" for n in range(CALLS)]
    envelopes = [_envelope(n, calls[n % CALLS]) for n in range(EVENTS)]
    started = time.perf_counter()
    for envelope in envelopes:
        await store.append(envelope)
    appended = EVENTS / (time.perf_counter() - started)
    started = time.perf_counter()
    read = 0
    for call in calls:
        read += len(await store.read(call))
    return appended, read / (time.perf_counter() - started)


def _any(event: StoredEvent) -> bool:
    return True


async def _wake_ups(store: EventStore) -> list[float]:
    call = "v3:bench-wake"
    latencies = []
    for n in range(WAKE_UPS):
        after = await store.last_seq()
        woke: list[float] = []

        async def waiter(after: int = after, woke: list[float] = woke) -> None:
            await store.wait(call, _any, after=after, timeout=10)
            woke.append(time.perf_counter())

        task = asyncio.create_task(waiter())
        await asyncio.sleep(0.002)  # let it block
        started = time.perf_counter()
        await store.append(_envelope(n, call))
        await task
        latencies.append(woke[0] - started)
    return latencies


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def _rows(name: str, store: EventStore) -> list[Row]:
    try:
        appended, read = await _throughput(store)
        latencies = await _wake_ups(store)
    finally:
        await store.aclose()
    p50, p99 = statistics.median(latencies) * 1e3, _percentile(latencies, 0.99) * 1e3
    return [
        (f"{name}: append", f"{appended:,.0f} events/s"),
        (f"{name}: read", f"{read:,.0f} events/s"),
        (f"{name}: wait_for_event wake-up", f"p50 {p50:.2f} ms, p99 {p99:.2f} ms ({WAKE_UPS} wake-ups)"),
    ]


async def _redis_rows(url: str) -> list[Row]:
    store = RedisEventStore(url, max_events_per_call=EVENTS)
    started = time.perf_counter()
    for _ in range(EVENTS // 5):
        await store.ping()
    pings = EVENTS // 5 / (time.perf_counter() - started)
    return [
        ("Redis (loopback): PING (baseline)", f"{pings:,.0f} round trips/s"),
        *await _rows("Redis (loopback)", store),
    ]


def run() -> list[Row]:
    rows = asyncio.run(_rows("in-memory", InMemoryEventStore(max_events_per_call=EVENTS)))
    with RedisServer() as server:
        rows += asyncio.run(_redis_rows(server.url))
    return rows


if __name__ == "__main__":
    for label, value in run():
        print(f"  {label:<40}  {value}")
