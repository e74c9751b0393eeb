"""The HTTP transport against DNS rebinding and token guessing: Host, Origin and bearer checks.

Real servers are started on several bind addresses; requests are sent to the bound address with the
Host and Origin a rebinding page's browser would send.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from telnyx_voice_mcp.cli import main
from telnyx_voice_mcp.http_security import OriginPolicy, OriginPolicyError, bearer_token

from tests.mcp.test_process import COMMAND, TOKEN, server_env
from tests.support.processes import mcp_http_server

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}
ACCEPT = {"Accept": "application/json, text/event-stream", "Authorization": f"Bearer {TOKEN}"}

BINDS = {
    "127.0.0.1": [],
    "127.0.0.2": [],
    "::1": [],
    "0.0.0.0": ["--allowed-hosts", "mcp.example.test", "--allowed-origins", "https://app.example.test"],
}


@pytest.fixture(params=list(BINDS), ids=list(BINDS))
def bound(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """A server bound to each address (with a token); yields (bind, MCP URL to reach it at)."""
    bind: str = request.param
    command = [COMMAND, "--transport", "http", "--host", bind, "--port", "0", *BINDS[bind]]
    with mcp_http_server(command, server_env(TELNYX_MCP_AUTH_TOKEN=TOKEN)) as url:
        yield bind, url.replace("0.0.0.0", "127.0.0.1")


def post(url: str, **headers: str) -> httpx.Response:
    return httpx.post(url, json=INITIALIZE, headers={**ACCEPT, **headers}, timeout=20, trust_env=False)


def test_rebinding_requests_are_refused_on_every_bind(bound: tuple[str, str]) -> None:
    bind, url = bound
    port = url.rsplit(":", 1)[1].split("/")[0]
    foreign_host = post(url, Host=f"evil.example:{port}")
    foreign_origin = post(url, Origin="https://evil.example")
    null_origin = post(url, Origin="null")
    assert (foreign_host.status_code, foreign_origin.status_code, null_origin.status_code) == (421, 403, 403)
    local = post(url, Origin=f"http://localhost:{port}")
    assert local.status_code == 200, local.text
    if bind == "0.0.0.0":
        named = post(url, Host=f"mcp.example.test:{port}", Origin="https://app.example.test")
        assert named.status_code == 200, named.text


def test_a_rebinding_request_is_refused_before_the_token_is_checked(bound: tuple[str, str]) -> None:
    _, url = bound
    response = httpx.post(url, json=INITIALIZE, headers={"Host": "evil.example"}, timeout=20, trust_env=False)
    assert response.status_code == 421


def test_the_bearer_scheme_is_case_insensitive() -> None:
    assert bearer_token("bearer abc") == bearer_token("BEARER  abc ") == bearer_token("Bearer abc") == "abc"
    assert bearer_token("Basic abc") is None and bearer_token("Bearer") is None and bearer_token("") is None


@pytest.mark.parametrize("bind", ["127.0.0.1", "127.1.2.3", "[::1]", "localhost"])
def test_loopback_binds_accept_any_loopback_host(bind: str) -> None:
    policy = OriginPolicy.for_bind(bind, (), ())
    assert all(policy.host_allowed(h) for h in ("127.0.0.1:8000", "127.0.0.2", "[::1]:80", "LocalHost:1"))
    assert not any(policy.host_allowed(h) for h in ("evil.example", "127.0.0.1.evil.example", "", None))
    assert policy.origin_allowed(None) and policy.origin_allowed("http://127.0.0.1:5173")
    assert not any(policy.origin_allowed(o) for o in ("https://evil.example", "null", "file://", "http://[::2]"))


def test_allowed_hosts_and_origins_match_names_and_ports() -> None:
    policy = OriginPolicy.for_bind(
        "0.0.0.0", ("mcp.example.test", "api.example.test:8443"), ("https://app.example.test", "http://dev.test:*")
    )
    assert policy.host_allowed("MCP.example.test:9999") and policy.host_allowed("api.example.test:8443")
    assert not policy.host_allowed("api.example.test:8444") and not policy.host_allowed("example.test")
    assert policy.origin_allowed("https://app.example.test") and policy.origin_allowed("http://dev.test:3000")
    assert not policy.origin_allowed("http://app.example.test") and not policy.origin_allowed("https://dev.test")


def test_off_loopback_binds_need_allowed_hosts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(OriginPolicyError, match="--allowed-hosts must name"):
        OriginPolicy.for_bind("0.0.0.0", (), ())
    with pytest.raises(OriginPolicyError, match="not an origin"):
        OriginPolicy.for_bind("127.0.0.1", (), ("app.example.test",))
    assert main(["--transport", "http", "--host", "0.0.0.0", "--auth-token", "t"]) == 2
    assert "--allowed-hosts must name" in capsys.readouterr().err
