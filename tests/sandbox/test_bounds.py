"""Memory stays bounded: ended calls, events, call event records and delivery attempts beyond their bounds
are dropped oldest first, and `/sandbox/events` is paged."""

from __future__ import annotations

import httpx
from telnyx_voice_sandbox import Sandbox

from tests.support.sandbox import CALLEE, CALLER, FAST

CALLS = 8
MAX_ENDED_CALLS = 3
MAX_EVENTS = 10


async def accept_all(scope: dict[str, object], receive: object, send: object) -> None:
    """A webhook receiver that answers 200 to everything."""
    await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": b""})  # type: ignore[operator]


async def test_ended_calls_and_events_are_bounded_oldest_first() -> None:
    sandbox = Sandbox(
        **FAST,
        max_ended_calls=MAX_ENDED_CALLS,
        max_events=MAX_EVENTS,
        webhook_url="http://receiver.invalid/webhooks",
        webhook_transport=httpx.ASGITransport(app=accept_all),
    )
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1/v2") as http:
        http.headers["Authorization"] = "Bearer k"
        ids = []
        for _ in range(CALLS):
            call_control_id = await sandbox.inbound_call(from_=CALLER, to=CALLEE)
            await sandbox.remote_hangup(call_control_id)
            ids.append(call_control_id)
        live = await sandbox.inbound_call(from_=CALLER, to=CALLEE)
        assert await sandbox.drain()
        statuses = [(await http.get(f"/calls/{cid}")).status_code for cid in [*ids, live]]
        logged = (await http.get("/call_events", params={"page[size]": 250})).json()["meta"]["total_results"]
    await sandbox.aclose()

    # the oldest ended calls are forgotten; the newest ended ones and the live one are kept
    assert statuses == [422] * (CALLS - MAX_ENDED_CALLS) + [200] * MAX_ENDED_CALLS + [200]
    assert sum(sandbox.has_call(cid) for cid in ids) == MAX_ENDED_CALLS
    emitted = 2 * CALLS + 1  # call.initiated and call.hangup each, then the live call's call.initiated
    assert sandbox.event_count == emitted
    assert len(sandbox.events) == MAX_EVENTS
    assert sandbox.events[-1]["data"]["payload"]["call_control_id"] == live
    assert logged == MAX_EVENTS
    assert len(sandbox.deliveries) == MAX_EVENTS
    assert sandbox._deliverer.queued_calls == 0


async def test_wait_for_event_counts_positions_across_dropped_events() -> None:
    sandbox = Sandbox(**FAST, max_events=4)
    for _ in range(3):
        await sandbox.remote_hangup(await sandbox.inbound_call(from_=CALLER, to=CALLEE))
    mark = sandbox.event_count
    late = await sandbox.inbound_call(from_=CALLER, to=CALLEE)
    found = await sandbox.wait_for_event("call.initiated", since=mark, timeout=1)
    assert found["data"]["payload"]["call_control_id"] == late
    oldest_kept = await sandbox.wait_for_event("call.initiated", since=0, timeout=1)
    assert oldest_kept == sandbox.events[1]
    await sandbox.aclose()


async def test_sandbox_events_are_paged() -> None:
    sandbox = Sandbox(**FAST, max_events=MAX_EVENTS)
    for _ in range(CALLS):
        await sandbox.remote_hangup(await sandbox.inbound_call(from_=CALLER, to=CALLEE))
    transport = httpx.ASGITransport(app=sandbox.app)
    pages = []
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        http.headers["Authorization"] = "Bearer k"
        since = 0
        while True:
            answer = (await http.get("/sandbox/events", params={"since": since, "page[size]": 4})).json()
            pages.append(answer)
            since = answer["meta"]["next_since"]
            if not answer["meta"]["has_more"]:
                break
    await sandbox.aclose()
    assert [len(page["data"]) for page in pages] == [4, 4, 2]
    assert [page["meta"]["next_since"] for page in pages] == [10, 14, 16]
    assert {page["meta"]["oldest_since"] for page in pages} == {2 * CALLS - MAX_EVENTS}
    assert [e for page in pages for e in page["data"]] == sandbox.events
