"""Call queues: enqueue positions, a full queue, leaving by bridge, leave, hangup and timeout, and the queue resources."""

from __future__ import annotations

import httpx
import pytest
from telnyx_voice import APIStatusError, AsyncTelnyx
from telnyx_voice_sandbox import Sandbox

from tests.support.sandbox import CALLEE, CALLER, CapturingReceiver, payload_of

Env = tuple[Sandbox, CapturingReceiver, AsyncTelnyx]


async def _answered(client: AsyncTelnyx, receiver: CapturingReceiver, to: str = CALLEE) -> str:
    call = await client.calls.dial(connection_id="queues", from_=CALLER, to=to)
    cid: str = call.data.call_control_id
    await receiver.wait_for("call.answered", cid)
    return cid


def _http(sb: Sandbox) -> httpx.AsyncClient:
    assert sb.base_url is not None
    return httpx.AsyncClient(base_url=sb.base_url, headers={"Authorization": "Bearer k"})


async def test_two_calls_wait_in_order_one_is_bridged_out_and_one_leaves(env: Env) -> None:
    sb, receiver, client = env
    first = await _answered(client, receiver)
    second = await _answered(client, receiver, "+15550003333")
    agent = await _answered(client, receiver, "+15550004444")
    await client.calls.actions.enqueue(first, queue_name="support")
    await client.calls.actions.enqueue(second, queue_name="support")
    enqueued = [payload_of(await receiver.wait_for("call.enqueued", cid)) for cid in (first, second)]
    assert [(e["queue"], e["current_position"]) for e in enqueued] == [("support", 1), ("support", 2)]
    assert all(e["queue_avg_wait_time_secs"] == 0 for e in enqueued)

    queue = (await client.queues.retrieve("support")).data
    assert (queue.name, queue.current_size, queue.max_size) == ("support", 2, 100)  # enqueue's default max_size
    listed = [c async for c in await client.queues.calls.list("support")]
    assert [(c.call_control_id, c.queue_position, c.is_alive) for c in listed] == [(first, 1, True), (second, 2, True)]

    await client.calls.actions.bridge(agent, call_control_id_to_bridge_with=first)  # the agent takes the first caller
    dequeued = payload_of(await receiver.wait_for("call.dequeued", first))
    assert (dequeued["reason"], dequeued["queue_position"], dequeued["queue"]) == ("bridged", 1, "support")
    await receiver.wait_for("call.bridged", first)
    moved = (await client.queues.calls.retrieve(queue_name="support", call_control_id=second)).data
    assert moved.queue_position == 1  # the second caller moved up

    await client.calls.actions.leave_queue(second)
    left = payload_of(await receiver.wait_for("call.dequeued", second))
    assert (left["reason"], left["queue_position"]) == ("leave", 1)
    assert (await client.queues.retrieve("support")).data.current_size == 0
    assert receiver.types(first) == [
        "call.initiated",
        "call.answered",
        "call.enqueued",
        "call.dequeued",
        "call.bridged",
    ]
    assert receiver.types(second) == ["call.initiated", "call.answered", "call.enqueued", "call.dequeued"]

    async with _http(sb) as http:
        assert (await http.delete("/queues/support")).status_code == 204
        assert (await http.get("/queues/support")).status_code == 404


async def test_a_full_queue_refuses_the_next_call_and_a_queue_in_use_cannot_be_deleted(env: Env) -> None:
    sb, receiver, client = env
    created = (await client.queues.create(queue_name="small", max_size=1)).data
    assert (created.record_type, created.current_size, created.max_size) == ("queue", 0, 1)
    first = await _answered(client, receiver)
    second = await _answered(client, receiver, "+15550003333")
    await client.calls.actions.enqueue(first, queue_name="small", max_size=50)  # an existing queue keeps its size
    with pytest.raises(APIStatusError) as full:
        await client.calls.actions.enqueue(second, queue_name="small")
    assert full.value.status_code == 422
    assert full.value.errors[0].code == "90036"
    assert "'small' queue is full" in full.value.errors[0].detail
    assert "call.enqueued" not in receiver.types(second)

    with pytest.raises(APIStatusError) as again:
        await client.calls.actions.enqueue(first, queue_name="small")
    assert again.value.errors[0].code == "90038"
    async with _http(sb) as http:
        busy = await http.delete("/queues/small")
        assert busy.status_code == 400
        assert busy.json()["errors"][0]["code"] == "90050"
    assert (await client.queues.update("small", max_size=2)).data.max_size == 2
    await client.calls.actions.enqueue(second, queue_name="small")
    assert (await receiver.wait_for("call.enqueued", second)) is not None
    with pytest.raises(APIStatusError) as exists:
        await client.queues.create(queue_name="small")
    assert exists.value.status_code == 422


async def test_hangup_dequeues_unless_kept_and_remove_takes_a_call_out(env: Env) -> None:
    sb, receiver, client = env
    gone = await _answered(client, receiver)
    kept = await _answered(client, receiver, "+15550003333")
    removed = await _answered(client, receiver, "+15550004444")
    for cid in (gone, kept, removed):
        await client.calls.actions.enqueue(cid, queue_name="line")
    async with _http(sb) as http:
        patched = await http.patch(f"/queues/line/calls/{kept}", json={"keep_after_hangup": True})
        assert patched.status_code == 204
        await client.calls.actions.hangup(gone)
        await client.calls.actions.hangup(kept)
        for cid in (gone, kept):
            hangup_dequeue = payload_of(await receiver.wait_for("call.dequeued", cid))
            assert hangup_dequeue["reason"] == "hangup"
        listed = (await http.get("/queues/line/calls")).json()["data"]
        assert [(c["call_control_id"], c["is_alive"]) for c in listed] == [(kept, False), (removed, True)]

        assert (await http.delete(f"/queues/line/calls/{removed}")).status_code == 204
        assert payload_of(await receiver.wait_for("call.dequeued", removed))["reason"] == "leave"
        assert (await http.delete(f"/queues/line/calls/{kept}")).status_code == 204
        assert (await http.get("/queues/line/calls")).json()["data"] == []
        missing = await http.get(f"/queues/line/calls/{kept}")
        assert missing.status_code == 404


async def test_a_call_waiting_past_its_max_wait_time_leaves_with_reason_timeout(env: Env) -> None:
    _sb, receiver, client = env
    cid = await _answered(client, receiver)
    await client.calls.actions.enqueue(cid, queue_name="slow", max_wait_time_secs=1)
    timed_out = payload_of(await receiver.wait_for("call.dequeued", cid, timeout=10))
    assert timed_out["reason"] == "timeout"
    assert timed_out["wait_time_secs"] >= 1
    queue = (await client.queues.retrieve("slow")).data
    assert queue.current_size == 0
    assert queue.average_wait_time_secs == timed_out["wait_time_secs"]
    listed = [q.name async for q in await client.queues.list()]
    assert listed == ["slow"]


async def test_a_queued_call_taken_into_a_conference_leaves_its_queue(env: Env) -> None:
    _, receiver, client = env
    caller = await _answered(client, receiver)
    agent = await _answered(client, receiver, "+15550004444")
    await client.calls.actions.enqueue(caller, queue_name="support")
    await receiver.wait_for("call.enqueued", caller)
    room = (await client.conferences.create(call_control_id=agent, name="room")).data
    await client.conferences.actions.join(room.id, call_control_id=caller)
    dequeued = payload_of(await receiver.wait_for("call.dequeued", caller))
    assert (dequeued["reason"], dequeued["queue"]) == ("bridged", "support")
    await receiver.wait_for("conference.participant.joined", caller)
    assert (await client.queues.retrieve("support")).data.current_size == 0
