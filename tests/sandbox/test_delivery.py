"""Webhook delivery: signatures, retries with backoff, failover, giving up, per-call order."""

from __future__ import annotations

import base64
import json

import httpx
from nacl.signing import SigningKey
from telnyx_voice import AsyncTelnyx
from telnyx_voice.webhooks import verify
from telnyx_voice_sandbox import Sandbox, serve

from tests.support.sandbox import CALLEE, CALLER, FAST, CapturingReceiver, running_with_receiver


async def test_a_failed_delivery_is_retried_and_order_is_kept() -> None:
    async with running_with_receiver(fail_first=1) as (sb, receiver):
        assert sb.base_url is not None
        async with AsyncTelnyx(api_key="k", base_url=sb.base_url) as client:
            cid = (await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)).data.call_control_id
            await receiver.wait_for("call.answered", cid)
        assert await sb.drain()
        attempts = [(a.event_type, a.attempt, a.status_code, a.ok) for a in sb.deliveries]
        assert attempts == [
            ("call.initiated", 1, 500, False),
            ("call.initiated", 2, 200, True),
            ("call.answered", 1, 200, True),
        ]
        # the retry is a new signed request: meta.attempt changed, so did the body and its signature
        (first_body, _first_headers), (second_body, _second_headers) = receiver.raw[:2]
        assert json.loads(first_body)["meta"]["attempt"] == 1
        assert json.loads(second_body)["meta"]["attempt"] == 2
        assert json.loads(first_body)["data"] == json.loads(second_body)["data"]
        assert receiver.verify_all() == 3
        assert receiver.types(cid) == ["call.initiated", "call.answered"]


async def test_delivery_gives_up_after_the_last_attempt() -> None:
    async with running_with_receiver(fail_first=100, delivery_attempts=3) as (sb, receiver):
        await sb.inbound_call(from_=CALLER, to=CALLEE)
        assert await sb.drain()
        assert [(a.attempt, a.final) for a in sb.deliveries] == [(1, False), (2, False), (3, True)]
        assert len(receiver.raw) == 3
        assert receiver.events == []
        assert sb.base_url is not None
        async with AsyncTelnyx(api_key="k", base_url=sb.base_url) as client:
            failed = await client.call_events.list(filter={"failed": True})
            assert [e.name for e in failed.data] == ["call.initiated"]


async def test_unreachable_primary_fails_over_to_the_application_failover_url() -> None:
    sandbox = Sandbox(**FAST)
    receiver = CapturingReceiver(sandbox.public_key)
    async with serve(receiver) as server, sandbox.serving() as sb:
        assert sb.base_url is not None
        async with AsyncTelnyx(api_key="k", base_url=sb.base_url) as client:
            app = await client.call_control_applications.create(
                application_name="failover",
                webhook_event_url="http://127.0.0.1:9/unreachable",
                webhook_event_failover_url=server.url + "/failover",
            )
            cid = (await client.calls.dial(connection_id=app.data.id, from_=CALLER, to=CALLEE)).data.call_control_id
            await receiver.wait_for("call.answered", cid)
        server.stop()
        first, second = [a for a in sb.deliveries if a.event_type == "call.initiated"]
        assert first.url.endswith("/unreachable") and first.status_code is None and first.error
        assert second.url == server.url + "/failover" and second.ok


async def test_signatures_use_the_sandbox_key() -> None:
    seed = bytes(range(32))
    expected = base64.b64encode(bytes(SigningKey(seed).verify_key)).decode()
    async with running_with_receiver(signing_seed=seed) as (sb, receiver):
        assert sb.public_key == expected
        cid = await sb.inbound_call(from_=CALLER, to=CALLEE)
        await receiver.wait_for("call.initiated", cid)
        body, headers = receiver.raw[0]
        verify(body, headers, expected)
        assert headers["content-type"] == "application/json"
        assert int(headers["telnyx-timestamp"]) > 0
        other = Sandbox()
        assert other.public_key != expected  # a fresh key per sandbox by default


async def test_calls_do_not_wait_for_each_others_deliveries() -> None:
    async with running_with_receiver(retry_backoff=0.5, delivery_attempts=3) as (sb, receiver):
        slow = await sb.inbound_call(from_=CALLER, to=CALLEE, webhook_url="http://127.0.0.1:9/down")
        fast = await sb.inbound_call(from_=CALLER, to=CALLEE)
        await receiver.wait_for("call.initiated", fast)
        # the other call's event is still being retried (1.5 s of backoff), and held up nothing
        slow_attempts = [a for a in sb.deliveries if a.call_control_id == slow]
        assert slow_attempts and not any(a.final for a in slow_attempts)


async def test_a_webhook_transport_delivers_signed_webhooks_in_process() -> None:
    """`webhook_transport`: the same signed POSTs, retries included, carried to an ASGI receiver without a socket."""
    seed = bytes(range(1, 33))
    receiver = CapturingReceiver(base64.b64encode(bytes(SigningKey(seed).verify_key)).decode(), fail_first=1)
    sandbox = Sandbox(
        **FAST,
        signing_seed=seed,
        webhook_url="http://receiver.invalid/webhooks",
        webhook_transport=httpx.ASGITransport(app=receiver),
    )
    api = httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox.app))
    try:
        async with AsyncTelnyx(
            api_key="k", base_url="http://sandbox.invalid/v2", http_client=api, allow_insecure=True
        ) as client:
            cid = (await client.calls.dial(connection_id="c", from_=CALLER, to=CALLEE)).data.call_control_id
            await receiver.wait_for("call.answered", cid)
        assert await sandbox.drain()
        assert [(a.event_type, a.attempt, a.ok) for a in sandbox.deliveries] == [
            ("call.initiated", 1, False),
            ("call.initiated", 2, True),
            ("call.answered", 1, True),
        ]
        assert all(a.url == "http://receiver.invalid/webhooks" for a in sandbox.deliveries)
        assert receiver.verify_all() == 3
        assert receiver.types(cid) == ["call.initiated", "call.answered"]
    finally:
        await sandbox.aclose()
