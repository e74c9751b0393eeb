"""Child processes the tests start (MCP servers, Prism): stopped politely, then for sure."""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

STOP_TIMEOUT = 10.0


def stop(process: subprocess.Popen[Any], timeout: float = STOP_TIMEOUT) -> None:
    """Terminate process if it still runs, and kill it when it has not exited within timeout seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout)


START_TIMEOUT = 20.0


@contextlib.contextmanager
def mcp_http_server(command: Sequence[str], env: Mapping[str, str]) -> Iterator[str]:
    """Run an MCP server command that prints `listening on <url>` to stderr; yield that URL, then stop it.

    Raises:
        AssertionError: the server exited or printed no URL within START_TIMEOUT seconds.
    """
    process = subprocess.Popen(list(command), env=dict(env), stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        deadline = time.monotonic() + START_TIMEOUT
        line = ""
        while "listening on" not in line and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line and process.poll() is not None:
                break
        assert "listening on" in line, f"server did not start: {line!r}"
        yield line.rsplit(" ", 1)[-1].strip()
    finally:
        stop(process)
