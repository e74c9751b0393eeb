"""Two MCP server processes over HTTP on one Redis, fed by the sandbox through a balancer (as Telnyx feeds
replicas behind a load balancer): every replica sees every event of a call, in order, once."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
import redis
from telnyx_voice_sandbox import Sandbox, serve

from tests.support.redis_server import RedisServer
from tests.support.replicas import Balancer, Replica, mcp_client, started_replica_processes, structured
from tests.support.sandbox import FAST

DIAL = {"connection_id": "replicas", "from": "+15550001111", "to": "+15550002222"}
WAIT = 20


@contextlib.asynccontextmanager
async def rig_on(redis_url: str) -> AsyncIterator[tuple[Sandbox, Balancer, Callable[[], Replica]]]:
    """A served sandbox delivering to a balancer, and a function starting replicas on an emptied Redis."""
    with redis.Redis.from_url(redis_url) as client:
        client.flushdb()
    balancer = Balancer(targets=[])
    async with serve(balancer) as front:
        options = {**FAST, "answer_delay": 0.3, "delivery_attempts": 8, "retry_backoff": 0.2}
        async with Sandbox.running(webhook_url=f"http://127.0.0.1:{front.port}/webhooks", **options) as sandbox:
            base_url, public_key = sandbox.base_url, sandbox.public_key
            assert base_url is not None
            with started_replica_processes() as start:
                yield sandbox, balancer, lambda: start(base_url, public_key, redis_url)


@pytest.fixture
async def rig(redis_server: RedisServer) -> AsyncIterator[tuple[Sandbox, Balancer, Callable[[], Replica]]]:
    async with rig_on(redis_server.url) as parts:
        yield parts


def sent_ids(sandbox: Sandbox, call_control_id: str) -> list[str]:
    """The ids of the events the sandbox emitted for a call, in the order it sent them."""
    return [e["data"]["id"] for e in sandbox.events if e["data"]["payload"].get("call_control_id") == call_control_id]


def event_ids(listed: dict[str, Any]) -> list[str]:
    return [event["id"] for event in listed["events"]]


async def test_every_replica_sees_every_event_of_a_call_in_order_once(
    rig: tuple[Sandbox, Balancer, Callable[[], Replica]],
) -> None:
    sandbox, balancer, start = rig
    replica_a, replica_b = start(), start()
    balancer.targets[:] = [replica_a.webhook_url, replica_b.webhook_url]
    balancer.copy_next_to_all = True  # the first delivery (call.initiated) lands on both replicas
    async with mcp_client(replica_a) as a, mcp_client(replica_b) as b:
        call = structured(await a.call_tool("calls_dial", DIAL))["data"]["call_control_id"]
        answered = structured(
            await b.call_tool(
                "wait_for_event", {"call_control_id": call, "event_type": "call.answered", "timeout": WAIT}
            )
        )["event"]
        # replica A dies mid-call and comes back (on a new port): the history is in Redis, not in it
        replica_a.kill()
        replica_a = start()
        balancer.targets[0] = replica_a.webhook_url
        async with mcp_client(replica_a) as restarted:
            structured(await restarted.call_tool("call_hangup", {"call_control_id": call}))
            hangup = structured(
                await b.call_tool(
                    "wait_for_event",
                    {"call_control_id": call, "event_type": "call.hangup", "after": answered["seq"], "timeout": WAIT},
                )
            )["event"]
            assert await sandbox.drain(WAIT)
            on_a = structured(await restarted.call_tool("list_call_events", {"call_control_id": call}))
        on_b = structured(await b.call_tool("list_call_events", {"call_control_id": call}))
    sent = sent_ids(sandbox, call)
    assert event_ids(on_a) == event_ids(on_b) == sent  # every event, in the order sent, each once
    seqs = [event["seq"] for event in on_b["events"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert hangup["event_type"] == "call.hangup" and hangup["id"] in sent
    assert {index for index, _ in balancer.answers} == {0, 1}  # deliveries did land on both replicas
    assert [status for _, status in balancer.answers[:2]] == [200, 200]  # the copied first delivery
