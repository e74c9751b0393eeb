"""End to end with a client this project did not write: the official TypeScript MCP SDK (pinned in
tests/mcp/ts_client, installed by `make ts-client`), over stdio and streamable HTTP, against `--sandbox`.

The script (ts_client/client.mjs) lists the tools, calls one with valid and with invalid arguments
(the SDK checks structured results against each tool's outputSchema with ajv), waits longer than its
own request timeout on wait_for_event (only progress notifications keep that call alive), and
cancels a wait.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.mcp.test_process import COMMAND, server_env
from tests.support.processes import mcp_http_server

CLIENT_DIR = Path(__file__).resolve().parent / "ts_client"
SCRIPT = CLIENT_DIR / "client.mjs"
RUN_TIMEOUT = 120


def run_client(*args: str) -> dict[str, Any]:
    if not (CLIENT_DIR / "node_modules" / "@modelcontextprotocol" / "sdk").is_dir():
        raise RuntimeError(f"the TypeScript MCP SDK is not installed in {CLIENT_DIR}: run `make ts-client`")
    node = shutil.which("node")
    assert node is not None, "node is needed for the TypeScript SDK client"
    done = subprocess.run(
        [node, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        cwd=CLIENT_DIR,
        env=server_env(),
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def check(report: dict[str, Any]) -> None:
    assert {"calls_dial", "search_tools", "invoke_tool", "describe_tool", "wait_for_event"} <= set(report["tools"])
    assert report["valid"] == {"isError": False, "hasData": True}
    assert report["invalid"] == {"isError": True, "kind": "invalid_arguments"}
    assert report["wait"]["isError"] and report["wait"]["kind"] == "timeout"
    assert report["wait"]["progress"] >= 2 and report["wait"]["seconds"] > 8  # beyond the 8 s request timeout
    assert report["cancel"]["rejected"] and report["cancel"]["seconds"] < 30
    assert report["afterCancel"] == {"isError": False}


@pytest.mark.slow
def test_the_typescript_sdk_over_stdio() -> None:
    check(run_client("stdio", COMMAND, "--sandbox"))


@pytest.mark.slow
def test_the_typescript_sdk_over_streamable_http() -> None:
    command = [COMMAND, "--transport", "http", "--port", "0", "--sandbox"]
    with mcp_http_server(command, server_env()) as url:
        check(run_client("http", url))
