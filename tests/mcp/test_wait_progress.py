"""wait_for_event over MCP: progress notifications while it waits, and cancellation that ends the wait."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from mcp import Client
from telnyx_voice_mcp import call_event_tools
from telnyx_voice_mcp.call_event_tools import DEFAULT_WAIT, CallEvents
from telnyx_voice_mcp.server import build_server
from telnyx_voice_mcp.settings import Settings

WAIT = {"call_control_id": "v3:nobody-calls", "event_type": "call.answered"}


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> CallEvents:
    monkeypatch.setattr(call_event_tools, "PROGRESS_INTERVAL", 0.1)
    return CallEvents(Settings(sandbox=True))


def test_the_default_wait_stays_below_a_60_s_client_timeout() -> None:
    assert DEFAULT_WAIT <= 50
    assert call_event_tools.PROGRESS_INTERVAL <= 10


async def test_a_wait_reports_progress_to_a_client_that_asks(events: CallEvents) -> None:
    reports: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        reports.append((progress, total, message))

    async with Client(build_server(Settings(sandbox=True), events=events)) as client:
        result = await client.call_tool("wait_for_event", {**WAIT, "timeout": 0.5}, progress_callback=on_progress)
        quiet = await client.call_tool("wait_for_event", {**WAIT, "timeout": 0.3})
    assert result.is_error and result.structured_content["error"]["kind"] == "timeout"
    assert len(reports) >= 2
    assert all(total == 0.5 and 0 < progress <= 0.5 for progress, total, _ in reports)
    assert [p for p, _, _ in reports] == sorted(p for p, _, _ in reports)
    assert reports[0][2] == "waiting for call.answered"
    assert quiet.is_error


async def test_cancelling_the_call_ends_the_wait(events: CallEvents, monkeypatch: pytest.MonkeyPatch) -> None:
    ended = asyncio.Event()
    wait = events.log.wait

    async def watched_wait(*args: Any, **kwargs: Any) -> Any:
        try:
            return await wait(*args, **kwargs)
        finally:
            ended.set()

    monkeypatch.setattr(events.log, "wait", watched_wait)
    async with Client(build_server(Settings(sandbox=True), events=events)) as client:
        call = asyncio.create_task(client.call_tool("wait_for_event", {**WAIT, "timeout": 100}, progress_callback=None))
        await asyncio.sleep(0.5)
        assert not ended.is_set()
        call.cancel()
        await asyncio.wait_for(ended.wait(), 10)
    assert call.cancelled()
