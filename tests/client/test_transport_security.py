"""The API key never goes over plain http to another machine unless the caller says so (`allow_insecure`)."""

from __future__ import annotations

import warnings

import pytest
from telnyx_voice import InsecureTransportError, TelnyxError
from telnyx_voice._net import is_loopback

from tests.support.client import invoke, mock_api
from tests.support.spec_operations import PATH_IDS

CALL_ID = PATH_IDS["call_control_id"]
LOOPBACK = [
    "localhost",
    "LocalHost",
    "localhost.",
    "127.0.0.1",
    "127.0.0.2",
    "127.255.255.254",
    "127.1.2.3",
    "::1",
    "[::1]",
    "0:0:0:0:0:0:0:1",
    "::ffff:127.0.0.1",
    "[::ffff:127.9.9.9]",
]
NOT_LOOPBACK = [
    "",
    "api.telnyx.com",
    "localhost.example.com",
    "mylocalhost",
    "127.0.0.1.nip.io",
    "0.0.0.0",
    "10.0.0.1",
    "128.0.0.1",
    "126.255.255.255",
    "169.254.169.254",
    "::",
    "::2",
    "fe80::1",
    "::ffff:10.0.0.1",
    "[::ffff:169.254.169.254]",
]


@pytest.mark.parametrize("host", LOOPBACK)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", NOT_LOOPBACK)
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


@pytest.mark.parametrize(
    "base_url", ["http://api.telnyx.com/v2", "http://10.0.0.5:8080/v2", "http://[fe80::1]/v2", "HTTP://Example.COM"]
)
def test_plain_http_to_another_host_is_refused(base_url: str, mode: str) -> None:
    with pytest.raises(InsecureTransportError, match="clear text") as caught:
        mock_api().client(mode, base_url=base_url)
    assert "allow_insecure=True" in str(caught.value)
    assert isinstance(caught.value, TelnyxError)
    assert isinstance(caught.value, ValueError)


def test_plain_http_from_the_environment_is_refused(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_BASE_URL", "http://proxy.internal/v2")
    with pytest.raises(InsecureTransportError, match=r"proxy\.internal"):
        mock_api().client(mode, base_url=None)


async def test_allow_insecure_sends_over_plain_http(mode: str) -> None:
    api = mock_api()
    client = api.client(mode, base_url="http://proxy.internal/v2", allow_insecure=True)
    await invoke(client, "calls.actions.hangup", CALL_ID)
    assert str(api.requests[0].url) == f"http://proxy.internal/v2/calls/{CALL_ID}/actions/hangup"


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:4010/v2",
        "http://127.8.9.10/v2",
        "http://localhost:8000",
        "http://[::1]:9000/v2",
        "https://api.telnyx.com/v2",
        "https://10.0.0.5/v2",
    ],
)
async def test_loopback_http_and_any_https_are_silent(base_url: str, mode: str) -> None:
    api = mock_api()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = api.client(mode, base_url=base_url)
        await invoke(client, "calls.actions.hangup", CALL_ID)
    assert len(api.requests) == 1
