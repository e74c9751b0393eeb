"""`parse_event` / `unwrap` are typed: a `WebhookEvent` union that a type checker narrows on
`event.data.event_type` (checked by running mypy --strict on a small handler)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GENERATED = Path(__file__).resolve().parents[2] / "generated"

HANDLER = """
from typing import assert_type

from telnyx_voice import Telnyx, webhooks
from telnyx_voice.events import WebhookEvent
from telnyx_voice.models import CallAnswered, CallHangupPayload


def handle(body: bytes, headers: dict[str, str]) -> None:
    assert_type(Telnyx(api_key="k").webhooks.unwrap(body, headers), WebhookEvent)
    event = webhooks.parse_event(body)
    assert_type(event, WebhookEvent)
    if isinstance(event, webhooks.UnknownEvent):
        assert_type(event.event_type, str)
        return
    if event.data.event_type == "call.answered":
        assert_type(event.data, CallAnswered)
    elif event.data.event_type == "call.hangup":
        assert_type(event.data.payload, CallHangupPayload)
    assert_type(event.data, CallAnswered)  # the one error: not narrowed here
"""


@pytest.mark.slow
def test_a_parsed_event_narrows_on_its_event_type(tmp_path: Path) -> None:
    handler = tmp_path / "handler.py"
    handler.write_text(HANDLER, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), str(handler)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(GENERATED)},
        timeout=600,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    unnarrowed_line = HANDLER[: HANDLER.index("# the one error")].count("\n") + 1
    assert f"handler.py:{unnarrowed_line}:" in errors[0]
    assert 'Expression is of type "CallAIGatherEnded' in errors[0]
