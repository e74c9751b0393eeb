"""Redis stopped for a few seconds mid-call: deliveries are answered 503 and taken on the sandbox's retry,
the event tools answer a retryable isError and recover, and no event is lost or logged twice."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from tests.eventstore.test_replicas import DIAL, WAIT, rig_on, sent_ids
from tests.support.redis_server import RedisNotInstalledError, RedisServer
from tests.support.replicas import mcp_client, structured

UNAVAILABLE = 503


@pytest.fixture
def persistent_redis() -> Iterator[RedisServer]:
    """A redis-server of its own (this test stops it), syncing every write to disk, so a restart loses nothing."""
    try:
        server = RedisServer(persistent=True)
    except RedisNotInstalledError as exc:
        pytest.fail(str(exc), pytrace=False)
    with server:
        yield server


async def test_deliveries_and_tools_survive_a_redis_outage(persistent_redis: RedisServer) -> None:
    async with rig_on(persistent_redis.url) as (sandbox, balancer, start):
        replica_a, replica_b = start(), start()
        balancer.targets[:] = [replica_a.webhook_url, replica_b.webhook_url]
        async with mcp_client(replica_a) as a, mcp_client(replica_b) as b:
            call = structured(await a.call_tool("calls_dial", DIAL))["data"]["call_control_id"]
            wait_answered = {"call_control_id": call, "event_type": "call.answered", "timeout": WAIT}
            structured(await b.call_tool("wait_for_event", wait_answered))
            assert await sandbox.drain(WAIT)

            persistent_redis.stop()
            structured(await a.call_tool("call_hangup", {"call_control_id": call}))  # the API still answers
            for tool, arguments in [
                ("list_call_events", {"call_control_id": call}),
                ("wait_for_event", {"call_control_id": call, "event_type": "call.hangup", "timeout": 1}),
            ]:
                down = await b.call_tool(tool, arguments)
                assert down.is_error and down.structured_content is not None
                assert down.structured_content["error"]["kind"] == "event_store_unavailable"
                assert down.structured_content["error"]["retryable"] is True
            for _ in range(200):  # until Telnyx's (the sandbox's) first delivery of the hangup was refused
                if any(status == UNAVAILABLE for _, status in balancer.answers):
                    break
                await asyncio.sleep(0.05)
            assert any(status == UNAVAILABLE for _, status in balancer.answers)
            persistent_redis.start()

            assert await sandbox.drain(60)
            hangup = structured(
                await b.call_tool(
                    "wait_for_event", {"call_control_id": call, "event_type": "call.hangup", "timeout": WAIT}
                )
            )
            listed = structured(await a.call_tool("list_call_events", {"call_control_id": call}))
    sent = sent_ids(sandbox, call)
    assert [event["id"] for event in listed["events"]] == sent  # none lost, none twice, in order
    assert hangup["event"]["id"] in sent
    assert {status for _, status in balancer.answers} <= {200, UNAVAILABLE}
