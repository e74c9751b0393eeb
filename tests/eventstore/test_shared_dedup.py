"""Receiver workers de-duplicating through one Redis: `WebhookReceiver(event_ids=RedisEventStore(...))`."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
from telnyx_voice.event_store import open_event_store
from telnyx_voice.webhook_receiver import WebhookReceiver
from telnyx_voice_sandbox._delivery import Signer

from tests.support.redis_server import RedisServer, free_port


def signed(signer: Signer, event_id: str) -> tuple[bytes, dict[str, str]]:
    data = {
        "record_type": "event",
        "id": event_id,
        "event_type": "call.custom",
        "occurred_at": "2026-11-30T01:00:00Z",
        "payload": {},
    }
    body = json.dumps({"data": data}).encode()
    return body, {**signer.headers(body), "content-type": "application/json"}


async def post(receiver: WebhookReceiver, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    transport = httpx.ASGITransport(app=receiver)
    async with httpx.AsyncClient(transport=transport, base_url="http://worker") as client:
        response = await client.post("/", content=body, headers=headers)
    return response.status_code, response.json()


async def test_a_delivery_reaching_two_workers_is_handled_once(redis_server: RedisServer) -> None:
    signer = Signer()
    prefix = f"workers-{uuid.uuid4().hex}:"
    stores = [open_event_store(redis_server.url, prefix=prefix) for _ in range(2)]
    handled: list[str] = []
    workers = [WebhookReceiver(signer.public_key, event_ids=store) for store in stores]
    for name, worker in zip("ab", workers, strict=True):
        worker.on_any()(lambda event, name=name: handled.append(name))
    try:
        body, headers = signed(signer, "event-1")
        answers = [await post(worker, body, headers) for worker in (*workers, *workers)]
    finally:
        for store in stores:
            await store.aclose()
    assert answers == [(200, {"status": "ok"})] + [(200, {"status": "duplicate"})] * 3
    assert handled == ["a"]


async def test_a_worker_whose_redis_is_down_answers_503() -> None:
    signer = Signer()
    store = open_event_store(f"redis://127.0.0.1:{free_port()}/0", timeout=0.5)
    worker = WebhookReceiver(signer.public_key, event_ids=store)
    try:
        status, content = await post(worker, *signed(signer, "event-2"))
    finally:
        await store.aclose()
    assert (status, content) == (503, {"error": "event store unavailable"})
