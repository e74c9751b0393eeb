"""The installed `telnyx-voice-mcp` command, talked to by the real mcp client over stdio and HTTP.

Calls run with --dry-run, so nothing here needs the network.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import httpx2
import mcp_types as types
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from telnyx_voice_mcp.catalog import Catalog

from tests.support.processes import mcp_http_server

COMMAND = str(Path(sys.executable).with_name("telnyx-voice-mcp"))
TOKEN = "test-bearer-token-123"


def server_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELNYX_", "MCP_"))}
    return {**env, **extra}


async def test_stdio_with_the_real_client() -> None:
    params = StdioServerParameters(
        command=COMMAND, args=["--dry-run", "--tools", "call_*"], env=server_env(TELNYX_API_KEY="stdio-secret")
    )
    async with Client(params) as client:
        tools = (await client.list_tools()).tools
        result = await client.call_tool("call_reject", {"call_control_id": "v3:abc", "cause": "USER_BUSY"})
        invalid = await client.call_tool("call_reject", {"call_control_id": "v3:abc", "cause": "BORED"})
    assert [t.name for t in tools] == [*Catalog.load(("call_*",)).entries, "describe_tool"]
    assert not result.is_error
    assert result.structured_content["url"] == "https://api.telnyx.com/v2/calls/v3:abc/actions/reject"
    assert result.structured_content["body"]["cause"] == "USER_BUSY"
    block = result.content[0]
    assert isinstance(block, types.TextContent) and "stdio-secret" not in block.text
    assert invalid.is_error


@pytest.fixture
def http_server() -> Iterator[str]:
    """A server on 127.0.0.1 with a free port, behind a bearer token; yields its MCP URL."""
    command = [COMMAND, "--transport", "http", "--host", "127.0.0.1", "--port", "0", "--dry-run"]
    with mcp_http_server(command, server_env(TELNYX_MCP_AUTH_TOKEN=TOKEN)) as url:
        yield url


async def test_streamable_http_with_a_bearer_token(http_server: str) -> None:
    assert http_server.startswith("http://127.0.0.1:") and http_server.endswith("/mcp")
    async with (
        httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}) as http,
        Client(streamable_http_client(http_server, http_client=http)) as client,
    ):
        tools = (await client.list_tools()).tools
        result = await client.call_tool("calls_retrieve_status", {"call_control_id": "v3:abc"})
    assert len(tools) == len(Catalog.load().listing()) + 2  # wait_for_event, list_call_events
    assert not result.is_error
    assert result.structured_content["method"] == "GET"
    assert result.structured_content["note"].startswith("TELNYX_API_KEY is not set")


def test_http_without_the_token_is_refused(http_server: str) -> None:
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        response = httpx.post(http_server, json=body, headers=headers, timeout=10)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([COMMAND, *args], env=server_env(**env), capture_output=True, text=True, timeout=60)


def test_off_loopback_http_needs_a_token() -> None:
    refused = run_cli("--transport", "http", "--host", "0.0.0.0", "--port", "0")
    assert refused.returncode == 2
    assert "not a loopback address, without a bearer token" in refused.stderr


def test_cli_lists_tools_and_rejects_filters_that_match_nothing() -> None:
    listed = run_cli("--list-tools", "--read-only")
    assert listed.returncode == 0
    assert listed.stdout.split()[:3] == ["calls_retrieve_status", "GET", "/calls/{call_control_id}"]
    unmatched = run_cli("--tools", "nope_*")
    assert unmatched.returncode == 2 and "matches no tool" in unmatched.stderr


def test_python_dash_m_runs_the_same_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "telnyx_voice_mcp", "--list-tools", "--tools", "calls_dial"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.startswith("calls_dial ")


def test_start_up_defers_the_client_and_the_validator() -> None:
    """Start-up is the budget: httpx, the client and jsonschema load on the first call, not before."""
    script = (
        "import sys\n"
        "from telnyx_voice_mcp.server import build_server\n"
        "from telnyx_voice_mcp.settings import Settings\n"
        "build_server(Settings())\n"
        "print(sorted(m for m in ('httpx', 'jsonschema', 'telnyx_voice') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
