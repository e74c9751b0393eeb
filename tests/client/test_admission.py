"""Admission control: at most `max_concurrency` requests of one client are in flight at once."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, Telnyx
from telnyx_voice._http import DEFAULT_MAX_CONCURRENCY

OK = {"data": {"result": "ok"}}


class AsyncInFlight:
    """An async MockTransport handler that counts the requests it is answering at the same time."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0
        self.seen: list[str] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url.path)
        self.now += 1
        self.peak = max(self.peak, self.now)
        for _ in range(3):
            await asyncio.sleep(0)  # let every other task that can start a request do so
        self.now -= 1
        return httpx.Response(200, json=OK)


def async_client(
    handler: Callable[[httpx.Request], Coroutine[None, None, httpx.Response]],
    max_concurrency: int | None = DEFAULT_MAX_CONCURRENCY,
) -> AsyncTelnyx:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncTelnyx(api_key="k", base_url="https://api.test/v2", http_client=http, max_concurrency=max_concurrency)


async def burst(client: AsyncTelnyx, calls: int) -> None:
    await asyncio.gather(*(client.calls.actions.hangup(f"v3:{n}") for n in range(calls)))


@pytest.mark.parametrize(("limit", "calls"), [(1, 10), (5, 60), (37, 200)])
async def test_async_in_flight_requests_never_exceed_max_concurrency(limit: int, calls: int) -> None:
    handler = AsyncInFlight()
    await burst(async_client(handler, max_concurrency=limit), calls)
    assert len(handler.seen) == calls
    assert handler.peak == limit


async def test_async_default_limit_is_the_pool_size() -> None:
    handler = AsyncInFlight()
    await burst(async_client(handler), 3 * DEFAULT_MAX_CONCURRENCY)
    assert DEFAULT_MAX_CONCURRENCY == 100
    assert handler.peak == DEFAULT_MAX_CONCURRENCY


async def test_async_none_admits_everything() -> None:
    handler = AsyncInFlight()
    await burst(async_client(handler, max_concurrency=None), 250)
    assert handler.peak == 250


async def test_a_call_waiting_to_retry_does_not_hold_its_slot() -> None:
    """With one slot, a call sleeping before its retry lets another call through meanwhile."""
    other_sent = asyncio.Event()
    first_reply = True

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal first_reply
        if request.url.path.endswith("/v3:b/actions/hangup"):
            other_sent.set()
        if first_reply:
            first_reply = False
            return httpx.Response(503, json={"errors": []})
        return httpx.Response(200, json=OK)

    client = async_client(handler, max_concurrency=1)

    async def sleep_until_the_other_call_was_sent(seconds: float) -> None:
        await other_sent.wait()

    client._sleep = sleep_until_the_other_call_was_sent
    await asyncio.wait_for(
        asyncio.gather(client.calls.actions.hangup("v3:a"), client.calls.actions.hangup("v3:b")), timeout=30
    )
    assert other_sent.is_set()


def test_sync_in_flight_requests_never_exceed_max_concurrency() -> None:
    lock = threading.Lock()
    state = {"now": 0, "peak": 0, "calls": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            state["now"] += 1
            state["calls"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.002)  # overlap with the other threads (nothing here depends on how long it takes)
        with lock:
            state["now"] -= 1
        return httpx.Response(200, json=OK)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Telnyx(api_key="k", base_url="https://api.test/v2", http_client=http, max_concurrency=3)
    with ThreadPoolExecutor(max_workers=12) as pool:
        list(pool.map(lambda n: client.calls.actions.hangup(f"v3:{n}"), range(60)))
    assert state["calls"] == 60
    assert 1 <= state["peak"] <= 3


@pytest.mark.parametrize("limit", [0, -1])
def test_max_concurrency_below_one_is_refused(limit: int, mode: str) -> None:
    with pytest.raises(ValueError, match="max_concurrency must be >= 1 or None"):
        (Telnyx if mode == "sync" else AsyncTelnyx)(api_key="k", max_concurrency=limit)
