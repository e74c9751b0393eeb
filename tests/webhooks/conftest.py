"""Fixtures for the webhook runtime, tested from its source in generator/runtime.

It ships as `telnyx_voice.webhooks`; here it is `generator.runtime.webhooks`. There is no generated
`events` registry beside it, so tests that parse events replace `webhooks._event_class_for` (the
registry fixture). Helpers are fixtures, not imports: several conftest modules share the name.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
import pytest
import uvicorn
from nacl.signing import SigningKey

from generator.runtime import webhooks


def _envelope(
    event_type: str = "call.answered", *, event_id: str = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0", **payload: Any
) -> dict[str, Any]:
    return {
        "data": {
            "record_type": "event",
            "event_type": event_type,
            "id": event_id,
            "occurred_at": "2024-05-01T12:00:00.000000Z",
            "payload": {"call_control_id": "v3:abc", **payload},
        },
        "meta": {"attempt": 1, "delivered_to": "https://example.com/webhooks"},
    }


@attrs.frozen
class CallAnswered:
    """Stands in for a generated event class."""

    call_control_id: str

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CallAnswered:
        return cls(call_control_id=d["data"]["payload"]["call_control_id"])


@attrs.frozen
class Signer:
    key: SigningKey

    @property
    def public_key(self) -> str:
        return base64.b64encode(bytes(self.key.verify_key)).decode()

    def sign(self, body: bytes, timestamp: str) -> str:
        return base64.b64encode(self.key.sign(timestamp.encode() + b"|" + body).signature).decode()

    def headers(self, body: bytes, timestamp: int | None = None) -> dict[str, str]:
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        return {"telnyx-signature-ed25519": self.sign(body, stamp), "telnyx-timestamp": stamp}

    def delivery(self, event: Mapping[str, Any], timestamp: int | None = None) -> tuple[bytes, dict[str, str]]:
        body = json.dumps(event).encode()
        return body, self.headers(body, timestamp)


@pytest.fixture(scope="session")
def signer() -> Signer:
    return Signer(SigningKey.generate())


@pytest.fixture
def envelope() -> Callable[..., dict[str, Any]]:
    """Builds an event envelope: `envelope(event_type="call.answered", event_id=..., **payload_fields)`.

    Every envelope has the same event id unless given one: the receiver handles an event id once.
    """
    return _envelope


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> dict[str, type[Any]]:
    """A registry knowing only call.answered, in place of the generated one."""
    known: dict[str, type[Any]] = {"call.answered": CallAnswered}
    monkeypatch.setattr(webhooks, "_event_class_for", known.get)
    return known


@pytest.fixture
def serve() -> Iterator[Callable[[Any], str]]:
    """Serves an ASGI app with uvicorn on 127.0.0.1 until the test ends: `serve(app)` is its base URL."""
    running: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app: Any) -> str:
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="on", log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        running.append((server, thread))
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.01)
        return f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"

    yield start
    for server, thread in running:
        server.should_exit = True
        thread.join(10)
