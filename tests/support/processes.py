"""Child processes the tests start (MCP servers, Prism): stopped politely, then for sure."""

from __future__ import annotations

import subprocess
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
