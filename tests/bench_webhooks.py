"""Webhook numbers for `make bench`: unwrap (verify + parse a 1 KB call.answered) against raw PyNaCl verify."""

from __future__ import annotations

import base64
import json
import statistics
import time
from collections.abc import Callable

from nacl.signing import SigningKey

Row = tuple[str, str]


def _rate(fn: Callable[[], object], seconds: float) -> float:
    """Calls per second of CPU time: steadier than wall time on a shared machine."""
    calls, started = 0, time.process_time()
    while (elapsed := time.process_time() - started) < seconds:
        for _ in range(100):
            fn()
        calls += 100
    return calls / elapsed


def _interleaved_rates(a: Callable[[], object], b: Callable[[], object], rounds: int = 7) -> tuple[float, float]:
    """Median rates of a and b, measured in alternating short rounds so machine noise hits both alike."""
    rates_a, rates_b = [], []
    for _ in range(rounds):
        rates_a.append(_rate(a, 0.3))
        rates_b.append(_rate(b, 0.3))
    return statistics.median(rates_a), statistics.median(rates_b)


def delivery(size: int = 1024) -> dict[str, object]:
    payload = {
        "call_control_id": "v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg",
        "call_leg_id": "428c31b6-7af4-4bcb-b7f5-5013ef9657c1",
        "call_session_id": "428c31b6-7af4-4bcb-b7f5-5013ef9657c1",
        "connection_id": "7267xxxxxxxxxxxxxx",
        "from": "+35319605860",
        "to": "+35319605861",
        "start_time": "2018-02-02T22:25:27.521992Z",
        "state": "answered",
        "client_state": "",
    }
    event = {
        "data": {
            "record_type": "event",
            "event_type": "call.answered",
            "id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
            "occurred_at": "2018-02-02T22:25:27.521992Z",
            "payload": payload,
        },
        "meta": {"attempt": 1, "delivered_to": "https://example.com/webhooks"},
    }
    padding = size - len(json.dumps(event))
    payload["client_state"] = base64.b64encode(b"x" * max(0, padding * 3 // 4)).decode()[: max(0, padding)]
    return event


def run() -> list[Row]:
    from telnyx_voice.webhooks import unwrap

    key = SigningKey.generate()
    public_key = base64.b64encode(bytes(key.verify_key)).decode()
    body = json.dumps(delivery()).encode()
    timestamp = str(int(time.time()))
    signed = key.sign(timestamp.encode() + b"|" + body)
    headers = {"telnyx-signature-ed25519": base64.b64encode(signed.signature).decode(), "telnyx-timestamp": timestamp}
    unwrap(body, headers, public_key)  # warm up the key cache and the event class import
    verify_key = key.verify_key

    raw, ours = _interleaved_rates(
        lambda: verify_key.verify(signed.message, signed.signature), lambda: unwrap(body, headers, public_key)
    )
    return [
        ("raw PyNaCl verify (baseline)", f"{raw:,.0f}/s"),
        (f"webhooks.unwrap, {len(body)} B call.answered", f"{ours:,.0f}/s ({ours / raw:.0%} of raw; target >= 70%)"),
    ]
