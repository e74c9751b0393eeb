"""`TELNYX_LOG`: the `telnyx_voice` logger shows request lines, statuses, retries and timings, never the key."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import telnyx_voice
from telnyx_voice import Telnyx

from tests.support.client import mock_api, reply

KEY = "KEYsecret0123456789abcdef"
PACKAGE_ROOT = Path(telnyx_voice.__file__).resolve().parents[1]
SCRIPT = f"""
import httpx
from telnyx_voice import Telnyx

replies = iter([httpx.Response(503), httpx.Response(200, json={{"data": {{"result": "ok"}}}})])
client = Telnyx(
    api_key={KEY!r},
    base_url="https://api.test/v2",
    http_client=httpx.Client(transport=httpx.MockTransport(lambda request: next(replies))),
)
client._sleep = lambda seconds: None
client.calls.actions.hangup("v3:call-1", command_id="c1")
"""


def run_with_log_level(level: str | None) -> str:
    """stderr of SCRIPT run with TELNYX_LOG=level (None: unset)."""
    env = {k: v for k, v in os.environ.items() if k != "TELNYX_LOG"}
    env["PYTHONPATH"] = str(PACKAGE_ROOT)
    if level is not None:
        env["TELNYX_LOG"] = level
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True)
    return result.stderr


def test_silent_by_default() -> None:
    assert run_with_log_level(None) == ""


def test_info_shows_request_lines_statuses_retries_and_timings_but_not_the_key() -> None:
    output = run_with_log_level("info")
    lines = output.splitlines()
    url = "https://api.test/v2/calls/v3:call-1/actions/hangup"
    assert len(lines) == 3, output
    assert f'POST {url} "503 Service Unavailable"' in lines[0] and lines[0].endswith(" ms")
    assert f"Retrying POST {url} in " in lines[1] and "(retry 1 of 2, after status 503)" in lines[1]
    assert f'POST {url} "200 OK"' in lines[2]
    assert all(" - telnyx_voice - INFO] " in line for line in lines)
    assert KEY not in output


def test_debug_shows_headers_with_the_key_redacted() -> None:
    output = run_with_log_level("debug")
    assert "Sending POST https://api.test/v2/calls/v3:call-1/actions/hangup headers=" in output
    assert "'authorization': '<redacted>'" in output
    assert "Response headers:" in output
    assert KEY not in output


def test_a_bearer_token_in_any_message_is_redacted() -> None:
    from telnyx_voice._logs import RedactSecrets

    record = logging.LogRecord("telnyx_voice", logging.INFO, __file__, 1, "sent %s", (f"Bearer {KEY}",), None)
    assert RedactSecrets().filter(record)
    assert record.getMessage() == "sent Bearer <redacted>"


def test_a_configured_logger_logs_in_process(caplog: pytest.LogCaptureFixture) -> None:
    api = mock_api(reply(200, {"data": {"result": "ok"}}))
    client = Telnyx(
        api_key=KEY, base_url="https://api.test/v2", http_client=httpx.Client(transport=httpx.MockTransport(api))
    )
    with caplog.at_level(logging.INFO, logger="telnyx_voice"):
        client.calls.actions.hangup("v3:call-1")
    (record,) = [r for r in caplog.records if r.name == "telnyx_voice"]
    assert '"200 OK"' in record.getMessage()
    assert KEY not in caplog.text


def test_no_record_is_made_when_the_logger_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off, a request formats nothing: the logging functions are never called."""
    from telnyx_voice import _logs

    def fail(*args: object) -> float:
        raise AssertionError("logged while off")

    monkeypatch.setattr(_logs, "log_request", fail)
    monkeypatch.setattr(_logs, "log_retry", fail)
    api = mock_api(reply(503), reply(200, {"data": {"result": "ok"}}))
    client = api.sync_client()
    assert not logging.getLogger("telnyx_voice").isEnabledFor(logging.INFO)
    client.calls.actions.hangup("v3:call-1")
    assert len(api.requests) == 2
