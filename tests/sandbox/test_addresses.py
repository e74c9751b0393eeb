"""DNS rebinding and webhook SSRF: Host and Origin checks, webhook URLs and the targets webhooks may go to."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import httpx
import pytest
from telnyx_voice_sandbox import Sandbox
from telnyx_voice_sandbox.__main__ import parse_args

from tests.support.sandbox import CALLEE, CALLER, FAST

DIAL = {"connection_id": "c", "from": CALLER, "to": CALLEE}
AUTH = {"Authorization": "Bearer k"}


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    sandbox = Sandbox(**FAST)
    yield sandbox
    await sandbox.aclose()


def client(sandbox: Sandbox, root: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox.app), base_url=root, headers=AUTH)


@pytest.mark.parametrize("root", ["http://evil.example/v2", "http://evil.example:8090/v2", "http://10.0.0.5/v2"])
async def test_a_foreign_host_is_answered_421_and_nothing_happens(sandbox: Sandbox, root: str) -> None:
    async with client(sandbox, root) as http:
        response = await http.post("/calls", json=DIAL)
    assert response.status_code == 421
    assert response.json()["errors"][0]["title"] == "Invalid Host header"
    assert sandbox.event_count == 0


@pytest.mark.parametrize(
    "root", ["http://127.0.0.1:8090/v2", "http://localhost/v2", "http://[::1]:8090/v2", "http://api.sandbox.invalid/v2"]
)
async def test_loopback_and_reserved_hosts_are_served(sandbox: Sandbox, root: str) -> None:
    async with client(sandbox, root) as http:
        assert (await http.get("/call_control_applications")).status_code == 200


async def test_hosts_can_be_allowed_explicitly() -> None:
    sandbox = Sandbox(**FAST, allowed_hosts=["sandbox.test"])
    async with client(sandbox, "http://sandbox.test:8090/v2") as http:
        assert (await http.get("/call_control_applications")).status_code == 200
    await sandbox.aclose()


@pytest.mark.parametrize("origin", ["http://evil.example", "https://attacker.test:443", "null", "file://"])
async def test_a_foreign_origin_is_answered_403(sandbox: Sandbox, origin: str) -> None:
    async with client(sandbox, "http://127.0.0.1:8090/v2") as http:
        response = await http.post("/calls", json=DIAL, headers={"Origin": origin})
    assert response.status_code == 403
    assert response.json()["errors"][0]["title"] == "Forbidden origin"
    assert sandbox.event_count == 0


async def test_a_local_origin_is_served(sandbox: Sandbox) -> None:
    async with client(sandbox, "http://127.0.0.1:8090/v2") as http:
        response = await http.get("/call_control_applications", headers={"Origin": "http://localhost:3000"})
    assert response.status_code == 200


@pytest.mark.parametrize("url", ["not a url", "ftp://127.0.0.1/hook", "/webhooks", "http://", "http://127.0.0.1:x/"])
async def test_webhook_urls_that_are_not_absolute_http_urls_are_422(sandbox: Sandbox, url: str) -> None:
    async with client(sandbox, "http://127.0.0.1/v2") as http:
        dial = await http.post("/calls", json={**DIAL, "webhook_url": url})
        inbound = await http.post(
            "http://127.0.0.1/sandbox/inbound_calls", json={"from": CALLER, "to": CALLEE, "webhook_url": url}
        )
    for response in (dial, inbound):
        assert response.status_code == 422, response.text
        (error,) = response.json()["errors"]
        assert error["source"] == {"pointer": "/webhook_url"}
        assert "'webhook_url'" in error["detail"]
    assert sandbox.event_count == 0


async def test_answer_and_transfer_check_their_webhook_url(sandbox: Sandbox) -> None:
    parked = await sandbox.inbound_call(from_=CALLER, to=CALLEE)
    async with client(sandbox, "http://127.0.0.1/v2") as http:
        answer = await http.post(f"/calls/{parked}/actions/answer", json={"webhook_url": "nowhere"})
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["source"] == {"pointer": "/webhook_url"}
        assert (await http.post(f"/calls/{parked}/actions/answer", json={})).status_code == 200
        transfer = await http.post(f"/calls/{parked}/actions/transfer", json={"to": CALLEE, "webhook_url": "x:y"})
        assert transfer.status_code == 422


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://[fe80::1]:8080/hook", "link-local"),
        ("http://192.0.2.10/hook", "not a loopback address"),
        ("https://example.com/hook", "not a loopback address"),
    ],
)
async def test_webhooks_go_to_loopback_only(url: str, reason: str) -> None:
    sandbox = Sandbox(**{**FAST, "delivery_timeout": 0.5}, webhook_url=url, delivery_attempts=1)
    try:
        await sandbox.inbound_call(from_=CALLER, to=CALLEE)
        assert await sandbox.drain()
    finally:
        await sandbox.aclose()
    (attempt,) = sandbox.deliveries
    assert (attempt.status_code, attempt.ok, attempt.final) == (None, False, True)
    assert attempt.error is not None and attempt.error.startswith("refused")
    assert reason in attempt.error


@pytest.mark.parametrize("host", ["169.254.169.254", "fe80::1", "[fe80::1]", "0.0.0.0", "224.0.0.1"])
def test_link_local_webhook_hosts_are_never_allowed(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match="never allowed"):
        Sandbox(allow_webhook_hosts=[host])
    with pytest.raises(SystemExit) as exited:
        parse_args(["--allow-webhook-host", host])
    assert exited.value.code == 2
    assert "never allowed" in capsys.readouterr().err


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_failed_deliveries_tell_no_more_than_failed() -> None:
    """A closed port and a refused host look alike over HTTP: `failed`, with no error text to scan ports with."""
    sandbox = Sandbox(**FAST, delivery_attempts=1)
    closed = await sandbox.inbound_call(from_=CALLER, to=CALLEE, webhook_url=f"http://127.0.0.1:{_closed_port()}/")
    refused = await sandbox.inbound_call(from_=CALLER, to=CALLEE, webhook_url="http://192.0.2.10/")
    assert await sandbox.drain()
    async with client(sandbox, "http://127.0.0.1/v2") as http:
        failed = (await http.get("/call_events", params={"filter[failed]": "true"})).json()["data"]
    await sandbox.aclose()
    assert len(failed) == 2
    assert {record["call_leg_id"] for record in failed} == {
        sandbox.call_status(cid)["call_leg_id"] for cid in (closed, refused)
    }
    for record in failed:
        assert set(record) == {
            "record_type",
            "call_leg_id",
            "call_session_id",
            "event_timestamp",
            "name",
            "type",
            "metadata",
        }
        assert set(record["metadata"]) == {"event_id", "payload"}


@pytest.mark.parametrize("url", ["localhost:8000/webhooks", "ftp://127.0.0.1/", "127.0.0.1"])
def test_the_default_webhook_url_must_be_an_http_url(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match="absolute http"):
        Sandbox(webhook_url=url)
    sandbox = Sandbox()
    with pytest.raises(ValueError, match="absolute http"):
        sandbox.webhook_url = url
    assert sandbox.webhook_url is None
    with pytest.raises(SystemExit) as exited:
        parse_args(["--webhook-url", url])
    assert exited.value.code == 2
    assert "absolute http" in capsys.readouterr().err
